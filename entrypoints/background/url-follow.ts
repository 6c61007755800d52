import { browser } from 'wxt/browser';
import { GATE_KEY } from '../panel/bridge';

/** Runs in the tab's top frame (serialised by executeScript: no closure). */
function notifyGate(key: string): void {
  (globalThis as unknown as Record<string, { urlChanged?: () => void } | undefined>)[key]?.urlChanged?.();
}

/**
 * Single-page sites (LinkedIn, Indeed) switch jobs with pushState. The browser reports those same-document
 * navigations here, and the top frame's gate is told, so pages carry no Navigation API listener of ours (that cost
 * every page up to a few ms of main thread in a cold tab). Full loads are not reported: their content script looks
 * on its own. The gate ignores a URL it has already looked at.
 */
export function registerUrlFollow(): void {
  const follow = ({ tabId, frameId, url }: { tabId: number; frameId: number; url: string }) => {
    if (frameId !== 0 || !/^https?:/.test(url)) return;
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, func: notifyGate, args: [GATE_KEY] })
      .catch(() => {}); // a page we may not script (the web store, a PDF viewer)
  };
  browser.webNavigation.onHistoryStateUpdated.addListener(follow);
  browser.webNavigation.onReferenceFragmentUpdated.addListener(follow);
}
