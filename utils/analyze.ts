// STUB (owned by the fixtures/CLI helper): the whole engine in one call, as the CLI and tests use it.
import type { PostingAnalysis } from './types';
import { readPage } from './page/read-page';
import { blocksFromPlainText } from './page/plain-text';
import { analyzeSnapshot } from './analysis/analyze-snapshot';
import { findSkillPhrases } from './nlp/skill-phrases';

export interface AnalyzeOptions {
  /** Run the compromise skill-phrase pass too (slower; off the page in the extension). */
  skills?: boolean;
}

function withSkills(a: PostingAnalysis, opts: AnalyzeOptions): PostingAnalysis {
  if (!opts.skills) return a;
  const s = findSkillPhrases(a);
  return { ...a, skills: s.skills, highlights: [...a.highlights, ...s.highlights].sort((x, y) => x.start - y.start) };
}

/** Analyse a parsed page (browser Document or linkedom's). */
export function analyzeDocument(doc: Document, url: string | null, opts: AnalyzeOptions = {}): PostingAnalysis {
  return withSkills(analyzeSnapshot(readPage(doc, url)), opts);
}

/** Analyse posting text as given (offsets into exactly `text`). */
export function analyzeText(text: string, opts: AnalyzeOptions = {}): PostingAnalysis {
  const blocks = blocksFromPlainText(text);
  return withSkills(
    analyzeSnapshot({
      url: null,
      detection: { isJobPosting: true, source: 'none', board: null, score: 0, reasons: [] },
      facts: {
        title: null, company: null, locations: [], workMode: null, employmentType: null,
        datePosted: null, validThrough: null, salary: null, jobKey: null,
      },
      text,
      blocks,
    }),
    opts,
  );
}
