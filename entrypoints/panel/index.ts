import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPanel } from './mount';

/** The summary panel, injected by the background into a frame that shows a posting (never listed in the manifest). */
export default defineUnlistedScript(() => {
  void mountPanel();
});
