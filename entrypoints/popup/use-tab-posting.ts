import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage, type TabPosting } from '@/utils/messaging';

/** The tab the popup acts for: `?tabId=` (tests open the popup as a tab) or the active tab. */
async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export type TabPostingState = { loading: true } | { loading: false; tabId: number | null; posting: TabPosting | null };

/** What the background knows about the tab's posting (null: not a posting, or not analysed yet). */
export function useTabPosting(): TabPostingState {
  const [state, setState] = useState<TabPostingState>({ loading: true });
  useEffect(() => {
    let live = true;
    void (async () => {
      const tabId = await resolveTabId().catch(() => null);
      const posting = tabId == null ? null : await sendMessage('getTabPosting', { tabId }).catch(() => null);
      if (live) setState({ loading: false, tabId, posting });
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
}
