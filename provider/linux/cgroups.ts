import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { DEFAULT_STATE_ROOT, LimitsSpec } from "../core/spec";
import { DEFAULT_CPU_WEIGHT, formatBytes, formatCpuset, parseBytes, parseCpuset, sharesToWeight, weightToShares } from "../core/quantity";
import type { Host } from "../host/host";
import { wrapError } from "../host/host";
import { exists } from "./paths";

/** "v2": one unified hierarchy (most production hosts). "v1": per-controller hierarchies, possibly with a cgroup2 mount beside them (hybrid). */
export type CgroupMode = "v1" | "v2";

export const CGROUP_ROOT = "/sys/fs/cgroup";

/**
 * Paddock's own subtree: units never share a cgroup with anything Paddock did
 * not create. Each state root gets its own, so two Paddock installations (or a
 * test run beside a real one) never meet: "/paddock" for the default root,
 * "/paddock-<hash of the root>" for any other.
 */
export function cgroupParent(stateRoot: string): string {
  if (stateRoot === DEFAULT_STATE_ROOT) return "/paddock";
  return `/paddock-${createHash("sha256").update(stateRoot).digest("hex").slice(0, 8)}`;
}

/** The unit's cgroup path, absolute from each hierarchy's root, as the OCI runtime takes it. */
export function unitCgroupPath(stateRoot: string, unitId: string): string {
  return `${cgroupParent(stateRoot)}/${unitId}`;
}

const modes = new Map<string, Promise<CgroupMode>>();

/** Which cgroup layout the host has; asked once per process (it does not change while the host runs). */
export function detectCgroupMode(host: Host, root = CGROUP_ROOT): Promise<CgroupMode> {
  if (!modes.has(root)) modes.set(root, host.readFile(path.join(root, "cgroup.controllers")).then((t) => (t !== undefined ? "v2" : "v1")));
  return modes.get(root)!;
}

/** A cgroup path's directory in every hierarchy (v1: one per controller; v2: the one). */
async function cgroupDirs(mode: CgroupMode, cgroupPath: string, root: string): Promise<string[]> {
  if (mode === "v2") return [path.join(root, cgroupPath)];
  return (await fs.readdir(root).catch(() => [] as string[])).map((h) => path.join(root, h, cgroupPath));
}

/**
 * A cgroup interface file by its v2 name. The v1 driver maps each to its own
 * controller's file (memory.max is memory/memory.limit_in_bytes, cpu.weight is
 * cpu/cpu.shares, memory.swap.max is memsw: memory plus swap), so whoever reads a
 * unit's cgroup (the engine, the CLI, the tests) goes through one table.
 */
export type CgroupKnob =
  | "memory.max" | "memory.swap.max" | "memory.events" | "cpu.max" | "cpu.weight" | "cpuset.cpus" | "cpuset.cpus.effective"
  | "pids.max" | "pids.current" | "pids.events" | "cgroup.procs";

/** v1: [controller, file] of each knob. v1's cpu.max is the quota alone (the period is its own file). */
const V1_FILES: Readonly<Record<CgroupKnob, readonly [string, string]>> = {
  "memory.max": ["memory", "memory.limit_in_bytes"],
  "memory.swap.max": ["memory", "memory.memsw.limit_in_bytes"],
  "memory.events": ["memory", "memory.oom_control"],
  "cpu.max": ["cpu", "cpu.cfs_quota_us"],
  "cpu.weight": ["cpu", "cpu.shares"],
  "cpuset.cpus": ["cpuset", "cpuset.cpus"],
  "cpuset.cpus.effective": ["cpuset", "cpuset.effective_cpus"],
  "pids.max": ["pids", "pids.max"],
  "pids.current": ["pids", "pids.current"],
  "pids.events": ["pids", "pids.events"],
  "cgroup.procs": ["pids", "cgroup.procs"],
};

/** Reads and writes a unit's limits in its cgroup files: one interface, a v1 and a v2 mapping. */
export interface CgroupDriver {
  readonly mode: CgroupMode;
  /** The file that holds knob for the cgroup at cgroupPath. */
  knobFile(cgroupPath: string, knob: CgroupKnob): string;
  /** Writes every limit; an unset limit is written as unlimited. Live: the unit keeps running. */
  writeLimits(cgroupPath: string, limits: LimitsSpec): Promise<void>;
  /**
   * The limits in force, canonical; unlimited ones are absent. Where the kernel
   * keeps a coarser value than was declared (v2's cpu.weight holds ~26 shares per
   * step), a declared value that gives what is in force is reported as declared.
   */
  readLimits(cgroupPath: string, declared?: LimitsSpec): Promise<LimitsSpec>;
}

