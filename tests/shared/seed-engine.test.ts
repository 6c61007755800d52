// Acceptance: the real seed posting (../shared/seed-posting.txt, read at run time, never copied) rendered as a plain
// career page without JSON-LD must come out right — with its URL and judged by the page alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analyze';
import { parseHtml } from '../../utils/node/parse-html';
import type { PostingAnalysis } from '../../utils/types';
import { SHARED_DIR } from './global-setup';
import { renderCareerPage, sectionLines } from './render-seed';

const SEED_URL = 'https://stripe.com/jobs/listing/engineering-manager-service-infrastructure/7210115';
const TITLE = 'Engineering Manager, Service Infrastructure';
const seedText = readFileSync(resolve(SHARED_DIR, 'seed-posting.txt'), 'utf8');
const html = renderCareerPage(seedText, { title: TITLE });
const mustBullets = sectionLines(seedText, 'Minimum requirements');
const niceBullets = sectionLines(seedText, 'Preferred qualifications');

const normalise = (s: string) => s.replace(/\s+/g, ' ').replace(/[.;]$/, '').trim();

function kindOf(a: PostingAnalysis, bullet: string): string | undefined {
  return a.requirements.find((r) => normalise(r.text) === normalise(bullet))?.kind;
}

describe('the seed page as rendered', () => {
  it('has 12 minimum-requirement and 6 preferred bullets, and no JSON-LD', () => {
    expect(mustBullets).toHaveLength(12);
    expect(niceBullets).toHaveLength(6);
    expect(html).not.toContain('application/ld+json');
    expect(html).toContain(`<h1>${TITLE}</h1>`);
    expect(html).toContain('<h2>Minimum requirements</h2>');
  });
});

describe.each([
  ['with its stripe.com URL', SEED_URL],
  ['read from a file, without URL', null],
] as const)('seed posting %s', (_label, url) => {
  const a = analyzeDocument(parseHtml(html), url, { skills: true });

  it('is detected as a job posting', () => expect(a.isJobPosting).toBe(true));
  it('title comes from the <h1>', () => expect(a.title).toBe(TITLE));
  // From the URL's domain, or from the page alone (served from 127.0.0.1, a file): its "About Stripe" heading.
  it('company is Stripe', () => {
    expect(a.company).toBe('Stripe');
  });
  it('tech stack is exactly Go, Ruby, Python, Java (not the widget’s soft skills)', () => {
    expect(a.techStack.map((t) => t.name).sort()).toEqual(['Go', 'Java', 'Python', 'Ruby']);
  });
  it('asks for 15+ years', () => expect(a.experienceYears?.min).toBe(15));
  it('the 12 minimum requirements are must', () => {
    expect(mustBullets.map((b) => [b, kindOf(a, b)])).toEqual(mustBullets.map((b) => [b, 'must']));
  });
  it('the 6 preferred qualifications are nice', () => {
    expect(niceBullets.map((b) => [b, kindOf(a, b)])).toEqual(niceBullets.map((b) => [b, 'nice']));
  });
  it('salary is 267,000–400,400 USD a year (not the 401(k))', () => {
    expect(a.salary).toEqual({ min: 267000, max: 400400, currency: 'USD', period: 'year' });
  });
  it('work mode is hybrid ("at least 50% of the time in their local office")', () => expect(a.workMode).toBe('hybrid'));
  it('every highlight covers exactly text inside the analysed text', () => {
    for (const h of a.highlights) {
      expect(h.start).toBeGreaterThanOrEqual(0);
      expect(h.end).toBeLessThanOrEqual(a.text.length);
      expect(h.end).toBeGreaterThan(h.start);
    }
  });
});

describe('the CLI on the rendered seed page', () => {
  it('prints one JSON object with the same answers', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jobmark-seed-')), 'seed.html');
    writeFileSync(file, html);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', file, '--url', SEED_URL], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as PostingAnalysis;
    expect(out).toMatchObject({
      isJobPosting: true,
      title: TITLE,
      company: 'Stripe',
      workMode: 'hybrid',
      salary: { min: 267000, max: 400400, currency: 'USD', period: 'year' },
    });
    expect(out.techStack.map((t) => t.name).sort()).toEqual(['Go', 'Java', 'Python', 'Ruby']);
  });
});
