import type { PostingAnalysis } from '@/utils/types';

/**
 * The last analysis the background made for each frame (with its skills once found), so the page never sends it
 * back: on a 50k-character page, serialising it in the page for findSkills and reportPosting cost ~50 ms of the
 * page's main thread. Kept in memory: a stopped service worker forgets, and the page then sends what it has.
 */
const analyses = new Map<string, PostingAnalysis>();

const keyOf = (tabId: number, frameId: number) => `${tabId}:${frameId}`;

export function rememberAnalysis(tabId: number, frameId: number, analysis: PostingAnalysis): void {
  analyses.set(keyOf(tabId, frameId), analysis);
}

export function analysisOf(tabId: number, frameId: number): PostingAnalysis | undefined {
  return analyses.get(keyOf(tabId, frameId));
}

export function forgetTab(tabId: number): void {
  for (const k of analyses.keys()) if (k.startsWith(`${tabId}:`)) analyses.delete(k);
}
