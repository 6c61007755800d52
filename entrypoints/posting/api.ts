import type { browser } from 'wxt/browser';

/**
 * The extension API, looked up when it is used, not when the script starts: wxt/browser reads `browser.runtime.id`
 * as it loads, and a first touch of the runtime sets up its bindings in the page's world (main-thread time on every
 * page, most of which never use it). Chromium and Firefox both define `browser` in content scripts.
 */
export function extensionApi(): typeof browser {
  const g = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
  return g.browser ?? g.chrome;
}
