/** Helpers for the on-page e2e tests: read highlights, the panel and the page's DOM from the page itself. */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../support/chromium';
import type { PostingAnalysis } from '../../utils/types';

export const PANEL = 'jobmark-panel';

/** Number of ranges per Jobmark highlight name (the registry belongs to the page's document). */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('jobmark-')) out[name] = h.size;
    return out;
  });
}

/** The text each range of a highlight covers. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
}

/** The panel's visible text (its shadow root is open), or null when there is no panel. */
export function panelText(page: Page): Promise<string | null> {
  return page.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    if (hosts.length !== 1) return hosts.length ? `__${hosts.length} panels__` : null;
    return hosts[0]!.shadowRoot?.querySelector('.card')?.textContent ?? '';
  }, PANEL);
}

export function panelCount(page: Page): Promise<number> {
  return page.evaluate((tag) => document.querySelectorAll(tag).length, PANEL);
}

/** The page's body as markup, without our panel host: must not change when Jobmark runs. */
export function bodyWithoutPanel(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(tag).forEach((n) => n.remove());
    return `${document.head.children.length}|${clone.outerHTML}`;
  }, PANEL);
}

/** Collects page errors (uncaught exceptions in the page). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** A fresh tab with error collection. */
export async function openPage(session: ExtensionSession, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** Waits `ms` (to show that something did NOT happen after the content script had its chance). */
export const settle = (page: Page, ms = 1500) => page.waitForTimeout(ms);

/** What the tab's content script reported to the background (the analysis it painted), via the service worker. */
export function reportedAnalysis(session: ExtensionSession, url: string) {
  return session.worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    const postings = (globalThis as unknown as { jobmarkPostings?: Map<number, { analysis: unknown }> }).jobmarkPostings;
    return tab?.id == null ? null : ((postings?.get(tab.id)?.analysis ?? null) as PostingAnalysis | null);
  }, url);
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Per highlight name, the sorted texts the analysis asks to paint (kinds in `kinds`). */
export function expectedTexts(a: PostingAnalysis, kinds: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of a.highlights) {
    if (!kinds.includes(h.kind)) continue;
    (out[`jobmark-${h.kind}`] ??= []).push(norm(a.text.slice(h.start, h.end)));
  }
  for (const k of Object.keys(out)) out[k]!.sort();
  return out;
}

/** Per highlight name, the sorted texts painted in the page. */
export function paintedTexts(page: Page, kinds: string[]): Promise<Record<string, string[]>> {
  return page.evaluate((ks) => {
    const out: Record<string, string[]> = {};
    for (const k of ks) {
      const h = CSS.highlights.get(`jobmark-${k}`);
      if (h) out[`jobmark-${k}`] = [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim()).sort();
    }
    return out;
  }, kinds);
}

/** A long posting in our own words (JSON-LD marks it): `words` words of requirements that name a few technologies. */
export function hugePosting(words: number): string {
  const sentence = 'You will maintain services written in Go and Python with PostgreSQL and tune them for steady latency. ';
  const perItem = sentence.split(' ').length - 1;
  const items: string[] = [];
  for (let n = 0; n < words; n += perItem) items.push(`<li>${sentence}</li>`);
  const ld = { '@context': 'https://schema.org/', '@type': 'JobPosting', title: 'Staff Engineer, Storage', hiringOrganization: { '@type': 'Organization', name: 'Longread Labs' } };
  return `<!doctype html><html><head><meta charset="utf-8"><title>Staff Engineer, Storage – Longread Labs</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><main><h1>Staff Engineer, Storage</h1><p>Longread Labs · Remote</p><h2>Requirements</h2><ul>
<li>8+ years of backend engineering.</li>${items.join('\n')}</ul><h2>Nice to have</h2><ul><li>Rust.</li></ul>
<p><a href="/apply">Apply for this job</a></p><button id="ping" onclick="this.textContent='pong'">ping</button></main></body></html>`;
}

