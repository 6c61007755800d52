import { nlp } from './nlp';

/** One word (hyphenated compounds joined) with compromise's tags and its offsets in the ORIGINAL text. */
export interface Token {
  start: number;
  end: number;
  lower: string;
  tags: ReadonlySet<string>;
  pre: string;
  post: string;
  /** Index of the span (requirement item, responsibility line) it came from. */
  span: number;
  /** First word of its span or sentence. */
  first: boolean;
}

interface Span {
  start: number;
  end: number;
}
interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface JsonSentence {
  terms: JsonTerm[];
}

const SPAN_GAP = '\n\n';

/**
 * Parses all spans with ONE compromise run and ONE offset table (`.json({offset})` per match would be O(document)
 * each), then maps every term back to the original text.
 * @example tokenize('We need API design.', [{start:8,end:18}]).map(t => t.lower) // ['api', 'design']
 */
export function tokenize(text: string, spans: readonly Span[]): Token[] {
  let joined = '';
  const at: number[] = [];
  for (const s of spans) {
    at.push(joined.length);
    joined += text.slice(s.start, s.end) + SPAN_GAP;
  }
  if (!joined) return [];
  const sentences = nlp(joined).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
  const out: Token[] = [];
  let si = 0;
  for (const sentence of sentences) {
    let first = true;
    for (const t of sentence.terms) {
      const j = t.offset.start;
      while (si + 1 < at.length && (at[si + 1] as number) <= j) [si, first] = [si + 1, true];
      const base = (spans[si] as Span).start - (at[si] as number);
      const prev = out[out.length - 1];
      // Hyphenated words arrive as parts ("problem" "-" "solving"): join them into one token.
      if (prev && prev.span === si && /^-$/.test(prev.post) && !t.pre) {
        prev.end = base + j + t.offset.length;
        prev.lower = text.slice(prev.start, prev.end).toLowerCase();
        prev.tags = new Set([...prev.tags, ...t.tags, 'Compound']);
        prev.post = t.post;
        continue;
      }
      const start = base + j;
      const end = start + t.offset.length;
      out.push({ start, end, lower: text.slice(start, end).toLowerCase(), tags: new Set(t.tags), pre: t.pre, post: t.post, span: si, first });
      first = false;
    }
  }
  return out;
}
