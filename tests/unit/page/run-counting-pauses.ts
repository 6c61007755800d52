import type { Steps } from '../../../utils/steps';

/** Runs `steps` to the end, as runSteps does; returns the result and how many pauses there were. */
export function runCountingPauses<T>(steps: Steps<T>): { out: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { out: step.value, pauses };
    pauses++;
  }
}
