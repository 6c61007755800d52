import { afterEach, describe, expect, it, vi } from 'vitest';
import { GateLifetime } from '@/entrypoints/posting/lifetime';
import { PageWatcher } from '@/entrypoints/posting/watch';

// The content script keeps no WXT context (see entrypoints/posting/index.ts): its own lifetime must still end
// everything once the extension is reloaded or removed, which the page sees as a runtime without an id.
type Runtime = { runtime: { id?: string } };
/** A Chromium-like page world: `chrome` only (the fake browser's `browser` is hidden). */
function chromeWith(id: string): Runtime {
  const chrome = { runtime: { id } };
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', chrome);
  return chrome;
}

describe("the gate's lifetime", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('ends when the runtime id is gone: its timers never fire, its listeners run once', () => {
    vi.useFakeTimers();
    const chrome = chromeWith('jobmark');
    const life = new GateLifetime();
    const fired = vi.fn();
    const ended = vi.fn();
    life.onInvalidated(ended);
    life.setTimeout(fired, 100);
    expect(life.isInvalid).toBe(false);
    chrome.runtime = {};
    expect(life.isInvalid).toBe(true);
    vi.advanceTimersByTime(200);
    expect(fired).not.toHaveBeenCalled();
    expect(life.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('stops the page watcher when ended (the reader ends it with its own context)', async () => {
    chromeWith('jobmark');
    const life = new GateLifetime();
    const changed = vi.fn();
    const watcher = new PageWatcher(life, changed);
    watcher.arm();
    expect(watcher.armed).toBe(true);
    life.end();
    expect(watcher.armed).toBe(false);
    document.body.append(document.createElement('p'));
    await new Promise((ok) => setTimeout(ok, 500));
    expect(changed).not.toHaveBeenCalled();
    // Ended, it does not arm again.
    watcher.arm();
    expect(watcher.armed).toBe(false);
  });
});
