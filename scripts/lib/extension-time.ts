/**
 * Main-thread time an extension's content script costs a page, read from a Chromium trace of one load in a new tab.
 *
 * Why a trace: CDP's ScriptDuration counts every script of the renderer (Playwright's own utility worlds too) and
 * misses the browser's work of setting up an isolated world, so a difference of two ScriptDurations could not resolve
 * a few ms. Here each top-level task of the page's renderer main thread counts in full when it runs extension code:
 * an event inside it names a chrome-extension:// script or an isolated world that is not Playwright's.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
/** An isolated world's name in a trace event's args (Playwright's worlds start with "__playwright"). */
const WORLD_RE = /"worldName":"(?!__playwright)[^"]+"/;

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let out = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    out += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return out;
}

/** Sums the renderer main-thread tasks that ran extension code, on the renderer that parsed `pageUrl`. */
export function extensionTaskMs(events: readonly TraceEvent[], pageUrl: string): number {
  const mainThreads = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain')
      mainThreads.add(`${e.pid}:${e.tid}`);
  // The page's renderer: the one whose main thread parsed the page (the offscreen document's renderer runs
  // extension code too, and is not the page's cost).
  const pagePid = events.find(
    (e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(pageUrl) && mainThreads.has(`${e.pid}:${e.tid}`),
  )?.pid;
  if (pagePid == null) throw new Error(`no renderer parsed ${pageUrl} in the trace`);
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === pagePid && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  let top: TraceEvent | null = null;
  let ours = false;
  const close = () => {
    if (top && ours) total += top.dur ?? 0;
  };
  for (const e of slices) {
    if (!top || e.ts >= top.ts + (top.dur ?? 0) || e.tid !== top.tid) {
      close();
      top = e;
      ours = false;
    }
    if (!ours) {
      const args = JSON.stringify(e.args ?? {});
      ours = args.includes('chrome-extension://') || WORLD_RE.test(args);
    }
  }
  close();
  return total / 1000;
}

/** Loads `url` in a new tab with tracing on, waits `quietMs` after load, and returns the extension's task time. */
export async function traceExtensionMs(context: BrowserContext, url: string, quietMs: number): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReturnAsStream' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(quietMs);
    const done = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', (e) => ok(e.stream ?? '')));
    await cdp.send('Tracing.end');
    const raw = await readStream(cdp, await done);
    const parsed = JSON.parse(raw) as TraceEvent[] | { traceEvents: TraceEvent[] };
    return extensionTaskMs(Array.isArray(parsed) ? parsed : parsed.traceEvents, new URL(url).pathname);
  } finally {
    await page.close();
  }
}
