// The whole engine in one call, as the CLI, tests and benchmarks use it: page read → dictionary pass → (skills).
import type { Detection, PageFacts, PostingAnalysis, TextBlock } from './types';
import { detectText } from './page/detect';
import { companyFromAboutHeading, companyName } from './page/company-name';
import { readPage } from './page/read-page';
import { blocksFromPlainText } from './page/plain-text';
import { analyzeSnapshot } from './analysis/analyze-snapshot';
import { findSkillPhrases } from './nlp/skill-phrases';

export interface AnalyzeOptions {
  /** Run the compromise skill-phrase pass too (slower; off the page in the extension). */
  skills?: boolean;
}

export interface AnalyzeTextOptions extends AnalyzeOptions {
  /** Judge the text by the posting heuristics (a .txt file) instead of taking it as posting text (--jsonl). */
  detect?: boolean;
}

const MAX_TITLE_CHARS = 90;
const MAX_TITLE_WORDS = 12;
const FINAL_PUNCT_RE = /[.!?:;]$/;
/** "Oakmere Transit — Dublin, Ireland" / "Acme Corp, Berlin" / "Acme · Remote": a company before a separator. */
const COMPANY_LINE_RE = /^(\p{Lu}[\p{L}\p{N}&.' -]{1,60}?)\s*(?:—|–|·|\||,|\s-\s)\s*\S/u;

function withSkills(a: PostingAnalysis, opts: AnalyzeOptions): PostingAnalysis {
  if (!opts.skills) return a;
  const s = findSkillPhrases(a);
  return { ...a, skills: s.skills, highlights: [...a.highlights, ...s.highlights].sort((x, y) => x.start - y.start) };
}


/**
 * Title and company of a plain-text posting, read from its first lines (the way people paste postings):
 * the first line is the title when it reads like one; the company comes from the line under it
 * ("Acme — Berlin") or from an "About Acme" heading.
 * @example plainTextFacts('Data Engineer\nAcme Water, Leeds\n…', blocks) // { title: 'Data Engineer', company: 'Acme Water' }
 */
export function plainTextFacts(text: string, blocks: readonly TextBlock[]): Pick<PageFacts, 'title' | 'company'> {
  const lines = blocks.map((b) => text.slice(b.start, b.end));
  const first = lines[0] ?? '';
  const title =
    blocks[0]?.kind !== 'item' && first.length <= MAX_TITLE_CHARS && !FINAL_PUNCT_RE.test(first) &&
    first.split(/\s+/).length <= MAX_TITLE_WORDS
      ? first
      : null;
  let company: string | null = null;
  const second = lines[1];
  if (title && second && second.length <= MAX_TITLE_CHARS) company = companyName(COMPANY_LINE_RE.exec(second)?.[1]);
  for (let i = 0; !company && i < blocks.length; i++) {
    if (blocks[i]?.kind === 'heading') company = companyFromAboutHeading(lines[i] ?? '');
  }
  return { title, company };
}

/**
 * Analyse a parsed page (browser Document or linkedom's): detection, facts, requirements, tech and highlights.
 * @example analyzeDocument(parseHtml(html), 'https://boards.greenhouse.io/acme/jobs/1').title
 */
export function analyzeDocument(doc: Document, url: string | null, opts: AnalyzeOptions = {}): PostingAnalysis {
  return withSkills(analyzeSnapshot(readPage(doc, url)), opts);
}

/**
 * Analyse text that is known to be a posting (no detection gate); offsets are into exactly `text`.
 * @example analyzeText('Backend Engineer\nAcme — Remote\nRequirements\n- 5+ years of Go').experienceYears // {min:5,max:null}
 */
export function analyzeText(text: string, opts: AnalyzeTextOptions = {}): PostingAnalysis {
  const blocks = blocksFromPlainText(text);
  const detection: Detection = opts.detect
    ? detectText(text, blocks)
    : { isJobPosting: true, source: 'none', board: null, score: 0, reasons: ['given as posting text'] };
  const { title, company } = plainTextFacts(text, blocks);
  return withSkills(
    analyzeSnapshot({
      url: null,
      detection,
      facts: {
        title, company, locations: [], workMode: null, employmentType: null,
        datePosted: null, validThrough: null, salary: null, jobKey: null,
      },
      text,
      blocks,
    }),
    opts,
  );
}
