import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNotesWriter } from '../../../utils/store/notes-port';

describe('notes writer (background side of the popup port)', () => {
  afterEach(() => vi.useRealTimers());

  it('coalesces keystrokes into one write of the latest text after the delay', async () => {
    vi.useFakeTimers();
    const writes: [number, string][] = [];
    const w = createNotesWriter(async (id, notes) => void writes.push([id, notes]), 300);
    for (const t of ['H', 'He', 'Hel', 'Hello']) w.push({ id: 1, notes: t });
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual([[1, 'Hello']]);
  });

  it('writes pending text at once on flush (popup closed), per role, in order', async () => {
    const writes: [number, string][] = [];
    const w = createNotesWriter(async (id, notes) => void writes.push([id, notes]), 60_000);
    w.push({ id: 1, notes: 'first' });
    w.push({ id: 2, notes: 'other role' });
    w.push({ id: 1, notes: 'first, last keystroke' });
    await w.flush();
    expect(writes).toEqual([
      [1, 'first, last keystroke'],
      [2, 'other role'],
    ]);
  });
});
