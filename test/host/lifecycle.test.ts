import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { container } from "../../provider";
import type { ContainerOutputs } from "../../provider/core/spec";
import type { CgroupKnob } from "../../provider/linux/cgroups";
import { unitPaths } from "../../provider/linux/paths";
import { aDisk, CGROUP_MODE, cgroupFile, cgroupRead, containerSteps, execInUnit, hostIdOf, inUnit, inventory, isAlive, killUnitInit, makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";

const MiB = 1024 * 1024;

describe("host: Container lifecycle (limits, mounts, user, stop/start, drift)", function () {
  let stateRoot: string;
  let initial: ReturnType<typeof inventory>;
  let scratch: string;
  const live = new Map<string, ContainerOutputs>();
  const inputs = (name: string, over: Record<string, unknown> = {}) => ({
    name, rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], stateRoot, stopTimeout: "0s", __paddockOwner: `test/${name}`, ...over,
  });
  /** The provider's paths as the engine drives them: check then create; check, diff, update. */
  const { create, change } = containerSteps(live);
  const cg = (u: ContainerOutputs, knob: CgroupKnob) => cgroupRead(u.cgroupPath, knob);
  const v1 = CGROUP_MODE === "v1";

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("life");
    initial = inventory(stateRoot);
    scratch = fs.mkdtempSync("/tmp/paddock-life-");
  });
  after(async () => {
    for (const u of live.values()) await container.delete(u.unitId, u as never).catch(() => undefined);
    try {
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
      removeTestStateRoot(stateRoot);
    }
  });

  it("GIVEN limits THEN they are in the unit's cgroup files from the start", async () => {
    const u = await create(inputs("limited", { limits: { memory: "64MiB", memorySwap: "64MiB", cpus: 0.5, cpuset: "0", pids: 64 } }));
    assert.strictEqual(cg(u, "memory.max"), String(64 * MiB));
    // v1 limits memory plus swap; v2 swap alone (64 MiB of both is no swap at all).
    assert.strictEqual(cg(u, "memory.swap.max"), v1 ? String(64 * MiB) : "0");
    assert.strictEqual(cg(u, "cpu.max"), v1 ? "50000" : "50000 100000");
    if (v1) assert.strictEqual(fs.readFileSync(path.join(path.dirname(cgroupFile(u.cgroupPath, "cpu.max")), "cpu.cfs_period_us"), "utf8").trim(), "100000");
    assert.strictEqual(cg(u, "cpuset.cpus"), "0");
    assert.strictEqual(cg(u, "pids.max"), "64");
  });

  it("WHEN memory, cpus and pids change THEN the cgroup files change live and the init keeps its pid", async () => {
    const u = live.get("limited")!;
    const dir = unitPaths(stateRoot, "limited");
    const etcBefore = ["hostname", "hosts"].map((f) => fs.statSync(path.join(dir.upper, "etc", f)));
    const after = await change(u, inputs("limited", { limits: { memory: "128MiB", memorySwap: "256MiB", cpus: 1.5, cpuset: "0", pids: 100 } }));
    // The bundle says the new limit for the next start; /etc, which says the same as before, is not rewritten.
    assert.strictEqual((JSON.parse(fs.readFileSync(dir.config, "utf8")) as { linux: { resources: { memory: { limit: number } } } }).linux.resources.memory.limit, 128 * MiB);
    ["hostname", "hosts"].forEach((f, i) => {
      const now = fs.statSync(path.join(dir.upper, "etc", f));
      assert.deepStrictEqual([now.ino, now.mtimeMs], [etcBefore[i].ino, etcBefore[i].mtimeMs], `/etc/${f} was rewritten`);
    });
    assert.strictEqual(after.pid, u.pid);
    assert.ok(isAlive(u.pid));
    assert.strictEqual(cg(u, "memory.max"), String(128 * MiB));
    assert.strictEqual(cg(u, "memory.swap.max"), String((v1 ? 256 : 128) * MiB));
    assert.strictEqual(cg(u, "cpu.max"), v1 ? "150000" : "150000 100000");
    assert.strictEqual(cg(u, "pids.max"), "100");
  });

  it("WHEN limits are removed THEN memory and cpu become unlimited and pids goes back to its default 2048, still live; pids: 0 lifts it", async () => {
    const u = live.get("limited")!;
    const after = await change(u, inputs("limited"));
    assert.strictEqual(after.pid, u.pid);
    if (v1) assert.ok(Number(cg(u, "memory.max")) > 2 ** 62);
    else assert.strictEqual(cg(u, "memory.max"), "max");
    assert.strictEqual(cg(u, "cpu.max"), v1 ? "-1" : "max 100000");
    assert.strictEqual(cg(u, "pids.max"), "2048");
    const unlimited = await change(after, inputs("limited", { limits: { pids: 0 } }));
    assert.strictEqual(unlimited.pid, u.pid);
    assert.strictEqual(cg(u, "pids.max"), "max");
    assert.strictEqual((unlimited.limits as { pids?: number }).pids, 0, "read back as declared: no drift");
  });

  describe("block I/O (limits.io)", () => {
    const disk = aDisk();
    const ioDir = (u: ContainerOutputs) => (v1 ? path.join("/sys/fs/cgroup/blkio", u.cgroupPath) : path.dirname(cgroupFile(u.cgroupPath, "pids.max")));
    const ioRead = (u: ContainerOutputs, file: string) => fs.readFileSync(path.join(ioDir(u), file), "utf8").trim();
    const has = (u: ContainerOutputs, file: string) => fs.existsSync(path.join(ioDir(u), file));
    /** The unit's caps as the kernel holds them, one "M:m key=value" line per disk, v1's four files joined. */
    const caps = (u: ContainerOutputs): string[] => {
      if (!v1) return ioRead(u, "io.max").split("\n").filter(Boolean);
      const files = [["rbps", "read_bps"], ["wbps", "write_bps"], ["riops", "read_iops"], ["wiops", "write_iops"]] as const;
      return files.flatMap(([k, f]) => ioRead(u, `blkio.throttle.${f}_device`).split("\n").filter(Boolean).map((l) => `${l.split(" ")[0]} ${k}=${l.split(" ")[1]}`));
    };
    /** The weight in force and the file that holds it (BFQ's is the number given; v2's io.weight its own scale). */
    const weight = (u: ContainerOutputs): string | undefined => {
      for (const f of v1 ? ["blkio.bfq.weight", "blkio.weight"] : ["io.bfq.weight", "io.weight"]) if (has(u, f)) return `${f}: ${ioRead(u, f).split("\n")[0]}`;
      return undefined;
    };
    const ioWeight = (w: number) => (v1 ? `blkio.bfq.weight: ${w}` : undefined);
    // On v1 a weight needs BFQ or CFQ registered (each disk's scheduler list names them); without, up refuses it.
    const weighs = !v1 || fs.readdirSync("/sys/block").some((d) => /\b(bfq|cfq)\b/.test(fs.existsSync(`/sys/block/${d}/queue/scheduler`) ? fs.readFileSync(`/sys/block/${d}/queue/scheduler`, "utf8") : ""));
    const withWeight = (io: Record<string, unknown>) => (weighs ? { weight: 300, ...io } : io);

    it("GIVEN a weight and caps on a disk THEN the unit's cgroup holds them from its start, and read sees no drift", async () => {
      if (!weighs) {
        const before = inventory(stateRoot);
        await assert.rejects(create(inputs("ioweight", { limits: { io: { weight: 300 } } })), /limits\.io\.weight: this host's kernel has no block I\/O weight .*modprobe bfq/);
        assert.deepStrictEqual(inventory(stateRoot), before, "nothing made");
      }
      const u = await create(inputs("iolim", { limits: { io: withWeight({ devices: [{ path: disk.path, readBps: "1MiB", writeIops: 120 }] }) } }));
      if (v1) assert.deepStrictEqual(caps(u).sort(), [`${disk.key} rbps=${MiB}`, `${disk.key} wiops=120`]);
      else assert.deepStrictEqual(caps(u), [`${disk.key} rbps=${MiB} wbps=max riops=max wiops=120`]);
      const w = weight(u);
      // BFQ's file takes the number as given; io.weight (io.cost) gets it on its 1-10000 scale, as runc and crun write it.
      if (w?.startsWith("io.weight")) assert.strictEqual(w, `io.weight: default ${1 + Math.floor((290 * 9999) / 990)}`);
      else if (w) assert.match(w, /^(blkio|io)\.bfq\.weight: (default )?300$/);
      if (v1 && weighs) assert.strictEqual(w, ioWeight(300));
      const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
      assert.deepStrictEqual(seen.limits, u.limits);
      assert.deepStrictEqual(u.limits.io, withWeight({ devices: [{ path: disk.path, readBps: "1MiB", writeIops: 120 }] }));
    });

    it("WHEN a cap is changed by hand THEN read reports it; WHEN the caps change THEN the cgroup follows live; WHEN io is removed THEN no cap is left", async () => {
      const u = live.get("iolim")!;
      if (v1) fs.writeFileSync(path.join(ioDir(u), "blkio.throttle.read_bps_device"), `${disk.key} ${2 * MiB}`);
      else fs.writeFileSync(path.join(ioDir(u), "io.max"), `${disk.key} rbps=${2 * MiB}`);
      const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
      assert.deepStrictEqual(seen.limits.io?.devices, [{ path: disk.path, readBps: "2MiB", writeIops: 120 }]);
      const moved = await change(seen, inputs("iolim", { limits: { io: withWeight({ devices: [{ path: disk.path, writeBps: "4MiB" }] }) } }));
      assert.strictEqual(moved.pid, u.pid);
      if (v1) assert.deepStrictEqual(caps(u), [`${disk.key} wbps=${4 * MiB}`]);
      else assert.deepStrictEqual(caps(u), [`${disk.key} rbps=max wbps=${4 * MiB} riops=max wiops=max`]);
      const none = await change(moved, inputs("iolim"));
      assert.strictEqual(none.pid, u.pid);
      assert.deepStrictEqual(caps(u), []);
      if (v1 && weighs) assert.strictEqual(weight(u), ioWeight(100));
      const after = (await container.read(u.unitId, none as never)).props as ContainerOutputs;
      assert.strictEqual(after.limits.io, undefined);
    });

    it("GIVEN a device that is not a disk THEN up refuses naming limits.io.devices[i].path and the fix, and nothing is made", async () => {
      const before = inventory(stateRoot);
      for (const [dev, why] of [["/dev/null", /limits\.io\.devices\[0\]\.path: \/dev\/null is not a block device: name a disk's device node/], ["/dev/paddock-no-such-disk", /limits\.io\.devices\[0\]\.path: \/dev\/paddock-no-such-disk does not exist on this host/]] as const) {
        const checked = await container.check({}, inputs("iobad", { limits: { io: { devices: [{ path: dev, readBps: "1MiB" }] } } }));
        assert.deepStrictEqual(checked.failures, [], "preview cannot know the host's devices: up refuses");
        await assert.rejects(container.create(checked.inputs), why);
        assert.deepStrictEqual(inventory(stateRoot), before);
      }
    });
  });

  it("GIVEN pids: 5 THEN a process inside cannot fork past it", async () => {
    const u = await create(inputs("forky", { limits: { pids: 5 } }));
    const r = execInUnit(stateRoot, u.unitId, ["/bin/sh", "-c", "for i in 1 2 3 4 5 6 7 8; do sleep 60 </dev/null >/dev/null 2>&1 & done"]);
    assert.match(r.stderr, /can't fork|Resource temporarily unavailable/, r.stderr);
    assert.ok(Number(cg(u, "pids.current")) <= 5);
    assert.ok(Number(cg(u, "pids.events").split(" ")[1]) > 0, "pids.events counts the refused forks");
  });

  it("GIVEN memory: 16MiB THEN a process that needs 64MiB is killed by the OOM killer", async () => {
    const u = await create(inputs("small", { limits: { memory: "16MiB", memorySwap: "16MiB" } }));
    const r = execInUnit(stateRoot, u.unitId, ["/bin/dd", "if=/dev/zero", "of=/dev/null", "bs=64M", "count=1"]);
    assert.notStrictEqual(r.status, 0, "dd must not succeed");
    assert.match(cg(u, "memory.events"), /oom_kill [1-9]/);
    assert.ok(isAlive(u.pid), "the unit's init survives");
  });

  it("GIVEN a read-only bind mount and a tmpfs THEN the bind is visible but not writable and the tmpfs has its size", async () => {
    fs.writeFileSync(path.join(scratch, "index.html"), "hello\n");
    const u = await create(inputs("mounts", {
      mounts: [{ type: "bind", source: scratch, target: "/www", readOnly: true }, { type: "tmpfs", target: "/scratch", size: "8MiB" }],
    }));
    assert.strictEqual(inUnit(u.pid, ["cat", "/www/index.html"]), "hello\n");
    const w = execInUnit(stateRoot, u.unitId, ["/bin/sh", "-c", "echo x > /www/new"]);
    assert.notStrictEqual(w.status, 0);
    assert.match(w.stderr, /Read-only file system/);
    assert.ok(!fs.existsSync(path.join(scratch, "new")));
    assert.match(inUnit(u.pid, ["df", "-k", "/scratch"]), /tmpfs\s+8192\s/);
  });

  it("GIVEN a bind source that does not exist THEN create fails naming it and leaves nothing", async () => {
    const inv = inventory(stateRoot);
    await assert.rejects(create(inputs("nosrc", { mounts: [{ type: "bind", source: "/no/such/dir", target: "/x" }] })), /mounts\[0\]\.source: \/no\/such\/dir does not exist/);
    assert.deepStrictEqual(inventory(stateRoot), inv);
  });

  it("GIVEN a writable bind whose source links to /etc THEN create fails at up naming where it leads, and leaves nothing", async () => {
    const link = path.join(scratch, "etc-link");
    fs.symlinkSync("/etc", link);
    const inv = inventory(stateRoot);
    await assert.rejects(create(inputs("etclink", { mounts: [{ type: "bind", source: link, target: "/x" }] })), /the bind mount of \S+etc-link at \/x: \S+etc-link \(a link to \/etc\) is a system directory of the host \(\/etc\): a writable bind mount lets the unit change the host/);
    assert.deepStrictEqual(inventory(stateRoot), inv);
  });

  it("GIVEN an init that dies at once THEN create fails with its last output and leaves nothing", async () => {
    const inv = inventory(stateRoot);
    // The issue's case: httpd is at /usr/sbin/httpd in busybox, not /bin/httpd.
    const dies = ["/bin/sh", "-c", "echo starting httpd; exec /bin/httpd"];
    await assert.rejects(create(inputs("diesatonce", { command: dies })), (e: Error) => {
      assert.match(e.message, /create container `diesatonce`: see the init stay up: the unit's init `\/bin\/sh -c echo starting httpd; exec \/bin\/httpd` exited within 100 ms of its start; its last output:\nstarting httpd\n.*exec.*\/bin\/httpd: not found$/);
      return true;
    });
    assert.deepStrictEqual(inventory(stateRoot), inv);
  });

  it("GIVEN a restart-class change to an init that dies at once THEN the update fails saying why", async () => {
    const u = await create(inputs("diesonrestart"));
    await assert.rejects(change(u, inputs("diesonrestart", { command: ["/bin/sh", "-c", "echo bye; exit 3"] })), /update container `diesonrestart`: the unit's init .* exited within 100 ms of its start; its last output:\n(.*\n)*bye$/);
  });

  it("GIVEN user and workdir THEN the init runs as that uid/gid in that directory", async () => {
    const u = await create(inputs("nobody", { user: { uid: 65534, gid: 65534 }, workdir: "/tmp" }));
    const status = fs.readFileSync(`/proc/${u.pid}/status`, "utf8");
    // 65534 in the unit's user namespace: the host id 65534 places above its range's first.
    const id = hostIdOf(u, 65534);
    assert.match(status, new RegExp(`^Uid:\\s+${id}\\s+${id}`, "m"));
    assert.match(status, new RegExp(`^Gid:\\s+${id}\\s+${id}`, "m"));
    assert.strictEqual(fs.readlinkSync(`/proc/${u.pid}/cwd`), "/tmp");
    assert.strictEqual(fs.statSync(`/proc/${u.pid}/cwd`).ino, fs.statSync(path.join(u.rootfsPath, "tmp")).ino);
  });

  it("GIVEN rlimits THEN the init has them", async () => {
    const u = await create(inputs("rlim", { rlimits: { nofile: 321 } }));
    assert.match(fs.readFileSync(`/proc/${u.pid}/limits`, "utf8"), /Max open files\s+321\s+321/);
  });

  describe("stop and start", () => {
    it("WHEN state becomes stopped THEN no process runs, and running again starts the same unit with its data", async () => {
      const u = await create(inputs("sleeper"));
      inUnit(u.pid, ["sh", "-c", "echo mine > /root/data"]);
      const stopped = await change(u, inputs("sleeper", { state: "stopped" }));
      assert.strictEqual(stopped.status, "stopped");
      assert.strictEqual(stopped.pid, 0);
      assert.ok(!isAlive(u.pid));
      assert.ok(!fs.existsSync(path.dirname(cgroupFile(u.cgroupPath, "cgroup.procs"))), "a stopped unit has no cgroup, so no processes");
      const read = await container.read(u.unitId, stopped as never);
      assert.strictEqual((read.props as ContainerOutputs).state, "stopped");
      const again = await change(stopped, inputs("sleeper"));
      assert.strictEqual(again.status, "running");
      assert.ok(isAlive(again.pid));
      assert.strictEqual(inUnit(again.pid, ["cat", "/root/data"]), "mine\n");
    });

    it("GIVEN state stopped at create THEN the unit exists but holds no process", async () => {
      const u = await create(inputs("dormant", { state: "stopped" }));
      assert.strictEqual(u.status, "stopped");
      assert.ok(fs.existsSync(path.join(stateRoot, "units/dormant/config.json")));
      const started = await change(u, inputs("dormant"));
      assert.ok(isAlive(started.pid));
    });

    it("WHEN an init that handles SIGTERM is stopped THEN it gets SIGTERM and time to exit cleanly", async () => {
      const script = "trap 'echo clean > /root/bye; exit 0' TERM; while true; do sleep 0.1; done";
      const u = await create(inputs("graceful", { command: ["/bin/sh", "-c", script], stopTimeout: "5s" }));
      await new Promise((r) => setTimeout(r, 200));
      const t0 = Date.now();
      const stopped = await change(u, inputs("graceful", { command: ["/bin/sh", "-c", script], stopTimeout: "5s", state: "stopped" }));
      assert.ok(Date.now() - t0 < 4000, "it did not wait for the SIGKILL deadline");
      assert.strictEqual(fs.readFileSync(path.join(stateRoot, "units/graceful/upper/root/bye"), "utf8"), "clean\n");
      assert.strictEqual(stopped.status, "stopped");
    });
  });

  describe("drift: read reports what is really there", () => {
    it("WHEN a limit is changed by hand THEN read reports the hand-written value, and an update restores the declared one live", async () => {
      const u = await create(inputs("drifty", { limits: { memory: "64MiB" } }));
      fs.writeFileSync(cgroupFile(u.cgroupPath, "memory.max"), String(96 * MiB));
      const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
      assert.strictEqual(seen.limits.memory, "96MiB");
      const d = await container.diff(u.unitId, seen as never, (await container.check({}, inputs("drifty", { limits: { memory: "64MiB" } }))).inputs);
      assert.strictEqual(d.changes, true);
      const fixed = await change(seen, inputs("drifty", { limits: { memory: "64MiB" } }));
      assert.strictEqual(fixed.pid, u.pid);
      assert.strictEqual(cg(u, "memory.max"), String(64 * MiB));
    });

    it("WHEN the init is killed from outside THEN read reports stopped, and an update starts it again", async () => {
      const u = await create(inputs("victim"));
      killUnitInit(u.pid);
      await new Promise((r) => setTimeout(r, 100));
      const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
      assert.deepStrictEqual([seen.state, seen.status, seen.pid], ["stopped", "stopped", 0]);
      const back = await change(seen, inputs("victim"));
      assert.ok(isAlive(back.pid));
      assert.notStrictEqual(back.pid, u.pid);
    });

    it("WHEN the declared hostname changes THEN the unit restarts with /etc/hostname and /etc/hosts saying the new name", async () => {
      const u = await create(inputs("hostnamed", { hostname: "before.example" }));
      const after = await change(u, inputs("hostnamed", { hostname: "after.example" }));
      assert.notStrictEqual(after.pid, u.pid);
      assert.strictEqual(inUnit(after.pid, ["cat", "/etc/hostname"]), "after.example\n");
      assert.match(inUnit(after.pid, ["cat", "/etc/hosts"]), /^127\.0\.1\.1\tafter\.example$/m);
      assert.strictEqual(inUnit(after.pid, ["hostname"]).trim(), "after.example");
    });

    it("WHEN the hostname is changed inside THEN read reports it", async () => {
      const u = await create(inputs("named", { hostname: "named" }));
      inUnit(u.pid, ["hostname", "renamed"]);
      const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
      assert.strictEqual(seen.hostname, "renamed");
    });

    it("WHEN a declared mount is unmounted inside THEN read no longer reports it, so the diff shows a restart", async () => {
      const u = await create(inputs("unmounted", { mounts: [{ type: "tmpfs", target: "/cache", size: "4MiB" }] }));
      assert.deepStrictEqual((await container.read(u.unitId, u as never)).props.mounts, u.mounts);
      inUnit(u.pid, ["umount", "/cache"]);
      const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
      assert.deepStrictEqual(seen.mounts, []);
      const back = await change(seen, inputs("unmounted", { mounts: [{ type: "tmpfs", target: "/cache", size: "4MiB" }] }));
      assert.notStrictEqual(back.pid, u.pid, "restored by a restart");
      assert.deepStrictEqual((await container.read(back.unitId, back as never)).props.mounts, back.mounts);
    });

    it("WHEN nothing changed THEN read returns exactly the outputs and diff sees no change", async () => {
      const u = await create(inputs("steady", { limits: { memory: "32MiB", cpus: 0.25, pids: 20 } }));
      const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
      assert.deepStrictEqual(seen, u);
      const d = await container.diff(u.unitId, seen as never, (await container.check({}, inputs("steady", { limits: { memory: "32MiB", cpus: 0.25, pids: 20 } }))).inputs);
      assert.strictEqual(d.changes, false);
    });
  });
});
