// baseSalary (MonetaryAmount) → Salary.
import type { Salary, SalaryPeriod } from '../types';
import { ldList, ldNumber, ldString } from './ld-values';

/** unitText YEAR / MONTHLY / Hour… → period; anything else is yearly. */
const PERIOD_RE = /^(hour|day|dai|week|month)/i;
const period = (unit: string | null): SalaryPeriod => {
  const m = PERIOD_RE.exec(unit ?? '')?.[1]?.toLowerCase();
  return m === 'dai' ? 'day' : ((m ?? 'year') as SalaryPeriod);
};
const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', CHF: 'CHF' };
const ISO_CURRENCY_RE = /^[A-Z]{3}$/;

/**
 * Salary from a JSON-LD `baseSalary` (MonetaryAmount with a number or a QuantitativeValue); null if absent.
 * @example salaryFromLd({ currency: 'EUR', value: { minValue: 70000, maxValue: 90000, unitText: 'YEAR' } })
 * // { min: 70000, max: 90000, currency: 'EUR', period: 'year' }
 */
export function salaryFromLd(baseSalary: unknown): Salary | null {
  const b = ldList(baseSalary)[0];
  if (!b || typeof b !== 'object') return null;
  const o = b as Record<string, unknown>;
  const raw = (ldString(o.currency) ?? ldString(o.salaryCurrency) ?? '').trim();
  const currency = ISO_CURRENCY_RE.test(raw.toUpperCase()) ? raw.toUpperCase() : SYMBOLS[raw];
  let min: number | null;
  let max: number | null;
  let unit = o.unitText;
  const v = ldList(o.value)[0];
  if (v && typeof v === 'object') {
    const q = v as Record<string, unknown>;
    const single = ldNumber(q.value);
    min = ldNumber(q.minValue) ?? single;
    max = ldNumber(q.maxValue) ?? single;
    unit = q.unitText ?? unit;
  } else {
    min = max = ldNumber(v);
  }
  if (!currency || (!min && !max)) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return { min, max, currency, period: period(ldString(unit)) };
}
