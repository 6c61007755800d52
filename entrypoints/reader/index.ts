import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GATE_KEY, READER_KEY, shared } from '../panel/bridge';
import { listen } from '../posting.content/messages';
import { PageController } from './page';

/**
 * The page reader, injected by the background into a frame whose content script's gate said "maybe a posting" (or
 * where the user asked): the engine's full read, highlighting and SPA following live here, not on every page.
 */
export default defineUnlistedScript(() => {
  const gate = shared[GATE_KEY];
  if (!gate || shared[READER_KEY] || gate.ctx.isInvalid) return;
  const reader = (shared[READER_KEY] = new PageController(gate));
  gate.ctx.onInvalidated(() => (shared[READER_KEY] = undefined));
  // The shortcut and the popup's button reach the top frame's reader (the background injects it there first).
  if (window === window.top) gate.ctx.onInvalidated(listen('annotateNow', (data) => reader.annotate(data)));
  // The gate's look starts now, not when the background's reply to the injection request comes back.
  const look = gate.pending;
  gate.pending = undefined;
  if (look) void reader.recheck(look.reason, look.settings);
});
