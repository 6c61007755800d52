// Blocks for plain text (CLI .txt input, --jsonl, JSON-LD descriptions), offsets into the text exactly as given.
import type { TextBlock } from '../types';
import { BULLET_RE } from './classify-line';

const LINE_RE = /[^\n]+/g;
const FINAL_PUNCT_RE = /[.!?,;]$/;
const STARTS_UPPER_RE = /^[\p{Lu}\p{Lt}]/u;
const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 8;

function isHeadingLine(line: string): boolean {
  return line.length <= MAX_HEADING_CHARS && STARTS_UPPER_RE.test(line) && !FINAL_PUNCT_RE.test(line) &&
    line.split(' ').length <= MAX_HEADING_WORDS;
}

/**
 * Infers headings / bullet items / paragraphs from lines; never changes `text` (blocks skip surrounding spaces).
 * @example blocksFromPlainText('Requirements\n- Go') // [{start:0,end:12,kind:'heading',level:2},{start:13,end:17,kind:'item'}]
 */
export function blocksFromPlainText(text: string): TextBlock[] {
  const lines: { start: number; end: number; line: string }[] = [];
  for (const m of text.matchAll(LINE_RE)) {
    const raw = m[0];
    const line = raw.trim();
    if (!line) continue;
    const start = m.index + raw.indexOf(line);
    lines.push({ start, end: start + line.length, line });
  }
  return lines.map(({ start, end, line }, i): TextBlock => {
    if (BULLET_RE.test(line)) return { start, end, kind: 'item' };
    const next = lines[i + 1];
    if (next && isHeadingLine(line)) {
      return { start, end, kind: 'heading', level: i === 0 ? 1 : 2 };
    }
    return { start, end, kind: 'para' };
  });
}
