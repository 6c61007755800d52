import { useDeferredValue, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/store/db';
import { countByStatus, createRoleFilterCache, facetValues, sortRoles, type RoleFilter, type Sort } from '@/utils/store/query';

/** How many rows the first query reads, so the first screen paints before the whole list has loaded. */
const FIRST_SCREEN = 60;

/**
 * All roles, live; the shown (sorted, then filtered) ones; counts and filter choices.
 * Reading 10,000 records takes IndexedDB far longer than a first paint may, so the most recent rows (the default
 * order) are read first through the `updatedAt` index, and the full read starts only once they are in.
 */
export function useRoleList(filter: RoleFilter, sort: Sort) {
  const db = getDb();
  const first = useLiveQuery(() => db.roles.orderBy('updatedAt').reverse().limit(FIRST_SCREEN).toArray(), []);
  const started = first !== undefined;
  const all = useLiveQuery(async () => (started ? db.roles.toArray() : undefined), [started]);
  const facetSource = useDeferredValue(all);
  // Sorting once per data or sort change; a keystroke only filters the sorted list (filter keeps the order).
  const [filterCached] = useState(createRoleFilterCache);
  const sorted = useMemo(() => (all ? sortRoles(all, sort) : null), [all, sort]);
  const shown = useMemo(() => (sorted ? filterCached(sorted, filter) : (first ?? [])), [sorted, filter, first, filterCached]);
  const counts = useMemo(() => countByStatus(all ?? []), [all]);
  const tags = useMemo(() => facetValues(facetSource ?? [], (r) => r.tags), [facetSource]);
  const tech = useMemo(() => facetValues(facetSource ?? [], (r) => r.techStack), [facetSource]);
  return { all, shown, loading: all === undefined && first === undefined, counts, tags, tech };
}
