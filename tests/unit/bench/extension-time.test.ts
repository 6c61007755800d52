import { describe, expect, it } from 'vitest';
import { extensionTaskMs } from '../../../scripts/lib/extension-time';

const PAGE = 1;
const OFFSCREEN = 2;
const meta = (pid: number, tid: number, name: string) => ({ ph: 'M', name: 'thread_name', pid, tid, ts: 0, args: { name } });
const slice = (pid: number, tid: number, ts: number, dur: number, name: string, args: Record<string, unknown> = {}) =>
  ({ ph: 'X', name, pid, tid, ts, dur, args });
const EXT = { data: { url: 'chrome-extension://abc/content-scripts/posting.js' } };

const events = [
  meta(PAGE, 10, 'CrRendererMain'),
  meta(PAGE, 11, 'Compositor'),
  meta(OFFSCREEN, 20, 'CrRendererMain'),
  slice(PAGE, 10, 0, 4000, 'RunTask'),
  slice(PAGE, 10, 100, 3000, 'ParseHTML', { beginData: { url: 'http://127.0.0.1:1/news.html' } }),
  // Our content script's task: 2 ms, the extension's URL on a nested event.
  slice(PAGE, 10, 10_000, 2000, 'RunTask'),
  slice(PAGE, 10, 10_100, 1500, 'EvaluateScript'),
  slice(PAGE, 10, 10_200, 1000, 'v8.run', EXT),
  // A promise continuation of ours: named by the isolated world only, 0.5 ms.
  slice(PAGE, 10, 20_000, 500, 'RunTask'),
  slice(PAGE, 10, 20_050, 400, 'RunMicrotasks', { data: { worldName: 'Jobmark' } }),
  // Playwright's utility world is the harness, not us.
  slice(PAGE, 10, 30_000, 9000, 'RunTask'),
  slice(PAGE, 10, 30_100, 8000, 'EvaluateScript', { data: { worldName: '__playwright_utility_world__' } }),
  // Another thread of the page's renderer, and the offscreen document's renderer, do not count.
  slice(PAGE, 11, 10_000, 7000, 'RunTask', EXT),
  slice(OFFSCREEN, 20, 10_000, 7000, 'RunTask', EXT),
];

describe('extensionTaskMs', () => {
  it("sums the page renderer's main-thread tasks that run extension code, whole", () => {
    expect(extensionTaskMs(events, '/news.html')).toBeCloseTo(2.5, 6);
  });

  it('refuses a trace where no renderer parsed the page', () => {
    expect(() => extensionTaskMs(events, '/other.html')).toThrow(/no renderer parsed/);
  });
});
