/** Items handled between two yields to the page: keeps every task well under the 50 ms long-task line. */
export const CHUNK = 400;

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the page's own work (input, rendering) run before we continue. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}

type PostTask = (cb: () => void, opts: { priority: 'background' }) => Promise<void>;

/**
 * Resolves once the page's own pending work has run: a background-priority task where the scheduler API exists (it
 * runs after user-visible and normal tasks, without waiting for an idle period: requestIdleCallback fired 14–141 ms
 * after load on a posting here, half the first-highlight budget), else an idle callback (at most `timeout` ms).
 */
export function whenIdle(timeout = 1000): Promise<void> {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (postTask) return postTask.call((globalThis as { scheduler?: object }).scheduler, () => {}, { priority: 'background' });
  return new Promise((ok) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => ok(), { timeout });
    else setTimeout(ok, 1);
  });
}
