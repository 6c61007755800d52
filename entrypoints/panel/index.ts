import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPanelState } from '../posting/settings-lite';
import { PANEL_MODULE_KEY, shared } from './bridge';
import { mountPanel } from './mount';

/**
 * The summary panel, injected by the background into a frame that shows a posting (never listed in the manifest).
 * It mounts when the reader asks, again after a teardown without a new injection.
 */
export default defineUnlistedScript(() => {
  shared[PANEL_MODULE_KEY] ??= { mount: () => mountPanel(readPanelState()) };
});
