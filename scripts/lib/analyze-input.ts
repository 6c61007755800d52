/** One page (HTML or text) through the engine, the same way for a single file and for a folder sweep. */
import { analyzeDocument, analyzeText, type AnalyzeOptions } from '../../utils/analyze';
import { parseHtml } from '../../utils/node/parse-html';
import type { PostingAnalysis } from '../../utils/types';
import type { Input } from './read-input';

export interface Timed {
  analysis: PostingAnalysis;
  /** HTML parsing (linkedom), ms. */
  parseMs: number;
  /** The engine itself, ms. */
  engineMs: number;
}

/**
 * HTML goes through detection (`analyzeDocument`); text files through the text heuristics (`analyzeText`, detect).
 * @example analyzeInput({name:'a.html', content:'<h1>…</h1>', format:'html'}, null).analysis.isJobPosting
 */
export function analyzeInput(input: Input, url: string | null, opts: AnalyzeOptions = {}): Timed {
  const t0 = performance.now();
  if (input.format === 'text') {
    const analysis = analyzeText(input.content, { ...opts, detect: true });
    return { analysis, parseMs: 0, engineMs: performance.now() - t0 };
  }
  const doc = parseHtml(input.content);
  const t1 = performance.now();
  const analysis = analyzeDocument(doc, url, opts);
  return { analysis, parseMs: t1 - t0, engineMs: performance.now() - t1 };
}
