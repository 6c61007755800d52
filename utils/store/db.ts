/**
 * The one Dexie database, opened in extension-origin contexts only (background, popup, dashboard, options).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Role, RoleSnapshot } from './role';
import { declareVersions } from './schema';
import { DB_NAME } from './db-name';

export { DB_NAME };

export type JobmarkDB = Dexie & {
  roles: EntityTable<Role, 'id'>;
  snapshots: EntityTable<RoleSnapshot, 'roleId'>;
};

/** Opens (lazily, on first query) a database with the latest schema. Tests pass their own name. */
export function createDb(name = DB_NAME): JobmarkDB {
  const db = new Dexie(name) as JobmarkDB;
  declareVersions(db);
  return db;
}

let shared: JobmarkDB | null = null;

/** The database for this context, created on first use. */
export function getDb(): JobmarkDB {
  shared ??= createDb();
  return shared;
}
