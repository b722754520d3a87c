import * as assert from "assert";
import type { ContainerOutputs } from "../../provider/core/spec";
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { cgroupDriver, cgroupParent, CgroupKnob, CgroupMode } from "../../provider/linux/cgroups";
import { LocalHost } from "../../provider/host/local";
import { cgroupHierarchies, serviceFiles, systemdCgroups } from "./leak-check";
import { serviceName, sliceName } from "../../provider/linux/systemd";

/** A state root of the test's own, so tests never meet a real installation's units. */
export function makeTestStateRoot(label: string): string {
  const root = `/var/lib/paddock-test-${label}-${process.pid}`;
  fs.mkdirSync(root, { recursive: true });
  return root;
}

/** Everything a unit could leave on the host, for one state root: compare before and after. */
export interface Inventory {
  mounts: string[];
  netns: string[];
  cgroups: string[];
  runtimeUnits: string[];
  units: string[];
  services: string[];
}

export function inventory(stateRoot: string): Inventory {
  const mounts = fs.readFileSync("/proc/self/mountinfo", "utf8").split("\n").filter((l) => l.includes(stateRoot)).map((l) => l.split(" ")[4]);
  const netns = execFileSync("ip", ["netns", "list"], { encoding: "utf8" }).split("\n").filter(Boolean).sort();
  const parent = cgroupParent(stateRoot);
  const cgroups: string[] = [];
  for (const hierarchy of cgroupHierarchies()) {
    const dir = path.join("/sys/fs/cgroup", hierarchy, parent);
    if (!fs.existsSync(dir)) continue;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) cgroups.push(`${hierarchy}${parent}/${e.name}`);
  }
  // Under systemd: the units' services in the state root's slice, and their files.
  cgroups.push(...systemdCgroups(path.join("/sys/fs/cgroup/paddock.slice", sliceName(stateRoot))).map((c) => c.replace("/sys/fs/cgroup", "")));
  const prefix = serviceName(stateRoot, "x").slice(0, -"x.service".length);
  const services = serviceFiles().filter((f) => f.startsWith(prefix));
  const runtimeUnits: string[] = [];
  for (const rt of RUNTIMES) {
    const rtRoot = path.join(stateRoot, "runtime", rt);
    if (!fs.existsSync(rtRoot)) continue;
    const out = execFileSync(rt, ["--root", rtRoot, "list", "-q"], { encoding: "utf8" });
    runtimeUnits.push(...out.split("\n").filter(Boolean).map((u) => `${rt}/${u}`));
  }
  const unitsDir = path.join(stateRoot, "units");
  const units = fs.existsSync(unitsDir) ? fs.readdirSync(unitsDir).sort() : [];
  return { mounts: mounts.sort(), netns, cgroups: cgroups.sort(), runtimeUnits: runtimeUnits.sort(), units, services: services.sort() };
}

/**
 * Removes what the test's state root left: its cgroup parents (created by the
 * runtime for our units only) and the directory itself. Fails loudly if a unit
 * is still mounted, rather than deleting through a mount.
 */
export function removeTestStateRoot(stateRoot: string): void {
  const inv = inventory(stateRoot);
  if (inv.mounts.length > 0) throw new Error(`test state root still has mounts: ${inv.mounts.join(", ")}`);
  assertNoCgroupParent(stateRoot);
  fs.rmSync(stateRoot, { recursive: true, force: true });
}

/**
 * Paddock removes a state root's cgroup parent with its last unit: a test that
 * finds one after deleting every unit has found a leak (and never tidies it for Paddock).
 */
export function assertNoCgroupParent(stateRoot: string): void {
  const parent = cgroupParent(stateRoot);
  const left = cgroupHierarchies().filter((h) => fs.existsSync(path.join("/sys/fs/cgroup", h, parent))).map((h) => h || "/");
  if (left.length > 0) throw new Error(`Paddock left its cgroup parent ${parent} in ${left.join(", ")} after the last unit of ${stateRoot} was deleted`);
}

export function requireRoot(): void {
  if (process.getuid?.() !== 0) throw new Error("host tests create real units: run them as root");
}

/**
 * Runs argv inside the unit's namespaces and root, as `nsenter` does for an
 * operator: as the unit's root, in its user namespace when it has its own (host
 * root is no one there: a write through its idmapped mounts would fail EOVERFLOW).
 */
