// The engine against our fixture corpus: every field a fixture expects, detection on non-postings, and tech
// precision/recall over the whole corpus. The printed summary is the team's scoreboard.
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../utils/analyze';
import { parseHtml } from '../../utils/node/parse-html';
import type { PostingAnalysis } from '../../utils/types';
import {
  loadPages,
  loadPostingFixtures,
  pagesWithoutExpectation,
  type PostingFixture,
} from '../../scripts/lib/fixture-corpus';
import {
  requirementCounts,
  sameCompany,
  sameSalary,
  sameTitle,
  sameYears,
  scoreTech,
} from '../../scripts/lib/fixture-score';

const MIN_POSTINGS = 30;
const MIN_NON_POSTINGS = 15;
const MIN_TECH_PRECISION = 0.95;
const MIN_TECH_RECALL = 0.9;

const fixtures = loadPostingFixtures();
const nonPostings = loadPages();
const cache = new Map<string, PostingAnalysis>();

function analysed(f: PostingFixture): PostingAnalysis {
  let a = cache.get(f.name);
  if (!a) {
    a = f.kind === 'txt' ? analyzeText(f.source, { detect: true }) : analyzeDocument(parseHtml(f.source), f.expected.url);
    cache.set(f.name, a);
  }
  return a;
}

const failures: string[] = [];
function track(name: string, field: string, ok: boolean, got: unknown, want: unknown): boolean {
  if (!ok) failures.push(`${name} · ${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  return ok;
}

describe('fixture corpus', () => {
  it(`has at least ${MIN_POSTINGS} postings and ${MIN_NON_POSTINGS} non-postings`, () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(MIN_POSTINGS);
    expect(nonPostings.length).toBeGreaterThanOrEqual(MIN_NON_POSTINGS);
  });

  it('every posting page has its NAME.expected.json', () => {
    expect(pagesWithoutExpectation()).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f.expected] as const))('%s.expected.json is well-formed', (_name, e) => {
    expect(e.url === null || /^https?:\/\//.test(e.url)).toBe(true);
    expect(typeof e.isJobPosting).toBe('boolean');
    expect(e.title === null || typeof e.title === 'string').toBe(true);
    expect(e.company === null || typeof e.company === 'string').toBe(true);
    if (e.salary) {
      expect(Object.keys(e.salary).sort()).toEqual(['currency', 'max', 'min', 'period']);
      expect(e.salary.currency).toMatch(/^[A-Z]{3}$/);
      expect(['year', 'month', 'week', 'day', 'hour']).toContain(e.salary.period);
    }
    expect([null, 'remote', 'hybrid', 'onsite']).toContain(e.workMode);
    if (e.experienceYears) expect(Object.keys(e.experienceYears).sort()).toEqual(['max', 'min']);
    expect(new Set(e.tech).size).toBe(e.tech.length);
  });
});

describe.each(fixtures.map((f) => [f.name, f] as const))('posting %s', (name, f) => {
  const want = f.expected;

  it('is detected', () => {
    const got = analysed(f).isJobPosting;
    expect(track(name, 'detection', got === want.isJobPosting, got, want.isJobPosting)).toBe(true);
  });

  it('title', () => {
    const got = analysed(f).title;
    expect(track(name, 'title', sameTitle(got, want.title), got, want.title)).toBe(true);
  });

  it('company', () => {
    const got = analysed(f).company;
    expect(track(name, 'company', sameCompany(got, want.company), got, want.company)).toBe(true);
  });

  it('salary', () => {
    const got = analysed(f).salary;
    expect(track(name, 'salary', sameSalary(got, want.salary), got, want.salary)).toBe(true);
  });

  it('work mode', () => {
    const got = analysed(f).workMode;
    expect(track(name, 'workMode', got === want.workMode, got, want.workMode)).toBe(true);
  });

  it('experience years', () => {
    const got = analysed(f).experienceYears;
    expect(track(name, 'experienceYears', sameYears(got, want.experienceYears), got, want.experienceYears)).toBe(true);
  });

  it('highlights cover exactly their terms, and tech highlights name a stack entry', () => {
    const a = analysed(f);
    const stack = new Set(a.techStack.map((t) => t.name));
    const bad = a.highlights.filter((h) => {
      const slice = a.text.slice(h.start, h.end);
      return h.start < 0 || h.end > a.text.length || !slice.trim() || slice !== slice.trim() ||
        (h.kind === 'tech' && !stack.has(h.label));
    });
    const shown = bad.map((h) => `${h.kind}:${h.label}@${h.start}-${h.end}=${JSON.stringify(a.text.slice(h.start, h.end))}`);
    expect(track(name, 'highlights', bad.length === 0, shown, [])).toBe(true);
  });

  // Only fixtures that state counts get this test (defined conditionally rather than skipped).
  if (want.mustCount !== undefined || want.niceCount !== undefined)
    it('must / nice requirement counts', () => {
      const got = requirementCounts(analysed(f));
      const wanted = { must: want.mustCount ?? got.must, nice: want.niceCount ?? got.nice };
      const ok = got.must === wanted.must && got.nice === wanted.nice;
      expect(track(name, 'must/nice', ok, got, wanted)).toBe(true);
    });
});

describe.each(nonPostings.map((p) => [p.name, p] as const))('non-posting %s', (name, p) => {
  it('is not detected', () => {
    const a = analyzeDocument(parseHtml(p.source), null);
    expect(track(name, 'detection (non-posting)', !a.isJobPosting, a.isJobPosting, false)).toBe(true);
  });
});

describe('tech terms over the corpus', () => {
  it(`precision >= ${MIN_TECH_PRECISION} and recall >= ${MIN_TECH_RECALL}`, () => {
    const score = scoreTech(
      fixtures.map((f) => ({ name: f.name, found: analysed(f).techStack.map((t) => t.name), labelled: f.expected.tech })),
    );
    console.log(
      `tech: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})\n` +
        score.misses.map((m) => `  ${m.name}: +[${m.extra.join(', ')}] -[${m.missing.join(', ')}]`).join('\n'),
    );
    expect(score.precision).toBeGreaterThanOrEqual(MIN_TECH_PRECISION);
    expect(score.recall).toBeGreaterThanOrEqual(MIN_TECH_RECALL);
  });
});

afterAll(() => {
  if (failures.length) console.log(`fixture scoreboard: ${failures.length} failing checks\n  ${failures.join('\n  ')}`);
});
