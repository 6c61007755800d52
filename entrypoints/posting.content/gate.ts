import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { gateLook, strongSignal, walkLook, type GateLook } from '@/utils/page/quick-gate';
import { GATE_KEY, READER_KEY, shared, type GateHost, type ReadReason } from '../panel/bridge';
import { send } from './messages';
import type { PageSettings } from './settings-lite';
import { PageWatcher } from './watch';
import { whenIdle } from './yield';

/** document_idle already waited for the load; a busy page must not delay the first paint much longer. */
const IDLE_TIMEOUT_MS = 50;

/**
 * What runs on every page: the engine's cheap gate when the page is idle, again when the background reports a
 * same-document URL change, and while a page still filling in changes. No listener on the page or the runtime
 * otherwise. Only when the gate says "maybe" does it ask the background to inject the reader script, which checks
 * the settings and does the real work (and answers the annotate shortcut).
 */
export class Gate {
  private readonly watcher: PageWatcher;
  private readonly host: GateHost;
  private injecting: Promise<PageSettings | null> | null = null;
  /** The URL last looked at: the background's URL-change call is a no-op on the page's own load. */
  private url = location.href;

  constructor(private readonly ctx: ContentScriptContext) {
    this.watcher = new PageWatcher(ctx, (reason) => void this.check(reason));
    this.host = shared[GATE_KEY] = { ctx, armWatch: () => this.watcher.arm(), urlChanged: () => this.urlChanged() };
  }

  async start(): Promise<void> {
    // A board's posting URL or JSON-LD JobPosting is read at once (most real postings have one); only the walk over
    // the page's text waits for the page's own work.
    const strongRead = !!document.body;
    if (strongRead && strongSignal(document, location.href)) return this.check('load', { maybe: true, sparse: false });
    await whenIdle(IDLE_TIMEOUT_MS);
    // The strong signals said no a moment ago: only the walk is left to do.
    if (this.ctx.isValid) await this.check('load', strongRead ? walkLook(document) : undefined);
  }

  /** Called by the background on a same-document URL change (pushState, a new #fragment). */
  private urlChanged(): void {
    if (location.href === this.url) return;
    this.url = location.href;
    this.watcher.urlChanged();
  }

  /** `known`: the gate's answer when the caller already has it. */
  private async check(reason: ReadReason, known?: GateLook): Promise<void> {
    const loaded = shared[READER_KEY];
    if (loaded) return loaded.recheck(reason);
    const look = known ?? (document.body ? gateLook(document, location.href) : null);
    if (!look?.maybe) {
      // A shell still loading (Workday) may get its posting late: watch a while. A full page that is not a posting
      // gets no observer at all.
      if (reason === 'load' && look?.sparse) this.watcher.arm();
      return;
    }
    // The background injects the reader only where the settings let Jobmark run on its own, and replies with them
    // (the reader needs them only to paint; it reads storage when the reply has none).
    const reply = this.inject();
    // The reader starts this look as soon as it is injected, and reads the page while the reply is on its way.
    this.host.pending = { reason, settings: reply };
    await reply;
    const reader = shared[READER_KEY];
    const left = this.host.pending;
    this.host.pending = undefined;
    if (reader && left) await reader.recheck(left.reason, left.settings);
  }

  /** Asks the background to inject the reader; resolves to the page settings (null when it could not). */
  private inject(): Promise<PageSettings | null> {
    this.injecting ??= send('startReader', {})
      .catch(() => null)
      .finally(() => (this.injecting = null));
    return this.injecting;
  }
}
