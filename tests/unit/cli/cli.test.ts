// The CLI end to end: each mode and each kind of bad input, through a real process (stdout, stderr, exit code).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from './run-analyze';

// Generous: queued behind other CLI runs on a busy 2-core machine.
const SPAWN_TIMEOUT = 120_000;
const FIXTURES = 'tests/fixtures/postings';
const GREENHOUSE = `${FIXTURES}/greenhouse-frontend-react.html`;
const TXT = `${FIXTURES}/txt-flutter-mobile.txt`;
const OUTPUT_KEYS = [
  'isJobPosting', 'jobKey', 'title', 'company', 'location', 'locations', 'workMode', 'employmentType', 'datePosted',
  'validThrough', 'salary', 'experienceYears', 'degrees', 'techStack', 'requirements', 'text', 'highlights',
];

const tmp = mkdtempSync(join(tmpdir(), 'jobmark-cli-'));

describe.concurrent('npm run analyze', { timeout: SPAWN_TIMEOUT }, () => {
  it('FILE --url: exactly one JSON object on stdout with the full shape, exit 0', async () => {
    const r = await runAnalyze([GREENHOUSE, '--url', 'https://boards.greenhouse.io/lumaloop/jobs/4420118']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(expect.arrayContaining(OUTPUT_KEYS));
    expect(out.isJobPosting).toBe(true);
    expect(out.title).toBe('Senior Frontend Engineer');
    expect(r.stderr).toContain('job posting');
  });

  it('options before the file, and - reads HTML from stdin', async () => {
    const r = await runAnalyze([`--url=https://boards.greenhouse.io/lumaloop/jobs/4420118`, '-'], readFileSync(GREENHOUSE));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe('Senior Frontend Engineer');
  });

  it('a .txt file is posting text: offsets of every highlight point into `text`', async () => {
    const r = await runAnalyze([TXT]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { isJobPosting: boolean; text: string; highlights: { start: number; end: number }[] };
    expect(out.isJobPosting).toBe(true);
    expect(out.text).toBe(readFileSync(TXT, 'utf8'));
    for (const h of out.highlights) expect(h.end).toBeLessThanOrEqual(out.text.length);
  });

  it('a page that is not a posting still prints one object and exits 0', async () => {
    const page = join(tmp, 'recipe.html');
    writeFileSync(page, '<html><body><h1>Lemon cake</h1><p>Mix flour, sugar and two eggs.</p></body></html>');
    const r = await runAnalyze([page]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { isJobPosting: boolean }).isJobPosting).toBe(false);
  });

  it('--jsonl: one line per input with its id, offsets into exactly that text', async () => {
    const texts = ['Backend Engineer\nRequirements\n- 5+ years of Go and PostgreSQL', 'Nurse\nWe pay $50 per hour.'];
    const input = texts.map((text, i) => JSON.stringify({ id: `j${i}`, text })).join('\n') + '\n';
    const r = await runAnalyze(['--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; isJobPosting: boolean });
    expect(lines.map((l) => l.id)).toEqual(['j0', 'j1']);
    expect(lines.map((l) => l.text)).toEqual(texts);
    expect(lines.every((l) => l.isJobPosting)).toBe(true);
  });

  it('--summary DIR: one line per page plus totals', async () => {
    const r = await runAnalyze(['--summary', FIXTURES]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const pages = lines.filter((l) => /\.(html|txt)\t/.test(l));
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(lines.at(-1)).toMatch(new RegExp(`^total\\tcount=${pages.length}\\tdetected=\\d+\\ttotalMs=[\\d.]+\\tavgMs=[\\d.]+$`));
  });

  it.each([
    ['a missing file', ['no/such/page.html'], undefined, 1, /no such file: no\/such\/page\.html/],
    ['a binary file', ['BINARY'], undefined, 1, /binary file/],
    ['empty stdin', ['-'], ' \n', 1, /stdin is empty/],
    ['an invalid JSON line (named)', ['--jsonl'], '{"id":1,"text":"ok"}\n{"id":2,text}\n', 1, /line 2: invalid JSON/],
    ['an unknown option', ['--colour', GREENHOUSE], undefined, 2, /unknown option: --colour/],
  ] as const)('rejects %s with a message on stderr and a non-zero exit', async (_label, args, stdin, code, message) => {
    const bin = join(tmp, 'image.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const r = await runAnalyze(args.map((a) => (a === 'BINARY' ? bin : a)), stdin);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
