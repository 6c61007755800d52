/**
 * The notes stream between the popup and the background. The popup sends every edit over a `runtime.connect`
 * port; the background coalesces them and writes on a short timer, and at once when the port disconnects
 * (the popup closed), so the last keystrokes are never lost with the popup.
 */
export const NOTES_PORT = 'jobmark-notes';

/** One edit: the whole notes text of a role (small; no diffing needed). */
export interface NotesEdit {
  id: number;
  notes: string;
}

/** How long the background waits for more keystrokes before writing. */
export const NOTES_WRITE_DELAY_MS = 300;

/**
 * Coalesces edits per role and writes the latest text; `flush()` writes everything pending now.
 *
 * @example
 * const w = createNotesWriter((id, notes) => setNotes(db, id, notes));
 * w.push({ id: 1, notes: 'a' }); w.push({ id: 1, notes: 'ab' }); await w.flush(); // one write: 'ab'
 */
export function createNotesWriter(write: (id: number, notes: string) => Promise<void>, delayMs = NOTES_WRITE_DELAY_MS) {
  const pending = new Map<number, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = [...pending.entries()];
    pending.clear();
    // Writes run in order, so an older text never lands after a newer one.
    chain = chain.then(async () => {
      for (const [id, notes] of batch) await write(id, notes).catch((e) => console.error('jobmark: notes write failed', e));
    });
    return chain;
  };

  return {
    push(edit: NotesEdit) {
      pending.set(edit.id, edit.notes);
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}

/** The part of a runtime Port the sender uses (so this file stays free of extension APIs). */
export interface PortLike {
  postMessage(msg: NotesEdit): void;
  onDisconnect: { addListener(cb: () => void): void };
}

/**
 * The page side: sends each edit over a port, reconnecting when the background went away (a stopped service
 * worker closes the port), so no edit is dropped.
 *
 * @example
 * const stream = createNotesStream(() => browser.runtime.connect({ name: NOTES_PORT }));
 * stream.send({ id: 1, notes: 'Call back Monday' });
 */
export function createNotesStream(connect: () => PortLike) {
  let port: PortLike | null = null;
  const open = () => {
    const p = connect();
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
    });
    return p;
  };
  return {
    send(edit: NotesEdit) {
      port ??= open();
      try {
        port.postMessage(edit);
      } catch {
        // The port died between our check and the send: open a fresh one and send again.
        port = open();
        port.postMessage(edit);
      }
    },
  };
}
