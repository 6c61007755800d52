/** Helpers for the saved-roles e2e tests: tab ids, raw IndexedDB reads from an extension page. */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../support/chromium';

/** The id of the tab showing `url` (asked from the service worker). */
export async function tabIdFor(session: ExtensionSession, url: string): Promise<number> {
  // Match patterns cannot hold a query or fragment: compare URLs ourselves.
  const id = await session.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  if (id == null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Waits until the background knows the tab's posting (the content script reported it). */
export async function waitForPosting(session: ExtensionSession, tabId: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await session.worker.evaluate(async (id) => {
      // Ask the same way the popup does; the background answers through its message handler.
      const tab = await chrome.tabs.get(id);
      return tab.status === 'complete' && (await chrome.action.getBadgeText({ tabId: id })) !== '';
    }, tabId);
    if (found) return;
    if (Date.now() > deadline) throw new Error('the posting was never reported');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every stored role, read with the raw IndexedDB API from an extension page (no app code involved). */
export function readRoles(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('jobmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('roles').objectStore('roles').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Record<string, unknown>[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

export const extensionUrl = (session: ExtensionSession, path: string) => `chrome-extension://${session.extensionId}/${path}`;
