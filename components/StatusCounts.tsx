import type { RoleStatus } from '@/utils/messaging';
import { ROLE_STATUSES } from '@/utils/store/role';
import { STATUS_LABEL } from '@/utils/store/format';

/** The pipeline at a glance: one button per status with its count; pressing one filters by it. */
export function StatusCounts(props: { counts: Record<RoleStatus, number>; active: string; onPick: (s: RoleStatus | 'all') => void; disabled?: boolean }) {
  return (
    <nav className="jm-counts" aria-label="Roles per status">
      {ROLE_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={props.active === s}
          disabled={props.disabled}
          data-status={s}
          onClick={() => props.onPick(props.active === s ? 'all' : s)}
        >
          <strong>{props.counts[s]}</strong> {STATUS_LABEL[s]}
        </button>
      ))}
    </nav>
  );
}
