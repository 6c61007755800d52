import { needsContext, type SurfaceMode } from './dictionary/format';
import { isWordCode, type Tokens } from './tokenize';
import { getTechTrie, lowerOnce, stepKey, type TrieHit } from './trie';

/** A dictionary match before context rules: tokens `first..last` inclusive. */
export interface Candidate {
  first: number;
  last: number;
  start: number;
  end: number;
  entry: number;
  mode: SurfaceMode;
  /** Written in capitals (`GO`, `RUST`) where the dictionary has mixed case: trusted only inside a tech list. */
  shout: boolean;
}

/** Names are at most this many tokens long (`Amazon Web Services`, `Windows Subsystem for Linux`). */
const MAX_WALK = 12;
/** A glued character that makes the neighbour part of the same identifier (`R&D`, `file.json`, `snake_case`). */
const ALWAYS_GLUED = new Set(['.', '&', '_', '@']);
/** Glued but harmless for unambiguous names (`Python-based`, `non-Java`); fatal for ambiguous ones (`Go-getter`). */
const SOFT_GLUED = new Set(['-', '\u2011']);
const APOSTROPHES = new Set(["'", '\u2019']);
/** Hyphenated suffixes that keep an ambiguous name a tech name: `Go-based`, `React-first`, `Kotlin-native`. */
const HYPHEN_SUFFIXES = new Set(
  'based first native powered driven heavy centric backed only friendly specific savvy focused oriented compatible enabled'.split(' '),
);
const WORD_AFTER_HYPHEN = /^[\p{L}]+/u;

const NO_MATCH = 0;
const AS_WRITTEN = 1;
const SHOUTED = 2;

function wordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  return isWordCode(code, code < 128 ? '' : text[i]!);
}

/** How the text's case fits a surface: as written, in capitals (`GO` for `Go`), or not at all. */
function caseMatches(text: string, tokens: Tokens, first: number, hit: TrieHit): number {
  if (hit.mode === 'plain') return AS_WRITTEN;
  let written = true;
  let shouted = true;
  let hasLower = false;
  for (let k = 0; k < hit.parts.length; k++) {
    const part = hit.parts[k]!;
    const seen = text.slice(tokens.start[first + k], tokens.end[first + k]);
    const upper = part.toUpperCase();
    if (upper !== part) hasLower = true;
    if (seen !== part) written = false;
    if (seen !== upper) shouted = false;
  }
  if (written) return AS_WRITTEN;
  return shouted && hasLower ? SHOUTED : NO_MATCH;
}

/** `Go-based`: a hyphen followed by a word that keeps the name a tech name. */
export function hyphenSuffixAt(text: string, end: number): boolean {
  const word = WORD_AFTER_HYPHEN.exec(text.slice(end + 1, end + 13));
  return word !== null && HYPHEN_SUFFIXES.has(word[0].toLowerCase());
}

/** Rejects matches glued to a neighbouring identifier; `ambiguous` names get the stricter rule. */
function boundaryOk(text: string, start: number, end: number, startsWithWord: boolean, ambiguous: boolean): boolean {
  const before = text[start - 1];
  if (before !== undefined) {
    if (!startsWithWord && wordAt(text, start - 1)) return false;
    if (wordAt(text, start - 2) && (ALWAYS_GLUED.has(before) || (ambiguous && SOFT_GLUED.has(before)))) return false;
    // Code: `$(el).html()`, `obj.Java` — a member access, not prose.
    if (startsWithWord && before === '.' && start >= 2 && !SPACE.test(text[start - 2]!)) return false;
  }
  const after = text[end];
  if (after !== undefined && wordAt(text, end + 1)) {
    if (ALWAYS_GLUED.has(after)) return false;
    if (ambiguous && SOFT_GLUED.has(after) && !hyphenSuffixAt(text, end)) return false;
    // `Go's` is fine; `Go'ers` is not.
    if (ambiguous && APOSTROPHES.has(after) && !((text[end + 1] === 's' || text[end + 1] === 'S') && !wordAt(text, end + 2))) {
      return false;
    }
  }
  return !insideUrlOrEmail(text, start, end);
}

const URL_MARK = /:\/\/|^www\.|\S@\S+\./;
const SPACE = /\s/;

function insideUrlOrEmail(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  // Only the whitespace-delimited chunk around the match; bounded so huge unbroken strings stay cheap.
  while (a > 0 && start - a < 200 && !SPACE.test(text[a - 1]!)) a--;
  while (b < text.length && b - end < 200 && !SPACE.test(text[b]!)) b++;
  return a === b ? false : URL_MARK.test(text.slice(a, b));
}

/**
 * Every longest dictionary match in `tokens`, left to right, before context rules.
 * @example findCandidates('Go and C++', tokenize('Go and C++')).length // 2
 */
export function findCandidates(text: string, tokens: Tokens): Candidate[] {
  const { root } = getTechTrie();
  const lower = lowerOnce(text);
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.count) {
    const key = stepKey(text, lower, tokens, i, true)!;
    let node = root.get(key);
    let best: Candidate | undefined;
    let k = i;
    while (node) {
      if (node.hits) {
        for (const hit of node.hits) {
          const start = tokens.start[i]!;
          const end = tokens.end[k]!;
          const fit = caseMatches(text, tokens, i, hit);
          if (fit === NO_MATCH) continue;
          const shout = fit === SHOUTED;
          if (!boundaryOk(text, start, end, tokens.word[i] === 1, shout || needsContext(hit.mode))) continue;
          // Prefer a surface matched as written, then one that needs no context, when two share the same span.
          if (!best || best.last < k || (best.shout && !shout) || (needsContext(best.mode) && !needsContext(hit.mode))) {
            best = { first: i, last: k, start, end, entry: hit.entry, mode: hit.mode, shout };
          }
        }
      }
      if (!node.next || k - i >= MAX_WALK || k + 1 >= tokens.count) break;
      const nextKey = stepKey(text, lower, tokens, k + 1, false);
      if (nextKey === undefined) break;
      node = node.next.get(nextKey);
      k++;
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return out;
}
