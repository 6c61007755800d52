/**
 * Our fixture corpus (tests/fixtures): posting pages with their `NAME.expected.json`, and non-posting pages.
 * Shared by the fixture tests and `npm run bench`, so both read exactly the same pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Salary, WorkMode, YearsRange } from '../../utils/types';

export const POSTINGS_DIR = resolve('tests/fixtures/postings');
export const NON_POSTINGS_DIR = resolve('tests/fixtures/non-postings');

const PAGE_EXT_RE = /\.(html|txt)$/;
const EXPECTED_SUFFIX = '.expected.json';

/** What a fixture's `NAME.expected.json` holds. `file` points at the page when it lives elsewhere (the sample). */
export interface FixtureExpectation {
  file?: string;
  /** The URL the page pretends to be served from; null = read from disk, judged by DOM and text alone. */
  url: string | null;
  isJobPosting: boolean;
  title: string | null;
  company: string | null;
  salary: Salary | null;
  workMode: WorkMode | null;
  experienceYears: YearsRange | null;
  /** Canonical names of every technology the posting itself names (not the "similar jobs" around it). */
  tech: string[];
  mustCount?: number;
  niceCount?: number;
}

export interface PostingFixture {
  name: string;
  path: string;
  kind: 'html' | 'txt';
  source: string;
  expected: FixtureExpectation;
}

export interface PageFile {
  name: string;
  path: string;
  source: string;
}

/** Page files (.html/.txt) in `dir` that have no `NAME.expected.json` next to them. */
export function pagesWithoutExpectation(dir = POSTINGS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => PAGE_EXT_RE.test(f))
    .filter((f) => !existsSync(join(dir, f.replace(PAGE_EXT_RE, EXPECTED_SUFFIX))));
}

/** Every `*.expected.json` in `dir` with the page it describes (NAME.html, NAME.txt, or its `file`). */
export function loadPostingFixtures(dir = POSTINGS_DIR): PostingFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(EXPECTED_SUFFIX))
    .sort()
    .map((f) => {
      const name = f.slice(0, -EXPECTED_SUFFIX.length);
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as FixtureExpectation;
      const path = expected.file
        ? resolve(dir, expected.file)
        : [join(dir, `${name}.html`), join(dir, `${name}.txt`)].find((p) => existsSync(p));
      if (!path || !existsSync(path)) throw new Error(`${f}: no page found (NAME.html, NAME.txt or "file")`);
      const kind = extname(path) === '.txt' ? 'txt' : 'html';
      return { name, path, kind, source: readFileSync(path, 'utf8'), expected };
    });
}

/** Every .html page in `dir` (non-postings: no expectations beyond "not a posting"). Empty if `dir` is missing. */
export function loadPages(dir = NON_POSTINGS_DIR): PageFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: basename(f, '.html'), path: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
}

/** Folder of a fixture page, for messages. */
export function shortPath(path: string): string {
  return join(basename(dirname(path)), basename(path));
}