export function inUnit(pid: number, argv: string[], namespaces = ["--mount", "--uts", "--ipc", "--net", "--pid"]): string {
  const user = fs.readlinkSync(`/proc/${pid}/ns/user`) !== fs.readlinkSync("/proc/self/ns/user") ? ["--user"] : [];
  return execFileSync("nsenter", ["--target", String(pid), ...user, ...namespaces, "--root", "--wd", "--", ...argv], { encoding: "utf8" });
}

/** The host id a unit's id is (in a user namespace, offset by its range; the default, so a unit without one is an error). */
export function hostIdOf(outs: unknown, id: number): number {
  const idMap = (outs as { idMap?: { hostId: number } }).idMap;
  if (!idMap) throw new Error("the unit has no id range (userns: \"host\"?)");
  return idMap.hostId + id;
}

/**
 * Unmounts everything at or below dir, deepest first, as an operator clearing a
 * unit directory by hand must (its overlay, and in a user namespace the file that
 * keeps the unit's user namespace).
 */
export function unmountAllUnder(dir: string): void {
  const points = fs.readFileSync("/proc/self/mountinfo", "utf8").split("\n").filter(Boolean)
    .map((l) => l.split(" ")[4].replace(/\\040/g, " "))
    .filter((m) => m === dir || m.startsWith(`${dir}/`));
  for (const m of points.reverse().sort((a, b) => b.split("/").length - a.split("/").length)) execFileSync("umount", [m]);
}

/** A listing of a tree (path, type, size, mode, mtime) to prove nothing under it changed. */
export function treeFingerprint(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p);
      out.push(`${path.relative(dir, p)} ${st.mode} ${st.size} ${st.mtimeMs}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.join("\n");
}

/** True while pid is a live process. An exited init waits as a zombie until the host's PID 1 reaps it; that is not alive. */
export function isAlive(pid: number): boolean {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return false;
  }
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}

const RUNTIMES = ["runc", "crun"] as const;

/** The runtime that holds a unit: the one whose state directory under the state root has it. */
export function unitRuntime(stateRoot: string, unitId: string): (typeof RUNTIMES)[number] {
  const rt = RUNTIMES.find((r) => fs.existsSync(path.join(stateRoot, "runtime", r, unitId)));
  if (!rt) throw new Error(`no runtime holds unit ${unitId} under ${stateRoot}`);
  return rt;
}

/** Runs argv inside a unit through its runtime (`runc exec`/`crun exec`): in its namespaces and its cgroup, so its limits apply. */
export function execInUnit(stateRoot: string, unitId: string, argv: string[], user?: string): { status: number | null; stdout: string; stderr: string } {
  const rt = unitRuntime(stateRoot, unitId);
  const r = spawnSync(rt, ["--root", path.join(stateRoot, "runtime", rt), "exec", ...(user ? ["--user", user] : []), unitId, ...argv], { encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** This host's cgroup layout, as the engine detects it: one unified v2 hierarchy, or v1 (hybrid). */
export const CGROUP_MODE: CgroupMode = fs.existsSync("/sys/fs/cgroup/cgroup.controllers") ? "v2" : "v1";

/**
 * The file of a unit's cgroup that holds knob (named as in v2), found through the
 * engine's own driver, so a test reads what the engine writes on either layout:
 * cgroupFile(u.cgroupPath, "memory.max") is memory/…/memory.limit_in_bytes on v1.
 */
export function cgroupFile(cgroupPath: string, knob: CgroupKnob): string {
  return cgroupDriver(new LocalHost(), CGROUP_MODE).knobFile(cgroupPath, knob);
}

/**
 * A whole disk of this host for I/O limits: its device node and its "major:minor"
 * (the first of /sys/block that is not a loop, RAM or zram device). Capping a
 * unit's I/O on it touches nothing but the unit's own cgroup.
 */
export function aDisk(): { path: string; key: string } {
  const name = fs.readdirSync("/sys/block").sort().find((n) => !/^(loop|ram|zram|nbd)/.test(n) && fs.existsSync(`/dev/${n}`));
  if (!name) throw new Error("no disk in /sys/block to test I/O limits on");
  return { path: `/dev/${name}`, key: fs.readFileSync(`/sys/block/${name}/dev`, "utf8").trim() };
}

/** The trimmed text of a unit's cgroup knob (see cgroupFile). */
export function cgroupRead(cgroupPath: string, knob: CgroupKnob): string {
  return fs.readFileSync(cgroupFile(cgroupPath, knob), "utf8").trim();
}

/**
 * Kills a unit's init from outside, as an operator or the OOM killer might.
 * Refuses anything but a live process in another pid namespace than ours, so a
 * test can never signal itself, its process group or a host process.
 */
export function killUnitInit(pid: number): void {
  if (!Number.isInteger(pid) || pid <= 1) throw new Error(`refusing to kill pid ${pid}: not a unit's init`);
  if (fs.readlinkSync(`/proc/${pid}/ns/pid`) === fs.readlinkSync("/proc/self/ns/pid")) {
    throw new Error(`refusing to kill pid ${pid}: it is in the host's pid namespace, not a unit's`);
  }
  process.kill(pid, "SIGKILL");
}

