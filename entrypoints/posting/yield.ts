/** Items handled between two yields to the page: keeps every task well under the 50 ms long-task line. */
export const CHUNK = 400;

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the page's own work (input, rendering) run before we continue. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}
