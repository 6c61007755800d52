import { browser } from 'wxt/browser';
import { unpack } from '@/utils/wire';
import { onMessage, type TabPosting } from '@/utils/messaging';
import { analysisOf, forgetTab } from './frame-analyses';

interface FramePosting extends TabPosting {
  frameId: number;
}

const BADGE = { found: { text: 'JOB', color: '#2f6f4f' }, saved: { text: '✓', color: '#1d4ed8' } };

/** Postings found per tab. Kept in memory: a stopped service worker forgets, and the page reports again. */
const postings = new Map<number, FramePosting>();
/** The frame that shows the panel, per tab: one panel per page even with embedded boards in iframes. */
const panelFrames = new Map<number, number>();

async function setBadge(tabId: number, p: TabPosting | undefined): Promise<void> {
  const b = p ? (p.saved ? BADGE.saved : BADGE.found) : null;
  // MV3 `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ tabId, text: b?.text ?? '' });
  if (b) await action.setBadgeBackgroundColor({ tabId, color: b.color });
}

/** Whether a frame still holds a mounted panel (its isolated world shares globals with the panel script). */
async function frameHasPanel(tabId: number, frameId: number): Promise<boolean> {
  try {
    const [res] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: () => !!(globalThis as { __jobmarkPanel?: unknown }).__jobmarkPanel,
    });
    return res?.result === true;
  } catch {
    return false; // frame gone
  }
}

/** Gives the panel to `frameId` unless another live frame of the tab holds it. */
export async function claimPanel(tabId: number, frameId: number): Promise<boolean> {
  const holder = panelFrames.get(tabId);
  if (holder != null && holder !== frameId && (await frameHasPanel(tabId, holder))) return false;
  panelFrames.set(tabId, frameId);
  return true;
}

export function registerTabPostingHandlers(): void {
  onMessage('reportPosting', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return false;
    const frameId = sender.frameId ?? 0;
    const prev = postings.get(tabId);
    let posting: TabPosting | null = null;
    if (data.posting) posting = unpack(data.posting);
    else if (data.url != null) {
      const analysis = analysisOf(sender);
      if (!analysis) return false;
      posting = { url: data.url, analysis, saved: data.saved };
    }
    if (posting) postings.set(tabId, { ...posting, saved: posting.saved ?? (prev?.analysis.jobKey === posting.analysis.jobKey && prev.saved), frameId });
    else if (prev?.frameId === frameId) postings.delete(tabId);
    else return true;
    if (!posting && panelFrames.get(tabId) === frameId) panelFrames.delete(tabId);
    await setBadge(tabId, postings.get(tabId));
    return true;
  });
  onMessage('getTabPosting', ({ data }) => {
    const p = postings.get(data.tabId);
    if (!p) return null;
    const { frameId: _frameId, ...posting } = p;
    return posting;
  });
  // Tests read what a tab reported through the service worker (worker.evaluate).
  (globalThis as { jobmarkPostings?: typeof postings }).jobmarkPostings = postings;
  browser.tabs.onRemoved.addListener((tabId) => {
    postings.delete(tabId);
    forgetTab(tabId);
    panelFrames.delete(tabId);
  });
}
