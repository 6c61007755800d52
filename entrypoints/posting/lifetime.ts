import { extensionApi } from './api';

/**
 * The gate's own lifetime: ends when the extension is reloaded or removed (its runtime id is gone) or when the
 * reader's WXT context ends. The gate does not create WXT's ContentScriptContext: its constructor dispatches an
 * event on the page's document and touches the runtime, measurable main-thread time on every page, most of which
 * are not postings. This is created only once the gate has something to keep (a watcher, a reader).
 */
export interface Lifetime {
  /** Ended, or the extension is gone (reads the runtime). */
  readonly isInvalid: boolean;
  /** Ended already (reads nothing: for the first use, where the runtime was not touched yet). */
  readonly ended: boolean;
  onInvalidated(cb: () => void): void;
  /** setTimeout whose callback never runs once the lifetime has ended. */
  setTimeout(handler: () => void, ms: number): number;
}

function runtimeGone(): boolean {
  // Reading `id` throws in some browsers once the extension is gone.
  try {
    // Typed loosely: once the extension is gone, neither global may be left.
    const api: { runtime?: { id?: string } } | undefined = extensionApi();
    return api?.runtime?.id == null;
  } catch {
    return true;
  }
}

export class GateLifetime implements Lifetime {
  private readonly aborter = new AbortController();

  get ended(): boolean {
    return this.aborter.signal.aborted;
  }

  get isInvalid(): boolean {
    if (!this.aborter.signal.aborted && runtimeGone()) this.end();
    return this.aborter.signal.aborted;
  }

  onInvalidated(cb: () => void): void {
    this.aborter.signal.addEventListener('abort', cb, { once: true });
  }

  setTimeout(handler: () => void, ms: number): number {
    const { signal } = this.aborter;
    const cancel = () => clearTimeout(id);
    // The abort listener goes once the timer has fired: a long SPA session arms many timers.
    const id = window.setTimeout(() => {
      signal.removeEventListener('abort', cancel);
      if (!this.isInvalid) handler();
    }, ms);
    signal.addEventListener('abort', cancel, { once: true });
    return id;
  }

  end(): void {
    this.aborter.abort();
  }
}
