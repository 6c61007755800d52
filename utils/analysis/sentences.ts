/** A span of text: offsets into the analysed string. */
export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that end with a dot but do not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'inc', 'ltd', 'co', 'corp', 'dr', 'mr', 'mrs', 'ms', 'sr', 'jr', 'st', 'no', 'approx',
  'u.s', 'u.k', 'e.u', 'z.b', 'bzw', 'ca', 'inkl', 'ggf', 'usw', 'mind', 'min', 'max', 'incl', 'cf', 'resp', 'p.a',
]);
const SENTENCE_END = /[.!?;]+["'’”)\]]*\s+(?=["'“‘([]?[\p{Lu}\d])/gu;
const WORD_BEFORE = /([\p{L}.]+)[.!?;]*["'’”)\]]*\s*$/u;

/**
 * Splits `text[start, end)` into sentences with a plain scanner: a stop (. ! ? ;) then space then a capital or digit,
 * unless the word before the stop is a known abbreviation. Line breaks always end a sentence.
 * @example splitSentences('Hi there. We use Go.', 0, 20) // [{start:0,end:9},{start:10,end:20}]
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, start: number, end: number, out: Span[]): void {
  const line = text.slice(start, end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    const stopAt = m.index + m[0].length;
    const head = line.slice(Math.max(from, m.index - 12), m.index + 1);
    const word = WORD_BEFORE.exec(head)?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) continue;
    push(text, start + from, start + m.index + m[0].trimEnd().length, out);
    from = stopAt;
  }
  push(text, start + from, end, out);
}

/** Adds a trimmed span if it holds any text. */
function push(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}