/**
 * Removes a unit's cgroup, killing what is still in it. The runtime does this
 * on delete; this is for when its state was lost (deleted by hand, a crash),
 * so a unit can never outlive its delete. The cgroup is the unit's own, so
 * every process in it is the unit's. Gone is success.
 */
export async function removeUnitCgroup(host: Host, mode: CgroupMode, cgroupPath: string, root = CGROUP_ROOT): Promise<void> {
  const dirs = await cgroupDirs(mode, cgroupPath, root);
  const present: string[] = [];
  for (const d of dirs) if (await exists(d)) present.push(d);
  if (present.length === 0) return;
  for (let attempt = 0; attempt < 50; attempt++) {
    const pids = new Set<number>();
    for (const d of present) {
      for (const pid of ((await host.readFile(path.join(d, "cgroup.procs"))) ?? "").split("\n").filter(Boolean)) pids.add(Number(pid));
    }
    if (pids.size === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already exited
      }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  for (const d of present) {
    await fs.rmdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw wrapError(`remove cgroup ${d}`, e);
    });
  }
}

/**
 * Removes a state root's cgroup parent (made by the runtime for its first unit)
 * where it has no unit left. The caller holds the state root's units lock, so no
 * create is between making its unit directory and starting it.
 */
export async function removeEmptyCgroupParent(host: Host, mode: CgroupMode, stateRoot: string, root = CGROUP_ROOT): Promise<void> {
  for (const d of await cgroupDirs(mode, cgroupParent(stateRoot), root)) {
    await fs.rmdir(d).catch((e: NodeJS.ErrnoException) => {
      // Gone already, or a unit still in it (one this lock does not cover, e.g. of an older Paddock): leave it.
      if (!["ENOENT", "ENOTEMPTY", "EBUSY"].includes(e.code ?? "")) throw wrapError(`remove cgroup ${d}`, e);
    });
  }
}

export function cgroupDriver(host: Host, mode: CgroupMode, root = CGROUP_ROOT): CgroupDriver {
  return mode === "v2" ? new CgroupV2(host, root) : new CgroupV1(host, root);
}

/** The CFS period quotas are written against (100 ms, the kernel's default). */
const PERIOD_US = 100_000;
/** v1 reports "no memory limit" as a huge page-rounded number; anything this large is unlimited. */
const V1_UNLIMITED = 2 ** 62;

class CgroupV1 implements CgroupDriver {
  readonly mode = "v1" as const;
  constructor(private readonly host: Host, private readonly root: string) {}

  private file(controller: string, cg: string, name: string): string {
    return path.join(this.root, controller, cg, name);
  }

  knobFile(cg: string, knob: CgroupKnob): string {
    const [controller, name] = V1_FILES[knob];
    return this.file(controller, cg, name);
  }

  async writeLimits(cg: string, l: LimitsSpec): Promise<void> {
    const w = (knob: CgroupKnob, value: string) => write(this.host, this.knobFile(cg, knob), value);
    const memsw = this.knobFile(cg, "memory.swap.max");
    const hasSwapAccounting = (await this.host.readFile(memsw)) !== undefined;
    // memsw must stay >= memory at every moment: open it up, set memory, then close it to its value.
    if (hasSwapAccounting) await w("memory.swap.max", "-1");
    await w("memory.max", l.memory ? String(parseBytes(l.memory)) : "-1");
    if (hasSwapAccounting && l.memorySwap) await w("memory.swap.max", String(parseBytes(l.memorySwap)));
    await write(this.host, this.file("cpu", cg, "cpu.cfs_period_us"), String(PERIOD_US));
    await w("cpu.max", l.cpus !== undefined ? String(Math.round(l.cpus * PERIOD_US)) : "-1");
    await w("cpu.weight", String(l.cpuShares ?? 1024));
    await w("cpuset.cpus", l.cpuset ?? (await this.parentCpus(cg)));
    await w("pids.max", l.pids !== undefined ? String(l.pids) : "max");
  }

  async readLimits(cg: string, declared: LimitsSpec = {}): Promise<LimitsSpec> {
    const r = (knob: CgroupKnob) => read(this.host, this.knobFile(cg, knob));
    const out: { -readonly [K in keyof LimitsSpec]: LimitsSpec[K] } = {};
    const memory = Number(await r("memory.max"));
    if (memory < V1_UNLIMITED) out.memory = formatBytes(memory);
    const memsw = await this.host.readFile(this.knobFile(cg, "memory.swap.max"));
    if (memsw !== undefined && Number(memsw) < V1_UNLIMITED) out.memorySwap = formatBytes(Number(memsw));
    const quota = Number(await r("cpu.max"));
    const period = Number(await read(this.host, this.file("cpu", cg, "cpu.cfs_period_us")));
    if (quota > 0) out.cpus = Math.round((quota / period) * 100_000) / 100_000;
    const shares = await this.host.readFile(this.knobFile(cg, "cpu.weight"));
    // 1024 is both v1's default and a value one can declare: declared, it is in force.
    if (shares !== undefined && (Number(shares) !== 1024 || declared.cpuShares === 1024)) out.cpuShares = Number(shares);
    const cpus = await r("cpuset.cpus");
    if (cpus && cpus !== (await this.parentCpus(cg))) out.cpuset = formatCpuset(parseCpuset(cpus));
    const pids = await r("pids.max");
    if (pids !== "max") out.pids = Number(pids);
    return out;
  }

