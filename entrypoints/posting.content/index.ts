import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from './page';

/**
 * Runs on every page and frame. Cheap by design: a detection gate when the page is idle, and nothing more on pages
 * that are not postings. The panel is a separate script the background injects on postings only.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void new PageController(ctx).start();
  },
});

// Try by hand: a Greenhouse or Lever job page, a LinkedIn job search (switch jobs in the list), a Workday posting,
// a news article about hiring (nothing should appear), any page with text selected + Alt+Shift+J.
