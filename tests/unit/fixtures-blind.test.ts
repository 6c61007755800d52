// The engine against our BLIND fixture set (tests/fixtures/postings-blind): postings written in shapes the engine was
// not tuned on, expectations written before the engine ever ran on them. Unlike the main corpus, not every field has
// to pass: the printed scoreboard is the measurement, and the floors below only stop it from sliding back.
import { afterAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { analyzeDocument, analyzeText } from '../../utils/analyze';
import { parseHtml } from '../../utils/node/parse-html';
import type { PostingAnalysis } from '../../utils/types';
import { loadPostingFixtures, pagesWithoutExpectation, type PostingFixture } from '../../scripts/lib/fixture-corpus';
import {
  requirementCounts,
  sameCompany,
  sameSalary,
  sameTitle,
  sameYears,
  scoreTech,
} from '../../scripts/lib/fixture-score';

const BLIND_DIR = resolve('tests/fixtures/postings-blind');
const MIN_POSTINGS = 15;

type Field = 'detected' | 'title' | 'company' | 'salary' | 'workMode' | 'years' | 'must/nice';

/** Fields that must pass on at least this share of the blind set (a ratchet: raise it as the engine improves). */
const MIN_FIELD_SHARE: Readonly<Record<Field, number>> = {
  detected: 1,
  title: 1,
  company: 0.9,
  salary: 1,
  workMode: 1,
  years: 1,
  'must/nice': 1,
};
const MIN_TECH_PRECISION = 0.95;
const MIN_TECH_RECALL = 0.95;

const fixtures = loadPostingFixtures(BLIND_DIR);

function analyse(f: PostingFixture): PostingAnalysis {
  return f.kind === 'txt' ? analyzeText(f.source, { detect: true }) : analyzeDocument(parseHtml(f.source), f.expected.url);
}

interface Row {
  name: string;
  a: PostingAnalysis;
  checks: Record<Field, boolean>;
}

const rows: Row[] = fixtures.map((f) => {
  const a = analyse(f);
  const e = f.expected;
  const counts = requirementCounts(a);
  return {
    name: f.name,
    a,
    checks: {
      detected: a.isJobPosting === e.isJobPosting,
      title: sameTitle(a.title, e.title),
      company: sameCompany(a.company, e.company),
      salary: sameSalary(a.salary, e.salary),
      workMode: a.workMode === e.workMode,
      years: sameYears(a.experienceYears, e.experienceYears),
      'must/nice': counts.must === (e.mustCount ?? counts.must) && counts.nice === (e.niceCount ?? counts.nice),
    },
  };
});

function describeMiss(r: Row, field: Field, f: PostingFixture): string {
  const e = f.expected;
  const got: Record<Field, unknown> = {
    detected: r.a.isJobPosting,
    title: r.a.title,
    company: r.a.company,
    salary: r.a.salary,
    workMode: r.a.workMode,
    years: r.a.experienceYears,
    'must/nice': requirementCounts(r.a),
  };
  const want: Record<Field, unknown> = {
    detected: e.isJobPosting,
    title: e.title,
    company: e.company,
    salary: e.salary,
    workMode: e.workMode,
    years: e.experienceYears,
    'must/nice': { must: e.mustCount, nice: e.niceCount },
  };
  return `${r.name} · ${field}: got ${JSON.stringify(got[field])}, want ${JSON.stringify(want[field])}`;
}

const tech = scoreTech(
  fixtures.map((f, i) => ({ name: f.name, found: rows[i]!.a.techStack.map((t) => t.name), labelled: f.expected.tech })),
);

describe('blind fixture set', () => {
  it(`has at least ${MIN_POSTINGS} postings, each with its expectation`, () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(MIN_POSTINGS);
    expect(pagesWithoutExpectation(BLIND_DIR)).toEqual([]);
  });

  it.each(Object.keys(MIN_FIELD_SHARE) as Field[])('%s passes on its floor share of the set', (field) => {
    const passed = rows.filter((r) => r.checks[field]).length;
    expect(passed / rows.length).toBeGreaterThanOrEqual(MIN_FIELD_SHARE[field]);
  });

  it(`tech precision >= ${MIN_TECH_PRECISION} and recall >= ${MIN_TECH_RECALL}`, () => {
    expect(tech.precision).toBeGreaterThanOrEqual(MIN_TECH_PRECISION);
    expect(tech.recall).toBeGreaterThanOrEqual(MIN_TECH_RECALL);
  });
});

afterAll(() => {
  const fields = Object.keys(MIN_FIELD_SHARE) as Field[];
  const lines = fields.map((field) => `  ${field}: ${rows.filter((r) => r.checks[field]).length}/${rows.length}`);
  const misses = rows.flatMap((r, i) =>
    fields.filter((field) => !r.checks[field]).map((field) => `    ${describeMiss(r, field, fixtures[i]!)}`),
  );
  console.log(
    `blind scoreboard (${rows.length} postings)\n${lines.join('\n')}\n` +
      `  tech: precision ${tech.precision.toFixed(3)}, recall ${tech.recall.toFixed(3)} ` +
      `(tp ${tech.truePositives}, fp ${tech.falsePositives}, fn ${tech.falseNegatives})\n` +
      tech.misses.map((m) => `    ${m.name}: +[${m.extra.join(', ')}] -[${m.missing.join(', ')}]`).join('\n') +
      (misses.length ? `\n  misses:\n${misses.join('\n')}` : ''),
  );
});
