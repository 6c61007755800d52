/**
 * The one typed protocol between contexts. Content scripts import this file (it pulls in only the small
 * messaging runtime); handlers live in the background. One `data` object per message.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Highlight, PageSnapshot, PostingAnalysis } from './types';
import type { RunMode } from './settings';

export type RoleStatus = 'saved' | 'applied' | 'interviewing' | 'offer' | 'rejected' | 'archived';

/** What a tab's content script found, kept by the background for the popup and badge. */
export interface TabPosting {
  analysis: PostingAnalysis;
  url: string;
  /** The page's panel knows this job is saved (badge shows it). */
  saved?: boolean;
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

export interface ProtocolMap {
  /** Page → background: the dictionary pass (tech, must/nice, years, salary). Fast, no compromise. */
  analyzeSnapshot(data: { snapshot: PageSnapshot }): PostingAnalysis;
  /** Page → background: the compromise pass; skill-phrase highlights for an analysed text. */
  findSkills(data: { text: string; analysis: PostingAnalysis }): { skills: string[]; highlights: Highlight[] };
  /** Page → background: this tab shows a posting (or no longer does, with null). Drives badge and popup. */
  reportPosting(data: { posting: TabPosting | null }): void;
  /** Popup → background: the posting found in a tab, if any. */
  getTabPosting(data: { tabId: number }): TabPosting | null;
  /** Page/popup → background: save the role (updates the existing one for the same job key). */
  saveRole(data: { analysis: PostingAnalysis; url: string }): SavedState & { alreadySaved: boolean };
  /** Page/popup → background: is this job saved, and with which status? */
  getSavedState(data: { jobKey: string }): SavedState;
  /** Background/popup → page: annotate now, even where detection said no; uses the selection when there is one. */
  annotateNow(data: { useSelection: boolean }): { ok: boolean; reason?: string };
  /** Page → background: inject the reader script (full read, highlights) into the sending frame. */
  injectReader(data: Record<string, never>): boolean;
  /** Page → background: inject the reader into the sending frame and reply with the cached page settings (no storage
   * read on the page's critical path); null when it could not inject. */
  startReader(data: Record<string, never>): PageSettingsReply | null;
  /** Page → background: inject the panel script into the sending frame; false when another frame holds the panel. */
  openPanel(data: Record<string, never>): boolean;
  /** Background → offscreen document (Chrome) / background iframe (Firefox): run the compromise pass. */
  skillsInOffscreen(data: { analysis: PostingAnalysis }): { skills: string[]; highlights: Highlight[] };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
