/**
 * Context rules for ambiguous tech names (dictionary surfaces marked `~` or `!`, and names written in capitals).
 * Why: "Go", "Spark", "Ruby" are English words or names; a posting shows the tech sense through lists of tech
 * ("Java, Ruby, Python, Go"), cues ("proficient in Go"), tech nouns ("Helm charts"), the rest of the document
 * ("Ruby" beside "Ruby on Rails") or a list item of its own. Vetoes (verb, person, place, company, season, food
 * readings) win over evidence.
 */
import type { TextBlock } from '../types';
import { hyphenSuffixAt, type Candidate } from './candidates';
import {
  AFTER_NOUNS,
  BULLETS,
  COMPANY_AFTER,
  CUE_BEFORE,
  DEPARTMENTS,
  FOOD,
  LIST_PUNCT,
  LIST_WORDS,
  PERSON_AFTER,
  PLACES_AFTER,
  SEASON_BEFORE,
  SEASON_NAMES,
  STRONG_CUE_BEFORE,
  VETO_AFTER,
  VETO_BEFORE,
  VETO_PHRASES,
} from './context-words';
import { needsContext } from './dictionary/format';
import { GAP_LINE, GAP_SPACE, type Tokens } from './tokenize';

/** How far back the "before" rules read. */
const LEAD_CHARS = 48;
/** At most this many separator tokens between two items of one list ("Go @ 6 Ruby" has two). */
const MAX_LIST_GAP = 6;
const YEAR = /^(?:19|20)\d\d$/;
const DIGITS = /^\d+$/;
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** "Swift on iOS", "Helm on EKS", "Go with gRPC": a preposition linking the name to a sure tech. */
const BRIDGE_WORDS = new Set(['on', 'with', 'for', 'in', 'via', 'over']);
/** Words that may follow a name that only the rest of the document vouches for. */
const DISCOURSE_OK_AFTER = new Set([...BRIDGE_WORDS, 'and', 'or', 'is', 'are', 'was', 'as']);
const LIST_BLOCK_KINDS = new Set<TextBlock['kind']>(['item', 'cell', 'term']);

interface Ctx {
  text: string;
  tokens: Tokens;
  blocks: readonly TextBlock[] | undefined;
}

const tok = (c: Ctx, k: number): string =>
  k < 0 || k >= c.tokens.count ? '' : c.text.slice(c.tokens.start[k], c.tokens.end[k]);
const lowerTok = (c: Ctx, k: number): string => tok(c, k).toLowerCase();
/** Token k is on the same line as token k-1. */
const sameLine = (c: Ctx, k: number): boolean => k < c.tokens.count && c.tokens.gap[k] !== GAP_LINE;

function lead(c: Ctx, cand: Candidate): string {
  const from = Math.max(0, cand.start - LEAD_CHARS);
  const before = c.text.slice(from, cand.start);
  const line = before.lastIndexOf('\n');
  return (line >= 0 ? before.slice(line + 1) : before).toLowerCase();
}

/** The word after the name, when it follows on the same line with only spaces between. */
function wordAfter(c: Ctx, cand: Candidate): string {
  const k = cand.last + 1;
  return sameLine(c, k) && c.tokens.word[k] === 1 && c.tokens.gap[k] !== 0 ? tok(c, k) : '';
}

/** Person, place, company, verb and food readings that rule the name out whatever the evidence. */
function vetoed(c: Ctx, cand: Candidate, leadText: string, prev: Candidate | undefined): boolean {
  if (VETO_BEFORE.test(leadText)) return true;
  if (SEASON_NAMES.has(lowerTok(c, cand.first)) && SEASON_BEFORE.test(leadText)) return true;
  const next = wordAfter(c, cand);
  const nextLower = next.toLowerCase();
  if (next) {
    if (YEAR.test(next)) return true;
    const phrase = `${lowerTok(c, cand.first)}_${nextLower}`;
    if (VETO_PHRASES.has(phrase) || VETO_PHRASES.has(`${phrase}_${lowerTok(c, cand.last + 2)}`)) return true;
    if (COMPANY_AFTER.has(nextLower) || PERSON_AFTER.has(nextLower)) return true;
    // A verb or ordinary noun reading ("Go to", "Make sure", "Spark a"), unless the name closes a list
    // ("Snowflake, Fivetran and Airflow to keep…").
    const closesList = prev !== undefined && listNeighbours(c, prev, cand);
    if (!closesList && VETO_AFTER.has(nextLower)) return true;
    if (nextLower === 'in' || nextLower === 'from' || nextLower === 'at') {
      if (DEPARTMENTS.has(lowerTok(c, cand.last + 2))) return true;
    }
  }
  // "Cypress, Texas", "Phoenix, AZ"
  if (tok(c, cand.last + 1) === ',' && sameLine(c, cand.last + 2) && PLACES_AFTER.has(lowerTok(c, cand.last + 2))) {
    const place = tok(c, cand.last + 2);
    if (UPPER_START.test(place)) return true;
  }
  for (let k = cand.first - 4; k <= cand.last + 4; k++) {
    if (k >= 0 && (k < cand.first || k > cand.last) && FOOD.has(lowerTok(c, k))) return true;
  }
  return false;
}

