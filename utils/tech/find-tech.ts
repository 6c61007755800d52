// STUB (owned by the tech-dictionary helper): the public API of the tech matcher. Keep these signatures.
import type { TechCategory, TechStackEntry, TextBlock } from '../types';

export interface TechHit {
  start: number;
  end: number;
  /** Canonical name: 'Go', 'Kubernetes', 'C++'. */
  name: string;
  category: TechCategory;
}

/** Every tech mention in `text`, in order, offsets exact. `blocks` (optional) lets list context decide ambiguous words. */
export function findTech(_text: string, _blocks?: readonly TextBlock[]): TechHit[] {
  return [];
}

/** Tech stack with mention counts, most mentioned first. */
export function summarizeTech(hits: readonly TechHit[]): TechStackEntry[] {
  const byName = new Map<string, TechStackEntry>();
  for (const h of hits) {
    const e = byName.get(h.name) ?? { name: h.name, category: h.category, mentions: 0 };
    e.mentions++;
    byName.set(h.name, e);
  }
  return [...byName.values()].sort((a, b) => b.mentions - a.mentions);
}
