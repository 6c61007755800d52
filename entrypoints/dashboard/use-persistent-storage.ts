import { useEffect, useState } from 'react';

/**
 * Asks once for persistent storage (works from a page, not from the service worker); returns whether the browser
 * granted it (undefined while asking or where the API is missing).
 */
export function usePersistentStorage(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    const s = navigator.storage;
    if (!s?.persist) return;
    void s
      .persisted()
      .then((already) => already || s.persist())
      .then(setPersisted, () => setPersisted(undefined));
  }, []);
  return persisted;
}
