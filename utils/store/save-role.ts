/**
 * Saving a posting: one role per job. A second save refreshes the extracted fields the user has not corrected,
 * keeps status, notes and tags, and replaces the snapshot.
 */
import type { PostingAnalysis } from '../types';
import type { SavedState } from '../messaging';
import type { JobmarkDB } from './db';
import type { Role } from './role';
import { extractedValues, keysFor } from './from-analysis';

export type SaveResult = SavedState & { alreadySaved: boolean };

/** Finds the role for a job: by job key first, then by normalised URL (a key the analyser learned later). */
export async function findRole(db: JobmarkDB, jobKey: string, urlKey?: string): Promise<Role | undefined> {
  const byKey = await db.roles.where('jobKey').equals(jobKey).first();
  if (byKey || !urlKey) return byKey;
  return db.roles.where('urlKey').equals(urlKey).first();
}

/**
 * Saves (or re-saves) the posting analysed at `url`. Roles and snapshots are written in one transaction.
 *
 * @example
 * await saveAnalysis(db, analysis, 'https://acme.example/jobs/7?utm_source=x') // { saved: true, id: 1, status: 'saved', alreadySaved: false }
 */
export async function saveAnalysis(db: JobmarkDB, analysis: PostingAnalysis, url: string, now = Date.now()): Promise<SaveResult> {
  const { jobKey, urlKey } = keysFor(analysis, url);
  const values = extractedValues(analysis, url);
  const snapshot = { text: analysis.text ?? '', highlights: analysis.highlights ?? [] };
  return db.transaction('rw', db.roles, db.snapshots, async () => {
    const existing = await findRole(db, jobKey, urlKey);
    if (existing?.id != null) {
      const changes: Partial<Role> = { updatedAt: now, urlKey };
      for (const [field, value] of Object.entries(values) as [keyof typeof values, unknown][]) {
        if (field === 'tech') continue;
        if (existing.edited.includes(field)) continue;
        // A partial analysis must not blank out what a fuller one found before.
        if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
        (changes as Record<string, unknown>)[field] = value;
      }
      if (changes.techStack) changes.tech = values.tech;
      // A page key learned after a URL-keyed save upgrades the role's key.
      if (existing.jobKey !== jobKey && !(await db.roles.where('jobKey').equals(jobKey).count())) changes.jobKey = jobKey;
      await db.roles.update(existing.id, changes);
      if (snapshot.text) await db.snapshots.put({ roleId: existing.id, ...snapshot });
      return { saved: true, id: existing.id, status: existing.status, alreadySaved: true };
    }
    const role: Role = {
      ...values,
      jobKey,
      urlKey,
      status: 'saved',
      statusHistory: [{ status: 'saved', at: now }],
      tags: [],
      notes: '',
      savedAt: now,
      updatedAt: now,
      edited: [],
      origin: 'page',
    };
    const id = (await db.roles.add(role)) as number;
    await db.snapshots.put({ roleId: id, ...snapshot });
    return { saved: true, id, status: 'saved', alreadySaved: false };
  });
}

/** Whether the job with this key (as the page computed it, or a URL) is saved, and its status. */
export async function savedState(db: JobmarkDB, jobKey: string, url?: string): Promise<SavedState> {
  const keys = keysFor({ jobKey }, url ?? jobKey);
  const role = await findRole(db, keys.jobKey, url || /^https?:/i.test(jobKey) ? keys.urlKey : undefined);
  return role?.id != null ? { saved: true, id: role.id, status: role.status } : { saved: false, id: null, status: null };
}
