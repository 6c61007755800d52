import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickGate } from '@/utils/page/quick-gate';
import { GATE_KEY, READER_KEY, shared, type GateHost, type ReadReason, type Reader } from '../panel/bridge';
import { listen, send } from './messages';
import { readPageSettings } from './settings-lite';
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
  private loading: Promise<Reader | null> | null = null;

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
    // Settings are read while the reader is injected (the reader checks them before anything leaves the page).
    const settings = readPageSettings();
    if (shared[READER_KEY]) return shared[READER_KEY].recheck(reason, settings);
    // The reader starts this look as soon as it is injected (the reply comes later: the background warms up).
    this.host.pending = { reason, settings };
    const reader = await this.reader();
    const left = this.host.pending;
    this.host.pending = undefined;
    if (reader && left) await reader.recheck(left.reason, left.settings);
  }

  /** The reader script, injected once per frame by the background. */
  private reader(): Promise<Reader | null> {
    const loaded = shared[READER_KEY];
    if (loaded) return Promise.resolve(loaded);
    this.loading ??= send('injectReader', {})
      .then(() => shared[READER_KEY] ?? null)
      .catch(() => null)
      .finally(() => (this.loading = null));
    return this.loading;
  }
}
