/**
 * Measures each use of compromise against a plain alternative, and times the text-analysis pass.
 *   npx tsx scripts/measure-nlp.ts [posting.txt …]   (extra files: timed too, never stored)
 * Prints a table per part; figures go in the engine's closing note.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeSnapshot } from '../utils/analysis/analyze-snapshot';
import { parseCount } from '../utils/analysis/number-words';
import { splitSentences } from '../utils/analysis/sentences';
import { findYears } from '../utils/analysis/years';
import { blocksFromPlainText } from '../utils/page/plain-text';
import { findTech } from '../utils/tech/find-tech';
import { GENERIC_HEADS, LEADING_NOISE, SKILL_GERUNDS } from '../utils/nlp/skill-words';
import type { PageSnapshot, PostingAnalysis } from '../utils/types';
import { HELD_OUT_CASES, SKILL_CASES, score, type SkillCase } from '../tests/unit/nlp/skill-fixtures';

const t0 = performance.now();
const { nlp } = await import('../utils/nlp/nlp');
const { findSkillPhrases } = await import('../utils/nlp/skill-phrases');
const loadMs = performance.now() - t0;

const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const pct = (n: number): string => n.toFixed(3);
/** Fastest of `runs` (the machine is shared: the minimum is the least disturbed figure). */
function time<T>(fn: () => T, runs = 1): { value: T; ms: number } {
  let value!: T;
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - start);
  }
  return { value, ms: best };
}

