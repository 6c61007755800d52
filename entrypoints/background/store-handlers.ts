// Saved roles in the background: saveRole / getSavedState for pages and the popup, and the popup's notes port.
import { browser, type Browser } from 'wxt/browser';
import { onMessage, type KeptRef } from '@/utils/messaging';
import type { PostingAnalysis } from '@/utils/types';
import { unpack } from '@/utils/wire';
import { analysisOf } from './frame-analyses';
import { getDb } from '@/utils/store/db';
import { saveAnalysis, savedState } from '@/utils/store/save-role';
import { setNotes } from '@/utils/store/role-writes';
import { createNotesWriter, NOTES_PORT, type NotesEdit } from '@/utils/store/notes-port';

/** Badge text on a tab whose posting was just saved from the page. */
const SAVED_BADGE = '✓';

const isEdit = (m: unknown): m is NotesEdit =>
  typeof m === 'object' && m !== null && Number.isInteger((m as NotesEdit).id) && typeof (m as NotesEdit).notes === 'string';

/**
 * The analysis the background made for the sender's frame, if it is the one the page shows: a page's Save then sends
 * a few bytes instead of the whole analysis (on a 50k-character posting, cloning it cost the page's main thread a long
 * task). Undefined after a service worker restart: the page then sends it.
 */
function keptAnalysis(sender: Browser.runtime.MessageSender, ref: KeptRef | undefined): PostingAnalysis | undefined {
  const kept = ref && analysisOf(sender);
  return kept && kept.jobKey === ref.jobKey && kept.text.length === ref.textLength ? kept : undefined;
}

export function registerStoreHandlers(): void {
  onMessage('saveRole', async ({ data, sender }) => {
    const analysis = data.analysis ?? (data.packed ? unpack(data.packed) : keptAnalysis(sender, data.kept));
    if (!analysis) return null;
    const result = await saveAnalysis(getDb(), analysis, data.url);
    const tabId = sender.tab?.id;
    if (tabId != null) await browser.action.setBadgeText({ tabId, text: SAVED_BADGE }).catch(() => undefined);
    return result;
  });
  onMessage('getSavedState', ({ data }) => savedState(getDb(), data.jobKey));

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== NOTES_PORT) return;
    // Only our own pages (popup, dashboard) may write notes; content scripts never see them.
    if (!port.sender?.url?.startsWith(browser.runtime.getURL('/'))) return port.disconnect();
    const writer = createNotesWriter((id, notes) => setNotes(getDb(), id, notes));
    port.onMessage.addListener((msg: unknown) => {
      if (isEdit(msg)) writer.push(msg);
    });
    port.onDisconnect.addListener(() => void writer.flush());
  });
}
