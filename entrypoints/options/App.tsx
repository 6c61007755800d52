import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { disabledSitesItem, runModeItem, type RunMode } from '@/utils/settings';
import { getDb } from '@/utils/store/db';
import { BackupSection } from './BackupSection';
import { DeleteAllSection } from './DeleteAllSection';

/** A wxt storage item as React state, following changes made elsewhere. */
function useItem<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

const HOST = /^[a-z0-9.-]+(:\d+)?$/i;

export function App() {
  const runMode = useItem(runModeItem);
  const sites = useItem(disabledSitesItem);
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const count = useLiveQuery(() => getDb().roles.count(), []);

  const addSite = async () => {
    let host = site.trim().toLowerCase();
    try {
      if (host.includes('/')) host = new URL(host.includes('://') ? host : `https://${host}`).host;
    } catch {
      /* checked below */
    }
    if (!HOST.test(host)) return setSiteError('Type a site like linkedin.com or jobs.example.org.');
    setSiteError('');
    setSite('');
    await disabledSitesItem.setValue([...new Set([...(sites ?? []), host])].sort());
  };

  return (
    <main className="jm-options">
      <h1>Jobmark settings</h1>
      <section aria-labelledby="run-h">
        <h2 id="run-h">When Jobmark reads pages</h2>
        {(['auto', 'on-demand'] as RunMode[]).map((m) => (
          <label key={m} className="jm-radio">
            <input type="radio" name="runMode" value={m} checked={runMode === m} onChange={() => void runModeItem.setValue(m)} />
            {m === 'auto' ? 'Automatically, on every page that looks like a job posting' : 'Only when I ask (toolbar popup or Alt+Shift+J)'}
          </label>
        ))}
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites where Jobmark stays off</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void addSite();
          }}
        >
          <input aria-label="Site to turn off" placeholder="e.g. news.example.com" value={site} onChange={(e) => setSite(e.currentTarget.value)} />{' '}
          <button type="submit">Turn off on this site</button>
        </form>
        {siteError && <p role="alert">{siteError}</p>}
        {sites?.length ? (
          <ul>
            {sites.map((s) => (
              <li key={s}>
                {s}{' '}
                <button type="button" aria-label={`Turn Jobmark back on for ${s}`} onClick={() => void disabledSitesItem.setValue(sites.filter((x) => x !== s))}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="jm-muted">None: Jobmark runs on every site.</p>
        )}
      </section>
      <section aria-labelledby="data-h">
        <h2 id="data-h">Your data</h2>
        <p>
          Your {count ?? '…'} saved role{count === 1 ? '' : 's'} live only in this browser profile, on this machine.{' '}
          <strong>Uninstalling Jobmark erases them</strong>, so export a backup first, and import it after reinstalling or on another machine.
        </p>
        <BackupSection />
        <DeleteAllSection count={count ?? 0} />
      </section>
    </main>
  );
}
