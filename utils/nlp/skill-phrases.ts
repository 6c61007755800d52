// The compromise pass: runs off the page (background/offscreen), never in content scripts.
import type { Highlight, PostingAnalysis } from '../types';
import { ENGLISH_WORDS, GENERIC_HEADS, IMPERATIVE_VERBS, KEPT_PHRASES, LEADING_NOISE, OTHER_WORDS, SKILL_GERUNDS } from './skill-words';
import { tokenize, type Token } from './term-table';

type Role = 'noun' | 'mod' | 'break';
const MIN_WORDS = 2;
const MAX_WORDS = 4;
const CLOSING_PUNCT = /[,.;:!?()[\]/"“”]/u;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_CAPITAL = /^\p{Lu}[\p{Ll}-]*$/u;
const WORD_RE = /\p{L}+/gu;
/** Share of English function words among known function words needed to run the (English-only) tagger. */
const MIN_ENGLISH_SHARE = 0.6;

/** compromise reads English only: a German or French posting would yield noise ("mit unseren", "et nos images"). */
function looksEnglish(text: string, spans: readonly { start: number; end: number }[]): boolean {
  let en = 0;
  let other = 0;
  for (const s of spans) {
    for (const w of text.slice(s.start, s.end).toLowerCase().match(WORD_RE) ?? []) {
      if (ENGLISH_WORDS.has(w)) en++;
      else if (OTHER_WORDS.has(w)) other++;
    }
  }
  return en + other === 0 || en / (en + other) >= MIN_ENGLISH_SHARE;
}
/** compromise parses ~10–25k words/s here: bound the pass (a long posting's asks are ~10k characters). */
export const MAX_SKILL_CHARS = 30_000;

function role(t: Token): Role {
  const g = t.tags;
  if (g.has('SlashedTerm')) return g.has('Conjunction') || !/\p{L}/u.test(t.lower) ? 'break' : 'noun';
  if (g.has('Possessive') || g.has('Pronoun') || g.has('Value') || g.has('Date')) return 'break';
  if (g.has('Acronym')) return 'noun';
  if (SKILL_GERUNDS.has(t.lower)) return 'noun';
  if (g.has('Compound')) return g.has('Noun') && !g.has('Adjective') ? 'noun' : 'mod';
  if (g.has('Gerund') || g.has('Adverb') || g.has('Preposition') || g.has('Conjunction') || g.has('Determiner')) return 'break';
  if (g.has('Noun')) return 'noun';
  if (g.has('Adjective') || g.has('PastTense') || g.has('Participle')) return 'mod';
  return 'break';
}

/** Roles with one word of context: "release engineering" (verb tag before a skill gerund) is a noun phrase;
 * "have built tooling" (a past tense after an auxiliary) is a verb. */
function roles(tokens: readonly Token[]): Role[] {
  return tokens.map((t, i) => {
    const r = role(t);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const sameSpan = (o: Token | undefined): o is Token => o !== undefined && o.span === t.span;
    if (r === 'break' && t.tags.has('Infinitive') && sameSpan(next) && SKILL_GERUNDS.has(next.lower) && !t.first) return 'noun';
    if (r === 'mod' && !t.tags.has('Adjective') && sameSpan(prev) && (prev.tags.has('Auxiliary') || prev.tags.has('Pronoun'))) return 'break';
    return r;
  });
}

const ING = /ing$/u;
const SUPERLATIVE = /\p{L}{3,}est$/u;
/** Noise at the front: "strong", "the", "flakiest", and action words ("improving developer productivity"). */
const isLeadNoise = (t: Token): boolean =>
  LEADING_NOISE.has(t.lower) ||
  (ING.test(t.lower) && !SKILL_GERUNDS.has(t.lower)) ||
  (SUPERLATIVE.test(t.lower) && t.tags.has('Adjective'));
/** Not a head: generic words, people ("data scientists", tagged Actor), and stray verbs in -ing ("…running"). */
const isBadHead = (t: Token, r: Role): boolean =>
  r !== 'noun' || GENERIC_HEADS.has(t.lower) || t.tags.has('Actor') || (ING.test(t.lower) && !SKILL_GERUNDS.has(t.lower));

function phraseOf(chunk: readonly Token[], a: number, b: number): string {
  return chunk.slice(a, b).map((t) => t.lower).join(' ');
}

/** Trims noise words at the front and generic or non-noun words at the end; null if no phrase is left. */
function trim(chunk: readonly Token[], roles: readonly Role[]): [number, number] | null {
  let a = 0;
  let b = chunk.length;
  for (;;) {
    const before = [a, b].join();
    while (a < b && isLeadNoise(chunk[a] as Token)) a++;
    while (b > a && isBadHead(chunk[b - 1] as Token, roles[b - 1] as Role) && !KEPT_PHRASES.has(phraseOf(chunk, a, b))) b--;
    if ([a, b].join() === before) break;
  }
  return b - a >= MIN_WORDS && b - a <= MAX_WORDS ? [a, b] : null;
}

/** A proper name mid-sentence ("Service Infrastructure", "Mexico City") is not a skill phrase. */
function isName(t: Token, text: string): boolean {
  const word = text.slice(t.start, t.end);
  return !t.first && !t.tags.has('Acronym') && CAPITALISED.test(word) && word !== word.toUpperCase();
}

/** Requirement items plus responsibility sections (where a posting says what knowledge it wants), in text order,
 * merged, and cut at MAX_SKILL_CHARS. */
function targetSpans(a: Pick<PostingAnalysis, 'requirements' | 'sections' | 'text'>): { start: number; end: number }[] {
  const spans = a.requirements.map((r) => ({ start: r.start, end: r.end }));
  for (const s of a.sections) {
    if (s.kind !== 'responsibilities') continue;
    const bodyStart = s.heading ? a.text.indexOf('\n', s.start) + 1 || s.end : s.start;
    if (bodyStart < s.end) spans.push({ start: bodyStart, end: s.end });
  }
  spans.sort((x, y) => x.start - y.start);
  const out: { start: number; end: number }[] = [];
  let budget = MAX_SKILL_CHARS;
  for (const s of spans) {
    const last = out[out.length - 1];
    const from = last ? Math.max(s.start, last.end) : s.start;
    const to = Math.min(s.end, from + budget);
    if (to <= from) continue;
    budget -= to - from;
    if (last && s.start <= last.end) last.end = to;
    else out.push({ start: from, end: to });
    if (budget <= 0) break;
  }
  return out;
}

/**
 * Skill phrases a posting's requirements and responsibilities ask for that no dictionary holds: the shortest noun
 * phrase naming the knowledge ("distributed systems", not "experience with distributed systems"). Phrases that are
 * exactly a tech hit are left to the tech highlights.
 * @example findSkillPhrases(analyzeText('Requirements\n- Experience with API design')).skills // ['API design']
 */
export function findSkillPhrases(analysis: Pick<PostingAnalysis, 'text' | 'requirements' | 'sections' | 'highlights'>): {
  skills: string[];
  highlights: Highlight[];
} {
  const { text } = analysis;
  const spans = targetSpans(analysis);
  if (!looksEnglish(text, spans)) return { skills: [], highlights: [] };
  const tokens = tokenize(text, spans);
  const tech = new Set(analysis.highlights.filter((h) => h.kind === 'tech').map((h) => `${h.start}:${h.end}`));
  const skills = new Map<string, string>();
  const highlights: Highlight[] = [];

  const tokenRoles = roles(tokens);
  let chunk: Token[] = [];
  let chunkRoles: Role[] = [];
  const flush = (): void => {
    const r = trim(chunk, chunkRoles);
    if (r) {
      const start = (chunk[r[0]] as Token).start;
      const end = (chunk[r[1] - 1] as Token).end;
      if (!tech.has(`${start}:${end}`)) {
        let label = text.slice(start, end);
        const head = chunk[r[0]] as Token;
        // Sentence-initial capital only ("Distributed systems"), not names ("WordPress", "Ohio").
        if (head.first && SENTENCE_CAPITAL.test(text.slice(head.start, head.end)) && !head.tags.has('ProperNoun')) {
          label = label[0]!.toLowerCase() + label.slice(1);
        }
        const key = label.toLowerCase();
        if (!skills.has(key)) skills.set(key, label);
        highlights.push({ start, end, kind: 'skill', label: skills.get(key) as string });
      }
    }
    chunk = [];
    chunkRoles = [];
  };

  tokens.forEach((t, i) => {
    const last = chunk[chunk.length - 1];
    if (last && (last.span !== t.span || t.first || t.pre.includes('('))) flush();
    // "Run training jobs", "check test data": an imperative opening a phrase is a verb, whatever the tagger says.
    const imperative = chunk.length === 0 && IMPERATIVE_VERBS.has(t.lower) && !t.tags.has('Plural');
    const r = imperative || isName(t, text) ? 'break' : (tokenRoles[i] as Role);
    if (r === 'break') {
      flush();
      return;
    }
    // "infrastructure focused software development": a modifier after a noun starts a new phrase.
    if (r === 'mod' && chunkRoles[chunkRoles.length - 1] === 'noun') flush();
    chunk.push(t);
    chunkRoles.push(r);
    if (CLOSING_PUNCT.test(t.post)) flush();
  });
  flush();
  return { skills: [...skills.values()], highlights };
}
