import type { HighlightKind } from '../types';
import { HIGHLIGHT_KINDS, highlightName } from './names';
import type { RangesByKind } from './ranges';

/** The parts of `CSS.highlights` we use (a Map of name → Highlight), injectable for tests. */
export interface HighlightRegistryLike {
  get(name: string): { add(r: AbstractRange): unknown; clear(): void; size: number } | undefined;
  set(name: string, h: unknown): unknown;
  delete(name: string): boolean;
}
export type HighlightCtor = new (...ranges: AbstractRange[]) => {
  add(r: AbstractRange): unknown;
  clear(): void;
  size: number;
  priority: number;
};

/** Where kinds overlap (a tech inside a must-have item), the higher priority's colours win. */
export const HIGHLIGHT_PRIORITY: Record<HighlightKind, number> = {
  must: 0, nice: 0, degree: 1, experience: 2, skill: 3, tech: 4, salary: 4,
};

/**
 * Adds ranges to the named highlights (creating them), so later passes (skills) add to what the first pass painted.
 * @example paintRanges(CSS.highlights, Highlight, ranges)
 */
export function paintRanges(registry: HighlightRegistryLike, Ctor: HighlightCtor, ranges: RangesByKind): number {
  let n = 0;
  for (const [kind, list] of ranges) {
    const name = highlightName(kind);
    let h = registry.get(name);
    if (!h) {
      const created = new Ctor();
      created.priority = HIGHLIGHT_PRIORITY[kind];
      h = created;
      registry.set(name, h);
    }
    for (const r of list) h.add(r);
    n += list.length;
  }
  return n;
}

/** Removes every Jobmark highlight (or only `kinds`) from the registry. */
export function clearHighlights(registry: HighlightRegistryLike, kinds: readonly HighlightKind[] = HIGHLIGHT_KINDS): void {
  for (const kind of kinds) registry.delete(highlightName(kind));
}
