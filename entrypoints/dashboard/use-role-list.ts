import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/store/db';
import { countByStatus, facetValues, filterRoles, sortRoles, type RoleFilter, type Sort } from '@/utils/store/query';

/** How many rows the first query reads, so the first screen paints before the whole list has loaded. */
const FIRST_SCREEN = 60;

/** All roles, live; the shown (filtered, sorted) ones; counts and filter choices. */
export function useRoleList(filter: RoleFilter, sort: Sort) {
  const db = getDb();
  const all = useLiveQuery(() => db.roles.toArray(), []);
  // Until the full list arrives, show the most recent rows (the default order) so the screen is not empty.
  const loaded = !!all;
  const first = useLiveQuery(async () => (loaded ? undefined : db.roles.orderBy('updatedAt').reverse().limit(FIRST_SCREEN).toArray()), [loaded]);
  const facetSource = useDeferredValue(all);
  const filtered = useMemo(() => (all ? filterRoles(all, filter) : null), [all, filter]);
  const shown = useMemo(() => (filtered ? sortRoles(filtered, sort) : (first ?? [])), [filtered, sort, first]);
  const counts = useMemo(() => countByStatus(all ?? []), [all]);
  const tags = useMemo(() => facetValues(facetSource ?? [], (r) => r.tags), [facetSource]);
  const tech = useMemo(() => facetValues(facetSource ?? [], (r) => r.techStack), [facetSource]);
  return { all, shown, loading: all === undefined && first === undefined, counts, tags, tech };
}
