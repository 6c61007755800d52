import { browser } from 'wxt/browser';
import { onMessage, type TabPosting } from '@/utils/messaging';

/** Postings found per tab. Kept in memory: a stopped service worker forgets, and the page reports again. */
const postings = new Map<number, TabPosting>();

export function registerTabPostingHandlers(): void {
  onMessage('reportPosting', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    if (data.posting) postings.set(tabId, data.posting);
    else postings.delete(tabId);
    await browser.action.setBadgeText({ tabId, text: data.posting ? 'JOB' : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' });
  });
  onMessage('getTabPosting', ({ data }) => postings.get(data.tabId) ?? null);
  browser.tabs.onRemoved.addListener((tabId) => postings.delete(tabId));
}
