import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type JobmarkDB } from '../../../utils/store/db';
import { saveAnalysis } from '../../../utils/store/save-role';
import {
  addManualRole,
  deleteAllData,
  deleteRoles,
  restoreRoles,
  setNotes,
  setStatus,
  undoStatus,
  updateRoleFields,
} from '../../../utils/store/role-writes';
import { freshName, makeAnalysis } from './make-analysis';

describe('field-level writes', () => {
  let name: string;
  let db: JobmarkDB;
  beforeEach(() => {
    name = freshName();
    db = createDb(name);
  });
  afterEach(() => db.delete());

  it('a status change in one connection never overwrites notes written by another', async () => {
    const { id } = await saveAnalysis(db, makeAnalysis(), 'https://a.example/j/1');
    const other = createDb(name); // a second tab
    await setNotes(other, id!, 'typed in tab B');
    await setStatus(db, [id!], 'interviewing');
    const role = await db.roles.get(id!);
    expect(role).toMatchObject({ notes: 'typed in tab B', status: 'interviewing' });
    other.close();
  });

  it('records dated status history and undoes a bulk change exactly', async () => {
    const a = await saveAnalysis(db, makeAnalysis({ jobKey: 'a' }), 'https://a.example/j/1', 10);
    const b = await saveAnalysis(db, makeAnalysis({ jobKey: 'b' }), 'https://a.example/j/2', 10);
    await setStatus(db, [b.id!], 'applied', 20);
    const before = await db.roles.toArray();
    const undo = await setStatus(db, [a.id!, b.id!], 'archived', 30);
    expect((await db.roles.get(a.id!))?.statusHistory).toEqual([
      { status: 'saved', at: 10 },
      { status: 'archived', at: 30 },
    ]);
    await undoStatus(db, undo);
    expect(await db.roles.toArray()).toEqual(before);
  });

  it('marks hand-corrected fields and keeps the tech index in step', async () => {
    const { id } = await saveAnalysis(db, makeAnalysis(), 'https://a.example/j/1');
    await updateRoleFields(db, id!, { techStack: ['Rust', 'Kafka'], tags: ['remote-ok'] });
    const role = await db.roles.get(id!);
    expect(role?.edited).toEqual(['techStack']);
    expect(role?.tech).toEqual(['rust', 'kafka']);
    expect(await db.roles.where('tech').equals('rust').count()).toBe(1);
  });

  it('deletes with snapshots and restores the very same records on undo', async () => {
    const { id } = await saveAnalysis(db, makeAnalysis(), 'https://a.example/j/1');
    const roleBefore = await db.roles.get(id!);
    const snapBefore = await db.snapshots.get(id!);
    const removed = await deleteRoles(db, [id!]);
    expect(await db.roles.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    await restoreRoles(db, removed);
    expect(await db.roles.get(id!)).toEqual(roleBefore);
    expect(await db.snapshots.get(id!)).toEqual(snapBefore);
  });

  it('adds a role by hand, refuses a duplicate URL, and a later page save finds it', async () => {
    const id = await addManualRole(db, { title: 'Data Engineer', company: 'Mill & Co', url: 'https://mill.example/jobs/5?utm_source=friend' });
    await expect(addManualRole(db, { title: 'x', url: 'https://mill.example/jobs/5' })).rejects.toThrow(/already saved/);
    const res = await saveAnalysis(db, makeAnalysis({ jobKey: 'jsonld:mill:5', company: 'Mill' }), 'https://mill.example/jobs/5');
    expect(res).toMatchObject({ alreadySaved: true, id });
    expect((await db.roles.get(id))?.company).toBe('Mill & Co');
  });

  it('deletes everything', async () => {
    await saveAnalysis(db, makeAnalysis(), 'https://a.example/j/1');
    await deleteAllData(db);
    expect(await db.roles.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });
});
