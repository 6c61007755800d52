// Saved roles in the background: saveRole / getSavedState for pages and the popup, and the popup's notes port.
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { getDb } from '@/utils/store/db';
import { saveAnalysis, savedState } from '@/utils/store/save-role';
import { setNotes } from '@/utils/store/role-writes';
import { createNotesWriter, NOTES_PORT, type NotesEdit } from '@/utils/store/notes-port';

/** Badge text on a tab whose posting was just saved from the page. */
const SAVED_BADGE = '✓';

const isEdit = (m: unknown): m is NotesEdit =>
  typeof m === 'object' && m !== null && Number.isInteger((m as NotesEdit).id) && typeof (m as NotesEdit).notes === 'string';

export function registerStoreHandlers(): void {
  onMessage('saveRole', async ({ data, sender }) => {
    const result = await saveAnalysis(getDb(), data.analysis, data.url);
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
