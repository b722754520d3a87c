import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { spawn } from "child_process";
import { unitPaths } from "../../provider/linux/paths";
import { container } from "../../provider";
import type { ContainerOutputs } from "../../provider/core/spec";
import { CGROUP_MODE, inUnit, inventory, isAlive, killUnitInit, makeTestStateRoot, removeTestStateRoot, requireRoot, treeFingerprint } from "../helpers/host";

describe("host: a busybox Container on this machine (real OCI runtime, namespaces, overlay)", function () {
  let stateRoot: string;
  let initial: ReturnType<typeof inventory>;
  const created: ContainerOutputs[] = [];
  const inputs = (name: string, over: Record<string, unknown> = {}) => ({
    name,
    rootfs: { busybox: {} },
    command: ["/bin/sh", "-c", "echo hi; exec sleep 1000000"],
    hostname: name,
    env: { GREETING: "hi" },
    network: { mode: "none" },
    stateRoot,
    // sleep as PID 1 ignores SIGTERM; a graceful stop is tested on its own.
    stopTimeout: "0s",
    __paddockOwner: `test/${name}`,
    ...over,
  });
  const create = async (i: Record<string, unknown>) => {
    const checked = await container.check({}, i);
    assert.deepStrictEqual(checked.failures, []);
    const res = await container.create(checked.inputs);
    created.push(res.outs as ContainerOutputs);
    return res.outs as ContainerOutputs;
  };

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("host");
    initial = inventory(stateRoot);
  });
  after(async () => {
    for (const c of created) await container.delete(c.unitId, c as never).catch(() => undefined);
    try {
      // Every unit was deleted: the state root's inventory is what it was before the first create.
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
    } finally {
      removeTestStateRoot(stateRoot);
    }
  });

  describe("GIVEN a created unit", () => {
    let unit: ContainerOutputs;
    before(async () => {
      unit = await create(inputs("hello"));
    });

    it("THEN its init runs, in a pid namespace other than the host's", () => {
      assert.strictEqual(unit.status, "running");
      assert.ok(isAlive(unit.pid), "init pid is alive in /proc");
      assert.notStrictEqual(fs.readlinkSync(`/proc/${unit.pid}/ns/pid`), fs.readlinkSync("/proc/self/ns/pid"));
      assert.notStrictEqual(fs.readlinkSync(`/proc/${unit.pid}/ns/mnt`), fs.readlinkSync("/proc/self/ns/mnt"));
      assert.notStrictEqual(fs.readlinkSync(`/proc/${unit.pid}/ns/ipc`), fs.readlinkSync("/proc/self/ns/ipc"));
    });

    it("THEN the hostname inside is the declared one", () => {
      assert.strictEqual(inUnit(unit.pid, ["/bin/hostname"]).trim(), "hello");
    });

    it("THEN the declared env is in the init's environment", () => {
      const env = fs.readFileSync(`/proc/${unit.pid}/environ`, "utf8").split("\0");
      assert.ok(env.includes("GREETING=hi"), env.join(" "));
      assert.ok(env.includes("HOSTNAME=hello"));
    });

    it("THEN it has no network interface but lo, and lo is up", () => {
      const links = inUnit(unit.pid, ["ip", "-o", "link"]).trim().split("\n");
      assert.strictEqual(links.length, 1, links.join("\n"));
      assert.match(links[0], /^1: lo: <LOOPBACK,UP/);
    });

    it("THEN its capabilities are reduced (no CAP_SYS_ADMIN) and no_new_privs is set", () => {
      const status = fs.readFileSync(`/proc/${unit.pid}/status`, "utf8");
      const capEff = BigInt(`0x${/CapEff:\s+([0-9a-f]+)/.exec(status)![1]}`);
      const CAP_SYS_ADMIN = 21n;
      assert.strictEqual((capEff >> CAP_SYS_ADMIN) & 1n, 0n);
      assert.match(status, /NoNewPrivs:\s+1/);
    });

    it("THEN it sits in Paddock's own cgroup, not the machine agent's", () => {
      const cg = fs.readFileSync(`/proc/${unit.pid}/cgroup`, "utf8");
      // v1: the memory hierarchy's line; v2: the one unified line, "0::<path>".
      const memory = cg.split("\n").find((l) => (CGROUP_MODE === "v1" ? /:memory:/.test(l) : l.startsWith("0::")))!;
      assert.strictEqual(memory.split(":")[2], unit.cgroupPath);
      // Paddock's own subtree (cgroupfs), or its own service in Paddock's slice (systemd).
      assert.match(unit.cgroupPath, /^(\/paddock-[0-9a-f]{8}\/hello|\/paddock\.slice\/paddock-[0-9a-f]{8}\.slice\/paddock-[0-9a-f]{8}_hello\.service\/unit)$/);
    });

    it("WHEN it writes a file THEN the shared base is unchanged and the write is in its own upper layer", () => {
      const base = fs.readdirSync(path.join(stateRoot, "bases")).map((b) => path.join(stateRoot, "bases", b))[0];
      const fp = treeFingerprint(base);
      inUnit(unit.pid, ["/bin/sh", "-c", "echo data > /root/mine && rm /bin/ls"]);
      assert.strictEqual(treeFingerprint(base), fp);
      assert.strictEqual(fs.readFileSync(path.join(stateRoot, "units/hello/upper/root/mine"), "utf8"), "data\n");
      assert.ok(fs.existsSync(path.join(base, "bin/ls")), "the base keeps what the unit deleted");
    });

    it("WHEN it is read THEN it is running with the same pid", async () => {
      const r = await container.read(unit.unitId, unit as never);
      assert.strictEqual(r.id, "hello");
      assert.strictEqual((r.props as ContainerOutputs).pid, unit.pid);
    });

    it("WHEN its pid file names a live process outside its cgroup (a reused pid) THEN read says stopped, not that process", async () => {
      const pidFile = unitPaths(stateRoot, unit.unitId).pidFile;
      const saved = fs.readFileSync(pidFile, "utf8");
      const stranger = spawn("sleep", ["60"], { stdio: "ignore" });
      try {
        fs.writeFileSync(pidFile, String(stranger.pid));
        const r = (await container.read(unit.unitId, unit as never)).props as ContainerOutputs;
        assert.deepStrictEqual([r.status, r.pid], ["stopped", 0]);
      } finally {
        fs.writeFileSync(pidFile, saved);
        stranger.kill("SIGKILL");
      }
      // The control: the same read with the runtime's own pid file sees the unit running.
      const r = (await container.read(unit.unitId, unit as never)).props as ContainerOutputs;
      assert.deepStrictEqual([r.status, r.pid], ["running", unit.pid]);
    });
  });

  describe("GIVEN units that are deleted", () => {
    it("THEN the host inventory is exactly as before: no mount, netns, cgroup, runtime state or unit directory", async () => {
      const inv = inventory(stateRoot);
      const a = await create(inputs("gone-a"));
      const b = await create(inputs("gone-b", { network: { mode: "host" } }));
      assert.ok(inventory(stateRoot).units.includes("gone-a"));
      for (const u of [a, b]) await container.delete(u.unitId, u as never);
      assert.ok(!isAlive(a.pid));
      assert.deepStrictEqual(inventory(stateRoot), inv);
    });

    it("WHEN deleted twice THEN the second delete succeeds (already gone)", async () => {
      const u = await create(inputs("twice"));
      await container.delete(u.unitId, u as never);
      await container.delete(u.unitId, u as never);
    });

    it("WHEN it was removed by hand THEN read says it is gone", async () => {
      const u = await create(inputs("by-hand"));
      await container.delete(u.unitId, u as never);
      const r = await container.read(u.unitId, u as never);
      assert.ok(!r.id);
    });
  });

  describe("GIVEN a create that fails", () => {
    it("WHEN the program does not exist in the rootfs THEN the error says so and nothing is left", async () => {
      const inv = inventory(stateRoot);
      await assert.rejects(create(inputs("broken", { command: ["/no/such/program"] })), /create container `broken`: start with (runc|crun)( under systemd)?: .*no such file/i);
      assert.deepStrictEqual(inventory(stateRoot), inv);
    });

    it("WHEN another program owns a unit of that name THEN create refuses and leaves it running", async () => {
      const mine = await create(inputs("taken"));
      await assert.rejects(create(inputs("taken", { __paddockOwner: "other/stack/taken" })), /already exists on this host \(owned by test\/taken\)/);
      assert.ok(isAlive(mine.pid), "the existing unit still runs");
    });

    it("WHEN two resources race to create units of one name THEN one wins, the other is refused naming it, and the winner's root is mounted once", async () => {
      const results = await Promise.allSettled([create(inputs("twin", { __paddockOwner: "a/twin" })), create(inputs("twin", { __paddockOwner: "b/twin" }))]);
      const won = results.filter((r): r is PromiseFulfilledResult<ContainerOutputs> => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      assert.deepStrictEqual([won.length, lost.length], [1, 1], JSON.stringify(results.map((r) => r.status === "rejected" ? String(r.reason) : "ok")));
      assert.match(String(lost[0].reason), /another resource is making a unit named `twin` on this host \([ab]\/twin\)|a unit named `twin` already exists on this host \(owned by [ab]\/twin\)/);
      assert.ok(isAlive(won[0].value.pid));
      const root = path.join(stateRoot, "units/twin/rootfs");
      assert.strictEqual(fs.readFileSync("/proc/self/mountinfo", "utf8").split("\n").filter((l) => l.split(" ")[4] === root).length, 1);
    });

    it("WHEN another program owns a unit of that name THEN the refusal says how to adopt it", async () => {
      await assert.rejects(create(inputs("taken", { __paddockOwner: "other/stack/taken" })), /set `adopt: true` on the resource/);
    });

    it("WHEN a crash left this resource's unfinished create THEN a retry removes it and creates it afresh", async () => {
      const first = await create(inputs("retry"));
      // What a crash between the first step of a create and its last leaves: the record says unfinished.
      const record = unitPaths(stateRoot, "retry").record;
      fs.writeFileSync(record, JSON.stringify({ ...JSON.parse(fs.readFileSync(record, "utf8")), complete: false }));
      const second = await create(inputs("retry"));
      assert.notStrictEqual(second.pid, first.pid);
      assert.ok(!isAlive(first.pid), "the leftover init is gone");
      assert.strictEqual(second.status, "running");
    });

    it("WHEN this resource's finished unit is not in the stack (a crash before the checkpoint, or a lost state) THEN create takes it back as it is: same init, same data", async () => {
      const first = await create(inputs("lost"));
      inUnit(first.pid, ["/bin/sh", "-c", "echo precious > /root/data"]);
      const again = await create(inputs("lost"));
      assert.strictEqual(again.pid, first.pid);
      assert.strictEqual(inUnit(again.pid, ["cat", "/root/data"]), "precious\n");
    });

    it("WHEN such a unit differs from the program THEN create refuses, naming it, its owner, what differs and adopt, and changes nothing", async () => {
      const first = await create(inputs("lostdiff"));
      inUnit(first.pid, ["/bin/sh", "-c", "echo precious > /root/data"]);
      await assert.rejects(create(inputs("lostdiff", { env: { GREETING: "changed" } })), (e: Error) => {
        assert.match(e.message, /a unit named `lostdiff` already exists on this host, made by this same resource \(test\/lostdiff\), but this stack's state does not hold it .* and it differs from the program in env/);
        assert.match(e.message, /will not change, delete or recreate it, since it may hold data: set `adopt: true`/);
        return true;
      });
      assert.ok(isAlive(first.pid));
      assert.strictEqual(inUnit(first.pid, ["cat", "/root/data"]), "precious\n");
    });
  });

  describe("GIVEN adopt: true", () => {
    it("WHEN another stack's unit matches the program THEN it is taken over running, same init; the old owner's delete only forgets it", async () => {
      const theirs = await create(inputs("adoptee", { __paddockOwner: "old/stack/adoptee" }));
      const mine = await create(inputs("adoptee", { adopt: true }));
      assert.strictEqual(mine.pid, theirs.pid);
      assert.strictEqual(mine.status, "running");
      assert.strictEqual(JSON.parse(fs.readFileSync(unitPaths(stateRoot, "adoptee").record, "utf8")).owner, "test/adoptee");
      await container.delete(theirs.unitId, theirs as never);
      assert.ok(isAlive(mine.pid), "the old stack's destroy leaves the adopted unit to its new owner");
      const read = await container.read(mine.unitId, mine as never);
      assert.strictEqual(read.id, "adoptee");
    });

    it("WHEN the unit differs in a restart-class property THEN adoption restarts it into the program's spec, keeping its writes", async () => {
      const theirs = await create(inputs("adoptenv", { __paddockOwner: "old/stack/adoptenv" }));
      inUnit(theirs.pid, ["/bin/sh", "-c", "echo kept > /root/data"]);
      const mine = await create(inputs("adoptenv", { adopt: true, env: { GREETING: "hello" } }));
      assert.notStrictEqual(mine.pid, theirs.pid);
      assert.ok(fs.readFileSync(`/proc/${mine.pid}/environ`, "utf8").split("\0").includes("GREETING=hello"));
      assert.strictEqual(inUnit(mine.pid, ["cat", "/root/data"]), "kept\n");
    });

    it("WHEN the unit differs in a replace-class property THEN adoption is refused and the unit is untouched", async () => {
      const theirs = await create(inputs("adoptroot", { __paddockOwner: "old/stack/adoptroot" }));
      await assert.rejects(create(inputs("adoptroot", { adopt: true, rootfs: { directory: "/srv/elsewhere" } })), /adopt: the unit `adoptroot` on this host differs from the program in rootfs, which only a replacement can change/);
      assert.ok(isAlive(theirs.pid));
      assert.strictEqual(JSON.parse(fs.readFileSync(unitPaths(stateRoot, "adoptroot").record, "utf8")).owner, "old/stack/adoptroot");
    });

    it("WHEN the unit it adopts was found stopped THEN adoption starts it, keeping its writes", async () => {
      const theirs = await create(inputs("adoptdead", { __paddockOwner: "old/stack/adoptdead" }));
      inUnit(theirs.pid, ["/bin/sh", "-c", "echo kept > /root/data"]);
      killUnitInit(theirs.pid);
      // SIGKILL is delivered asynchronously: adopt only once the init is really gone.
      for (let i = 0; i < 200 && isAlive(theirs.pid); i++) await new Promise((r) => setTimeout(r, 10));
      assert.ok(!isAlive(theirs.pid));
      const mine = await create(inputs("adoptdead", { adopt: true }));
      assert.strictEqual(mine.status, "running");
      assert.notStrictEqual(mine.pid, theirs.pid);
      assert.strictEqual(inUnit(mine.pid, ["cat", "/root/data"]), "kept\n");
    });

    it("WHEN nothing of that name exists THEN it is created as usual", async () => {
      const u = await create(inputs("adoptnone", { adopt: true }));
      assert.ok(isAlive(u.pid));
    });
  });

  describe("GIVEN a restart-class change", () => {
    it("THEN the unit restarts with the new command and keeps what it wrote", async () => {
      const u = await create(inputs("restart"));
      inUnit(u.pid, ["/bin/sh", "-c", "echo kept > /root/state"]);
      const news = (await container.check(u as never, inputs("restart", { command: ["/bin/sh", "-c", "exec sleep 999999"] }))).inputs;
      const d = await container.diff(u.unitId, u as never, news);
      assert.deepStrictEqual({ changes: d.changes, replaces: d.replaces }, { changes: true, replaces: [] });
      const r = await container.update(u.unitId, u as never, news);
      const outs = r.outs as ContainerOutputs;
      created.push(outs);
      assert.notStrictEqual(outs.pid, u.pid);
      assert.match(fs.readFileSync(`/proc/${outs.pid}/cmdline`, "utf8"), /sleep\x00999999/);
      assert.strictEqual(inUnit(outs.pid, ["/bin/cat", "/root/state"]), "kept\n");
    });
  });
});
