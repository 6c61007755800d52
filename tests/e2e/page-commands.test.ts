import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, launchWithExtension, type ExtensionSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { hugePosting, highlightSizes, highlightTexts, openPage, panelCount, panelText, settle } from './page-support';

describe('annotate on demand, settings, and a very long posting', () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/huge.html', { body: hugePosting(200_000) });
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const tabIdOf = (url: string) =>
    session.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, url);
  const runCommand = (tabId: number) =>
    session.worker.evaluate(
      (id) => (globalThis as unknown as { jobmark: { runCommand(c: string, t: { id: number }): Promise<unknown> } }).jobmark.runCommand('annotate-page', { id }),
      tabId,
    );
  const setSync = (items: Record<string, unknown>) => session.worker.evaluate((i) => chrome.storage.sync.set(i), items);

  it('declares the annotate-page command with a shortcut in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['annotate-page'].suggested_key.default).toMatch(/^Alt\+Shift\+\w$/);
    expect(manifest.content_scripts[0].css).toHaveLength(1);
  });

  it('the command annotates a page that detection skipped', async () => {
    const { page, errors } = await openPage(session, server.url('/tech-blog.html'));
    await settle(page);
    expect(await panelCount(page)).toBe(0);
    const tabId = (await tabIdOf(page.url()))!;
    expect(await runCommand(tabId)).toEqual({ ok: true });
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Annotated on request');
    expect(await highlightTexts(page, 'jobmark-tech')).toEqual(expect.arrayContaining(['Redis', 'PostgreSQL']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the command analyses only the selected text when there is a selection', async () => {
    const { page } = await openPage(session, server.url('/tech-blog.html'));
    await settle(page, 500);
    await page.evaluate(() => {
      const li = document.querySelectorAll('li')[2]!; // "Metrics flow to Prometheus and Grafana."
      getSelection()!.selectAllChildren(li);
    });
    expect(await runCommand((await tabIdOf(page.url()))!)).toEqual({ ok: true });
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Read from your selection');
    expect((await highlightTexts(page, 'jobmark-tech')).sort()).toEqual(['Grafana', 'Prometheus']);
    await page.close();
  });

  it('"only when I ask" mode and the per-site switch keep it quiet until asked', async () => {
    await setSync({ runMode: 'on-demand' });
    const { page } = await openPage(session, server.url('/jsonld-basic.html'));
    await settle(page, 2000);
    expect(await panelCount(page)).toBe(0);
    expect(await highlightSizes(page)).toEqual({});
    expect(await runCommand((await tabIdOf(page.url()))!)).toEqual({ ok: true });
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Backend Engineer, Payments Ledger');
    await page.close();

    await setSync({ runMode: 'auto', disabledSites: ['127.0.0.1'] });
    const second = await openPage(session, server.url('/jsonld-basic.html'));
    await settle(second.page, 2000);
    expect(await panelCount(second.page)).toBe(0);
    await second.page.close();
    await setSync({ disabledSites: [] });
  });

  it('reads a 200k-word posting without breaking the page', async () => {
    const { page, errors } = await openPage(session, server.url('/huge.html'));
    await expect.poll(() => panelText(page), { timeout: 30_000 }).toContain('Staff Engineer, Storage');
    // Only the highlights near the viewport are registered on a page this long, and they follow the scroll. The panel
    // is up (with the markup's facts) before they are: a long posting is painted once its panel is rendered.
    await expect.poll(async () => (await highlightSizes(page))['jobmark-tech'] ?? 0, { timeout: 30_000 }).toBeGreaterThan(20);
    const sizes = await highlightSizes(page);
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBeLessThan(1000);
    const band = () =>
      page.evaluate(() => {
        const tops = [...(CSS.highlights.get('jobmark-tech') ?? [])].map((r) => (r as Range).getBoundingClientRect().top);
        return { min: Math.min(...tops), max: Math.max(...tops), h: innerHeight };
      });
    const first = await band();
    expect(first.min).toBeGreaterThanOrEqual(-first.h);
    expect(first.max).toBeLessThanOrEqual(2 * first.h + 40);
    await page.evaluate(() => document.querySelectorAll('li')[300]!.scrollIntoView({ block: 'start' }));
    await expect
      .poll(async () => {
        const b = await band();
        return b.min <= 0 && b.max >= b.h;
      })
      .toBe(true);
    await page.click('#ping');
    expect(await page.textContent('#ping')).toBe('pong');
    expect(errors).toEqual([]);
    await page.close();
  });
});
