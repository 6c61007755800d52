import type { Salary, SalaryPeriod } from '../types';
import { findMoney, type MoneyToken } from './money';
import type { Span } from './sentences';

export interface SalaryHit {
  salary: Salary;
  start: number;
  end: number;
  /** "267,000–400,400 USD/year". */
  label: string;
}

const RANGE_JOIN = /^(?:\s?\/\s?(?:yr|year|hr|hour|mo|month))?\s*(?:-|–|—|to|bis|à|and|through|und|et|a|y)\s*$/u;
const PAY_CUE = /salary|salario|salaris|stipendio|retribuzione|\bral\b|\blordi?\b|per maand|per jaar|sueldo|retribución|brutos?|\brates?\b|per day|a day|daily|per week|a week|weekly|\bctc\b|\blpa\b|\bpay\b|pay range|compensation|\bbase\b|\brange\b|\bote\b|on[- ]target earnings|\bwages?\b|hourly rate|day rate|gehalt|vergütung|verdienst|salaire|rémunération|\bbrut\b|brutto|per annum|per year|a year|annual|annually|yearly|\/\s?(?:yr|year|hr|hour|h|month|mo)\b|per hour|an hour|hourly|per month|monthly|pro jahr|pro monat|par an\b|par mois|p\.\s?a\.|\bk€/gu;
const VETO = /raised|raising|funding|series [a-f]\b|seed round|valuation|valued|revenue|\barr\b|investors?|investment|backed by|budget|stipend|allowance|learning|reimburs|401|\bmatch|grant|sign[- ]on|signing|relocation|equity|stock|customers|gmv|processed|donat|prize|award|\bfund|spent|spend|worth|referral|per employee|weiterbildung|formation/gu;
/** "$150K–$185K per year, plus equity", "$180K • Offers Equity": an addition, not what the amount is. */
const ADDITIVE = /[,;•|·+]|\bplus\b|\band\b|\bwith\b|\boffers?\b/u;
const UP_TO = /(?:hasta|up to|bis zu|jusqu(?:'|’)à|max(?:imum)?\.?(?: of)?)\s*$/u;
const FROM = /(?:desde|a partir de|starting (?:at|from)|from|ab|à partir de|min(?:imum)?\.?(?: of)?)\s*$/u;
const PERIODS: ReadonlyArray<[SalaryPeriod, RegExp]> = [
  ['hour', /hourly|por hora|per hour|an hour|\/\s?h(?:ou)?r\b|\/\s?h\b|pro stunde|stundenlohn|de l(?:'|’)heure|par heure|\/\s?heure/gu],
  ['day', /per day|a day|daily|day rate|\/\s?day\b|pro tag|tagessatz|par jour|\/\s?jour/gu],
  ['week', /per week|a week|weekly|\/\s?w(?:ee)?k\b|pro woche|par semaine/gu],
  ['month', /per maand|p\/m\b|al mese|mensili?\b|per month|a month|monthly|al mes|por mes|mensuales|im monat|pro monat|\/\s?mo(?:nth)?\b|pro monat|monatlich|\/\s?monat|par mois|mensuel|\/\s?mois/gu],
  ['year', /per jaar|\bjaarsalaris|all(?:'|’)anno|annu[oiae]\b|\bral\b|per annum|per year|a year|annual|anuales|al año|por año|\/año|im jahr|\blpa\b|\bctc\b|annually|yearly|\/\s?y(?:ea)?r\b|p\.\s?a\.|pro jahr|jährlich|jahresgehalt|\/\s?jahr|brutto\/jahr|par an\b|annuel|\/\s?an\b/gu],
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
function isPay(text: string, start: number, end: number, inPaySection: boolean): boolean {
  const before = windowBefore(text, start, CUE_BEFORE);
  const after = windowAfter(text, end, CUE_AFTER);
  const cueBefore = lastIndex(PAY_CUE, before);
  const cueAfter = firstIndex(PAY_CUE, after);
  if (cueBefore < 0 && cueAfter < 0 && !inPaySection) return false;
  // "$1,000 learning stipend per year", "$12,000 annual training budget": a veto right after, in the same clause.
  const vetoAfter = firstIndex(VETO, after.slice(0, VETO_AFTER));
  if (vetoAfter >= 0 && !ADDITIVE.test(after.slice(0, vetoAfter))) return false;
  const veto = lastIndex(VETO, before.slice(-VETO_BEFORE));
  const vetoAt = veto < 0 ? -1 : before.length - Math.min(before.length, VETO_BEFORE) + veto;
  return vetoAt < 0 || cueBefore > vetoAt || cueAfter >= 0;
}

/** The period word nearest the amount on either side; parentheses after it ("(13 payments per year)") don't count. */
function periodNear(text: string, start: number, end: number): SalaryPeriod | null {
  const after = windowAfter(text, end, CUE_AFTER).split('(')[0] ?? '';
  const before = windowBefore(text, start, CUE_BEFORE);
  let best: SalaryPeriod | null = null;
  let bestDistance = Infinity;
  for (const [p, re] of PERIODS) {
    const a = firstIndex(re, after);
    const b = lastIndex(re, before);
    const d = Math.min(a < 0 ? Infinity : a, b < 0 ? Infinity : before.length - b);
    if (d < bestDistance) [best, bestDistance] = [p, d];
  }
  return best;
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
 * `paySpans` (sections headed "Compensation", "Salary"…) count as a pay cue for amounts inside them.
 * @example findSalary('Base salary: $267,000 - $400,400.').salary // {min:267000,max:400400,currency:'USD',period:'year'}
 */
export function findSalary(text: string, paySpans: readonly Span[] = []): SalaryHit | null {
  const tokens = findMoney(text);
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as MoneyToken;
    const b = tokens[i + 1];
    const isRange = b !== undefined && RANGE_JOIN.test(text.slice(a.end, b.start));
    const inPay = paySpans.some((s) => s.start <= a.start && a.start < s.end);
    const hit = isRange ? build(text, a, b, inPay) : build(text, a, null, inPay);
    if (hit) return hit;
    if (isRange) i++;
  }
  return null;
}

function build(text: string, a: MoneyToken, b: MoneyToken | null, inPay: boolean): SalaryHit | null {
  const named = a.explicit ? a.currency : b?.explicit ? b.currency : null;
  const currency = named ?? a.currency ?? b?.currency ?? null;
  if (!currency) return null;
  let lo = a.k ? a.value * 1000 : a.value;
  let hi = b ? (b.k ? b.value * 1000 : b.value) : lo;
  // "$60-80k" shares the k; "€60k–80" too.
  if (b && b.k && !a.k && a.value < 1000) lo = a.value * 1000;
  if (b && a.k && !b.k && b.value < 1000) hi = b.value * 1000;
  if (hi < lo) return null;
  const start = a.start;
  const end = b ? b.end : a.end;
  if (!isPay(text, start, end, inPay)) return null;
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
