import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type JobmarkDB } from '../../../utils/store/db';
import { saveAnalysis, savedState } from '../../../utils/store/save-role';
import { setNotes, setStatus, updateRoleFields } from '../../../utils/store/role-writes';
import { freshName, makeAnalysis } from './make-analysis';

const URL1 = 'https://careers.quillfeather.example/jobs/QF-2291';

describe('saving a posting', () => {
  let db: JobmarkDB;
  beforeEach(() => {
    db = createDb(freshName());
  });
  afterEach(() => db.delete());

  it('stores every extracted field, the summary and the snapshot', async () => {
    const res = await saveAnalysis(db, makeAnalysis(), URL1, 1000);
    expect(res).toEqual({ saved: true, id: res.id, status: 'saved', alreadySaved: false });
    const role = await db.roles.get(res.id!);
    expect(role).toMatchObject({
      jobKey: 'jsonld:quillfeather:QF-2291',
      title: 'Backend Engineer, Payments Ledger',
      company: 'Quillfeather',
      workMode: 'hybrid',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
      techStack: ['Go', 'PostgreSQL'],
      tech: ['go', 'postgresql'],
      requirements: { must: 2, nice: 1, yearsMin: 4, yearsMax: null },
      status: 'saved',
      statusHistory: [{ status: 'saved', at: 1000 }],
      savedAt: 1000,
    });
    const snap = await db.snapshots.get(res.id!);
    expect(snap?.text).toBe('Backend Engineer\nBuild the ledger.\n4+ years of Go');
    expect(snap?.highlights).toHaveLength(1);
  });

  it('updates one role when the same job key is saved twice, keeping status, notes and corrections', async () => {
    const first = await saveAnalysis(db, makeAnalysis(), URL1, 1000);
    await setStatus(db, [first.id!], 'applied', 2000);
    await setNotes(db, first.id!, 'Call Ana on Monday', 2100);
    await updateRoleFields(db, first.id!, { company: 'Quillfeather Ltd' }, 2200);
    const again = await saveAnalysis(db, makeAnalysis({ title: 'Senior Backend Engineer', company: 'Quillfeather' }), `${URL1}?utm_source=x`, 3000);
    expect(again).toMatchObject({ alreadySaved: true, id: first.id, status: 'applied' });
    expect(await db.roles.count()).toBe(1);
    const role = await db.roles.get(first.id!);
    expect(role).toMatchObject({ title: 'Senior Backend Engineer', company: 'Quillfeather Ltd', notes: 'Call Ana on Monday', status: 'applied' });
    expect(role?.savedAt).toBe(1000);
    expect(role?.updatedAt).toBe(3000);
  });

  it.each([
    ['tracking parameters', 'https://acme.example/jobs/7?utm_source=mail&gclid=1', 'https://acme.example/jobs/7/'],
    ['LinkedIn job id', 'https://www.linkedin.com/jobs/view/backend-engineer-at-acme-3812345678/?trk=x', 'https://www.linkedin.com/jobs/search/?currentJobId=3812345678'],
    ['http vs https and www', 'http://www.acme.example/careers?id=9', 'https://acme.example/careers?id=9#apply'],
  ])('recognises the same job through %s (no page key)', async (_, a, b) => {
    await saveAnalysis(db, makeAnalysis({ jobKey: null }), a);
    const again = await saveAnalysis(db, makeAnalysis({ jobKey: null }), b);
    expect(again.alreadySaved).toBe(true);
    expect(await db.roles.count()).toBe(1);
  });

  it('recognises a URL-keyed role when a later analysis brings a proper job key, and adopts that key', async () => {
    const first = await saveAnalysis(db, makeAnalysis({ jobKey: URL1 }), URL1);
    const again = await saveAnalysis(db, makeAnalysis({ jobKey: 'jsonld:qf:2291' }), `${URL1}?ref=board`);
    expect(again).toMatchObject({ alreadySaved: true, id: first.id });
    expect((await db.roles.get(first.id!))?.jobKey).toBe('jsonld:qf:2291');
  });

  it('does not blank fields a fuller analysis found when a partial one is saved again', async () => {
    const first = await saveAnalysis(db, makeAnalysis(), URL1);
    await saveAnalysis(db, makeAnalysis({ company: null, salary: null, techStack: [], text: '' }), URL1);
    const role = await db.roles.get(first.id!);
    expect(role?.company).toBe('Quillfeather');
    expect(role?.techStack).toEqual(['Go', 'PostgreSQL']);
    expect((await db.snapshots.get(first.id!))?.text).toContain('ledger');
  });

  it('keeps different jobs apart', async () => {
    await saveAnalysis(db, makeAnalysis(), URL1);
    await saveAnalysis(db, makeAnalysis({ jobKey: 'jsonld:quillfeather:QF-3000' }), 'https://careers.quillfeather.example/jobs/QF-3000');
    expect(await db.roles.count()).toBe(2);
  });

  it('answers the saved state by page key or URL', async () => {
    expect(await savedState(db, 'jsonld:quillfeather:QF-2291')).toEqual({ saved: false, id: null, status: null });
    const { id } = await saveAnalysis(db, makeAnalysis(), URL1);
    expect(await savedState(db, 'jsonld:quillfeather:QF-2291')).toEqual({ saved: true, id, status: 'saved' });
    const byUrl = await saveAnalysis(db, makeAnalysis({ jobKey: null }), 'https://acme.example/jobs/1');
    expect(await savedState(db, 'https://acme.example/jobs/1?utm_campaign=z')).toMatchObject({ saved: true, id: byUrl.id });
  });
});
