import { useState, type FormEvent } from 'react';
import type { ManualRoleInput } from '@/utils/store/role-writes';

const EMPTY: Required<ManualRoleInput> = { title: '', company: '', url: '', location: '', notes: '' };

/** A role typed by hand (a referral, a phone call): title required, the rest optional. */
export function AddRoleForm(props: { onAdd: (input: ManualRoleInput) => Promise<void> }) {
  const [d, setD] = useState(EMPTY);
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError('');
    try {
      await props.onAdd(d);
      setD(EMPTY);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const input = (k: keyof ManualRoleInput, label: string, required = false) => (
    <label>
      <span>{label}</span>
      <input required={required} value={d[k]} onChange={(e) => setD({ ...d, [k]: e.currentTarget.value })} />
    </label>
  );
  return (
    <form className="jm-form" onSubmit={submit} aria-label="Add a role by hand">
      {input('title', 'Title', true)}
      {input('company', 'Company')}
      {input('url', 'Posting URL')}
      {input('location', 'Location')}
      {input('notes', 'Notes')}
      <button type="submit" className="jm-primary">
        Add role
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
