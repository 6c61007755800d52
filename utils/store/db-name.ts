/** The IndexedDB name, in a file of its own so a page can read it without loading Dexie. */
export const DB_NAME = 'jobmark';
