import type { TechCategory, TechStackEntry, TextBlock } from '../types';
import { findCandidates } from './candidates';
import { resolveContext } from './context';
import { getTechTrie } from './trie';
import { tokenize } from './tokenize';

export interface TechHit {
  start: number;
  end: number;
  /** Canonical name: 'Go', 'Kubernetes', 'C++'. */
  name: string;
  category: TechCategory;
}

/**
 * Every tech mention in `text`, in order, offsets exact (`text.slice(hit.start, hit.end)` is the surface).
 * `blocks` (optional) lets list items and table cells vouch for ambiguous names.
 * @example findTech('Proficient in Go and k8s').map((h) => h.name) // ['Go', 'Kubernetes']
 */
export function findTech(text: string, blocks?: readonly TextBlock[]): TechHit[] {
  if (!text) return [];
  const { entries } = getTechTrie();
  const tokens = tokenize(text);
  const candidates = resolveContext(text, tokens, findCandidates(text, tokens), blocks);
  return candidates.map((cand) => {
    const entry = entries[cand.entry]!;
    return { start: cand.start, end: cand.end, name: entry.name, category: entry.category };
  });
}

/** Text that walks the matcher's main paths once (symbols, aliases, an ambiguous word with list context). */
const WARM_TEXT = 'Go, C++, Node.js and k8s on AWS\nReact';

/**
 * Builds the dictionary trie and runs the matcher once, so the next call pays neither (a service worker calls it
 * while a page reads itself).
 * @example warmTech() // later findTech(text) skips the ~60–110 ms first-call trie build
 */
export function warmTech(): void {
  findTech(WARM_TEXT);
}

/**
 * Tech stack with mention counts, most mentioned first (ties keep first-mention order).
 * @example summarizeTech(findTech('Go, Go and Rust')) // [{name:'Go', mentions:2, …}, {name:'Rust', mentions:1, …}]
 */
export function summarizeTech(hits: readonly TechHit[]): TechStackEntry[] {
  const byName = new Map<string, TechStackEntry>();
  for (const h of hits) {
    const e = byName.get(h.name) ?? { name: h.name, category: h.category, mentions: 0 };
    e.mentions++;
    byName.set(h.name, e);
  }
  return [...byName.values()].sort((a, b) => b.mentions - a.mentions);
}