// ---------- 1. Skill phrases: compromise tags vs a plain noun-chunk regex ----------
const CHUNK_BREAK = /[,.;:()!?"]|\b(?:with|of|in|on|for|to|from|at|by|and|or|as|such|including|across|like|into|over|about|than|that|which|who|how|is|are|be|have|has|had|will|would|can|should|must|you|we|they|it|our|your|their|etc|e\.g|i\.e)\b|\band\/or\b/giu;
const LEAD_VERBISH = /(?:ing|ed)$/u;
/** The plain alternative: split at punctuation and function words, strip the same noise and generic words. */
function plainSkills(line: string): string[] {
  const out = new Set<string>();
  for (const part of line.split(CHUNK_BREAK)) {
    const words = part.trim().split(/\s+/u).filter(Boolean);
    let a = 0;
    let b = words.length;
    const low = (i: number): string => (words[i] as string).toLowerCase();
    while (a < b && (LEADING_NOISE.has(low(a)) || (LEAD_VERBISH.test(low(a)) && !SKILL_GERUNDS.has(low(a))))) a++;
    while (b > a && GENERIC_HEADS.has(low(b - 1))) b--;
    if (b - a >= 2 && b - a <= 4) out.add(words.slice(a, b).join(' '));
  }
  return [...out];
}
function compromiseSkills(line: string): string[] {
  return findSkillPhrases({ text: line, requirements: [{ text: line, kind: 'must', start: 0, end: line.length }], sections: [], highlights: [] }).skills;
}
function skillRow(name: string, cases: readonly SkillCase[], fn: (l: string) => string[]): string {
  fn(cases[0]!.line);
  const t = time(() => cases.map((c) => fn(c.line)), 5);
  const r = score(t.value, cases);
  return `${name.padEnd(34)} P ${pct(r.precision)}  R ${pct(r.recall)}  ${ms(t.ms / cases.length)}/line`;
}
console.log(`compromise module load (cold, incl. plugin): ${ms(loadMs)}\n`);
console.log('1. Skill phrases (labelled lines)');
for (const [label, cases] of [['tuned set', SKILL_CASES], ['held-out set', HELD_OUT_CASES]] as const) {
  console.log(`  ${label} (${cases.length} lines)`);
  console.log(`    ${skillRow('compromise term table + chunker', cases, compromiseSkills)}`);
  console.log(`    ${skillRow('plain regex noun chunks', cases, plainSkills)}`);
}

// ---------- 2. Sentences inside paragraphs: compromise vs the regex splitter ----------
const PARAGRAPHS: readonly string[][] = [
  ['We build tools for bakeries in the U.S. and Canada.', 'Our team is small.', 'You will work with e.g. ovens, scales and printers.'],
  ['Dr. Lee leads the group.', 'She joined in 2019 from Acme Inc. after six years there.'],
  ['You have 3.5 years of experience with Node.js and Vue.js.', 'That is great!', 'Are you ready?'],
  ['Salary is approx. 50k per year.', 'Benefits vary by country.'],
  ['Our stack: Python, Go, etc.', 'We deploy daily.'],
  ['The role reports to the VP of Sales.', 'It is based in St. Louis.', 'Travel is rare.'],
  ['Mr. Smith and Ms. Jones will interview you.', 'Each round takes 45 min.', 'Please bring a laptop.'],
  ['Apply by 1 March.', 'Interviews start on 10 March.'],
  ['We use Kubernetes (k8s) in production.', 'On-call is shared across 12 engineers.'],
  ['He said "ship it."', 'The team agreed.'],
  ['Version 2.0 ships in Q3.', 'Version 3 follows.'],
  ['Wir suchen z.B. Entwickler mit Erfahrung.', 'Bewirb dich jetzt!'],
  ['Requirements include a B.Sc. in Physics.', 'A Ph.D. is a plus.'],
  ['Our office is at No. 5 Main Street.', 'Parking is free.'],
  ['You own the roadmap; you also own the budget.', 'We trust you.'],
  ['Experience with CI/CD is expected. Knowledge of AWS, GCP or Azure helps. Fluent English.'],
];
/** Sentence end offsets except the paragraph's own end. */
function goldBounds(p: readonly string[]): Set<number> {
  const ends = new Set<number>();
  let at = 0;
  p.forEach((s, i) => {
    at += s.length;
    if (i < p.length - 1) ends.add(at);
    at += 1;
  });
  return ends;
}
function boundsScore(name: string, split: (text: string) => number[]): string {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let exact = 0;
  const t = time(() => PARAGRAPHS.map((p) => split(p.join(' '))), 5);
  PARAGRAPHS.forEach((p, i) => {
    const g = goldBounds(p);
    const pr = new Set(t.value[i]);
    gold += g.size;
    predicted += pr.size;
    let ok = g.size === pr.size;
    for (const b of pr) if (g.has(b)) tp++;
    else ok = false;
    if (ok) exact++;
  });
  const P = predicted ? tp / predicted : 1;
  const R = gold ? tp / gold : 1;
  return `${name.padEnd(34)} P ${pct(P)}  R ${pct(R)}  paragraphs exact ${exact}/${PARAGRAPHS.length}  ${ms(t.ms)}/all`;
}
// The last paragraph's third "sentence" has no verb; its gold boundary list is its own two stops.
PARAGRAPHS[PARAGRAPHS.length - 1]!.splice(0, 1, 'Experience with CI/CD is expected.', 'Knowledge of AWS, GCP or Azure helps.', 'Fluent English.');
console.log(`\n2. Sentence boundaries (${PARAGRAPHS.length} paragraphs with traps)`);
console.log(`  ${boundsScore('regex splitter (analysis)', (s) => splitSentences(s, 0, s.length).slice(0, -1).map((x) => x.end))}`);
console.log(`  ${boundsScore('compromise .json({offset})', (s) => {
  const sents = nlp(s).json({ offset: true }) as { offset: { start: number; length: number }; text: string }[];
  return sents.slice(0, -1).map((x) => x.offset.start + x.text.trimEnd().length);
})}`);

// ---------- 3. Number words in years phrases: compromise vs the table ----------
const YEARS_CASES: ReadonlyArray<[string, number, number | null]> = [
  ['15+ years of experience', 15, null], ['3-5 years of experience', 3, 5], ['3–5 yrs of experience', 3, 5],
  ['at least two years of experience', 2, null], ['two to three years of experience', 2, 3],
  ['8 plus years of experience', 8, null], ['minimum of five years experience', 5, null],
  ['5 or more years of experience', 5, null], ['ten years of experience', 10, null], ['one year of experience', 1, null],
  ['four to six years of experience', 4, 6], ['twelve years of experience', 12, null],
  ['mindestens drei Jahre Berufserfahrung', 3, null], ['zwei bis vier Jahre Erfahrung', 2, 4],
  ["deux ans d'expérience", 2, null], ["trois à cinq ans d'expérience", 3, 5],
];
function numbersRow(name: string, fn: (s: string) => [number, number | null] | null): string {
  fn(YEARS_CASES[0]![0]);
  const t = time(() => YEARS_CASES.map(([s]) => fn(s)), 5);
  const ok = t.value.filter((v, i) => v && v[0] === YEARS_CASES[i]![1] && v[1] === YEARS_CASES[i]![2]).length;
  return `${name.padEnd(34)} ${ok}/${YEARS_CASES.length} right  ${ms(t.ms / YEARS_CASES.length)}/phrase`;
}
console.log(`\n3. Number words in years phrases (${YEARS_CASES.length} phrasings, EN/DE/FR)`);
console.log(`  ${numbersRow('table + years regex (analysis)', (s) => {
  const y = findYears(s)[0];
  return y ? [y.min, y.max] : null;
})}`);
console.log(`  ${numbersRow('compromise .numbers()', (s) => {
  const nums = (nlp(s).numbers().get() as number[]).map((n) => Math.abs(n));
  if (!nums.length) return null;
  const [a, b] = nums as [number, number | undefined];
  return [a, b !== undefined && b > a ? b : null];
})}`);
console.log(`  (table sanity: parseCount('fünf') = ${parseCount('fünf')})`);

// ---------- 4. Timing of the analysis pass and the skill pass ----------
const POSTING = [
  'Platform Engineer', 'About the team', 'We run the systems that keep a grocery delivery network on time.',
  'Responsibilities', '- Design and operate our container platform on Kubernetes and Terraform.',
  '- Improve release engineering and incident response across teams.',
  'Requirements', '- 5+ years of experience with Go or Java in production.', '- Experience with distributed systems and capacity planning.',
  "- Bachelor's degree in computer science or equivalent experience.", '- Familiarity with PostgreSQL and Redis.',
  'Nice to have', '- Knowledge of Rust is a plus.', '- Experience with observability tooling such as Prometheus.',
  'Pay and benefits', 'The base salary range is $140,000 - $180,000 per year. Hybrid: two days a week in the office.',
].join('\n');
function snapshotOf(text: string): PageSnapshot {
  return {
    url: null, detection: { isJobPosting: true, source: 'none', board: null, score: 0, reasons: [] },
    facts: { title: null, company: null, locations: [], workMode: null, employmentType: null, datePosted: null, validThrough: null, salary: null, jobKey: null },
    text, blocks: blocksFromPlainText(text),
  };
}
const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
console.log('\n4. Timing (warm, fastest of several runs; analysis = analyzeSnapshot incl. findTech; tech = findTech alone)');
console.log('  words      analysis    tech alone   mine (diff)   skills (compromise)   skills words/s');
const perCopy = words(POSTING);
let a0: PostingAnalysis = analyzeSnapshot(snapshotOf(POSTING));
findSkillPhrases(a0);
for (const target of [1_000, 10_000, 50_000, 100_000]) {
  const text = Array.from({ length: Math.ceil(target / perCopy) }, () => POSTING).join('\n');
  const snap = snapshotOf(text);
  const runs = target <= 10_000 ? 7 : 4;
  const an = time(() => analyzeSnapshot(snap), runs);
  const tech = time(() => findTech(snap.text, snap.blocks), runs);
  a0 = an.value;
  const sk = time(() => findSkillPhrases(a0), 3);
  console.log(`  ${String(words(text)).padEnd(10)} ${ms(an.ms).padEnd(11)} ${ms(tech.ms).padEnd(12)} ${ms(an.ms - tech.ms).padEnd(13)} ${ms(sk.ms).padEnd(21)} ${Math.round(words(text) / (sk.ms / 1000))}`);
}
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const snap = snapshotOf(text);
  const an = time(() => analyzeSnapshot(snap), 20);
  const sk = time(() => findSkillPhrases(an.value), 5);
  console.log(`  ${file}: ${words(text)} words, analysis ${ms(an.ms)}, skills ${ms(sk.ms)}, ${sk.value.skills.length} skill phrases`);
}
