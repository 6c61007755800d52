import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RoleStatus } from '@/utils/messaging';
import type { Role } from '@/utils/store/role';
import type { Sort, SortKey } from '@/utils/store/query';
import { formatDay, formatSalary, formatWorkMode } from '@/utils/store/format';
import { StatusSelect } from './StatusSelect';
import { NotesField } from './NotesField';

const ROW_HEIGHT = 44;
const OVERSCAN = 8;

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'company', label: 'Company' },
  { key: 'location', label: 'Location' },
  { key: 'workMode', label: 'Mode' },
  { key: 'salary', label: 'Salary' },
  { key: 'tech', label: 'Tech' },
  { key: 'status', label: 'Status' },
  { key: null, label: 'Notes' },
  { key: 'updatedAt', label: 'Updated' },
];

export interface RoleTableProps {
  roles: readonly Role[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<number>;
  onSelect: (id: number, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  onOpen: (id: number) => void;
  onStatus: (id: number, s: RoleStatus) => void;
  onNotes: (id: number, notes: string) => void;
  /** Controls that need the store are disabled (the dashboard's first frame, before it loads); notes stay live. */
  busy?: boolean;
}

/** All roles in a virtualised grid: only the rows in view are in the DOM, so 10,000 scroll smoothly. */
export function RoleTable(p: RoleTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is used as documented
  const v = useVirtualizer({ count: p.roles.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: OVERSCAN });
  const allOn = p.roles.length > 0 && p.roles.every((r) => p.selected.has(r.id!));

  return (
    <div className="jm-table" role="table" aria-label="Saved roles" aria-rowcount={p.roles.length + 1}>
      <div className="jm-tr jm-thead" role="row" aria-rowindex={1}>
        <span role="columnheader" className="jm-check">
          <input type="checkbox" aria-label="Select all shown roles" disabled={p.busy} checked={allOn} onChange={(e) => p.onSelectAll(e.currentTarget.checked)} />
        </span>
        {COLUMNS.map((c) => (
          <span
            key={c.label}
            role="columnheader"
            aria-sort={c.key && p.sort.key === c.key ? (p.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
          >
            {c.key ? (
              <button type="button" className="jm-sort" disabled={p.busy} onClick={() => p.onSort(c.key!)}>
                {c.label}
                {p.sort.key === c.key ? (p.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            ) : (
              c.label
            )}
          </span>
        ))}
      </div>
      <div ref={scroller} className="jm-tbody" role="rowgroup">
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const r = p.roles[item.index]!;
            const id = r.id!;
            return (
              <div
                key={id}
                className="jm-tr"
                role="row"
                aria-rowindex={item.index + 2}
                data-role-id={id}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="jm-check">
                  <input type="checkbox" aria-label={`Select ${r.title}`} disabled={p.busy} checked={p.selected.has(id)} onChange={(e) => p.onSelect(id, e.currentTarget.checked)} />
                </span>
                <span role="cell">
                  <button type="button" className="jm-open" disabled={p.busy} onClick={() => p.onOpen(id)} title={r.title}>
                    {r.title}
                  </button>
                </span>
                <span role="cell" title={r.company}>{r.company}</span>
                <span role="cell" title={r.location}>{r.location}</span>
                <span role="cell">{formatWorkMode(r.workMode)}</span>
                <span role="cell">{formatSalary(r.salary)}</span>
                <span role="cell" title={r.techStack.join(', ')}>{r.techStack.slice(0, 4).join(', ')}</span>
                <span role="cell">
                  <StatusSelect label={`Status of ${r.title}`} value={r.status} disabled={p.busy} onChange={(s) => p.onStatus(id, s)} />
                </span>
                <span role="cell">
                  <NotesField roleId={id} value={r.notes} rows={1} label={`Notes for ${r.title}`} onEdit={(n) => p.onNotes(id, n)} />
                </span>
                <span role="cell">{formatDay(r.updatedAt)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
