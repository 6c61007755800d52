import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FIREFOX_BUILD_DIR } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchFirefox, type FirefoxSession } from './firefox-support';

const SIZES = `(() => { const o = {}; for (const [k, h] of CSS.highlights) o[k] = h.size; return o; })()`;
const TECH = `[...(CSS.highlights.get('jobmark-tech') ?? [])].map((r) => r.toString())`;
const PANEL = `document.querySelector('jobmark-panel')?.shadowRoot?.querySelector('.card')?.textContent ?? null`;

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the Firefox build in Firefox ESR (WebDriver BiDi)', () => {
  let ff: FirefoxSession;
  let server: FixtureServer;
  let context: string;

  beforeAll(async () => {
    assertBuilt(FIREFOX_BUILD_DIR);
    server = await startFixtureServer();
    ff = await launchFirefox();
    await ff.call('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD_DIR } });
    const tree = await ff.call<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    context = tree.contexts[0]!.context;
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('highlights a posting and shows the panel', async () => {
    await ff.call('browsingContext.navigate', { context, url: server.url('/jsonld-basic.html'), wait: 'complete' });
    const panel = await poll(() => ff.evaluate<string | null>(context, PANEL), (t) => !!t && t.includes('Payments Ledger'));
    expect(panel).toContain('Backend Engineer, Payments Ledger');
    const sizes = await ff.evaluate<Record<string, number>>(context, SIZES);
    expect(sizes['jobmark-tech']).toBeGreaterThan(0);
    expect(await ff.evaluate<string[]>(context, TECH)).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'PostgreSQL']));
    // The skills pass runs in the background page's skills frame in Firefox.
    const withSkills = await poll(() => ff.evaluate<Record<string, number>>(context, SIZES), (s) => (s['jobmark-skill'] ?? 0) > 0);
    expect(withSkills['jobmark-skill']).toBeGreaterThan(0);
  });

  it('stays silent on a page that is not a posting', async () => {
    await ff.call('browsingContext.navigate', { context, url: server.url('/news-hiring.html'), wait: 'complete' });
    await new Promise((r) => setTimeout(r, 2500));
    expect(await ff.evaluate(context, SIZES)).toEqual({});
    expect(await ff.evaluate(context, `document.querySelectorAll('jobmark-panel').length`)).toBe(0);
  });
});
