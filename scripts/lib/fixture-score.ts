/**
 * Scoring our fixtures against their expectations: field comparisons (shared by the fixture tests and the bench
 * report) and micro-averaged precision/recall of tech names over the whole corpus.
 */
import type { PostingAnalysis, Salary, YearsRange } from '../../utils/types';

/** Legal-form suffixes that don't change which company a posting names ("Sonnfeld Energie GmbH" = "Sonnfeld Energie"). */
const LEGAL_SUFFIX_RE = /[,\s]+(?:gmbh|ag|inc\.?|ltd\.?|llc|b\.v\.|aps|s\.a\.|sas|plc|co\.)$/i;
const SPACES_RE = /\s+/g;

export function normaliseSpaces(s: string): string {
  return s.replace(SPACES_RE, ' ').trim();
}

export function sameTitle(got: string | null, want: string | null): boolean {
  return (got === null ? null : normaliseSpaces(got)) === want;
}

export function sameCompany(got: string | null, want: string | null): boolean {
  const norm = (s: string | null) => (s === null ? null : normaliseSpaces(s).replace(LEGAL_SUFFIX_RE, '').toLowerCase());
  return norm(got) === norm(want);
}

export function sameSalary(got: Salary | null, want: Salary | null): boolean {
  if (!got || !want) return got === want;
  return got.min === want.min && got.max === want.max && got.currency === want.currency && got.period === want.period;
}

export function sameYears(got: YearsRange | null, want: YearsRange | null): boolean {
  if (!got || !want) return got === want;
  return got.min === want.min && (got.max ?? null) === (want.max ?? null);
}

export function requirementCounts(a: PostingAnalysis): { must: number; nice: number } {
  return {
    must: a.requirements.filter((r) => r.kind === 'must').length,
    nice: a.requirements.filter((r) => r.kind === 'nice').length,
  };
}

export interface TechScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Per page: names found that were not labelled, and labelled names not found. */
  misses: { name: string; extra: string[]; missing: string[] }[];
}

/** Micro-averaged precision/recall of the set of tech names per page against the labelled set. */
export function scoreTech(pages: { name: string; found: readonly string[]; labelled: readonly string[] }[]): TechScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: TechScore['misses'] = [];
  for (const p of pages) {
    const want = new Set(p.labelled);
    const got = new Set(p.found);
    const extra = [...got].filter((n) => !want.has(n));
    const missing = [...want].filter((n) => !got.has(n));
    tp += got.size - extra.length;
    fp += extra.length;
    fn += missing.length;
    if (extra.length || missing.length) misses.push({ name: p.name, extra, missing });
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    misses,
  };
}
