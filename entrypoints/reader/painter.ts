import type { TextSegment } from '@/utils/page/extract-text';
import type { Highlight, HighlightKind } from '@/utils/types';
import { rangesFor, type RangesByKind } from '@/utils/highlight/ranges';
import { clearHighlights, paintRanges, type HighlightCtor, type HighlightRegistryLike } from '@/utils/highlight/paint';
import { MAX_PAINTED_RANGES } from './limits';
import { CHUNK, yieldToMain } from '../posting.content/yield';

const FOCUS_NAME = 'jobmark-focus';
const FOCUS_MS = 1500;

function registry(): { reg: HighlightRegistryLike; Ctor: HighlightCtor } | null {
  const reg = (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return reg && Ctor ? { reg, Ctor } : null;
}

function mergeRanges(into: RangesByKind, part: RangesByKind): RangesByKind {
  for (const [kind, list] of part) {
    const had = into.get(kind);
    if (had) had.push(...list);
    else into.set(kind, [...list]);
  }
  return into;
}

const mentionKey = (kind: HighlightKind, label: string) => `${kind}:${label.toLowerCase()}`;

/** The highlights of the posting on screen: painted in chunks, toggled, cleared, and walked by the tech chips. */
export class Painter {
  private ranges: RangesByKind = new Map();
  private mentions = new Map<string, Range[]>();
  private cursor = new Map<string, number>();
  private on = true;
  private total = 0;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  get highlightsOn(): boolean {
    return this.on;
  }

  /**
   * Maps and paints `highlights` (offsets into text that starts at `base` in `segments`): mapped in chunks with
   * yields, painted in one registry update. Every update makes the browser repaint the highlighted text, which on a
   * huge page is a long rendering task each time; a seed-size posting fits in one chunk anyway.
   */
  async add(highlights: readonly Highlight[], segments: readonly TextSegment[], base: number, stale: () => boolean) {
    const api = registry();
    const room = Math.max(0, MAX_PAINTED_RANGES - this.total);
    if (highlights.length > room) highlights = [...highlights].sort((a, b) => a.start - b.start).slice(0, room);
    this.total += highlights.length;
    let all: RangesByKind = new Map();
    for (let i = 0; i < highlights.length; i += CHUNK) {
      const part = rangesFor(this.doc, highlights.slice(i, i + CHUNK), segments, base, new Map(), (h, r) => {
        if (h.kind !== 'tech' && h.kind !== 'skill') return;
        const key = mentionKey(h.kind, h.label);
        const list = this.mentions.get(key);
        if (list) list.push(r);
        else this.mentions.set(key, [r]);
      });
      for (const [kind, list] of part) {
        const all = this.ranges.get(kind);
        if (all) all.push(...list);
        else this.ranges.set(kind, list);
      }
      all = mergeRanges(all, part);
      if (i + CHUNK < highlights.length) {
        await yieldToMain();
        if (stale()) return;
      }
    }
    if (this.on && api && all.size) paintRanges(api.reg, api.Ctor, all);
  }

  counts(): Partial<Record<HighlightKind, number>> {
    const out: Partial<Record<HighlightKind, number>> = {};
    for (const [kind, list] of this.ranges) out[kind] = list.length;
    return out;
  }

  setOn(on: boolean): void {
    this.on = on;
    const api = registry();
    if (!api) return;
    clearHighlights(api.reg);
    if (on) paintRanges(api.reg, api.Ctor, this.ranges);
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
    this.ranges = new Map();
    this.mentions = new Map();
    this.cursor = new Map();
    this.total = 0;
  }
}
