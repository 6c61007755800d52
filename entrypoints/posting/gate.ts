import { gateLook } from '@/utils/page/quick-gate';
import { GATE_KEY, READER_KEY, shared, type GateHost, type ReadReason } from '../panel/bridge';
import { send } from './messages';
import { GateLifetime } from './lifetime';
import type { PageSettings } from './settings-lite';
import { PageWatcher } from './watch';

/**
 * What runs on every page: the engine's cheap gate when the page is idle, again when the background reports a
 * same-document URL change, and while a page still filling in changes. No listener on the page or the runtime
 * otherwise. Only when the gate says "maybe" does it ask the background to inject the reader script, which checks
 * the settings and does the real work (and answers the annotate shortcut).
 *
 * On a page that is not a posting it touches neither the extension runtime nor `location` (document.URL serves), and
 * creates no lifetime or watcher: each is a first use in the page's isolated world, which costs main-thread time.
 */
export class Gate {
  private watcher: PageWatcher | null = null;
  private life: GateLifetime | null = null;
  private readonly host: GateHost;
  private injecting: Promise<PageSettings | null> | null = null;
  /** The URL last looked at: the background's URL-change call is a no-op on the page's own load. */
  private url = document.URL;

  constructor() {
    this.host = shared[GATE_KEY] = {
      armWatch: () => this.watch().arm(),
      urlChanged: () => this.urlChanged(),
      stop: () => this.lifetime().end(),
      maybePosting: () => gateLook(document, document.URL).maybe,
    };
  }

  private lifetime(): GateLifetime {
    return (this.life ??= new GateLifetime());
  }

  private watch(): PageWatcher {
    return (this.watcher ??= new PageWatcher(this.lifetime(), (reason) => void this.check(reason)));
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
    if (document.URL === this.url) return;
    this.url = document.URL;
    this.watch().urlChanged();
  }

  private async check(reason: ReadReason): Promise<void> {
    const loaded = shared[READER_KEY];
    if (loaded) return loaded.recheck(reason);
    const look = document.body ? gateLook(document, document.URL) : null;
    if (!look?.maybe) {
      // A shell still loading (Workday) may get its posting late: watch a while. A full page that is not a posting
      // gets no observer at all.
      if (reason === 'load' && look?.sparse) this.watch().arm();
      return;
    }
    if (this.lifetime().isInvalid) return;
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
