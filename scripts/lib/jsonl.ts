/** `--jsonl`: one {"id", ...analysis} line out per input line, each text taken as posting text (no detection gate). */
import { analyzeText } from '../../utils/analyze';
import type { JsonlRecord } from './jsonl-input';
import { toOutput } from './to-output';

/** One output line per record; offsets in `highlights`/`requirements` refer to exactly the given `text`. */
export function analyzeJsonl(records: readonly JsonlRecord[], write: (line: string) => void): void {
  for (const r of records) write(JSON.stringify({ id: r.id, ...toOutput(analyzeText(r.text, { skills: true })) }));
}
