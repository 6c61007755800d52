/**
 * Work written as a generator that pauses (`yield`) where its caller may let the page run: readPageSteps,
 * extractTextSteps. Node, the CLI and tests run it straight through; the page reader pauses at each step.
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * Runs `steps` to the end without pausing.
 * @example runSteps(extractTextSteps(body)).text
 */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` to the end, awaiting `pause` at each of their pauses.
 * @example await runStepsPausing(readPageSteps(document, url), yieldToMain)
 */
export async function runStepsPausing<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}
