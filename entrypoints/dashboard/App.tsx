import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import type { RoleStatus } from '@/utils/messaging';
import type { Role } from '@/utils/store/role';
import { getDb } from '@/utils/store/db';
import { NO_FILTER, type RoleFilter, type Sort, type SortKey } from '@/utils/store/query';
import { addManualRole, deleteRoles, restoreRoles, setStatus, undoStatus, updateRoleFields } from '@/utils/store/role-writes';
import { STATUS_LABEL } from '@/utils/store/format';
import { RoleTable } from '@/components/RoleTable';
import { FilterBar } from '@/components/FilterBar';
import { StatusCounts } from '@/components/StatusCounts';
import { BulkBar } from '@/components/BulkBar';
import { UndoBar } from '@/components/UndoBar';
import { RoleDetail } from '@/components/RoleDetail';
import { AddRoleForm } from '@/components/AddRoleForm';
import { sendNotes } from '@/utils/ext/notes-stream';
import { useRoleList } from './use-role-list';
import { useUndo } from './use-undo';
import { usePersistentStorage } from './use-persistent-storage';

const DEFAULT_SORT: Sort = { key: 'updatedAt', dir: 'desc' };
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Loaded on the first export only: papaparse and the CSV columns stay out of the first screen's scripts. */
async function exportRolesCsv(roles: readonly Role[]): Promise<void> {
  const [{ csvFileName, rolesToCsv }, { downloadText }] = await Promise.all([import('@/utils/store/csv'), import('@/utils/ext/download')]);
  downloadText(csvFileName(), rolesToCsv(roles), 'text/csv;charset=utf-8');
}

export interface AppProps {
  /** The newest roles, read before React mounted (main.tsx); shown until the full list is in. */
  firstScreen?: readonly Role[];
}

export function App({ firstScreen }: AppProps = {}) {
  const db = getDb();
  const [filter, setFilter] = useState<RoleFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [picked, setSelected] = useState<Set<number>>(new Set());
  const [openId, setOpenId] = useState<number | null>(() => Number(new URLSearchParams(location.search).get('role')) || null);
  const { all, shown, loading, counts, tags, tech } = useRoleList(filter, sort, firstScreen);
  const { offer, offerUndo, runUndo, clear } = useUndo();
  // Asked for its side effect; `unlimitedStorage` already keeps extension data from eviction in Chrome.
  usePersistentStorage();
  const open = useLiveQuery(() => (openId == null ? undefined : db.roles.get(openId)), [openId]);
  const openSnapshot = useLiveQuery(async () => (openId == null ? undefined : ((await db.snapshots.get(openId)) ?? null)), [openId]);

  // The selection only counts roles that still exist (another tab may delete them).
  const selected = useMemo(() => {
    if (!all) return picked;
    const ids = new Set(all.map((r) => r.id!));
    return new Set(Array.from(picked).filter((id) => ids.has(id)));
  }, [all, picked]);

  const onSort = useCallback(
    (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'updatedAt' || key === 'savedAt' || key === 'salary' ? 'desc' : 'asc' })),
    [],
  );
  const onSelect = useCallback((id: number, on: boolean) => setSelected((s) => {
    const n = new Set(s);
    if (on) n.add(id);
    else n.delete(id);
    return n;
  }), []);
  const onSelectAll = (on: boolean) => setSelected(on ? new Set(shown.map((r) => r.id!)) : new Set());

  const changeStatus = async (ids: number[], status: RoleStatus) => {
    const undo = await setStatus(db, ids, status);
    if (undo.length) offerUndo({ message: `${plural(undo.length, 'role')} set to ${STATUS_LABEL[status]}.`, undo: () => undoStatus(db, undo) });
  };
  const removeSelected = async () => {
    const removed = await deleteRoles(db, [...selected]);
    setSelected(new Set());
    offerUndo({ message: `${plural(removed.length, 'role')} deleted.`, undo: () => restoreRoles(db, removed) });
  };
  const exportCsv = () => void exportRolesCsv(shown);
  const filtered = shown.length !== (all?.length ?? 0);

  return (
    <div className="jm-dash">
      <header className="jm-dash-head">
        <h1>Saved roles</h1>
        <span className="jm-muted" role="status" aria-live="polite">
          {all ? (filtered ? `${shown.length} of ${all.length} shown` : plural(all.length, 'role')) : ''}
        </span>
        <button type="button" className="jm-primary" onClick={exportCsv} disabled={!shown.length}>
          {filtered ? `Export CSV (${shown.length} shown)` : 'Export CSV'}
        </button>
        <a href={browser.runtime.getURL('/options.html')}>Backup &amp; settings</a>
      </header>
      <StatusCounts counts={counts} active={filter.status} onPick={(status) => setFilter({ ...filter, status })} />
      <FilterBar filter={filter} onChange={setFilter} tags={tags} tech={tech} />
      {selected.size > 0 && (
        <BulkBar count={selected.size} onStatus={(s) => void changeStatus([...selected], s)} onDelete={() => void removeSelected()} onClear={() => setSelected(new Set())} />
      )}
      {offer && <UndoBar message={offer.message} onUndo={() => void runUndo()} onDismiss={clear} />}
      {!loading && all?.length === 0 ? (
        <section className="jm-empty">
          <h2>No saved roles yet</h2>
          <p>Open a job posting in any tab and press Save in the Jobmark panel or the toolbar popup. Or add one by hand below.</p>
        </section>
      ) : (
        <RoleTable
          roles={shown}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onSelect={onSelect}
          onSelectAll={onSelectAll}
          onOpen={setOpenId}
          onStatus={(id, s) => void changeStatus([id], s)}
          onNotes={sendNotes}
        />
      )}
      {all && shown.length === 0 && all.length > 0 && <p className="jm-muted">No role matches these filters.</p>}
      <details className="jm-add">
        <summary>Add a role by hand</summary>
        <AddRoleForm onAdd={async (input) => void setOpenId(await addManualRole(db, input))} />
      </details>
      {open && (
        <RoleDetail role={open} snapshot={openSnapshot} onSave={(f) => void updateRoleFields(db, open.id!, f)} onClose={() => setOpenId(null)} />
      )}
    </div>
  );
}
