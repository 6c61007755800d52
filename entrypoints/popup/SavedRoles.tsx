import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/store/db';
import { searchText } from '@/utils/store/query';
import { STATUS_LABEL } from '@/utils/store/format';
import { RoleEditor } from './RoleEditor';

const RECENT = 5;
const RESULTS = 8;

/** Recent roles, or search results, each opening to its status and notes. */
export function SavedRoles() {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const roles = useLiveQuery(() => {
    const recent = getDb().roles.orderBy('updatedAt').reverse();
    return words.length
      ? recent.filter((r) => words.every((w) => searchText(r).includes(w))).limit(RESULTS).toArray()
      : recent.limit(RECENT).toArray();
  }, [query]);
  const total = useLiveQuery(() => getDb().roles.count(), []);

  return (
    <section aria-label="Saved roles" className="jm-saved-roles">
      <h2 className="jm-h2">{words.length ? 'Matching roles' : 'Recent roles'}</h2>
      {total ? (
        <input
          type="search"
          aria-label="Search saved roles"
          placeholder={`Search ${total} saved role${total === 1 ? '' : 's'}`}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      ) : null}
      {total === 0 && <p className="jm-muted">No saved roles yet. Open a job posting and press Save: it lands here, and in the dashboard.</p>}
      {roles && roles.length === 0 && words.length > 0 && <p className="jm-muted">No saved role matches “{query}”.</p>}
      <ul className="jm-list">
        {roles?.map((r) => (
          <li key={r.id}>
            <button type="button" className="jm-role" aria-expanded={openId === r.id} onClick={() => setOpenId(openId === r.id ? null : r.id!)}>
              <span className="jm-role-title">{r.title}</span>
              <span className="jm-muted">
                {[r.company, STATUS_LABEL[r.status]].filter(Boolean).join(' · ')}
              </span>
            </button>
            {openId === r.id && <RoleEditor role={r} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
