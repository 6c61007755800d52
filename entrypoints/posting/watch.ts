import type { Lifetime } from './lifetime';

/** How long after a load or URL change we keep watching the DOM for late content (Workday, SPA job swaps). */
const WATCH_WINDOW_MS = 8000;
/** Quiet time after the last mutation before we look again. */
const SETTLE_MS = 350;
/** Looks per window: bounds the work on a busy page that keeps mutating. */
const MAX_CHECKS = 6;
/** A URL change settles a little before the new job's DOM is there. */
const URL_SETTLE_MS = 250;

const PANEL_TAG = 'JOBMARK-PANEL';
/** Our own panel host coming or going is not the page changing. */
function isOurs(r: MutationRecord): boolean {
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName === PANEL_TAG);
}

export type WatchReason = 'url' | 'dom';

/**
 * One shared DOM observer, armed only for a short window after the load of a page still filling in or a URL change
 * (when late content is plausible). Everything stops with the gate's lifetime.
 */
export class PageWatcher {
  private observer: MutationObserver | null = null;
  private windowTimer = 0;
  private settleTimer = 0;
  private checks = 0;

  constructor(
    private readonly life: Lifetime,
    private readonly onChange: (reason: WatchReason) => void,
  ) {
    life.onInvalidated(() => this.disarm());
  }

  /** The page's URL changed without a load (single-page sites; the background tells the top frame): look again
   * once the new job's DOM is likely there, and watch a while for the rest. */
  urlChanged(): void {
    if (this.life.isInvalid) return;
    this.life.setTimeout(() => this.onChange('url'), URL_SETTLE_MS);
    this.arm();
  }

  /** Watch DOM changes for a while; each settled burst calls onChange('dom'). */
  arm(): void {
    // Not isInvalid: arming on a sparse page that is no posting must not touch the runtime; the timers check it.
    if (this.life.ended || !document.body) return;
    this.checks = 0;
    clearTimeout(this.windowTimer);
    this.windowTimer = this.life.setTimeout(() => this.disarm(), WATCH_WINDOW_MS);
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (records.every(isOurs)) return;
      clearTimeout(this.settleTimer);
      this.settleTimer = this.life.setTimeout(() => {
        if (++this.checks > MAX_CHECKS) return this.disarm();
        this.onChange('dom');
      }, SETTLE_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
  }

  disarm(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.windowTimer);
    clearTimeout(this.settleTimer);
  }

  get armed(): boolean {
    return this.observer != null;
  }
}
