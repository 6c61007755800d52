import type { Salary, SalaryPeriod } from '../types';
import { findMoney, type MoneyToken } from './money';

export interface SalaryHit {
  salary: Salary;
  start: number;
  end: number;
  /** "267,000–400,400 USD/year". */
  label: string;
}

const RANGE_JOIN = /^\s*(?:-|–|—|to|bis|à|and|through|und|et)\s*$/u;
const PAY_CUE = /salary|\bpay\b|pay range|compensation|\bbase\b|\brange\b|\bote\b|on[- ]target earnings|\bwages?\b|hourly rate|day rate|gehalt|vergütung|verdienst|salaire|rémunération|\bbrut\b|brutto|per annum|per year|a year|annual|annually|yearly|\/\s?(?:yr|year|hr|hour|h|month|mo)\b|per hour|an hour|hourly|per month|monthly|pro jahr|pro monat|par an\b|par mois|p\.\s?a\.|\bk€/gu;
const VETO = /raised|raising|funding|series [a-f]\b|seed round|valuation|valued|revenue|\barr\b|investors?|investment|backed by|budget|stipend|allowance|learning|reimburs|401|\bmatch|grant|sign[- ]on|signing|relocation|equity|stock|customers|gmv|processed|donat|prize|award|\bfund|spent|spend|worth|referral|per employee|weiterbildung|formation/gu;
const UP_TO = /(?:up to|bis zu|jusqu(?:'|’)à|max(?:imum)?\.?(?: of)?)\s*$/u;
const FROM = /(?:starting (?:at|from)|from|ab|à partir de|min(?:imum)?\.?(?: of)?)\s*$/u;
const PERIODS: ReadonlyArray<[SalaryPeriod, RegExp]> = [
  ['hour', /hourly|per hour|an hour|\/\s?h(?:ou)?r\b|\/\s?h\b|pro stunde|stundenlohn|de l(?:'|’)heure|par heure|\/\s?heure/u],
  ['day', /per day|a day|daily|day rate|\/\s?day\b|pro tag|tagessatz|par jour|\/\s?jour/u],
  ['week', /per week|a week|weekly|\/\s?w(?:ee)?k\b|pro woche|par semaine/u],
  ['month', /per month|a month|monthly|\/\s?mo(?:nth)?\b|pro monat|monatlich|\/\s?monat|par mois|mensuel|\/\s?mois/u],
  ['year', /per annum|per year|a year|annual|annually|yearly|\/\s?y(?:ea)?r\b|p\.\s?a\.|pro jahr|jährlich|jahresgehalt|\/\s?jahr|brutto\/jahr|par an\b|annuel|\/\s?an\b/u],
];
// Cue, veto and period patterns match lower-cased windows (see lower.ts).
const CUE_BEFORE = 100;
const CUE_AFTER = 40;
const VETO_AFTER = 30;
const VETO_BEFORE = 40;
const MIN_YEARLY = 10_000;

/** The text of the same line/sentence around a span, bounded. */
function windowBefore(text: string, at: number, size: number): string {
  const w = text.slice(Math.max(0, at - size), at).toLowerCase();
  const cut = Math.max(w.lastIndexOf('\n'), w.search(/[.!?]\s[^.!?]*$/u) + 1);
  return cut > 0 ? w.slice(cut) : w;
}
function windowAfter(text: string, at: number, size: number): string {
  const w = text.slice(at, at + size).toLowerCase();
  const cut = w.search(/\n|[.!?](?:\s|$)/u);
  return cut >= 0 ? w.slice(0, cut) : w;
}
function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index + m[0].length;
  return last;
}
function firstIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** A pay cue must be near and closer than anything that says "budget", "raised", "revenue"… */
function isPay(text: string, start: number, end: number): boolean {
  const before = windowBefore(text, start, CUE_BEFORE);
  const after = windowAfter(text, end, CUE_AFTER);
  const cueBefore = lastIndex(PAY_CUE, before);
  const cueAfter = firstIndex(PAY_CUE, after);
  if (cueBefore < 0 && cueAfter < 0) return false;
  if (firstIndex(VETO, after.slice(0, VETO_AFTER)) >= 0) return false;
  const veto = lastIndex(VETO, before.slice(-VETO_BEFORE));
  const vetoAt = veto < 0 ? -1 : before.length - Math.min(before.length, VETO_BEFORE) + veto;
  return vetoAt < 0 || cueBefore > vetoAt || cueAfter >= 0;
}

function periodNear(text: string, start: number, end: number): SalaryPeriod | null {
  const after = windowAfter(text, end, CUE_AFTER);
  const before = windowBefore(text, start, CUE_BEFORE);
  for (const part of [after, before]) for (const [p, re] of PERIODS) if (re.test(part)) return p;
  return null;
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function plausible(value: number, period: SalaryPeriod): boolean {
  if (period === 'year') return value >= MIN_YEARLY && value < 10_000_000;
  if (period === 'month') return value >= 300 && value < 200_000;
  if (period === 'hour') return value >= 5 && value < 2_000;
  return value >= 20 && value < 100_000;
}

/**
 * The posting's pay from its text: a money figure or range near a pay word, never a funding round, revenue,
 * learning budget, "401(k)" or "3-5 years". Period from nearby words, else "year" for amounts of 10k or more.
 * @example findSalary('Base salary: $267,000 - $400,400.').salary // {min:267000,max:400400,currency:'USD',period:'year'}
 */
export function findSalary(text: string): SalaryHit | null {
  const tokens = findMoney(text);
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as MoneyToken;
    const b = tokens[i + 1];
    const isRange = b !== undefined && RANGE_JOIN.test(text.slice(a.end, b.start));
    const hit = isRange ? build(text, a, b) : build(text, a, null);
    if (hit) return hit;
    if (isRange) i++;
  }
  return null;
}

function build(text: string, a: MoneyToken, b: MoneyToken | null): SalaryHit | null {
  const currency = a.currency ?? b?.currency ?? null;
  if (!currency) return null;
  let lo = a.k ? a.value * 1000 : a.value;
  let hi = b ? (b.k ? b.value * 1000 : b.value) : lo;
  // "$60-80k" shares the k; "€60k–80" too.
  if (b && b.k && !a.k && a.value < 1000) lo = a.value * 1000;
  if (b && a.k && !b.k && b.value < 1000) hi = b.value * 1000;
  if (hi < lo) return null;
  const start = a.start;
  const end = b ? b.end : a.end;
  if (!isPay(text, start, end)) return null;
  const period = periodNear(text, start, end) ?? (lo >= MIN_YEARLY ? 'year' : null);
  if (!period || !plausible(lo, period) || !plausible(hi, period)) return null;
  const before = text.slice(Math.max(0, start - 20), start).toLowerCase();
  let min: number | null = lo;
  let max: number | null = hi;
  let label = lo === hi ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
  if (!b && UP_TO.test(before)) [min, label] = [null, `up to ${fmt(hi)}`];
  else if (!b && FROM.test(before)) [max, label] = [null, `from ${fmt(lo)}`];
  return { salary: { min, max, currency, period }, start, end, label: `${label} ${currency}/${period}` };
}
