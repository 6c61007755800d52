import type { RoleStatus } from '@/utils/messaging';
import { ROLE_STATUSES } from '@/utils/store/role';
import { STATUS_LABEL } from '@/utils/store/format';

/** A labelled status picker. */
export function StatusSelect(props: { value: RoleStatus; onChange: (s: RoleStatus) => void; label: string; className?: string; disabled?: boolean }) {
  return (
    <select
      aria-label={props.label}
      className={props.className}
      disabled={props.disabled}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value as RoleStatus)}
    >
      {ROLE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABEL[s]}
        </option>
      ))}
    </select>
  );
}