/**
 * Evidence from the name alone: a cue before it, a tech noun after it, a tech it runs on ("Swift on iOS"), or
 * (for `~` names) a mid-sentence capital.
 */
function ownEvidence(c: Ctx, cand: Candidate, leadText: string, following: Candidate | undefined): boolean {
  // Capitals ("GO, RUST, PYTHON") count only inside a list of tech.
  if (cand.shout) return inTechOnlyBlock(c, cand);
  if (STRONG_CUE_BEFORE.test(leadText)) return true;
  if (c.text[cand.end] === '-' && hyphenSuffixAt(c.text, cand.end)) return true;
  const strict = cand.mode === 'strict';
  if (!strict && CUE_BEFORE.test(leadText)) return true;
  if (!strict && following && !needsContext(following.mode) && !following.shout && following.first === cand.last + 2) {
    if (BRIDGE_WORDS.has(lowerTok(c, cand.last + 1)) && sameLine(c, following.first)) return true;
  }
  const next = wordAfter(c, cand).toLowerCase();
  if (next && AFTER_NOUNS.has(next)) return true;
  if (inTechOnlyBlock(c, cand)) return true;
  if (strict) return false;
  if (opensListItem(c, cand)) return true;
  // Mid-sentence capital: "our backend is Go" — a lowercase word before, not a Title Case run after.
  const prev = cand.first - 1;
  if (prev >= 0 && c.tokens.word[prev] === 1 && sameLine(c, cand.first) && LOWER_START.test(tok(c, prev))) {
    // …and what follows is punctuation, a tech noun or a linking word ("the occasional Rust extension"),
    // not Title Case ("Elm Street") or an ordinary noun ("Previous story Next story").
    const after = wordAfter(c, cand);
    const afterLower = after.toLowerCase();
    return !after || AFTER_NOUNS.has(afterLower) || DISCOURSE_OK_AFTER.has(afterLower);
  }
  return false;
}

/** The list item, table cell or bullet line around the name, if it sits in one. */
function listBlock(c: Ctx, cand: Candidate): { from: number; to: number } | undefined {
  if (c.blocks && c.blocks.length > 0) {
    const block = findBlock(c.blocks, cand.start);
    return block && LIST_BLOCK_KINDS.has(block.kind) ? { from: block.start, to: block.end } : undefined;
  }
  const from = c.text.lastIndexOf('\n', cand.start - 1) + 1;
  const nl = c.text.indexOf('\n', cand.end);
  const first = c.text.slice(from, cand.start).trimStart()[0];
  return first !== undefined && BULLETS.has(first) ? { from, to: nl < 0 ? c.text.length : nl } : undefined;
}

/** A list item, table cell or bullet line that holds nothing but this name (`- Go`, `<td>Rust</td>`). */
function inTechOnlyBlock(c: Ctx, cand: Candidate): boolean {
  const block = listBlock(c, cand);
  return block !== undefined && !LETTER.test(c.text.slice(block.from, cand.start) + c.text.slice(cand.end, block.to));
}

/** A list item that opens with the name and goes on like a tech item: "Rust for embedded targets." */
function opensListItem(c: Ctx, cand: Candidate): boolean {
  const block = listBlock(c, cand);
  if (!block || LETTER.test(c.text.slice(block.from, cand.start))) return false;
  const next = wordAfter(c, cand).toLowerCase();
  return next === '' ? tok(c, cand.last + 1) === ',' : AFTER_NOUNS.has(next) || DISCOURSE_OK_AFTER.has(next);
}

