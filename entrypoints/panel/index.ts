import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { PanelState } from '@/utils/settings';
import { readPanelState } from '../posting/settings-lite';
import { PANEL_MODULE_KEY, shared } from './bridge';
import { mountPanel } from './mount';

/**
 * The summary panel, injected by the background into a frame that shows a posting (never listed in the manifest).
 * It mounts when the reader asks; its stored state is read at once.
 */
export default defineUnlistedScript(() => {
  if (shared[PANEL_MODULE_KEY]) return;
  let early: Promise<PanelState> | null = readPanelState();
  shared[PANEL_MODULE_KEY] = {
    mount() {
      // The state read at injection serves the first mount; a later one (after a teardown) reads it again.
      const state = early ?? readPanelState();
      early = null;
      return mountPanel(state);
    },
  };
});
