/**
 * Schema history. Every change is a new Dexie version with its upgrade; old versions stay listed so an install
 * at any earlier version upgrades in order. Each version has a migration test (tests/dom/store/migrations.test.ts).
 */
import type { Dexie, Transaction } from 'dexie';
import { techIndex } from './role';

/** v1: roles with their posting snapshot inline. */
export const SCHEMA_V1 = {
  roles: '++id, &jobKey, urlKey, status, company, updatedAt, savedAt, *tags',
};

/**
 * v2: the snapshot (tens of KB each) moves to its own table so listing 10,000 roles stays light, and a
 * multi-entry `*tech` index (lower-cased tech names) backs the tech filter.
 */
export const SCHEMA_V2 = {
  roles: '++id, &jobKey, urlKey, status, company, title, updatedAt, savedAt, *tags, *tech',
  snapshots: 'roleId',
};

interface RoleV1 {
  id: number;
  techStack?: string[];
  snapshot?: { text: string; highlights: unknown[] } | null;
  [key: string]: unknown;
}

/** Moves v1's inline snapshots into `snapshots` and fills the `tech` index field. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const snapshots = tx.table('snapshots');
  // Puts are queued in the same upgrade transaction while the cursor walks the roles; awaited after it.
  const puts: Promise<unknown>[] = [];
  await tx
    .table('roles')
    .toCollection()
    .modify((role: RoleV1) => {
      if (role.snapshot) puts.push(snapshots.put({ roleId: role.id, text: role.snapshot.text, highlights: role.snapshot.highlights }));
      delete role.snapshot;
      role.tech = techIndex(role.techStack ?? []);
    });
  await Promise.all(puts);
}

/** Declares every version on a database instance, up to `upTo` (tests open older versions). */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  db.version(1).stores(SCHEMA_V1);
  if (upTo >= 2) db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
}

export const LATEST_VERSION = 2;
