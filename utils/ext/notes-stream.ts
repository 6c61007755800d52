// Extension-page plumbing, not engine code: one notes stream per extension page (popup, dashboard); edits go to the
// background over a port.
import { browser } from 'wxt/browser';
import { createNotesStream, NOTES_PORT } from '../store/notes-port';

let stream: ReturnType<typeof createNotesStream> | null = null;

/** Sends a role's whole notes text to the background, which writes it (and flushes when this page closes). */
export function sendNotes(id: number, notes: string): void {
  stream ??= createNotesStream(() => browser.runtime.connect({ name: NOTES_PORT }));
  stream.send({ id, notes });
}
