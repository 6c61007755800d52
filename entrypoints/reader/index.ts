import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GATE_KEY, READER_KEY, shared } from '../panel/bridge';
import { listen } from '../posting/messages';
import { PageController } from './page';

/**
 * The page reader, injected by the background into a frame whose content script's gate said "maybe a posting" (or
 * where the user asked): the engine's full read, highlighting and SPA following live here, not on every page.
 */
export default defineUnlistedScript(() => {
  const gate = shared[GATE_KEY];
  if (!gate || shared[READER_KEY]) return;
  // The gate creates no WXT context (it runs on every page); the reader's ends everything on a posting: highlights,
  // panel, listeners, and the gate's watcher.
  const ctx = new ContentScriptContext('reader', { noScriptStartedPostMessage: true });
  if (ctx.isInvalid) return;
  const reader = (shared[READER_KEY] = new PageController(gate, ctx));
  ctx.onInvalidated(() => {
    shared[READER_KEY] = undefined;
    gate.stop();
  });
  // The shortcut and the popup's button reach the top frame's reader (the background injects it there first).
  if (window === window.top) ctx.onInvalidated(listen('annotateNow', (data) => reader.annotate(data)));
  // The gate's look starts now, not when the background's reply to the injection request comes back.
  const look = gate.pending;
  gate.pending = undefined;
  if (look) void reader.recheck(look.reason, look.settings);
});
