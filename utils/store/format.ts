/**
 * Short display strings for roles (popup, dashboard). Pure; locale from the runtime.
 */
import type { Salary } from '../types';
import type { RoleStatus } from '../messaging';

const PERIOD_LABEL: Record<Salary['period'], string> = { year: '/yr', month: '/mo', week: '/wk', day: '/day', hour: '/hr' };

/**
 * A compact salary range.
 *
 * @example
 * formatSalary({ min: 70000, max: 90000, currency: 'EUR', period: 'year' }) // '€70,000–€90,000/yr' (en-US)
 */
export function formatSalary(s: Salary | null | undefined, locale?: string): string {
  if (!s || (s.min == null && s.max == null)) return '';
  const fmt = moneyFormat(s.currency, locale);
  const range = s.min != null && s.max != null && s.min !== s.max ? `${fmt.format(s.min)}–${fmt.format(s.max)}` : fmt.format((s.min ?? s.max)!);
  return range + PERIOD_LABEL[s.period];
}

// Building an Intl formatter costs far more than using one: rows are rendered per keystroke, so keep them.
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string, locale?: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let fmt = moneyFormats.get(key);
  if (!fmt) {
    try {
      fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: currency || 'USD', maximumFractionDigits: 0 });
    } catch {
      fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }); // not an ISO 4217 code
    }
    moneyFormats.set(key, fmt);
  }
  return fmt;
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A short local date, e.g. "25 Nov 2026". */
export function formatDay(ms: number, locale?: string): string {
  const key = locale ?? '';
  let fmt = dayFormats.get(key);
  if (!fmt) dayFormats.set(key, (fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })));
  return fmt.format(ms);
}

export const STATUS_LABEL: Record<RoleStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  archived: 'Archived',
};

const WORK_MODE_LABEL = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;
export const formatWorkMode = (m: keyof typeof WORK_MODE_LABEL | null | undefined) => (m ? WORK_MODE_LABEL[m] : '');
