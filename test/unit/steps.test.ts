import * as assert from "assert";
import { runSteps } from "../../provider/core/steps";

describe("runSteps: transactional create", () => {
  it("GIVEN a failing third step THEN the first two are undone in reverse and the error names the step", async () => {
    const log: string[] = [];
    const step = (n: number, fail = false) => ({
      describe: `step ${n}`,
      do: async () => {
        if (fail) throw new Error("boom");
        log.push(`do ${n}`);
      },
      undo: async () => void log.push(`undo ${n}`),
    });
    await assert.rejects(runSteps([step(1), step(2), step(3, true)]), /step 3: boom/);
    assert.deepStrictEqual(log, ["do 1", "do 2", "undo 2", "undo 1"]);
  });

  it("GIVEN an undo that fails THEN its failure is in the message, not swallowed", async () => {
    await assert.rejects(
      runSteps([
        { describe: "mount", do: async () => undefined, undo: async () => { throw new Error("busy"); } },
        { describe: "start", do: async () => { throw new Error("no such file"); } },
      ]),
      /start: no such file; and undoing "mount" failed: busy/,
    );
  });
});
