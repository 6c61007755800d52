import type { TextSegment } from '@/utils/page/extract-text';
import type { Highlight, HighlightKind } from '@/utils/types';
import { rangesFor, type RangesByKind } from '@/utils/highlight/ranges';
import { clearHighlights, paintRanges, type HighlightCtor, type HighlightRegistryLike } from '@/utils/highlight/paint';
import { spanInBand, spanWithin } from '@/utils/highlight/viewport-window';
import { MAX_PAINTED_RANGES, WINDOW_FROM_RANGES } from './limits';
import { CHUNK, yieldToMain } from '../posting/yield';

const FOCUS_NAME = 'jobmark-focus';
const FOCUS_MS = 1500;

function registry(): { reg: HighlightRegistryLike; Ctor: HighlightCtor } | null {
  const reg = (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return reg && Ctor ? { reg, Ctor } : null;
}

/** Appends `items` to the list under `key`, creating it. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, ...items: V[]): void {
  const had = map.get(key);
  if (had) had.push(...items);
  else map.set(key, items);
}

const mentionKey = (kind: HighlightKind, label: string) => `${kind}:${label.toLowerCase()}`;

type Span = [number, number];
type Placed = { at: number; kind: HighlightKind; range: Range };
const boxOf = (p: Placed) => p.range.getBoundingClientRect();

/** The ranges of `placed`, grouped by kind for the registry. */
function byKind(placed: readonly Placed[]): RangesByKind {
  const out: RangesByKind = new Map();
  for (const { kind, range } of placed) pushTo(out, kind, range);
  return out;
}

/** The highlights of the posting on screen: painted in chunks, toggled, cleared, and walked by the tech chips. */
export class Painter {
  private mentions = new Map<string, Range[]>();
  private cursor = new Map<string, number>();
  private on = true;
  private total = 0;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  /** Every range with its kind, in text (document) order: the viewport window slices it. */
  private ordered: Placed[] = [];
  /** The slice of `ordered` registered while windowed; null when every range is. */
  private painted: Span | null = null;
  private frame = 0;
  private readonly onScroll = () => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.slide();
    });
  };

  constructor(private readonly doc: Document) {}

  get highlightsOn(): boolean {
    return this.on;
  }

  /**
   * Maps and paints `highlights` (offsets into text that starts at `base` in `segments`): mapped in chunks with
   * yields, painted in one registry update; `beforePaint` runs between the two (counts() already has them). Every
   * update makes the browser repaint the highlighted text, which on a huge page is a long rendering task each time; a
   * seed-size posting fits in one chunk anyway.
   */
  async add(
    highlights: readonly Highlight[],
    segments: readonly TextSegment[],
    base: number,
    stale: () => boolean,
    beforePaint?: () => Promise<void>,
  ) {
    const api = registry();
    const room = Math.max(0, MAX_PAINTED_RANGES - this.total);
    if (highlights.length > room) highlights = [...highlights].sort((a, b) => a.start - b.start).slice(0, room);
    this.total += highlights.length;
    const added: Placed[] = [];
    for (let i = 0; i < highlights.length; i += CHUNK) {
      rangesFor(this.doc, highlights.slice(i, i + CHUNK), segments, base, new Map(), (h, r) => {
        added.push({ at: h.start, kind: h.kind, range: r });
        if (h.kind === 'tech' || h.kind === 'skill') pushTo(this.mentions, mentionKey(h.kind, h.label), r);
      });
      if (i + CHUNK < highlights.length) {
        await yieldToMain();
        if (stale()) return;
      }
    }
    this.ordered.push(...added);
    this.ordered.sort((a, b) => a.at - b.at);
    if (beforePaint) {
      await beforePaint();
      if (stale()) return;
    }
    if (!this.on || !api || !added.length) return;
    if (this.windowed) this.paintWindow();
    else paintRanges(api.reg, api.Ctor, byKind(added));
  }

  /** Whether only the ranges near the viewport are registered (once windowed, a page stays so until cleared). */
  private get windowed(): boolean {
    return this.painted != null || this.ordered.length > WINDOW_FROM_RANGES;
  }

  /**
   * On a page with many highlights, only those from a screen above the viewport to two below are registered, and the
   * window slides as the page (or any scroller in it) scrolls. Chrome repaints every highlighted fragment within its
   * paint area (the viewport and 4,000 px below) on each frame the page changes: 2,000 ranges on a 100k-word posting
   * made every such frame 40–70 ms here, ~120 lines' worth 16–22 ms.
   */
  private paintWindow(): void {
    const api = registry();
    const view = this.doc.defaultView;
    if (!api || !view) return;
    if (!this.painted) {
      this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      view.addEventListener('resize', this.onScroll, { passive: true });
    }
    const h = view.innerHeight || 800;
    const span = spanInBand(this.ordered, -h, 2 * h, boxOf);
    this.painted = span;
    clearHighlights(api.reg);
    paintRanges(api.reg, api.Ctor, byKind(this.ordered.slice(span[0], span[1])));
  }

  /** After a scroll: repaints only when the screen and half a screen around it are no longer covered. */
  private slide(): void {
    const view = this.doc.defaultView;
    if (!this.painted || !this.on || !view) return;
    const h = view.innerHeight || 800;
    if (!spanWithin(spanInBand(this.ordered, -h / 2, 1.5 * h, boxOf), this.painted)) this.paintWindow();
  }

  private unwatch(): void {
    if (!this.painted) return;
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.painted = null;
  }

  counts(): Partial<Record<HighlightKind, number>> {
    const out: Partial<Record<HighlightKind, number>> = {};
    for (const { kind } of this.ordered) out[kind] = (out[kind] ?? 0) + 1;
    return out;
  }

  setOn(on: boolean): void {
    this.on = on;
    const api = registry();
    if (!api) return;
    clearHighlights(api.reg);
    if (!on) return;
    if (this.windowed) this.paintWindow();
    else paintRanges(api.reg, api.Ctor, byKind(this.ordered));
  }

  /** Scrolls to the next mention of a tech/skill label, flashing it. */
  scrollToNext(kind: HighlightKind, label: string): boolean {
    const key = mentionKey(kind, label);
    const list = (this.mentions.get(key) ?? []).filter((r) => r.startContainer.isConnected);
    if (!list.length) return false;
    const i = (this.cursor.get(key) ?? -1) + 1;
    const range = list[i % list.length]!;
    this.cursor.set(key, i % list.length);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const api = registry();
    if (api) {
      api.reg.delete(FOCUS_NAME);
      const focus = new api.Ctor(range);
      focus.priority = 10;
      api.reg.set(FOCUS_NAME, focus);
      clearTimeout(this.focusTimer);
      this.focusTimer = setTimeout(() => api.reg.delete(FOCUS_NAME), FOCUS_MS);
    }
    return true;
  }

  clear(): void {
    const api = registry();
    if (api) {
      clearHighlights(api.reg);
      api.reg.delete(FOCUS_NAME);
    }
    clearTimeout(this.focusTimer);
    this.unwatch();
    this.ordered = [];
    this.mentions = new Map();
    this.cursor = new Map();
    this.total = 0;
  }
}
