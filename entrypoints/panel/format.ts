/** Display strings for the panel, from page-derived analysis. Pure: tested in tests/dom/page. */
import type { PostingAnalysis, Salary, WorkMode, YearsRange } from '@/utils/types';
import type { RoleStatus } from '@/utils/messaging';

const PERIOD_LABEL: Record<Salary['period'], string> = { year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour' };
const WORK_MODE_LABEL: Record<WorkMode, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

function money(n: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
  } catch {
    return `${n.toLocaleString('en')} ${currency}`; // not an ISO code
  }
}

/** "€70,000–€90,000 / year", "from $120,000 / year", or null. */
export function salaryText(s: Salary | null): string | null {
  if (!s || (s.min == null && s.max == null)) return null;
  const per = ` / ${PERIOD_LABEL[s.period] ?? s.period}`;
  if (s.min != null && s.max != null && s.max !== s.min) return `${money(s.min, s.currency)}–${money(s.max, s.currency)}${per}`;
  if (s.min != null) return `${s.max == null ? 'from ' : ''}${money(s.min, s.currency)}${per}`;
  return `up to ${money(s.max!, s.currency)}${per}`;
}

/** "3–5 years", "4+ years", or null. */
export function yearsText(y: YearsRange | null): string | null {
  if (!y) return null;
  if (y.max != null && y.max !== y.min) return `${y.min}–${y.max} years`;
  return `${y.min}+ year${y.min === 1 ? '' : 's'}`;
}

export function workModeText(m: WorkMode | null): string | null {
  return m ? WORK_MODE_LABEL[m] : null;
}

export function requirementCounts(a: Pick<PostingAnalysis, 'requirements'>): { must: number; nice: number } {
  let must = 0;
  let nice = 0;
  for (const r of a.requirements) if (r.kind === 'must') must++;
  else nice++;
  return { must, nice };
}

const STATUS_LABEL: Record<RoleStatus, string> = {
  saved: 'saved', applied: 'applied', interviewing: 'interviewing', offer: 'offer', rejected: 'rejected', archived: 'archived',
};

/** "Saved · applied" for a saved role, null otherwise. */
export function savedText(state: { saved: boolean; status: RoleStatus | null } | null): string | null {
  if (!state?.saved) return null;
  return state.status && state.status !== 'saved' ? `Saved · ${STATUS_LABEL[state.status]}` : 'Saved';
}

/** Company and location on one line. */
export function companyLine(a: Pick<PostingAnalysis, 'company' | 'location' | 'locations'>): string {
  const loc = a.location ?? a.locations[0] ?? null;
  const more = a.locations.length > 1 ? ` (+${a.locations.length - 1})` : '';
  return [a.company, loc ? loc + more : null].filter(Boolean).join(' · ');
}
