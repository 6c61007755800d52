// STUB (owned by the on-page helper): analysis requests from pages, the offscreen document, commands.
export function registerPageHandlers(): void {}
