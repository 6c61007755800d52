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
  let fmt: Intl.NumberFormat;
  try {
    fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: s.currency || 'USD', maximumFractionDigits: 0 });
  } catch {
    fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  }
  const range = s.min != null && s.max != null && s.min !== s.max ? `${fmt.format(s.min)}–${fmt.format(s.max)}` : fmt.format((s.min ?? s.max)!);
  return range + PERIOD_LABEL[s.period];
}

/** A short local date, e.g. "25 Nov 2026". */
export function formatDay(ms: number, locale?: string): string {
  return new Date(ms).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
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
