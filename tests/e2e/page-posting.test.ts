import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import {
  bodyWithoutPanel, expectedTexts, highlightSizes, highlightTexts, hugePosting, openPage, paintedTexts, panelCount, panelText,
  PANEL, reportedAnalysis,
} from './page-support';
import { PANEL_FIRST_CHARS } from '../../entrypoints/reader/limits';
import { extensionUrl, readRoles } from './store-support';

describe('on a posting page', () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/lever.html', { body: readFileSync('tests/fixtures/postings/lever-sre-go.html', 'utf8') });
    server.route('/long.html', { body: hugePosting(5_000) });
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights tech, requirements, years and salary, and shows the panel, without touching the DOM', async () => {
    const { page, errors } = await openPage(session, server.url('/jsonld-basic.html'));
    const before = await bodyWithoutPanel(page);
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Backend Engineer, Payments Ledger');
    // Every highlight of the dictionary pass is painted over exactly its term in the page.
    const analysis = await reportedAnalysis(session, page.url());
    expect(analysis).not.toBeNull();
    const kinds = ['tech', 'must', 'nice', 'experience', 'salary', 'degree'];
    const expected = expectedTexts(analysis!, kinds);
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(2);
    expect(await paintedTexts(page, kinds)).toEqual(expected);
    expect(expected['jobmark-tech']).toEqual(expect.arrayContaining(['Go', 'Java', 'PostgreSQL', 'Kubernetes', 'Terraform', 'Kafka']));
    // Then the compromise pass (service worker → offscreen document) adds skill phrases.
    await expect.poll(async () => (await highlightSizes(page))['jobmark-skill'] ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    for (const t of await highlightTexts(page, 'jobmark-skill')) expect(analysis!.text).toContain(t.replace(/\s+/g, ' '));
    const text = await panelText(page);
    expect(text).toContain('Quillfeather');
    expect(text).toContain('Lisbon');
    expect(text).toMatch(/€70,000–€90,000 \/ year/);
    expect(text).toContain('Hybrid');
    expect(text).toMatch(/\d+ must · \d+ nice/);
    expect(text).toMatch(/Skills asked for/);
    expect(text).toContain('Kubernetes');
    expect(text).toContain('Save');
    expect(await panelCount(page)).toBe(1);
    expect(await bodyWithoutPanel(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a long posting, puts the panel in the page with its result before it paints: no DOM change of ours lands on its highlights', async () => {
    // Chrome rebuilds every highlight and repaints all highlighted text on any DOM change after they are registered.
    // The panel goes up once the background has answered (not while it analyses), already showing the result.
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __rangesAtMount?: number; __textAtMount?: string };
      new MutationObserver((records, observer) => {
        const host = records.flatMap((r) => [...r.addedNodes]).find((n) => (n as Element).localName === 'jobmark-panel');
        if (!host) return;
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('jobmark-')) n += h.size;
        w.__rangesAtMount = n;
        w.__textAtMount = (host as Element).shadowRoot?.textContent ?? '';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url('/long.html'));
    expect(await page.evaluate(() => document.body.innerText.length)).toBeGreaterThan(PANEL_FIRST_CHARS);
    await expect.poll(async () => (await highlightSizes(page))['jobmark-tech'] ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const atMount = await page.evaluate(() => {
      const w = window as unknown as { __rangesAtMount?: number; __textAtMount?: string };
      return { ranges: w.__rangesAtMount, text: w.__textAtMount };
    });
    expect(atMount.ranges).toBe(0);
    expect(atMount.text).toMatch(/\d+ must · \d+ nice/);
    expect(atMount.text).not.toContain('Reading the posting');
    await page.close();
  });

  it('toggles highlights off and on from the panel, and a tech chip scrolls to its mention', async () => {
    const { page } = await openPage(session, server.url('/jsonld-basic.html'));
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Hide highlights');
    await page.locator(`${PANEL} .toggle`).click();
    await expect.poll(() => highlightSizes(page)).toEqual({});
    expect(await panelText(page)).toContain('Show highlights');
    await page.locator(`${PANEL} .toggle`).click();
    await expect.poll(async () => (await highlightSizes(page))['jobmark-tech'] ?? 0).toBeGreaterThan(0);
    await page.locator(`${PANEL} .chip[data-label="PostgreSQL"]`).click();
    await expect.poll(() => highlightTexts(page, 'jobmark-focus')).toEqual(['PostgreSQL']);
    await page.close();
  });

  it('collapses to a small tab and remembers it on the next posting', async () => {
    const { page } = await openPage(session, server.url('/jsonld-basic.html'));
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Save');
    await page.locator(`${PANEL} .collapse`).click();
    await expect(page.locator(`${PANEL} .tab`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${PANEL} .card`).isVisible()).resolves.toBe(false);
    await page.reload();
    await expect.poll(() => page.locator(`${PANEL} .tab`).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator(`${PANEL} .card`).isVisible()).toBe(false);
    await page.locator(`${PANEL} .tab`).click();
    expect(await page.locator(`${PANEL} .card`).isVisible()).toBe(true);
    await page.close();
  });

  it('saves the role from the panel and shows the saved status', async () => {
    const { page } = await openPage(session, server.url('/jsonld-basic.html'));
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Save');
    await page.locator(`${PANEL} .save`).click();
    await expect.poll(() => page.locator(`${PANEL} .status`).textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
    await page.reload();
    await expect.poll(() => page.locator(`${PANEL} .status`).textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
    expect(await page.locator(`${PANEL} .save`).isDisabled()).toBe(true);
    await page.close();
  });

  it('saves from the panel after the service worker restarted and forgot the page', async () => {
    const { page } = await openPage(session, server.url('/lever.html'));
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Save');
    await expect.poll(() => reportedAnalysis(session, page.url())).not.toBeNull();
    const shown = (await reportedAnalysis(session, page.url()))!;
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.locator(`${PANEL} .save`).click();
    await expect.poll(() => page.locator(`${PANEL} .status`).textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
    const dash = await session.context.newPage();
    await dash.goto(extensionUrl(session, 'dashboard.html'));
    const role = (await readRoles(dash)).find((r) => r.url === page.url());
    expect(role?.title).toBe(shown.title);
    expect(role?.techStack).toEqual(shown.techStack.map((t) => t.name));
    await Promise.all([dash.close(), page.close()]);
  });
});