  /** v1 cpuset has no "unset": a unit without a cpuset gets its parent's CPUs. */
  private async parentCpus(cg: string): Promise<string> {
    return read(this.host, path.join(this.root, "cpuset", path.dirname(cg), "cpuset.cpus"));
  }
}

class CgroupV2 implements CgroupDriver {
  readonly mode = "v2" as const;
  constructor(private readonly host: Host, private readonly root: string) {}

  private file(cg: string, name: string): string {
    return path.join(this.root, cg, name);
  }

  knobFile(cg: string, knob: CgroupKnob): string {
    return this.file(cg, knob);
  }

  async writeLimits(cg: string, l: LimitsSpec): Promise<void> {
    const w = (name: string, value: string) => write(this.host, this.file(cg, name), value);
    const memory = l.memory ? parseBytes(l.memory) : undefined;
    await w("memory.max", memory !== undefined ? String(memory) : "max");
    // v2 limits swap alone; Docker's memorySwap counts memory plus swap.
    const swap = l.memorySwap && memory !== undefined ? parseBytes(l.memorySwap) - memory : undefined;
    if ((await this.host.readFile(this.file(cg, "memory.swap.max"))) !== undefined) await w("memory.swap.max", swap !== undefined ? String(swap) : "max");
    await w("cpu.max", `${l.cpus !== undefined ? Math.round(l.cpus * PERIOD_US) : "max"} ${PERIOD_US}`);
    // No shares declared is the kernel's default weight, as the runtimes leave it (not 1024 shares' 39).
    if ((await this.host.readFile(this.file(cg, "cpu.weight"))) !== undefined) await w("cpu.weight", String(l.cpuShares !== undefined ? sharesToWeight(l.cpuShares) : DEFAULT_CPU_WEIGHT));
    // The kernel refuses an empty cpuset for a cgroup with processes: no cpuset is the parent's CPUs.
    await w("cpuset.cpus", l.cpuset ?? (await this.parentCpus(cg)));
    await w("pids.max", l.pids !== undefined ? String(l.pids) : "max");
  }

  async readLimits(cg: string, declared: LimitsSpec = {}): Promise<LimitsSpec> {
    const r = (name: string) => read(this.host, this.file(cg, name));
    const out: { -readonly [K in keyof LimitsSpec]: LimitsSpec[K] } = {};
    const memory = await r("memory.max");
    if (memory !== "max") out.memory = formatBytes(Number(memory));
    const swap = await this.host.readFile(this.file(cg, "memory.swap.max"));
    if (swap !== undefined && swap.trim() !== "max" && memory !== "max") out.memorySwap = formatBytes(Number(swap) + Number(memory));
    const [quota, period] = (await r("cpu.max")).split(" ");
    if (quota !== "max") out.cpus = Math.round((Number(quota) / Number(period)) * 100_000) / 100_000;
    const weight = await this.host.readFile(this.file(cg, "cpu.weight"));
    if (weight !== undefined) {
      const w = Number(weight);
      if (declared.cpuShares !== undefined && sharesToWeight(declared.cpuShares) === w) out.cpuShares = declared.cpuShares;
      else if (w !== DEFAULT_CPU_WEIGHT) out.cpuShares = weightToShares(w);
    }
    const cpus = await r("cpuset.cpus");
    if (cpus && cpus !== (await this.parentCpus(cg))) out.cpuset = formatCpuset(parseCpuset(cpus));
    const pids = await r("pids.max");
    if (pids !== "max") out.pids = Number(pids);
    return out;
  }

  /** The CPUs the unit has when it is not pinned: its parent's effective set. */
  private async parentCpus(cg: string): Promise<string> {
    return read(this.host, this.file(path.dirname(cg), "cpuset.cpus.effective"));
  }
}


async function write(host: Host, file: string, value: string): Promise<void> {
  try {
    await host.writeFile(file, value);
  } catch (e) {
    throw wrapError(`write \`${value}\` to ${file}`, e);
  }
}

async function read(host: Host, file: string): Promise<string> {
  const text = await host.readFile(file);
  if (text === undefined) throw new Error(`read ${file}: no such file`);
  return text.trim();
}
