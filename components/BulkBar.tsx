import type { RoleStatus } from '@/utils/messaging';
import { ROLE_STATUSES } from '@/utils/store/role';
import { STATUS_LABEL } from '@/utils/store/format';

/** Actions on the selected roles. */
export function BulkBar(props: { count: number; onStatus: (s: RoleStatus) => void; onDelete: () => void; onClear: () => void }) {
  return (
    <div className="jm-bulk" role="toolbar" aria-label="Selected roles">
      <span>{props.count} selected</span>
      <select
        aria-label="Set status of selected roles"
        value=""
        onChange={(e) => e.currentTarget.value && props.onStatus(e.currentTarget.value as RoleStatus)}
      >
        <option value="">Set status…</option>
        {ROLE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => props.onStatus('archived')}>
        Archive
      </button>
      <button type="button" className="jm-danger" onClick={props.onDelete}>
        Delete
      </button>
      <button type="button" onClick={props.onClear}>
        Clear selection
      </button>
    </div>
  );
}