/** nftables tables and veths that belong to a state root (by its name prefix), for inventories of network tests. */
export function networkInventory(stateRoot: string): { tables: string[]; links: string[]; netns: string[]; leases: string[] } {
  const prefix = stateRoot === "/var/lib/paddock" ? "paddock-" : `paddock-${createHash("sha256").update(stateRoot).digest("hex").slice(0, 8)}-`;
  const tables = execFileSync("nft", ["list", "tables"], { encoding: "utf8" }).split("\n").filter((l) => l.includes(prefix)).sort();
  const links = fs.readdirSync("/sys/class/net").filter((l) => l.startsWith("pd")).sort();
  const netns = execFileSync("ip", ["netns", "list"], { encoding: "utf8" }).split("\n").filter((l) => l.startsWith(prefix)).sort();
  const netDir = path.join(stateRoot, "networks");
  const leases = fs.existsSync(netDir)
    ? fs.readdirSync(netDir).flatMap((n) => (fs.existsSync(path.join(netDir, n, "leases")) ? fs.readdirSync(path.join(netDir, n, "leases")).filter((l) => !l.startsWith(".")).map((l) => `${n}/${l}`) : []))
    : [];
  return { tables, links, netns, leases: leases.sort() };
}

/**
 * Fetches a URL with busybox wget from inside a unit's network namespace (or the
 * host's with pid 0). Returns the body or throws. The time limit is ours: this
 * busybox's own `wget -T` crashes (SIGSEGV).
 */
export function wgetFrom(pid: number, url: string, timeoutS = 3): string {
  const argv = ["busybox", "wget", "-q", "-O-", url];
  const opts = { encoding: "utf8" as const, timeout: timeoutS * 1000, killSignal: "SIGKILL" as const };
  return pid === 0
    ? execFileSync(argv[0], argv.slice(1), opts)
    : execFileSync("nsenter", ["--target", String(pid), "--net", "--", ...argv], opts);
}

/**
 * A state root kept between test runs, so slow base builds (debootstrap) happen
 * once per machine. Everything but its bases is the test's to clean up.
 */
export const CACHED_TEST_STATE_ROOT = "/var/lib/paddock-test-cache";

/** Cleans a kept state root after a test: no units (nor their cgroup parent) may remain; its bases stay. */
export function releaseCachedStateRoot(stateRoot: string): void {
  const inv = inventory(stateRoot);
  if (inv.units.length > 0 || inv.mounts.length > 0) throw new Error(`units left in ${stateRoot}: ${inv.units.join(", ")}`);
  assertNoCgroupParent(stateRoot);
  for (const d of ["units", "runtime", "networks", "volumes", "locks"]) fs.rmSync(path.join(stateRoot, d), { recursive: true, force: true });
}

/**
 * The end of an e2e suite: destroy what its run made, check the state root holds
 * what it held before (no unit; with initialNet, no network leftovers either),
 * and remove it.
 */
export async function endRun(run: { cleanup(): Promise<void> } | undefined, stateRoot: string, initial: Inventory, initialNet?: ReturnType<typeof networkInventory>): Promise<void> {
  await run?.cleanup();
  try {
    assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
    if (initialNet) assert.deepStrictEqual(networkInventory(stateRoot), initialNet);
  } finally {
    removeTestStateRoot(stateRoot);
  }
}

