import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import { analyzeSnapshot } from '@/utils/analysis/analyze-snapshot';
import { skillsFor, warmSkillsHost } from './skills-host';
import { pageSettings, watchPageSettings } from './page-settings';
import { claimPanel } from './tab-postings';
import { warmAnalysis } from './warm-analysis';

export const ANNOTATE_COMMAND = 'annotate-page';
const PANEL_SCRIPT = '/panel.js';
const READER_SCRIPT = '/reader.js';
const CONTENT_SCRIPT = '/content-scripts/posting.js';

type AnnotateResult = { ok: boolean; reason?: string };

/** Asks the tab's top frame to annotate; injects the content script first where it is missing (tabs opened earlier). */
export async function annotateTab(tabId: number, useSelection = true): Promise<AnnotateResult> {
  const ask = () => sendMessage('annotateNow', { useSelection }, { tabId, frameId: 0 });
  try {
    const res = await ask();
    if (res) return res;
  } catch {
    // no receiver yet
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
    return (await ask()) ?? { ok: false, reason: 'The page did not answer.' };
  } catch (err) {
    return { ok: false, reason: `Jobmark cannot read this page (${err instanceof Error ? err.message : 'no access'}).` };
  }
}

/** The keyboard shortcut's handler (exported and exposed so tests can run it: Playwright cannot press it). */
export async function runCommand(command: string, tab?: { id?: number }): Promise<AnnotateResult> {
  if (command !== ANNOTATE_COMMAND) return { ok: false, reason: `unknown command ${command}` };
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (tabId == null) return { ok: false, reason: 'No active tab.' };
  return annotateTab(tabId);
}

export function registerPageHandlers(): void {
  onMessage('analyzeSnapshot', ({ data }) => {
    const analysis = analyzeSnapshot(data.snapshot);
    setTimeout(warmSkillsHost, 0); // after the reply: the first paint must not wait for compromise
    return analysis;
  });
  onMessage('findSkills', ({ data }) => skillsFor({ ...data.analysis, text: data.text }));
  onMessage('injectReader', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return false;
    const injected = browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [READER_SCRIPT] });
    // The injection is under way; the first analysis's one-time costs overlap the reader reading the page.
    warmAnalysis();
    await injected;
    return true;
  });
  watchPageSettings();
  onMessage('startReader', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return null;
    const settings = pageSettings();
    const injected = browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [READER_SCRIPT] });
    warmAnalysis();
    await injected;
    return settings;
  });
  onMessage('openPanel', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return false;
    const frameId = sender.frameId ?? 0;
    if (!(await claimPanel(tabId, frameId))) return false;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PANEL_SCRIPT] });
    return true;
  });
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  (globalThis as { jobmark?: object }).jobmark = { runCommand, annotateTab };
}
