import type { Role } from '@/utils/store/role';
import { getDb } from '@/utils/store/db';
import { setStatus } from '@/utils/store/role-writes';
import { StatusSelect } from '@/components/StatusSelect';
import { NotesField } from '@/components/NotesField';
import { sendNotes } from '@/utils/ext/notes-stream';

/** Status and notes of one saved role; notes stream to the background as you type. */
export function RoleEditor({ role }: { role: Role }) {
  const id = role.id!;
  return (
    <div className="jm-editor">
      <label className="jm-row">
        <span>Status</span>
        <StatusSelect label="Status" value={role.status} onChange={(s) => void setStatus(getDb(), [id], s)} />
      </label>
      <NotesField roleId={id} value={role.notes} label="Notes" onEdit={(n) => sendNotes(id, n)} />
    </div>
  );
}
