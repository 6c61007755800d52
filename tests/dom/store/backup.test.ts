import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type JobmarkDB } from '../../../utils/store/db';
import { saveAnalysis } from '../../../utils/store/save-role';
import { addManualRole, deleteAllData, setNotes, setStatus, updateRoleFields } from '../../../utils/store/role-writes';
import { BackupError, exportBackup, importBackup, parseBackup } from '../../../utils/store/backup';
import { freshName, makeAnalysis } from './make-analysis';

const TRICKY = '=cmd|" /C calc"!A0\nline two, "quoted" — café ☕ 👩‍💻';

async function seed(db: JobmarkDB) {
  const a = await saveAnalysis(db, makeAnalysis(), 'https://q.example/jobs/1', 1000);
  await saveAnalysis(db, makeAnalysis({ jobKey: 'other', salary: null, workMode: null }), 'https://q.example/jobs/2', 1100);
  await setNotes(db, a.id!, TRICKY, 1200);
  await setStatus(db, [a.id!], 'offer', 1300);
  await updateRoleFields(db, a.id!, { tags: ['+tag', 'eu'], company: '@Quill' }, 1400);
  await addManualRole(db, { title: 'Hand-typed', company: 'Mill' }, 1500);
}

describe('JSON backup', () => {
  let db: JobmarkDB;
  beforeEach(() => {
    db = createDb(freshName());
  });
  afterEach(() => db.delete());

  it('round-trips exactly through text, formula-like cells included', async () => {
    await seed(db);
    const before = await exportBackup(db, new Date(0));
    const text = JSON.stringify(before);
    await deleteAllData(db);
    expect(await importBackup(db, parseBackup(text))).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const after = await exportBackup(db, new Date(0));
    expect(after).toEqual(before);
    expect(after.roles[0]?.notes).toBe(TRICKY);
    expect(after.roles[0]?.snapshot?.text).toContain('ledger');
  });

  it('merges by job key: newer copies win, older ones are left, new ones added', async () => {
    await seed(db);
    const backup = await exportBackup(db);
    const first = backup.roles[0]!;
    const second = backup.roles[1]!;
    await setNotes(db, first.id!, 'newer here', 9999); // the database's copy is newer than the file's
    const file = {
      ...backup,
      roles: [
        first,
        { ...second, notes: 'from the other machine', updatedAt: 99999 },
        { ...second, id: 77, jobKey: 'brand-new', urlKey: '', title: 'New one' },
      ],
    };
    expect(await importBackup(db, parseBackup(JSON.stringify(file)))).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await db.roles.get(first.id!))?.notes).toBe('newer here');
    expect((await db.roles.get(second.id!))?.notes).toBe('from the other machine');
    expect((await db.roles.get(77))?.title).toBe('New one');
    expect(await db.roles.count()).toBe(4);
  });

  it.each([
    ['not JSON', 'hello, world', /not JSON/],
    ['foreign JSON', JSON.stringify({ name: 'my bookmarks', items: [] }), /not a Jobmark backup/],
    ['a future version', JSON.stringify({ format: 'jobmark-backup', version: 99, roles: [] }), /version 99/],
    ['no roles', JSON.stringify({ format: 'jobmark-backup', version: 1 }), /no list of roles/],
    ['a damaged role', JSON.stringify({ format: 'jobmark-backup', version: 1, roles: [{ jobKey: 'x', title: 3 }] }), /Role #1 .*invalid/],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(message);
  });

  it('changes nothing when one role in a file is bad', async () => {
    await seed(db);
    const backup = await exportBackup(db);
    const before = await exportBackup(db, new Date(0));
    const bad = { ...backup, roles: [{ ...backup.roles[0]!, notes: 'changed', updatedAt: 1e13 }, { ...backup.roles[1]!, status: 'dreaming' }] };
    expect(() => parseBackup(JSON.stringify(bad))).toThrow(/Role #2 .*"status"/);
    expect(await exportBackup(db, new Date(0))).toEqual(before);
  });
});
