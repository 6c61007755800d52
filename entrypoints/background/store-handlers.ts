// STUB (owned by the storage helper): saveRole / getSavedState and the notes port.
export function registerStoreHandlers(): void {}
