import { browser } from 'wxt/browser';
import type { Role } from '@/utils/store/role';
import { countByStatus, NO_FILTER, type Sort } from '@/utils/store/query';
import { RoleTable } from '@/components/RoleTable';
import { FilterBar } from '@/components/FilterBar';
import { StatusCounts } from '@/components/StatusCounts';
import { sendNotes } from '@/utils/ext/notes-stream';

const NEWEST_FIRST: Sort = { key: 'updatedAt', dir: 'desc' };
const NO_COUNTS = countByStatus([]);
const NONE: string[] = [];
const ignore = () => {};

export interface FirstScreenViewProps {
  /** The newest roles, read with raw IndexedDB before any of this loaded (first-screen.ts). */
  roles: readonly Role[];
}

/**
 * The dashboard's first frame: App's layout with the prefetched rows, built from React and the table only, so it
 * paints before Dexie and the store writes load. App replaces it right after (boot.tsx), with the same layout;
 * until then the controls that need the store are disabled, so no click is silently dropped (notes still stream to the
 * background, which saves them).
 */
export function FirstScreenView({ roles }: FirstScreenViewProps) {
  return (
    <div className="jm-dash" aria-busy="true">
      <header className="jm-dash-head">
        <h1>Saved roles</h1>
        <span className="jm-muted" role="status" aria-live="polite" />
        <button type="button" className="jm-primary" disabled>
          Export CSV
        </button>
        <a href={browser.runtime.getURL('/options.html')}>Backup &amp; settings</a>
      </header>
      <StatusCounts counts={NO_COUNTS} active={NO_FILTER.status} onPick={ignore} disabled />
      <FilterBar filter={NO_FILTER} onChange={ignore} tags={NONE} tech={NONE} disabled />
      <RoleTable
        roles={roles}
        sort={NEWEST_FIRST}
        onSort={ignore}
        selected={new Set()}
        onSelect={ignore}
        onSelectAll={ignore}
        onOpen={ignore}
        onStatus={ignore}
        onNotes={sendNotes}
        busy
      />
      <details className="jm-add">
        <summary>Add a role by hand</summary>
      </details>
    </div>
  );
}
