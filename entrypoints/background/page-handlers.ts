import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import { runsOnItsOwn } from '@/utils/disabled-sites';
import { pack, unpack } from '@/utils/wire';
import { analyzeSnapshot } from '@/utils/analysis/analyze-snapshot';
import { skillsFor } from './skills-host';
import { pageSettings, watchPageSettings } from './page-settings';
import { claimPanel } from './tab-postings';
import { warmAnalysis } from './warm-analysis';
import { analysisOf, rememberAnalysis } from './frame-analyses';
import { GATE_KEY } from '../panel/bridge';

export const ANNOTATE_COMMAND = 'annotate-page';
const PANEL_SCRIPT = '/panel.js';
const READER_SCRIPT = '/reader.js';
const CONTENT_SCRIPT = '/posting.js';

type AnnotateResult = { ok: boolean; reason?: string };

/**
 * Asks the reader in the tab's top frame to annotate. The reader listens only where it was injected (pages the gate
 * let through): elsewhere it is injected now, after the content script where that is missing (tabs opened before
 * the extension was installed).
 */
export async function annotateTab(tabId: number, useSelection = true): Promise<AnnotateResult> {
  const ask = () => sendMessage('annotateNow', { useSelection }, { tabId, frameId: 0 });
  try {
    const res = await ask();
    if (res) return res;
  } catch {
    // no reader listening yet
  }
  const target = { tabId, frameIds: [0] };
  try {
    const [probe] = await browser.scripting.executeScript({ target, func: (key: string) => key in globalThis, args: [GATE_KEY] });
    if (!probe?.result) await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
    await browser.scripting.executeScript({ target, files: [READER_SCRIPT] });
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
  onMessage('analyzeSnapshot', ({ data, sender }) => {
    const analysis = analyzeSnapshot(unpack(data.snapshot));
    rememberAnalysis(sender, analysis);
    return pack({ ...analysis, text: '' });
  });
  onMessage('findSkills', async ({ data, sender }) => {
    const kept = analysisOf(sender);
    const analysis = data.analysis ? { ...unpack(data.analysis), text: data.text ?? '' } : kept;
    if (!analysis) return null;
    const res = await skillsFor(analysis);
    if (kept && analysisOf(sender) === kept)
      rememberAnalysis(sender, { ...kept, skills: res.skills, highlights: [...kept.highlights, ...res.highlights] });
    return pack(res);
  });
  watchPageSettings();
  onMessage('startReader', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return null;
    // Decided here, before the reader exists: it then sends the page's text without waiting for this reply.
    const settings = await pageSettings();
    if (!runsOnItsOwn(settings, sender.url ?? '')) return null;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [READER_SCRIPT] });
    // Once the reader is evaluated: its evaluation (compiling ~48 KB) is the page's longest task of ours, and on a 2-core
    // machine the warm-up's ~60–100 ms of CPU running alongside stretched it past 50 ms now and then.
    warmAnalysis();
    return settings;
  });
  onMessage('openPanel', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return false;
    const frameId = sender.frameId ?? 0;
    if (!(await claimPanel(tabId, frameId))) return false;
    if (!data.loaded) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PANEL_SCRIPT] });
    return true;
  });
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  (globalThis as { jobmark?: object }).jobmark = { runCommand, annotateTab };
}
