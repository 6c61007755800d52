import { runStepsPausing, type Steps } from '../../../utils/steps';

/** Runs `steps` to the end with the reader's runner, counting its pauses instead of yielding to a page. */
export async function runCountingPauses<T>(steps: Steps<T>): Promise<{ out: T; pauses: number }> {
  let pauses = 0;
  const out = await runStepsPausing(steps, async () => void pauses++);
  return { out, pauses };
}
