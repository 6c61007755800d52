import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { sendMessage, type TabPosting } from '@/utils/messaging';
import { getDb } from '@/utils/store/db';
import { findRole } from '@/utils/store/save-role';
import { keysFor } from '@/utils/store/from-analysis';
import { RoleFacts } from '@/components/RoleFacts';
import { RoleEditor } from './RoleEditor';

const TECH_SHOWN = 8;

/** The current tab's posting: summary, Save / Saved, and status + notes once saved. */
export function CurrentPosting({ posting }: { posting: TabPosting }) {
  const a = posting.analysis;
  const keys = keysFor(a, posting.url);
  // null = not saved; undefined = still looking (useLiveQuery's loading value).
  const role = useLiveQuery(async () => (await findRole(getDb(), keys.jobKey, keys.urlKey)) ?? null, [keys.jobKey, keys.urlKey]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const must = a.requirements?.filter((r) => r.kind === 'must').length ?? 0;
  const nice = a.requirements?.filter((r) => r.kind === 'nice').length ?? 0;
  const years = a.experienceYears ? `${a.experienceYears.min}${a.experienceYears.max ? `–${a.experienceYears.max}` : '+'} yrs` : '';

  const save = async () => {
    setBusy(true);
    setError('');
    try {
      await sendMessage('saveRole', { analysis: a, url: posting.url });
    } catch (e) {
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="This page" className="jm-card">
      <h2 className="jm-title">{a.title || 'Job posting'}</h2>
      <RoleFacts company={a.company} location={a.location} workMode={a.workMode} salary={a.salary} />
      {(must > 0 || nice > 0 || years) && (
        <p className="jm-muted">
          {[must ? `${must} must-have` : '', nice ? `${nice} nice-to-have` : '', years].filter(Boolean).join(' · ')}
        </p>
      )}
      {a.techStack?.length > 0 && (
        <ul className="jm-chips" aria-label="Tech stack">
          {a.techStack.slice(0, TECH_SHOWN).map((t) => (
            <li key={t.name}>{t.name}</li>
          ))}
        </ul>
      )}
      {role === undefined ? null : role ? (
        <>
          <p className="jm-saved" role="status">
            Saved ✓
          </p>
          <RoleEditor role={role} />
        </>
      ) : (
        <button type="button" className="jm-primary" onClick={save} disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
