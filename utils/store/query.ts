/**
 * Search, filters and sorting over the roles held in memory (the dashboard loads the light role rows once and
 * filters them per keystroke; 10,000 rows take a few milliseconds).
 */
import type { RoleStatus } from '../messaging';
import type { WorkMode } from '../types';
import type { Role } from './role';

export interface RoleFilter {
  text: string;
  status: RoleStatus | 'all' | 'active';
  tag: string;
  tech: string;
  workMode: WorkMode | 'all';
}

export const NO_FILTER: RoleFilter = { text: '', status: 'all', tag: '', tech: '', workMode: 'all' };

export type SortKey = 'title' | 'company' | 'location' | 'status' | 'workMode' | 'salary' | 'savedAt' | 'updatedAt' | 'tech';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Everything the search box looks through, lower-cased once per role version. */
export function searchText(r: Role): string {
  return `${r.title}\n${r.company}\n${r.location}\n${r.notes}\n${r.tags.join(' ')}\n${r.techStack.join(' ')}`.toLowerCase();
}

const cache = new WeakMap<Role, string>();
const cachedSearchText = (r: Role) => {
  let s = cache.get(r);
  if (s === undefined) cache.set(r, (s = searchText(r)));
  return s;
};

/**
 * Roles matching the filter; every word of the search text must appear somewhere.
 *
 * @example
 * filterRoles(roles, { ...NO_FILTER, text: 'rust berlin' }) // roles mentioning both
 */
export function filterRoles(roles: readonly Role[], f: RoleFilter): Role[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const tag = f.tag.toLowerCase();
  const tech = f.tech.toLowerCase();
  return roles.filter(
    (r) =>
      (f.status === 'all' || (f.status === 'active' ? r.status !== 'archived' && r.status !== 'rejected' : r.status === f.status)) &&
      (f.workMode === 'all' || r.workMode === f.workMode) &&
      (!tag || r.tags.some((t) => t.toLowerCase() === tag)) &&
      (!tech || r.tech.includes(tech)) &&
      (!words.length || words.every((w) => cachedSearchText(r).includes(w))),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const SORT_VALUE: Record<SortKey, (r: Role) => string | number> = {
  title: (r) => r.title,
  company: (r) => r.company,
  location: (r) => r.location,
  status: (r) => r.status,
  workMode: (r) => r.workMode ?? '',
  salary: (r) => r.salary?.max ?? r.salary?.min ?? -1,
  savedAt: (r) => r.savedAt,
  updatedAt: (r) => r.updatedAt,
  tech: (r) => r.techStack.join(', '),
};

/** A sorted copy; ties keep the most recently updated first. */
export function sortRoles(roles: readonly Role[], sort: Sort): Role[] {
  const read = SORT_VALUE[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = roles.map((r) => [read(r), r] as const);
  keyed.sort(([a, ra], [b, rb]) => {
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return c !== 0 ? c * sign : rb.updatedAt - ra.updatedAt;
  });
  return keyed.map(([, r]) => r);
}

/** How many roles are at each status. */
export function countByStatus(roles: readonly Role[]): Record<RoleStatus, number> {
  const counts: Record<RoleStatus, number> = { saved: 0, applied: 0, interviewing: 0, offer: 0, rejected: 0, archived: 0 };
  for (const r of roles) counts[r.status]++;
  return counts;
}

/** Distinct tags and tech names (for the filter pickers), most used first. */
export function facetValues(roles: readonly Role[], pick: (r: Role) => readonly string[]): string[] {
  const n = new Map<string, number>();
  for (const r of roles) for (const v of pick(r)) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

const sameFacets = (a: RoleFilter, b: RoleFilter) => a.status === b.status && a.tag === b.tag && a.tech === b.tech && a.workMode === b.workMode;

/**
 * A filter that remembers its last answer: when the search text only grows (typing on), the new matches are a
 * subset of the last ones, so only those are searched again.
 *
 * @example
 * const filter = createRoleFilterCache();
 * filter(roles, { ...NO_FILTER, text: 'ru' }); filter(roles, { ...NO_FILTER, text: 'rust' }); // 2nd pass reads only 'ru' matches
 */
export function createRoleFilterCache() {
  let last: { source: readonly Role[]; filter: RoleFilter; out: Role[] } | null = null;
  return (source: readonly Role[], filter: RoleFilter): Role[] => {
    const text = filter.text.toLowerCase();
    const narrows = !!last && last.source === source && sameFacets(last.filter, filter) && text.startsWith(last.filter.text.toLowerCase());
    const out = filterRoles(narrows ? last!.out : source, filter);
    last = { source, filter, out };
    return out;
  };
}
