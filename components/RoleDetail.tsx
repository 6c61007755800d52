import type { Role, RoleSnapshot } from '@/utils/store/role';
import type { EditableFields } from '@/utils/store/role-writes';
import { formatDay, STATUS_LABEL } from '@/utils/store/format';
import { RoleFieldsForm } from './RoleFieldsForm';
import { SnapshotText } from './SnapshotText';

/** One role in full: editable fields, status history and the posting as saved. */
export function RoleDetail(props: { role: Role; snapshot: RoleSnapshot | null | undefined; onSave: (f: EditableFields) => void; onClose: () => void }) {
  const r = props.role;
  return (
    <aside className="jm-detail" aria-label={`Details: ${r.title}`}>
      <header className="jm-detail-head">
        <h2>{r.title}</h2>
        <button type="button" onClick={props.onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {r.url && (
        <p>
          <a href={r.url} target="_blank" rel="noreferrer noopener">
            Open the posting
          </a>
        </p>
      )}
      <p className="jm-muted">
        Saved {formatDay(r.savedAt)} · {r.requirements.must} must-have · {r.requirements.nice} nice-to-have
        {r.requirements.yearsMin != null ? ` · ${r.requirements.yearsMin}${r.requirements.yearsMax ? `–${r.requirements.yearsMax}` : '+'} yrs` : ''}
      </p>
      <RoleFieldsForm key={r.id} role={r} onSave={props.onSave} />
      <h3>Status history</h3>
      <ol className="jm-history">
        {r.statusHistory.map((h, i) => (
          <li key={i}>
            {STATUS_LABEL[h.status]} — {new Date(h.at).toLocaleString()}
          </li>
        ))}
      </ol>
      <h3>Posting as saved</h3>
      {props.snapshot === undefined ? <p className="jm-muted">Loading…</p> : <SnapshotText text={props.snapshot?.text ?? ''} highlights={props.snapshot?.highlights ?? []} />}
    </aside>
  );
}
