import { useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { useTabPosting } from './use-tab-posting';
import { CurrentPosting } from './CurrentPosting';
import { SavedRoles } from './SavedRoles';

const openDashboard = () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });

export function App() {
  const tab = useTabPosting();
  const [annotate, setAnnotate] = useState('');

  const readAnyway = async () => {
    if (tab.loading || tab.tabId == null) return;
    setAnnotate('Reading the page…');
    const res = await sendMessage('annotateNow', { useSelection: true }, tab.tabId).catch(() => null);
    setAnnotate(res?.ok ? 'Done: see the panel on the page.' : `Jobmark cannot read this page${res?.reason ? `: ${res.reason}` : ' (browser pages and the web store are off limits)'}.`);
  };

  return (
    <main className="jm-popup">
      <header className="jm-header">
        <h1>Jobmark</h1>
        <button type="button" className="jm-link" onClick={openDashboard}>
          Open dashboard
        </button>
      </header>
      {tab.loading ? null : tab.posting ? (
        <CurrentPosting posting={tab.posting} />
      ) : (
        <section aria-label="This page" className="jm-card jm-empty">
          <p>No job posting found on this page.</p>
          <p className="jm-muted">Open a job posting (a company careers page, LinkedIn, Greenhouse, Lever…) and Jobmark reads it for you.</p>
          {tab.tabId != null && (
            <button type="button" onClick={readAnyway}>
              Read this page as a posting
            </button>
          )}
          {annotate && <p role="status">{annotate}</p>}
        </section>
      )}
      <SavedRoles />
    </main>
  );
}
