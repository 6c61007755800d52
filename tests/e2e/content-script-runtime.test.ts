// The built content script (what the manifest injects into every page) run in a happy-dom window whose `browser` and
// `chrome` record what is read of them: on a page that is not a posting it must not touch the extension API at all.
// A first touch of the runtime sets up its bindings in the page's isolated world: main-thread time on every page.
// (A WXT content script's context, or a module-level `wxt/browser` import, reads `browser.runtime.id` at start.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR } from '../support/chromium';

async function runContentScript(html: string, url: string): Promise<string[]> {
  const touched: string[] = [];
  const runtime = { id: 'jobmark', sendMessage: async () => ({ res: null }), onMessage: { addListener() {}, removeListener() {} } };
  const api = new Proxy({ runtime }, { get: (t, k) => (touched.push(String(k)), t[k as 'runtime']) });
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  Object.assign(window, { browser: api, chrome: api });
  // A test page of our own: parsed as the page's own markup would be.
  const parsed = new window.DOMParser().parseFromString(html, 'text/html');
  window.document.documentElement.replaceChildren(...[...parsed.documentElement.childNodes].map((n) => window.document.importNode(n, true)));
  window.eval(readFileSync(join(CHROME_BUILD_DIR, 'posting.js'), 'utf8'));
  await new Promise((ok) => setTimeout(ok, 50));
  await window.happyDOM.close();
  return touched;
}

describe('the built content script', () => {
  it('touches no extension API on a page that is not a posting', async () => {
    const article = `<html><head><title>Council votes on parking</title></head><body><article><h1>Council votes on parking</h1>${'<p>The vote was close.</p>'.repeat(200)}</article></body></html>`;
    expect(await runContentScript(article, 'https://news.example/2026/parking')).toEqual([]);
  });

  it('touches none on a shell still loading either (it only arms its watcher)', async () => {
    const shell = '<html><head><title>Acme</title></head><body><div id="app"><div class="spinner">Loading</div></div></body></html>';
    expect(await runContentScript(shell, 'https://acme.example/app')).toEqual([]);
  });

  it('asks the background for the reader on a posting', async () => {
    const posting = '<html><head><title>Support Engineer</title></head><body><h1>Support Engineer</h1><h2>Requirements</h2><p>Patience.</p><h2>Benefits</h2><p>Lunch.</p></body></html>';
    expect(await runContentScript(posting, 'https://quillon.example/p/1')).toContain('runtime');
  });
});
