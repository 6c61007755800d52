/** `--jsonl` input: lines {"id","text"}, checked before any analysis. */
import { InputError } from './read-input';

export interface JsonlRecord {
  id: string | number | null;
  text: string;
  line: number;
}

const LINE_SPLIT_RE = /\r?\n/;

/**
 * Parses every line first, so a bad line stops the run before any output (tools get all or nothing).
 * Blank lines are skipped; line numbers are 1-based.
 * @example parseJsonl('{"id":1,"text":"Go developer"}') // [{id:1, text:'Go developer', line:1}]
 */
export function parseJsonl(input: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  input.split(LINE_SPLIT_RE).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new InputError(`line ${line}: invalid JSON (${(err as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(`line ${line}: expected an object like {"id": "a1", "text": "…"}`);
    }
    const { id, text } = value as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') throw new InputError(`line ${line}: "text" must be a string`);
    if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
      throw new InputError(`line ${line}: "id" must be a string or a number`);
    }
    records.push({ id: (id as string | number | undefined) ?? null, text, line });
  });
  if (!records.length) throw new InputError('no JSON lines in the input');
  return records;
}

