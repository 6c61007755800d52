import type { Browser } from 'wxt/browser';
import type { PostingAnalysis } from '@/utils/types';

/**
 * The last analysis the background made for each frame (with its skills once found), so the page never sends it
 * back: on a 50k-character page, serialising it in the page for findSkills and reportPosting cost ~50 ms of the
 * page's main thread. Kept in memory: a stopped service worker forgets, and the page then sends what it has.
 */
const analyses = new Map<string, PostingAnalysis>();

/** The sending frame's key; null for a sender that is not a tab's frame (an extension page). */
function keyOf(sender: Browser.runtime.MessageSender): string | null {
  return sender.tab?.id == null ? null : `${sender.tab.id}:${sender.frameId ?? 0}`;
}

export function rememberAnalysis(sender: Browser.runtime.MessageSender, analysis: PostingAnalysis): void {
  const key = keyOf(sender);
  if (key) analyses.set(key, analysis);
}

/** The last analysis made for the sending frame. */
export function analysisOf(sender: Browser.runtime.MessageSender): PostingAnalysis | undefined {
  const key = keyOf(sender);
  return key ? analyses.get(key) : undefined;
}

export function forgetTab(tabId: number): void {
  for (const k of analyses.keys()) if (k.startsWith(`${tabId}:`)) analyses.delete(k);
}
