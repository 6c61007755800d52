import { techEntries, type SurfaceMode, type TechEntry } from './dictionary/index';
import { GAP_LINE, GAP_SPACE, tokenize, type Tokens } from './tokenize';

/** One dictionary surface that ends at a trie node. */
export interface TrieHit {
  entry: number;
  mode: SurfaceMode;
  /** The surface's tokens as written, for case-sensitive surfaces. */
  parts: readonly string[];
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  hits?: TrieHit[];
}

export interface TechTrie {
  root: Map<string, TrieNode>;
  entries: readonly TechEntry[];
}

/**
 * The text lowercased once, so keys are one slice each; `undefined` when lowercasing changes the length
 * (`İ` becomes two code units) and offsets would drift.
 */
export function lowerOnce(text: string): string | undefined {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : undefined;
}

/** The key of token `k` inside a walk: its lowercase text, with a leading space when spaced from the previous one. */
export function stepKey(
  text: string,
  lower: string | undefined,
  tokens: Tokens,
  k: number,
  first: boolean,
): string | undefined {
  const s = tokens.start[k];
  const e = tokens.end[k];
  const key = lower === undefined ? text.slice(s, e).toLowerCase() : lower.slice(s, e);
  if (first) return key;
  const gap = tokens.gap[k];
  if (gap === GAP_LINE) return undefined;
  return gap === GAP_SPACE ? ` ${key}` : key;
}

let trie: TechTrie | undefined;

/**
 * The matcher's token trie over every surface in the dictionary, built on first use.
 * @example getTechTrie().root.get('kubernetes') // node whose hits name Kubernetes
 */
export function getTechTrie(): TechTrie {
  if (trie) return trie;
  const entries = techEntries();
  const root = new Map<string, TrieNode>();
  entries.forEach((entry, index) => {
    for (const surface of entry.surfaces) {
      const tokens = tokenize(surface.text);
      if (tokens.count === 0) continue;
      const lower = lowerOnce(surface.text);
      let level = root;
      let node: TrieNode | undefined;
      const parts: string[] = [];
      for (let k = 0; k < tokens.count; k++) {
        const key = stepKey(surface.text, lower, tokens, k, k === 0);
        if (key === undefined) break;
        parts.push(surface.text.slice(tokens.start[k], tokens.end[k]));
        node = level.get(key);
        if (!node) {
          node = {};
          level.set(key, node);
        }
        if (k < tokens.count - 1) level = node.next ??= new Map();
      }
      if (node) (node.hits ??= []).push({ entry: index, mode: surface.mode, parts });
    }
  });
  trie = { root, entries };
  return trie;
}
