// The built extension (JOBMARK_OUT_DIR's chrome-mv3) in Chromium on the seed posting rendered as a career page, and
// on the 40 real non-posting pages: what a user would see.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import {
  bodyWithoutPanel, expectedTexts, highlightSizes, openPage, paintedTexts, panelCount, panelText, reportedAnalysis, settle,
} from '../e2e/page-support';
import { SHARED_DIR } from './global-setup';
import { renderCareerPage } from './render-seed';

const TITLE = 'Engineering Manager, Service Infrastructure';
const KINDS = ['tech', 'must', 'nice', 'experience', 'salary', 'degree'];
const CORPUS = join(SHARED_DIR, 'corpus/non-postings');

describe('the extension on the seed posting and on real non-postings', () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    const seed = readFileSync(join(SHARED_DIR, 'seed-posting.txt'), 'utf8');
    server.route('/jobs/listing/engineering-manager-service-infrastructure/7210115', {
      body: renderCareerPage(seed, { title: TITLE }),
    });
    for (const f of readdirSync(CORPUS)) server.route(`/corpus/${f}`, { body: readFileSync(join(CORPUS, f), 'utf8') });
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('annotates the seed posting: panel, every highlight on its term, DOM untouched, no errors', async () => {
    const { page, errors } = await openPage(session, server.url('/jobs/listing/engineering-manager-service-infrastructure/7210115'));
    const before = await bodyWithoutPanel(page);
    await expect.poll(() => panelText(page), { timeout: 15_000 }).toContain(TITLE);
    const text = (await panelText(page))!;
    for (const t of ['Go', 'Ruby', 'Python', 'Java']) expect(text).toContain(t);
    expect(text).toMatch(/15\+ years/);
    const analysis = (await reportedAnalysis(session, page.url()))!;
    expect(await paintedTexts(page, KINDS)).toEqual(expectedTexts(analysis, KINDS));
    await expect.poll(async () => (await highlightSizes(page))['jobmark-skill'] ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await panelCount(page)).toBe(1);
    expect(await bodyWithoutPanel(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows nothing on any of the real non-posting pages', { timeout: 300_000 }, async () => {
    const noisy: string[] = [];
    for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.html'))) {
      const page = await session.context.newPage();
      // Offline: their own scripts, fonts and images are not fetched.
      await page.route('**/*', (r) => (r.request().url().startsWith(server.origin) ? r.continue() : r.abort()));
      await page.goto(server.url(`/corpus/${f}`), { waitUntil: 'domcontentloaded' });
      await settle(page, 1500);
      if ((await panelCount(page)) > 0 || Object.keys(await highlightSizes(page)).length > 0) noisy.push(f);
      await page.close();
    }
    expect(noisy).toEqual([]);
  });
});
