import * as assert from "assert";
import * as fs from "fs";
import { endRun, cgroupFile, inventory, isAlive, makeTestStateRoot, networkInventory, requireRoot, wgetFrom } from "../helpers/host";
import { ExampleRun } from "../helpers/pulumi";

for (const [example, unit] of [["jail", "www"], ["zone", "db"]] as const) {
  describe(`e2e: examples/${example} — up, a live change, refresh, destroy`, function () {
    let stateRoot: string;
    let run: ExampleRun;
    let initial: ReturnType<typeof inventory>;
    let initialNet: ReturnType<typeof networkInventory>;
    let pid = 0;

    before(() => {
      requireRoot();
      stateRoot = makeTestStateRoot(`e2e-${example}`);
      initial = inventory(stateRoot);
      initialNet = networkInventory(stateRoot);
      run = new ExampleRun(example, { PADDOCK_STATE_ROOT: stateRoot });
    });
    after(() => endRun(run, stateRoot, initial, initialNet));

    it("up starts it", async () => {
      const { outputs } = await run.upOps();
      pid = outputs.pid as number;
      assert.ok(isAlive(pid));
      if (example === "jail") assert.strictEqual(wgetFrom(0, `http://${outputs.address}/hostname`), "www.example\n");
      else assert.match(fs.readFileSync(cgroupFile("cpuset", String(outputs.cgroupPath), "cpuset.cpus"), "utf8"), /^\d+\n$/);
    });

    it("a limit change previews as a live update, and up keeps the same init", async () => {
      run.useStep("limits");
      const ops = await run.previewOps();
      assert.strictEqual(ops.get(unit)?.op, "update");
      assert.ok(run.messages.get(unit)?.some((m) => /^paddock: live: .* same init process/.test(m)), JSON.stringify([...run.messages]));
      const { outputs } = await run.upOps();
      assert.strictEqual(outputs.pid, pid);
    });

    it("refresh finds nothing drifted, and preview --expect-no-changes agrees", async () => {
      const found = await run.refreshOps();
      assert.strictEqual(found.get(unit)?.op, "same");
      await run.previewOps({ expectNoChanges: true });
    });

    it("destroy leaves the host clean", async () => {
      await (await run.stack()).destroy();
      assert.ok(!isAlive(pid));
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
    });
  });
}
