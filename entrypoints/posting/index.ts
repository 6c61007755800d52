import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Gate } from './gate';

/**
 * Runs on every page and frame, and stays tiny: the engine's cheap detection gate when the page is idle, nothing
 * more on pages that are not postings. The reader (full read, highlights) and the panel are separate scripts the
 * background injects on postings only.
 *
 * Built as an unlisted script and declared in the manifest by wxt.config.ts (all pages and frames, document_idle,
 * with public/content-scripts/posting.css holding the ::highlight() rules, which match no element). A WXT content
 * script would create a ContentScriptContext on every page before our code runs: 1–2 ms of a cold tab's main thread
 * here, for a lifetime a non-posting never needs. The reader creates that context where there is a posting.
 */
export default defineUnlistedScript(() => {
  void new Gate().start();
});

// Try by hand: a Greenhouse or Lever job page, a LinkedIn job search (switch jobs in the list), a Workday posting,
// a news article about hiring (nothing should appear), any page with text selected + Alt+Shift+J.