function findBlock(blocks: readonly TextBlock[], pos: number): TextBlock | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  let found: TextBlock | undefined;
  // Blocks come in document order; the innermost block starting at or before pos wins.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.start <= pos) {
      if (pos < b.end) found = b;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when only list separators stand between two candidates on one line. */
function listNeighbours(c: Ctx, a: Candidate, b: Candidate): boolean {
  if (b.first - a.last - 1 > MAX_LIST_GAP) return false;
  for (let k = a.last + 1; k <= b.first; k++) if (!sameLine(c, k)) return false;
  for (let k = a.last + 1; k < b.first; k++) {
    const t = lowerTok(c, k);
    if (LIST_PUNCT.has(t) || LIST_WORDS.has(t) || DIGITS.test(t)) continue;
    // A version's dot ("Python 3.12, Go") but never a sentence's full stop.
    if (t === '.' && DIGITS.test(tok(c, k - 1)) && DIGITS.test(tok(c, k + 1))) continue;
    return false;
  }
  return true;
}

/**
 * Keeps unambiguous candidates, and ambiguous ones that survive the vetoes and have evidence of their own or sit in
 * a list run with evidence (an unambiguous neighbour, or an ambiguous one with evidence).
 * @example "(Java, Ruby, Python, Go)" keeps all four; "Go to market" keeps none.
 */
export function resolveContext(
  text: string,
  tokens: Tokens,
  candidates: readonly Candidate[],
  blocks?: readonly TextBlock[],
): Candidate[] {
  const c: Ctx = { text, tokens, blocks };
  const alive: Candidate[] = [];
  const evidence: boolean[] = [];
  candidates.forEach((cand, i) => {
    if (!needsContext(cand.mode) && !cand.shout) {
      alive.push(cand);
      evidence.push(true);
      return;
    }
    const leadText = lead(c, cand);
    if (vetoed(c, cand, leadText, candidates[i - 1])) return;
    alive.push(cand);
    evidence.push(ownEvidence(c, cand, leadText, candidates[i + 1]));
  });
  const kept = keepRuns(c, alive, evidence);
  if (kept.length === alive.length) return kept;
  // One sense per document: a name already accepted elsewhere, or a word of an accepted multi-word name
  // ("Ruby" beside "Ruby on Rails"), needs no further evidence.
  const keptEntries = new Set(kept.map((k) => k.entry));
  const keptWords = new Set<string>();
  for (const k of kept) {
    for (let t = k.first + 1; t <= k.last; t++) {
      // Spaced names only: "Express.js" says nothing about "Express interest".
      if (c.tokens.gap[t] === GAP_SPACE) keptWords.add(lowerTok(c, t - 1)).add(lowerTok(c, t));
    }
  }
  let changed = false;
  alive.forEach((cand, i) => {
    if (evidence[i] || cand.shout || !(keptEntries.has(cand.entry) || keptWords.has(lowerTok(c, cand.first)))) return;
    // Still not a verb or an ordinary noun: "Rust for embedded targets", not "Express interest".
    const next = wordAfter(c, cand).toLowerCase();
    if (next && !AFTER_NOUNS.has(next) && !DISCOURSE_OK_AFTER.has(next)) return;
    evidence[i] = true;
    changed = true;
  });
  return changed ? keepRuns(c, alive, evidence) : kept;
}

/** Groups candidates into list runs and keeps every run in which some member has evidence. */
function keepRuns(c: Ctx, alive: readonly Candidate[], evidence: readonly boolean[]): Candidate[] {
  const kept: Candidate[] = [];
  let runStart = 0;
  for (let i = 0; i <= alive.length; i++) {
    if (i < alive.length && i > runStart && listNeighbours(c, alive[i - 1]!, alive[i]!)) continue;
    // [runStart, i) is one list run.
    let runHasEvidence = false;
    for (let j = runStart; j < i; j++) runHasEvidence ||= evidence[j]!;
    if (runHasEvidence) for (let j = runStart; j < i; j++) kept.push(alive[j]!);
    runStart = i;
  }
  return kept;
}
