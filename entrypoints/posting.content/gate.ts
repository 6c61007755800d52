import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { gateLook } from '@/utils/page/quick-gate';
import { GATE_KEY, READER_KEY, shared, type GateHost, type ReadReason } from '../panel/bridge';
import { send } from './messages';
import type { PageSettings } from './settings-lite';
import { PageWatcher } from './watch';

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

  /**
   * One look when the script starts (document_idle: the page has loaded). It is all native queries on most pages,
   * well under a millisecond: yielding first (scheduler.postTask) cost more than it deferred.
   */
  async start(): Promise<void> {
    await this.check('load');
  }

  /** Called by the background on a same-document URL change (pushState, a new #fragment). */
  private urlChanged(): void {
    if (location.href === this.url) return;
    this.url = location.href;
    this.watcher.urlChanged();
  }

  private async check(reason: ReadReason): Promise<void> {
    const loaded = shared[READER_KEY];
    if (loaded) return loaded.recheck(reason);
    const look = document.body ? gateLook(document, location.href) : null;
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
