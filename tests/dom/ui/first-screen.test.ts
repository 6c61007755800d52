import { describe, expect, it } from 'vitest';
import { createDb } from '../../../utils/store/db';
import { readFirstScreen } from '../../../entrypoints/dashboard/first-screen';
import { freshName } from '../store/make-analysis';

describe('dashboard first screen (raw IndexedDB, before Dexie)', () => {
  it('reads the most recently updated roles, newest first, as Dexie stored them', async () => {
    const name = freshName();
    const db = createDb(name);
    await db.roles.bulkAdd(
      [5, 1, 9, 3, 7].map((u) => ({ jobKey: `k${u}`, urlKey: `u${u}`, title: `Role ${u}`, updatedAt: u }) as never),
    );
    db.close();
    const rows = await readFirstScreen(3, name);
    expect(rows?.map((r) => r.title)).toEqual(['Role 9', 'Role 7', 'Role 5']);
    // The raw connection is closed: Dexie opens the same database again.
    const again = createDb(name);
    expect(await again.roles.count()).toBe(5);
    again.close();
  });

  it('gives null on a first visit and leaves no empty database behind for Dexie to trip on', async () => {
    const name = freshName();
    expect(await readFirstScreen(3, name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const db = createDb(name);
    await db.roles.add({ jobKey: 'k', urlKey: 'u', title: 'Fresh', updatedAt: 1 } as never);
    expect(await db.roles.count()).toBe(1);
    db.close();
  });
});
