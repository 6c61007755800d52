import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { createDb } from '../../../utils/store/db';
import { declareVersions } from '../../../utils/store/schema';
import { freshName } from './make-analysis';

// A role as version 1 wrote it: snapshot inline, no `tech` field.
const v1Role = (i: number) => ({
  jobKey: `key-${i}`,
  urlKey: `https://acme.example/jobs/${i}`,
  url: `https://acme.example/jobs/${i}?utm_source=x`,
  title: `Engineer ${i}`,
  company: 'Acme',
  location: 'Porto',
  workMode: 'remote',
  salary: { min: 50000 + i, max: null, currency: 'EUR', period: 'year' },
  techStack: ['TypeScript', 'PostgreSQL'],
  requirements: { must: 3, nice: 1, yearsMin: 2, yearsMax: null },
  employmentType: null,
  datePosted: '2026-09-01',
  status: 'applied',
  statusHistory: [{ status: 'saved', at: 1 }, { status: 'applied', at: 2 }],
  tags: ['fintech'],
  notes: `Line one\nLine two ${i} — café ☕`,
  savedAt: 1,
  updatedAt: 2,
  edited: ['company'],
  origin: 'page',
  snapshot: i % 2 ? { text: `Posting text ${i}`, highlights: [{ start: 0, end: 7, kind: 'tech', label: 'Posting' }] } : null,
});

describe('schema migrations', () => {
  it('v1 → v2: keeps every role and field, moves snapshots to their table, fills the tech index', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    declareVersions(v1, 1);
    await v1.table('roles').bulkAdd([1, 2, 3].map(v1Role));
    expect(v1.verno).toBe(1);
    v1.close();

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const roles = await db.roles.orderBy('id').toArray();
    expect(roles).toHaveLength(3);
    roles.forEach((role, i) => {
      const { snapshot: _s, ...before } = v1Role(i + 1);
      expect(role).toEqual({ ...before, id: i + 1, tech: ['typescript', 'postgresql'] });
      expect(role).not.toHaveProperty('snapshot');
    });
    expect(await db.snapshots.toArray()).toEqual([
      { roleId: 1, text: 'Posting text 1', highlights: [{ start: 0, end: 7, kind: 'tech', label: 'Posting' }] },
      { roleId: 3, text: 'Posting text 3', highlights: [{ start: 0, end: 7, kind: 'tech', label: 'Posting' }] },
    ]);
    // The new index answers queries on migrated data.
    expect(await db.roles.where('tech').equals('postgresql').count()).toBe(3);
    expect(await db.roles.where('jobKey').equals('key-2').count()).toBe(1);
    await db.delete();
  });

  it('v2 opens a fresh database at the latest version with both tables', async () => {
    const db = createDb(freshName());
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['roles', 'snapshots']);
    await db.delete();
  });
});
