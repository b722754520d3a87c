import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { unitCgroupPath } from "../../provider/linux/cgroups";
import { endRun, cgroupFile, inventory, isAlive, killUnitInit, makeTestStateRoot, networkInventory, requireRoot, unmountAllUnder, wgetFrom } from "../helpers/host";
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
      else assert.match(fs.readFileSync(cgroupFile(String(outputs.cgroupPath), "cpuset.cpus"), "utf8"), /^\d+\n$/);
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

    // Drift, as for a Container: each case changed on the host by hand, caught by refresh in the
    // kind's own words, repaired by up.
    const cg = (knob: "pids.max") => cgroupFile(unitCgroupPath(stateRoot, unit), knob);
    it("drift: a process limit written by hand — refresh shows it in the kind's words, up restores it live", async () => {
      const want = fs.readFileSync(cg("pids.max"), "utf8").trim();
      fs.writeFileSync(cg("pids.max"), "17");
      const found = await run.refreshOps();
      const prop = example === "jail" ? "limits" : "maxLwps";
      assert.strictEqual(found.get(unit)?.op, "update");
      assert.ok(found.get(unit)?.diffs.includes(prop), JSON.stringify(found.get(unit)));
      const leaf = example === "jail" ? `limits.maxproc: 17 → ${want} (live)` : `maxLwps: 17 → ${want} (live)`;
      await run.previewOps();
      assert.ok(run.messages.get(unit)?.some((m) => m.includes(leaf)), JSON.stringify([...run.messages]));
      const { outputs } = await run.upOps();
      assert.strictEqual(outputs.pid, pid, "restored live: same init");
      assert.strictEqual(fs.readFileSync(cg("pids.max"), "utf8").trim(), want);
    });

    it("drift: the init killed from outside — refresh shows it stopped, up starts it again", async () => {
      killUnitInit(pid);
      await new Promise((r) => setTimeout(r, 200));
      const found = await run.refreshOps();
      assert.strictEqual(found.get(unit)?.op, "update");
      assert.ok(found.get(unit)?.diffs.includes("status"), JSON.stringify(found.get(unit)));
      const { outputs } = await run.upOps();
      assert.ok(isAlive(outputs.pid as number));
      pid = outputs.pid as number;
    });

    if (example === "jail") {
      it("drift: the jail's veth deleted by hand — refresh shows ip4 lost, up plumbs it again at the same address", async () => {
        const veth = fs.readdirSync("/sys/class/net").find((l) => fs.existsSync(`/sys/class/net/${l}/master`) && fs.readlinkSync(`/sys/class/net/${l}/master`).endsWith("/pd-jails"))!;
        execFileSync("ip", ["link", "del", veth]);
        const found = await run.refreshOps();
        assert.strictEqual(found.get(unit)?.op, "update");
        await run.previewOps();
        assert.ok(run.messages.get(unit)?.some((m) => /^paddock: restart:/.test(m) && m.includes("ip4: found changed on the host → as declared (restart)")), JSON.stringify([...run.messages]));
        const { outputs } = await run.upOps();
        pid = outputs.pid as number;
        assert.strictEqual(wgetFrom(0, "http://10.77.30.80/hostname"), "www.example\n");
      });
    } else {
      it("drift: the zone's hostname changed inside — refresh shows it, up restarts the zone with its own", async () => {
        execFileSync("nsenter", ["--target", String(pid), "--uts", "hostname", "renamed"]);
        const found = await run.refreshOps();
        assert.strictEqual(found.get(unit)?.op, "update");
        await run.previewOps();
        assert.ok(run.messages.get(unit)?.some((m) => m.includes("hostname: found changed on the host → as declared (restart)")), JSON.stringify([...run.messages]));
        const { outputs } = await run.upOps();
        pid = outputs.pid as number;
        assert.strictEqual(execFileSync("nsenter", ["--target", String(pid), "--uts", "hostname"], { encoding: "utf8" }).trim(), "db");
      });
    }

    it("drift: runtime state and bundle deleted by hand — refresh drops it, up makes it again, and then nothing differs", async () => {
      execFileSync("runc", ["--root", path.join(stateRoot, "runtime/runc"), "delete", "--force", unit]);
      unmountAllUnder(path.join(stateRoot, "units", unit));
      fs.rmSync(path.join(stateRoot, "units", unit), { recursive: true, force: true });
      const found = await run.refreshOps();
      assert.strictEqual(found.get(unit)?.op, "delete");
      const { ops, outputs } = await run.upOps();
      assert.strictEqual(ops.get(unit)?.op, "create");
      pid = outputs.pid as number;
      assert.ok(isAlive(pid));
      await run.previewOps({ refresh: true, expectNoChanges: true });
    });

    it("destroy leaves the host clean", async () => {
      await (await run.stack()).destroy();
      assert.ok(!isAlive(pid));
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
    });
  });
}
