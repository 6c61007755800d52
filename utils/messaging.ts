/**
 * The one typed protocol between contexts. Content scripts import this file (it pulls in only the small
 * messaging runtime); handlers live in the background. One `data` object per message.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Highlight, PageSnapshot, PostingAnalysis } from './types';
import type { RunMode } from './settings';
import type { Packed } from './wire';

export type RoleStatus = 'saved' | 'applied' | 'interviewing' | 'offer' | 'rejected' | 'archived';

/** What a tab's content script found, kept by the background for the popup and badge. */
export interface TabPosting {
  analysis: PostingAnalysis;
  url: string;
  /** The page's panel knows this job is saved (badge shows it). */
  saved?: boolean;
}

export interface SkillsResult {
  skills: string[];
  highlights: Highlight[];
}

export interface SavedState {
  saved: boolean;
  id: number | null;
  status: RoleStatus | null;
}

/** The settings a page needs before it shows anything (the background keeps them cached). */
export interface PageSettingsReply {
  runMode: RunMode;
  disabledSites: string[];
  highlightsOn: boolean;
}

/** Which analysis the page shows: enough for the background to check that the one it kept for the frame is it. */
export interface KeptRef {
  jobKey: string | null;
  textLength: number;
}

export interface ProtocolMap {
  /** Page → background: the dictionary pass (tech, must/nice, years, salary). Fast, no compromise. The background
   * keeps the analysis for the frame; the reply's `text` is empty (the page sent it). Big payloads travel packed
   * (utils/wire.ts). */
  analyzeSnapshot(data: { snapshot: Packed<PageSnapshot> }): Packed<PostingAnalysis>;
  /** Page → background: the compromise pass on the frame's last analysis; null when the background no longer has it
   * (a restarted service worker), and the page sends `text` and `analysis` again. */
  findSkills(data: { text?: string; analysis?: Packed<PostingAnalysis> }): Packed<SkillsResult> | null;
  /** Page → background: this frame shows the posting at `url` (its last analysis, with skills), or nothing (null).
   * Drives badge and popup. False when the background no longer has the analysis: send it as `posting`. */
  reportPosting(data: { url: string | null; saved?: boolean; posting?: Packed<TabPosting> }): boolean;
  /** Popup → background: the posting found in a tab, if any. */
  getTabPosting(data: { tabId: number }): TabPosting | null;
  /** Popup / page → background: save the role (updates the existing one for the same job key). The popup sends
   * `analysis`; the page sends `kept` (the background's own analysis of the frame, when it still matches), and
   * `packed` when the reply was null. */
  saveRole(data: { url: string; analysis?: PostingAnalysis; packed?: Packed<PostingAnalysis>; kept?: KeptRef }):
    | (SavedState & { alreadySaved: boolean })
    | null;
  /** Page/popup → background: is this job saved, and with which status? */
  getSavedState(data: { jobKey: string }): SavedState;
  /** Background/popup → page: annotate now, even where detection said no; uses the selection when there is one. */
  annotateNow(data: { useSelection: boolean }): { ok: boolean; reason?: string };
  /** Page → background: inject the reader into the sending frame when the settings let Jobmark run there on its own,
   * and reply with the cached page settings (no storage read on the page's critical path); null when it did not inject. */
  startReader(data: Record<string, never>): PageSettingsReply | null;
  /** Page → background: may this frame show the panel (one per tab)? Injects the panel script unless `loaded`. */
  openPanel(data: { loaded: boolean }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
