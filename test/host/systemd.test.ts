import * as assert from "assert";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { container, jail, zone } from "../../provider";
import type { ContainerOutputs } from "../../provider/core/spec";
import { LocalHost } from "../../provider/host/local";
import { hostSupervisor } from "../../provider/linux/supervisor";
import { serviceName, sliceName } from "../../provider/linux/systemd";
import { cgroupRead, containerSteps, inUnit, inventory, isAlive, killUnitInit, makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";

const MiB = 1024 * 1024;
const systemctl = (...args: string[]) => execFileSync("systemctl", args, { encoding: "utf8" }).trim();
const show = (unit: string, prop: string) => systemctl("show", "--value", "-p", prop, unit);

async function waitFor<T>(what: string, get: () => T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The unit's init as the host sees it now: its pid file, if that process lives. */
function livePid(stateRoot: string, name: string): number | undefined {
  // systemd removes the pid file when the service's main process is gone.
  const file = path.join(stateRoot, "units", name, "init.pid");
  let pid = 0;
  try {
    pid = Number(fs.readFileSync(file, "utf8").trim());
  } catch {
    // Not there, or gone between a look and a read: no live init now.
  }
  return pid > 0 && isAlive(pid) ? pid : undefined;
}

describe("host: units under systemd (a service each, delegated, restart policies)", function () {
  let stateRoot: string;
  let initial: ReturnType<typeof inventory>;
  const live = new Map<string, ContainerOutputs>();
  const inputs = (name: string, over: Record<string, unknown> = {}) => ({
    name, stateRoot, __paddockOwner: `test/${name}`, rootfs: { busybox: {} }, command: ["/bin/sh", "-c", "exec sleep 1000000"], network: { mode: "none" }, stopTimeout: "2s", ...over,
  });
  const { create, change } = containerSteps(live);

  before(async function () {
    requireRoot();
    if ((await hostSupervisor(new LocalHost())).name !== "systemd") this.skip(); // the v2 guest's systemd pass runs these
    stateRoot = makeTestStateRoot("sysd");
    initial = inventory(stateRoot);
  });
  after(async () => {
    if (!stateRoot) return;
    for (const u of live.values()) await container.delete(u.unitId, u as never).catch(() => undefined);
    try {
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
    } finally {
      removeTestStateRoot(stateRoot);
    }
  });

  it("GIVEN a unit THEN it is a delegated service in Paddock's slice whose main process is the unit's own init, and no Paddock process stays", async () => {
    const u = await create(inputs("svc", { limits: { memory: "64MiB" } }));
    const svc = serviceName(stateRoot, "svc");
    assert.strictEqual(u.cgroupPath, `/paddock.slice/${sliceName(stateRoot)}/${svc}/unit`);
    assert.strictEqual(fs.readFileSync(`/proc/${u.pid}/cgroup`, "utf8").trim(), `0::${u.cgroupPath}`);
    assert.strictEqual(show(svc, "MainPID"), String(u.pid));
    assert.strictEqual(show(svc, "Delegate"), "yes");
    assert.strictEqual(show(svc, "ActiveState"), "active");
    assert.strictEqual(cgroupRead(u.cgroupPath, "memory.max"), String(64 * MiB));
    // Every process of the service is the unit's: the starter is gone, the supervisor cgroup empty.
    const procs = (cg: string) => fs.readFileSync(path.join("/sys/fs/cgroup", cg, "cgroup.procs"), "utf8").split("\n").filter(Boolean);
    const serviceCg = path.dirname(u.cgroupPath);
    assert.deepStrictEqual(procs(`${serviceCg}/supervisor`), []);
    assert.deepStrictEqual(procs(u.cgroupPath), [String(u.pid)]);
    assert.match(execFileSync("systemd-cgls", ["--no-pager", "-u", "paddock.slice"], { encoding: "utf8" }), new RegExp(`${svc.replace(/\./g, "\\.")}[\\s\\S]*unit[\\s\\S]*sleep 1000000`));
  });

  it("WHEN systemd reloads, re-executes itself and isolates multi-user.target THEN the unit keeps its init, cgroup and live-set limits", async () => {
    const u = await change(live.get("svc")!, inputs("svc", { limits: { memory: "96MiB", pids: 40 } }));
    assert.strictEqual(cgroupRead(u.cgroupPath, "memory.max"), String(96 * MiB));
    systemctl("daemon-reload");
    systemctl("daemon-reexec");
    // svc has no boot start, so multi-user.target does not want it: isolate would stop it, unless told not to.
    systemctl("isolate", "multi-user.target");
    // Past the unit's 2 s stop timeout, so a stop would have ended in SIGKILL by now.
    await new Promise((r) => setTimeout(r, 3000));
    assert.strictEqual(show(serviceName(stateRoot, "svc"), "ActiveState"), "active");
    assert.ok(isAlive(u.pid));
    assert.strictEqual(fs.readFileSync(`/proc/${u.pid}/cgroup`, "utf8").trim(), `0::${u.cgroupPath}`);
    assert.strictEqual(cgroupRead(u.cgroupPath, "memory.max"), String(96 * MiB));
    assert.strictEqual(cgroupRead(u.cgroupPath, "pids.max"), "40");
    const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
    assert.deepStrictEqual(seen, u, "no drift");
  });

  it("GIVEN restart: on-failure WHEN the init is killed THEN systemd starts it again after the delay, with a new pid and its data, and refresh sees no drift", async () => {
    const u = await create(inputs("phoenix", { restart: "on-failure", restartDelay: "1s" }));
    const svc = serviceName(stateRoot, "phoenix");
    assert.strictEqual(show(svc, "Restart"), "on-failure");
    inUnit(u.pid, ["sh", "-c", "echo kept > /root/data"]);
    const t0 = Date.now();
    killUnitInit(u.pid);
    const pid = await waitFor("a new init", () => {
      const p = livePid(stateRoot, "phoenix");
      return p && p !== u.pid ? p : undefined;
    });
    const took = Date.now() - t0;
    assert.ok(took >= 900, `started again after the 1 s delay (took ${took} ms)`);
    assert.strictEqual(inUnit(pid, ["cat", "/root/data"]), "kept\n");
    // The runtime writes the pid file as it starts the init; systemd takes it as the main process once the
    // start (`paddock unit-start`, which sees the init stay up) has finished.
    await waitFor("systemd's record of the new main process", () => (show(svc, "MainPID") === String(pid) ? true : undefined), 10_000);
    const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
    assert.strictEqual(seen.pid, pid);
    assert.strictEqual(seen.status, "running");
    const d = await container.diff(u.unitId, seen as never, (await container.check({}, inputs("phoenix", { restart: "on-failure", restartDelay: "1s" }))).inputs);
    assert.strictEqual(d.changes, false, "a restarted unit is not drift");
    live.set("phoenix", seen);
  });

  it("GIVEN restart: no (the default) WHEN the init is killed THEN it stays down, and read says stopped", async () => {
    const u = await create(inputs("once"));
    killUnitInit(u.pid);
    await new Promise((r) => setTimeout(r, 2500));
    assert.strictEqual(livePid(stateRoot, "once"), undefined);
    const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
    assert.strictEqual(seen.status, "stopped");
  });

  it("GIVEN restart: always WHEN state becomes stopped THEN it stops for good, and running again starts it; the policy changes live", async () => {
    const u = await create(inputs("steady", { restart: "always", restartDelay: "500ms" }));
    const stopped = await change(u, inputs("steady", { restart: "always", restartDelay: "500ms", state: "stopped" }));
    assert.strictEqual(stopped.status, "stopped");
    await new Promise((r) => setTimeout(r, 1500));
    assert.ok(!isAlive(u.pid));
    assert.strictEqual(livePid(stateRoot, "steady"), undefined, "a stop is not a crash to restart from");
    const again = await change(stopped, inputs("steady", { restart: "always", restartDelay: "500ms" }));
    assert.ok(isAlive(again.pid));
    const relaxed = await change(again, inputs("steady", { restart: "no" }));
    assert.strictEqual(relaxed.pid, again.pid, "a policy change leaves the init alone");
    assert.strictEqual(show(serviceName(stateRoot, "steady"), "Restart"), "no");
  });

  it("GIVEN an init that keeps failing THEN systemd gives up after the restart limit, and the unit reads as stopped", async () => {
    // Each start of the init leaves a line in the unit's own filesystem.
    const u = await create(inputs("flaky", { command: ["/bin/sh", "-c", "echo started >> /root/starts; sleep 3; exit 3"], restart: "on-failure", restartDelay: "100ms", restartLimit: { attempts: 3, within: "10m" } }));
    const svc = serviceName(stateRoot, "flaky");
    // A wide window: three starts always fall in it, however slow a start is on a loaded host (under
    // emulation beside another guest, three took more than a minute, and the limit was never reached).
    await waitFor("the service to fail", () => (show(svc, "ActiveState") === "failed" ? true : undefined), 300_000);
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(show(svc, "ActiveState"), "failed", "and stays down");
    // `attempts` starts in all, the first one included, then left down.
    const starts = fs.readFileSync(path.join(stateRoot, "units", "flaky", "upper", "root", "starts"), "utf8").trim().split("\n").length;
    assert.strictEqual(starts, 3, `started ${starts} times; NRestarts=${show(svc, "NRestarts")}, Result=${show(svc, "Result")}`);
    const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
    assert.strictEqual(seen.status, "stopped");
  });

  it("GIVEN a unit made under cgroupfs before systemd was Paddock's choice here WHEN a restart policy is added THEN up refuses, saying to replace it", async () => {
    process.env.PADDOCK_CGROUP_MANAGER = "cgroupfs";
    let u: ContainerOutputs;
    try {
      u = await create(inputs("older"));
    } finally {
      delete process.env.PADDOCK_CGROUP_MANAGER;
    }
    assert.ok(!u.cgroupPath!.startsWith("/paddock.slice/"), u.cgroupPath);
    await assert.rejects(change(u, inputs("older", { restart: "on-failure" })), /restart: "on-failure" needs a supervisor: .*this unit was made under cgroupfs-v2 .*replace it \(`pulumi up --replace <its URN>`\)/);
    assert.ok(isAlive(u.pid), "the unit runs on, untouched");
    await container.delete(u.unitId, u as never);
    live.delete("older");
  });

  it("GIVEN startAtBoot THEN the service is enabled for multi-user.target, and turning it off disables it live", async () => {
    const u = await create(inputs("boots", { startAtBoot: true }));
    const svc = serviceName(stateRoot, "boots");
    assert.strictEqual(systemctl("is-enabled", svc), "enabled");
    const after = await change(u, inputs("boots"));
    assert.strictEqual(after.pid, u.pid);
    assert.strictEqual(spawnSync("systemctl", ["is-enabled", svc], { encoding: "utf8" }).stdout.trim(), "disabled");
  });

  it("GIVEN a Jail and a Zone THEN they are services too, a Zone's autoboot enables its start at boot, and delete removes the services", async () => {
    const checkedJ = await jail.check({}, { name: "sj", stateRoot, __paddockOwner: "test/sj", rootfs: { busybox: {} }, persist: true, restart: "always" });
    assert.deepStrictEqual(checkedJ.failures, []);
    const j = (await jail.create(checkedJ.inputs)).outs as Record<string, unknown>;
    const checkedZ = await zone.check({}, { name: "sz", stateRoot, __paddockOwner: "test/sz", brand: "whole", rootfs: { busybox: {} } });
    assert.deepStrictEqual(checkedZ.failures, []);
    const z = (await zone.create(checkedZ.inputs)).outs as Record<string, unknown>;
    assert.strictEqual(show(serviceName(stateRoot, "sj"), "Restart"), "always");
    assert.strictEqual(systemctl("is-enabled", serviceName(stateRoot, "sz")), "enabled");
    await jail.delete("sj", j as never);
    await zone.delete("sz", z as never);
    for (const n of ["sj", "sz"]) assert.ok(!fs.existsSync(path.join("/etc/systemd/system", serviceName(stateRoot, n))), `${n}'s service file is gone`);
  });

  it("WHEN a unit is deleted THEN its service, its boot link and its cgroups are gone", async () => {
    for (const name of [...live.keys()]) {
      await container.delete(name, live.get(name) as never);
      live.delete(name);
      const svc = serviceName(stateRoot, name);
      assert.ok(!fs.existsSync(path.join("/etc/systemd/system", svc)));
      assert.ok(!fs.existsSync(path.join("/etc/systemd/system/multi-user.target.wants", svc)));
      assert.notStrictEqual(show(svc, "ActiveState"), "active");
    }
    assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
  });
});

describe("host: restart policies where no supervisor runs", function () {
  let stateRoot: string;
  before(async function () {
    requireRoot();
    if ((await hostSupervisor(new LocalHost())).supervises) this.skip();
    stateRoot = makeTestStateRoot("nosup");
  });
  after(() => stateRoot && removeTestStateRoot(stateRoot));

  it("GIVEN restart: on-failure or startAtBoot THEN up refuses naming the property and the fix, and nothing is made; a Zone's default autoboot is no error", async () => {
    const before = inventory(stateRoot);
    for (const [over, prop] of [[{ restart: "on-failure" }, /^.*restart: "on-failure" needs a supervisor: .*managed by cgroupfs-v[12] .*Set restart: "no"/], [{ startAtBoot: true }, /startAtBoot: .*Set startAtBoot: false/]] as const) {
      const checked = await container.check({}, { name: "wants", stateRoot, __paddockOwner: "test/wants", rootfs: { busybox: {} }, command: ["/bin/sleep", "100"], network: { mode: "none" }, ...over });
      assert.deepStrictEqual(checked.failures, [], "preview cannot know the host: up refuses");
      await assert.rejects(container.create(checked.inputs), prop);
      assert.deepStrictEqual(inventory(stateRoot), before);
    }
    const z = await zone.check({}, { name: "zdef", stateRoot, __paddockOwner: "test/zdef", brand: "whole", rootfs: { busybox: {} } });
    const outs = (await zone.create(z.inputs)).outs as Record<string, unknown>;
    await zone.delete("zdef", outs as never);
  });
});
