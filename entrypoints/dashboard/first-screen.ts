// The first screen of rows, read with the raw IndexedDB API so it needs neither Dexie nor React: main.tsx starts it
// before the page's big modules load, and the read runs while they are parsed.
import type { Role } from '@/utils/store/role';
import { DB_NAME } from '@/utils/store/db-name';

/** How many rows the first read takes: more than a tall window shows, far fewer than a full list. */
export const FIRST_SCREEN = 60;

/**
 * The most recently updated roles, newest first (the dashboard's default order), or null when they cannot be read
 * this way (no database yet, an unexpected schema): the page then falls back to its Dexie query.
 */
export function readFirstScreen(limit = FIRST_SCREEN, name = DB_NAME): Promise<Role[] | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      // No version: open whatever version exists, never upgrade (Dexie owns the schema).
      req = indexedDB.open(name);
    } catch {
      return resolve(null);
    }
    // A first visit: do not create an empty database behind Dexie's back.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
    req.onsuccess = () => {
      const db = req.result;
      // Dexie may need to upgrade this database: let it.
      db.onversionchange = () => db.close();
      try {
        const index = db.transaction('roles', 'readonly').objectStore('roles').index('updatedAt');
        const rows: Role[] = [];
        const cursor = index.openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (c && rows.length < limit) {
            rows.push(c.value as Role);
            c.continue();
            return;
          }
          db.close();
          resolve(rows);
        };
        cursor.onerror = () => (db.close(), resolve(null));
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
