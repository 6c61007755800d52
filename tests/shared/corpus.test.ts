// Acceptance: the 40 real non-posting pages in ../shared/corpus/non-postings (read at run time, never copied)
// must not be detected — through the engine and through the CLI's folder sweep.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analyze';
import { parseHtml } from '../../utils/node/parse-html';
import { SHARED_DIR } from './global-setup';

const DIR = resolve(SHARED_DIR, 'corpus/non-postings');
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();

describe('real non-posting pages', () => {
  it('the corpus is there', () => expect(pages.length).toBeGreaterThanOrEqual(40));

  it.each(pages)('%s is not a job posting', (file) => {
    const a = analyzeDocument(parseHtml(readFileSync(join(DIR, file), 'utf8')), null);
    expect({ file, isJobPosting: a.isJobPosting, title: a.title }).toMatchObject({ file, isJobPosting: false });
  });

  it('the CLI --summary sweep of the folder detects 0', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--summary', DIR], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const detected = lines.filter((l) => l.split('\t')[1] === 'true');
    expect(detected).toEqual([]);
    expect(lines.at(-1)).toMatch(new RegExp(`^total\\tcount=${pages.length}\\tdetected=0\\t`));
  });
});
