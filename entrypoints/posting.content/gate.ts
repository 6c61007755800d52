import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickGate } from '@/utils/page/quick-gate';
import { GATE_KEY, READER_KEY, shared, type GateHost, type ReadReason, type Reader } from '../panel/bridge';
import { listen, send } from './messages';
import { readPageSettings, type PageSettings } from './settings-lite';
import { PageWatcher } from './watch';
import { whenIdle } from './yield';

/** document_idle already waited for the load; a busy page must not delay the first paint much longer. */
const IDLE_TIMEOUT_MS = 50;

/**
 * What runs on every page: the engine's cheap gate when the page is idle, and (top frame) a URL watcher and the
 * annotate-now listener. Only when the gate says "maybe" (and settings allow) does it ask the background to inject
 * the reader script, which does the real work.
 */
export class Gate {
  private readonly watcher: PageWatcher;
  private readonly host: GateHost;
  private injecting: Promise<PageSettings | null> | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    this.watcher = new PageWatcher(ctx, (reason) => void this.check(reason));
    this.host = shared[GATE_KEY] = { ctx, armWatch: () => this.watcher.arm() };
  }

  async start(): Promise<void> {
    if (window === window.top) {
      this.watcher.followUrl();
      this.ctx.onInvalidated(listen('annotateNow', async (data) => {
        const reader = await this.reader();
        return reader ? reader.annotate(data) : { ok: false, reason: 'Jobmark could not load its page reader here.' };
      }));
    }
    await whenIdle(IDLE_TIMEOUT_MS);
    if (this.ctx.isValid) await this.check('load');
  }

  private async check(reason: ReadReason): Promise<void> {
    const loaded = shared[READER_KEY];
    if (loaded) return loaded.recheck(reason);
    if (!document.body || !quickGate(document, location.href)) {
      if (reason === 'load') this.watcher.arm(); // content may arrive late (Workday)
      return;
    }
    // The background replies to the injection with its cached settings (the reader checks them before anything
    // leaves the page); storage only when that failed.
    const reply = this.inject();
    // The reader starts this look as soon as it is injected, and reads the page while the reply is on its way.
    this.host.pending = { reason, settings: reply.then((s) => s ?? readPageSettings()) };
    await reply;
    const reader = shared[READER_KEY];
    const left = this.host.pending;
    this.host.pending = undefined;
    if (reader && left) await reader.recheck(left.reason, left.settings);
  }

  /** The reader script, injected once per frame by the background. */
  private async reader(): Promise<Reader | null> {
    if (!shared[READER_KEY]) await this.inject();
    return shared[READER_KEY] ?? null;
  }

  /** Asks the background to inject the reader; resolves to the page settings (null when it could not). */
  private inject(): Promise<PageSettings | null> {
    this.injecting ??= send('startReader', {})
      .catch(() => null)
      .finally(() => (this.injecting = null));
    return this.injecting;
  }
}
