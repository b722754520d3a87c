/** One step of a plan: what it does, how to undo it. */
export interface Step {
  readonly describe: string;
  do(): Promise<void>;
  undo?(): Promise<void>;
}

/**
 * Runs steps in order. On failure, undoes the completed ones in reverse and
 * throws the first error with the failed step named; an undo that fails is
 * added to the message (never swallowed) so a person knows what is left.
 */
export async function runSteps(steps: readonly Step[]): Promise<void> {
  const done: Step[] = [];
  for (const step of steps) {
    try {
      await step.do();
      done.push(step);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      err.message = `${step.describe}: ${err.message}`;
      for (const d of done.reverse()) {
        try {
          await d.undo?.();
        } catch (u) {
          err.message += `; and undoing "${d.describe}" failed: ${(u as Error).message}`;
        }
      }
      throw err;
    }
  }
}
