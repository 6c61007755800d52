import { useCallback, useEffect, useRef, useState } from 'react';

/** How long the undo offer stays up. */
const UNDO_MS = 15_000;

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

/** One pending undo at a time; a new action replaces the offer, which expires after a while. */
export function useUndo() {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setOffer(null);
  }, []);
  const offerUndo = useCallback((o: UndoOffer) => {
    if (timer.current) clearTimeout(timer.current);
    setOffer(o);
    timer.current = setTimeout(() => setOffer(null), UNDO_MS);
  }, []);
  const runUndo = useCallback(async () => {
    const o = offer;
    clear();
    await o?.undo();
  }, [offer, clear]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return { offer, offerUndo, runUndo, clear };
}
