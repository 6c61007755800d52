import { useState } from 'react';
import { getDb } from '@/utils/store/db';
import { deleteAllData } from '@/utils/store/role-writes';

/** "Delete all data", with a confirmation step that says how much goes. */
export function DeleteAllSection({ count }: { count: number }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  if (confirming)
    return (
      <div role="alertdialog" aria-labelledby="del-q" className="jm-confirm">
        <p id="del-q">
          Delete all {count} saved roles, their notes and saved postings? This cannot be undone.
        </p>
        <button
          type="button"
          className="jm-danger"
          onClick={async () => {
            await deleteAllData(getDb());
            setConfirming(false);
            setDone(true);
          }}
        >
          Yes, delete everything
        </button>{' '}
        <button type="button" autoFocus onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    );
  return (
    <p>
      <button type="button" className="jm-danger" onClick={() => (setDone(false), setConfirming(true))}>
        Delete all data…
      </button>
      {done && <span role="status"> All data deleted.</span>}
    </p>
  );
}
