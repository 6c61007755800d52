import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/store/db';
import type { Role } from '@/utils/store/role';
import { countByStatus, createRoleFilterCache, facetValues, sortRoles, type RoleFilter, type Sort } from '@/utils/store/query';
import { FIRST_SCREEN } from './first-screen';

/** Runs `fn` once the frame in progress has been painted (a task queued from the next animation frame). */
function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * All roles, live; the shown (sorted, then filtered) ones; counts and filter choices.
 * Reading 10,000 records takes IndexedDB far longer than a first paint may, so the most recent rows (the default
 * order) come first — from `firstScreen` when main.tsx read them before React loaded, else through the `updatedAt`
 * index — and the full read starts only once they are painted.
 */
export function useRoleList(filter: RoleFilter, sort: Sort, firstScreen?: readonly Role[]) {
  const db = getDb();
  const first = useLiveQuery(() => db.roles.orderBy('updatedAt').reverse().limit(FIRST_SCREEN).toArray(), [], firstScreen);
  const [started, setStarted] = useState(false);
  const firstIn = first !== undefined;
  useEffect(() => (firstIn ? afterPaint(() => setStarted(true)) : undefined), [firstIn]);
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
