/** `--summary DIR`: every page in a folder through the engine, one line each, then totals. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInput } from './analyze-input';
import { InputError, readInput } from './read-input';

const PAGE_RE = /\.(html?|txt)$/i;

export interface SummaryRow {
  file: string;
  isJobPosting: boolean;
  title: string | null;
  company: string | null;
  ms: number;
}

export interface SummaryTotals {
  count: number;
  detected: number;
  totalMs: number;
  avgMs: number;
}

function listPages(dir: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new InputError(`no such folder: ${dir}`);
  }
  if (!isDir) throw new InputError(`not a folder: ${dir}`);
  const files = readdirSync(dir).filter((f) => PAGE_RE.test(f)).sort();
  if (!files.length) throw new InputError(`no .html or .txt pages in ${dir}`);
  return files;
}

/**
 * Analyses every .html/.txt page in `dir` (not recursive). `ms` is parse + engine time for that page.
 * @example summarizeFolder('tests/fixtures/non-postings').totals.detected // 0
 */
export function summarizeFolder(dir: string): { rows: SummaryRow[]; totals: SummaryTotals } {
  const rows = listPages(dir).map((file): SummaryRow => {
    const { analysis, parseMs, engineMs } = analyzeInput(readInput(join(dir, file)), null);
    return { file, isJobPosting: analysis.isJobPosting, title: analysis.title, company: analysis.company, ms: parseMs + engineMs };
  });
  const totalMs = rows.reduce((s, r) => s + r.ms, 0);
  return {
    rows,
    totals: { count: rows.length, detected: rows.filter((r) => r.isJobPosting).length, totalMs, avgMs: totalMs / rows.length },
  };
}

const clean = (s: string | null) => (s ?? '-').replace(/\s+/g, ' ');

/** Tab-separated lines: easy to read, `cut`, `sort` and `grep`. */
export function formatSummary({ rows, totals }: ReturnType<typeof summarizeFolder>): string[] {
  return [
    ['file', 'isJobPosting', 'title', 'company', 'ms'].join('\t'),
    ...rows.map((r) => [r.file, String(r.isJobPosting), clean(r.title), clean(r.company), r.ms.toFixed(1)].join('\t')),
    `total\tcount=${totals.count}\tdetected=${totals.detected}\ttotalMs=${totals.totalMs.toFixed(1)}\tavgMs=${totals.avgMs.toFixed(2)}`,
  ];
}
