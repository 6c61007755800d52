import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Gate } from './gate';

/**
 * Runs on every page and frame, and stays tiny: the engine's cheap detection gate when the page is idle, nothing
 * more on pages that are not postings. The reader (full read, highlights) and the panel are separate scripts the
 * background injects on postings only. The manifest CSS holds the ::highlight() rules (no element matches them).
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT's legacy "script started" window.postMessage reaches the page's own message listeners (and cost 1–12 ms of a
  // cold tab's main thread here); its custom event on document does the same job unseen.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void new Gate(ctx).start();
  },
});

// Try by hand: a Greenhouse or Lever job page, a LinkedIn job search (switch jobs in the list), a Workday posting,
// a news article about hiring (nothing should appear), any page with text selected + Alt+Shift+J.
