import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import {
  bodyWithoutPanel, expectedTexts, highlightSizes, openPage, paintedTexts, panelCount, panelText, reportedAnalysis, settle,
} from './page-support';

const KINDS = ['tech', 'must', 'nice', 'experience', 'salary', 'degree'];
const fromRepo = (path: string) => readFileSync(path, 'utf8');

describe('posting shapes and pages that are not postings', () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    // Board-shaped postings from the engine's fixture set, and the bundled sample.
    server.route('/greenhouse.html', { body: fromRepo('tests/fixtures/postings/greenhouse-frontend-react.html') });
    server.route('/lever.html', { body: fromRepo('tests/fixtures/postings/lever-sre-go.html') });
    server.route('/sample.html', { body: fromRepo('sample/posting.html') });
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Panel shows `title`, every highlight of the analysis is painted on its term, the DOM is untouched, no errors. */
  async function expectAnnotated(path: string, title: RegExp) {
    const { page, errors } = await openPage(session, server.url(path));
    const before = await bodyWithoutPanel(page);
    await expect.poll(() => panelText(page), { timeout: 15_000 }).toMatch(title);
    const analysis = await reportedAnalysis(session, page.url());
    expect(analysis?.isJobPosting).toBe(true);
    const expected = expectedTexts(analysis!, KINDS);
    expect(expected['jobmark-tech']?.length ?? 0).toBeGreaterThan(0);
    expect(await paintedTexts(page, KINDS)).toEqual(expected);
    expect(await panelCount(page)).toBe(1);
    expect(await bodyWithoutPanel(page)).toBe(before);
    expect(errors).toEqual([]);
    return page;
  }

  it.each([
    ['/greenhouse.html', /Frontend/i],
    ['/lever.html', /Site Reliability|SRE/i],
    ['/sample.html', /\w/],
  ])('annotates %s', async (path, title) => {
    await (await expectAnnotated(path, title)).close();
  });

  it('annotates a Workday-like page whose posting arrives after load', async () => {
    const { page, errors } = await openPage(session, server.url('/workday-late.html'));
    await expect.poll(() => panelText(page), { timeout: 15_000 }).toContain('Platform Engineer, Route Planning');
    const analysis = await reportedAnalysis(session, page.url());
    expect(await paintedTexts(page, KINDS)).toEqual(expectedTexts(analysis!, KINDS));
    expect((await highlightSizes(page))['jobmark-tech']).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a LinkedIn-like single-page app to the next job, with one panel', async () => {
    const { page, errors } = await openPage(session, server.url('/linkedin-spa.html?currentJobId=1000001'));
    await expect.poll(() => panelText(page), { timeout: 15_000 }).toContain('Android Engineer, Offline Maps');
    expect(await panelText(page)).toContain('Kotlin');
    // The panel up already shows the next job's result before its highlights are registered (Chrome repaints the
    // whole page for a registry change; the panel's DOM change is then not in that frame).
    await page.evaluate(() => {
      const shadow = document.querySelector('jobmark-panel')!.shadowRoot!;
      new MutationObserver((_, observer) => {
        if (!(shadow.textContent ?? '').includes('Spark')) return;
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('jobmark-')) n += h.size;
        (window as unknown as { __rangesAtResult?: number }).__rangesAtResult = n;
        observer.disconnect();
      }).observe(shadow, { childList: true, subtree: true, characterData: true });
    });
    await page.click('#pick-2');
    // The panel names the next job while it is read, then shows its result, then its highlights are painted and the
    // background told: each is waited for in that order.
    await expect.poll(() => panelText(page), { timeout: 15_000 }).toContain('Data Engineer, Trail Sensors');
    await expect.poll(() => panelText(page), { timeout: 15_000 }).toContain('Spark');
    expect(await panelText(page)).not.toContain('Kotlin');
    expect(await panelCount(page)).toBe(1);
    await expect.poll(async () => (await reportedAnalysis(session, page.url()))?.title).toBe('Data Engineer, Trail Sensors');
    const analysis = await reportedAnalysis(session, page.url());
    expect(await paintedTexts(page, KINDS)).toEqual(expectedTexts(analysis!, KINDS));
    expect(await page.evaluate(() => (window as unknown as { __rangesAtResult?: number }).__rangesAtResult)).toBe(0);
    // Back to the first job: the panel follows again.
    await page.goBack();
    await page.evaluate(() => document.getElementById('pick-1')!.click());
    await expect.poll(() => panelText(page), { timeout: 15_000 }).toContain('Android Engineer, Offline Maps');
    expect(await panelCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['/news-hiring.html', '/tech-blog.html', '/job-search-results.html'])(
    'stays silent on %s: no panel, no highlights, DOM untouched',
    async (path) => {
      const { page, errors } = await openPage(session, server.url(path));
      const before = await bodyWithoutPanel(page);
      await settle(page, 2500);
      expect(await panelCount(page)).toBe(0);
      expect(await highlightSizes(page)).toEqual({});
      expect(await bodyWithoutPanel(page)).toBe(before);
      expect(await page.evaluate(() => document.querySelectorAll('style, link, jobmark-panel').length)).toBe(
        await page.evaluate(() => document.querySelectorAll('style, link').length),
      );
      expect(await reportedAnalysis(session, page.url())).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('works under a strict Content-Security-Policy, with the panel styled', async () => {
    const page = await expectAnnotated('/jsonld-basic.csp.html', /Backend Engineer, Payments Ledger/);
    const position = await page.evaluate(() => {
      const card = document.querySelector('jobmark-panel')!.shadowRoot!.querySelector('.jm')!;
      return getComputedStyle(card).position;
    });
    expect(position).toBe('fixed');
    await page.close();
  });

  it('on a hostile page executes nothing it reads and keeps markup as text', async () => {
    const page = await expectAnnotated('/hostile.html', /Rust Engineer/);
    const state = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      // The move button's drawn icon is the panel's only svg of its own.
      shadowElements: [...document.querySelector('jobmark-panel')!.shadowRoot!.querySelectorAll('img, script, svg, iframe')].filter((e) => !e.closest('button.move')).length,
    }));
    // The payloads stay inert: no sentinel set, the title is still the raw text (not 'PWNED'), no elements from them.
    expect(state).toEqual({ pwned: null, title: expect.stringMatching(/^Senior "><img/), shadowElements: 0 });
    await page.close();
  });
});
