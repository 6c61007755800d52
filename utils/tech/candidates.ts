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
}

/** Names are at most this many tokens long (`Amazon Web Services`, `Windows Subsystem for Linux`). */
const MAX_WALK = 12;
/** A glued character that makes the neighbour part of the same identifier (`R&D`, `file.json`, `snake_case`). */
const ALWAYS_GLUED = new Set(['.', '&', '_', '@']);
/** Glued but harmless for unambiguous names (`Python-based`, `non-Java`); fatal for ambiguous ones (`Go-getter`). */
const SOFT_GLUED = new Set(['-', '\u2011']);
const APOSTROPHES = new Set(["'", '\u2019']);

function wordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  return isWordCode(code, code < 128 ? '' : text[i]!);
}

function caseMatches(text: string, tokens: Tokens, first: number, hit: TrieHit): boolean {
  if (hit.mode === 'plain') return true;
  for (let k = 0; k < hit.parts.length; k++) {
    if (text.slice(tokens.start[first + k], tokens.end[first + k]) !== hit.parts[k]) return false;
  }
  return true;
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
    if (ambiguous && SOFT_GLUED.has(after)) return false;
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
          if (!caseMatches(text, tokens, i, hit)) continue;
          if (!boundaryOk(text, start, end, tokens.word[i] === 1, needsContext(hit.mode))) continue;
          // Prefer a surface that needs no context when two share the same span.
          if (!best || best.last < k || (needsContext(best.mode) && !needsContext(hit.mode))) {
            best = { first: i, last: k, start, end, entry: hit.entry, mode: hit.mode };
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