/**
 * Deletes a unit through the provider from what its record on the host says: for
 * tests that make a stack forget a unit (it is no longer the stack's to destroy).
 */
export async function deleteUnitFromRecord(stateRoot: string, name: string): Promise<void> {
  const file = path.join(stateRoot, "units", name, "unit.json");
  if (!fs.existsSync(file)) return;
  const rec = JSON.parse(fs.readFileSync(file, "utf8")) as { owner: string; runtime: string; spec?: Record<string, unknown> };
  const { container } = await import("../../provider");
  const spec = rec.spec ?? { name, stateRoot, network: { mode: "none" }, mounts: [], ports: [] };
  await container.delete(name, { ...spec, unitId: name, runtime: rec.runtime, __paddockOwner: rec.owner } as never);
}

/**
 * Containers through the provider as the engine drives it, remembered in live
 * (by unit id) for the suite's cleanup: create is check then create; change is
 * check, diff (a change that is not a replacement) and update.
 */
export function containerSteps(live: Map<string, ContainerOutputs>) {
  return {
    async create(i: Record<string, unknown>): Promise<ContainerOutputs> {
      const { container } = await import("../../provider");
      const checked = await container.check({}, i);
      assert.deepStrictEqual(checked.failures, []);
      const outs = (await container.create(checked.inputs)).outs as ContainerOutputs;
      live.set(outs.unitId, outs);
      return outs;
    },
    async change(olds: ContainerOutputs, i: Record<string, unknown>): Promise<ContainerOutputs> {
      const { container } = await import("../../provider");
      const news = (await container.check(olds as never, i)).inputs;
      const d = await container.diff(olds.unitId, olds as never, news);
      assert.strictEqual(d.changes, true);
      assert.deepStrictEqual(d.replaces, []);
      const outs = (await container.update(olds.unitId, olds as never, news)).outs as ContainerOutputs;
      live.set(outs.unitId, outs);
      return outs;
    },
  };
}

/** A provider of a kind, as the tests drive it (container, jail, zone, volume, network). */
interface TestKind {
  check(olds: unknown, news: Record<string, unknown>): Promise<{ inputs?: unknown; failures?: unknown[] }>;
  create(inputs: unknown): Promise<{ id: string; outs?: unknown }>;
  delete(id: string, outs: never): Promise<void>;
}

/**
 * The units (and volumes) a test file makes under one state root: make checks
 * and creates one, as the test's owner; drop deletes one; deleteAll, for the
 * file's after hook, deletes what is left, newest first.
 */
export function testUnits<O extends { unitId?: string }>(stateRoot: () => string) {
  const live: { kind: TestKind; id: string; outs: O }[] = [];
  const deleteAll = async (): Promise<void> => {
    for (const l of live.splice(0).reverse()) await l.kind.delete(l.id, l.outs as never).catch(() => undefined);
  };
  return {
    async make(kind: TestKind, inputs: Record<string, unknown>): Promise<O> {
      const checked = await kind.check({}, { stateRoot: stateRoot(), __paddockOwner: `test/${inputs.name}`, ...inputs });
      if (checked.failures?.length) throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
      const res = await kind.create(checked.inputs);
      const outs = res.outs as O;
      live.push({ kind, id: res.id, outs });
      return outs;
    },
    /** Takes over a unit an update made from one made here (the update's outputs replace the old ones). */
    replaced(old: O, outs: O): void {
      const l = live.find((x) => x.outs === old);
      if (l) l.outs = outs;
    },
    async drop(outs: O): Promise<void> {
      const i = live.findIndex((l) => l.outs === outs);
      if (i < 0) throw new Error("not a unit this test made");
      await live[i].kind.delete(live[i].id, outs as never);
      live.splice(i, 1);
    },
    deleteAll,
    /** The after hook: deletes what is left, checks the host is as the file found it (initial), removes the state root. */
    async finish(initial: Inventory): Promise<void> {
      await deleteAll();
      try {
        assert.deepStrictEqual({ ...inventory(stateRoot()), units: [] }, initial);
      } finally {
        removeTestStateRoot(stateRoot());
      }
    },
  };
}
