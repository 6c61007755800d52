/** Items handled between two yields to the page: keeps every task well under the 50 ms long-task line. */
export const CHUNK = 400;

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the page's own work (input, rendering) run before we continue. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}

/**
 * Resolves once the browser has rendered a frame (style, layout, paint of what changed before the call), or after
 * `maxMs` where no frame comes (a hidden tab renders none). Work after it does not force that frame's layout itself.
 */
export function afterNextFrame(maxMs = 100): Promise<void> {
  return new Promise((ok) => {
    const timer = setTimeout(ok, maxMs);
    // A timeout queued from a frame callback runs once that frame is rendered.
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), ok()), 0));
  });
}
