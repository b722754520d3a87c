import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { DEFAULT_STATE_ROOT, IoDeviceSpec, IoLimitsSpec, LimitsSpec } from "../core/spec";
import { DEFAULT_CPU_WEIGHT, formatBytes, formatCpuset, parseBytes, parseCpuset, sharesToWeight, weightToShares } from "../core/quantity";
import type { Host } from "../host/host";
import { wrapError } from "../host/host";
import { exists } from "./paths";
import { blkioToIoWeight, DEFAULT_IO_WEIGHT, DeviceNumber, deviceKey, diskNumber, diskNumbers, IO_CAPS } from "./blockio";

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
    await w("pids.max", l.pids ? String(l.pids) : "max");
    await this.writeIo(cg, l.io);
  }

  /** blkio: BFQ's weight (CFQ's on kernels that have it), and a "M:m rate" line per capped disk; 0 lifts a cap. */
  private async writeIo(cg: string, io: IoLimitsSpec | undefined): Promise<void> {
    const weightFile = await this.ioWeightFile(cg);
    if (weightFile) await write(this.host, weightFile, String(io?.weight ?? v1UnsetWeight(weightFile)));
    const disks = await diskNumbers(this.host, io);
    for (const cap of IO_CAPS) {
      const file = this.file("blkio", cg, cap.v1);
      const now = await this.host.readFile(file);
      if (now === undefined) {
        if (io?.devices?.some((d) => d[cap.field] !== undefined)) throw new Error(`limits.io: this host's kernel has no ${cap.v1} (blk-throttle): leave out the disk caps`);
        continue;
      }
      const want = new Map<string, string>();
      for (const d of io?.devices ?? []) {
        const v = d[cap.field];
        if (v !== undefined) want.set(deviceKey(disks.get(d.path)!), String(typeof v === "string" ? parseBytes(v) : v));
      }
      for (const key of parseDeviceLines(now).keys()) if (!want.has(key)) await write(this.host, file, `${key} 0`);
      for (const [key, rate] of want) await write(this.host, file, `${key} ${rate}`);
    }
  }

  private async ioWeightFile(cg: string): Promise<string | undefined> {
    for (const name of ["blkio.bfq.weight", "blkio.weight"]) {
      const f = this.file("blkio", cg, name);
      if ((await this.host.readFile(f)) !== undefined) return f;
    }
    return undefined;
  }

  private async readIo(cg: string, declared: IoLimitsSpec | undefined): Promise<IoLimitsSpec | undefined> {
    const caps = new Map<string, Map<string, number>>();
    for (const cap of IO_CAPS) {
      const text = await this.host.readFile(this.file("blkio", cg, cap.v1));
      for (const [key, rate] of parseDeviceLines(text ?? "")) {
        if (!caps.has(key)) caps.set(key, new Map());
        caps.get(key)!.set(cap.key, rate);
      }
    }
    const weightFile = await this.ioWeightFile(cg);
    // No weight file (no BFQ, no CFQ): nothing holds a weight, so nothing has drifted from the declared one.
    if (!weightFile) return observedIo(this.host, declared?.weight, caps, declared);
    const raw = Number(await read(this.host, weightFile));
    const weight = raw === v1UnsetWeight(weightFile) && declared?.weight !== raw ? undefined : raw;
    return observedIo(this.host, weight, caps, declared);
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
    out.pids = pids === "max" ? 0 : Number(pids);
    const io = await this.readIo(cg, declared.io);
    if (io) out.io = io;
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
    await w("pids.max", l.pids ? String(l.pids) : "max");
    await this.writeIo(cg, l.io);
  }

  /**
   * io: the weight where the kernel has a file for it (io.bfq.weight as given,
   * else io.weight on its own scale, as the runtimes write them), and one io.max
   * line per capped disk; a disk no longer capped gets "max" for all four.
   */
  private async writeIo(cg: string, io: IoLimitsSpec | undefined): Promise<void> {
    const w = (name: string, value: string) => write(this.host, this.file(cg, name), value);
    if ((await this.host.readFile(this.file(cg, "io.bfq.weight"))) !== undefined) await w("io.bfq.weight", String(io?.weight ?? DEFAULT_IO_WEIGHT));
    else if ((await this.host.readFile(this.file(cg, "io.weight"))) !== undefined) await w("io.weight", `default ${io?.weight !== undefined ? blkioToIoWeight(io.weight) : DEFAULT_IO_WEIGHT}`);
    const now = await this.host.readFile(this.file(cg, "io.max"));
    if (now === undefined) {
      if (io?.devices?.length) throw new Error(`limits.io.devices: the io controller is not enabled for ${cg} (no io.max): enable it in the parent's cgroup.subtree_control, or leave out the disk caps`);
      return;
    }
    const disks = await diskNumbers(this.host, io);
    const want = new Map((io?.devices ?? []).map((d) => [deviceKey(disks.get(d.path)!), d] as const));
    for (const line of now.split("\n").filter(Boolean)) {
      const key = line.split(" ")[0];
      if (!want.has(key)) await w("io.max", `${key} ${IO_CAPS.map((c) => `${c.key}=max`).join(" ")}`);
    }
    for (const [key, d] of want) {
      await w("io.max", `${key} ${IO_CAPS.map((c) => {
        const v = d[c.field];
        return `${c.key}=${v === undefined ? "max" : typeof v === "string" ? parseBytes(v) : v}`;
      }).join(" ")}`);
    }
  }

  private async readIo(cg: string, declared: IoLimitsSpec | undefined): Promise<IoLimitsSpec | undefined> {
    const caps = new Map<string, Map<string, number>>();
    for (const line of ((await this.host.readFile(this.file(cg, "io.max"))) ?? "").split("\n").filter(Boolean)) {
      const [key, ...pairs] = line.trim().split(/\s+/);
      const m = new Map<string, number>();
      for (const p of pairs) {
        const [k, v] = p.split("=");
        if (v !== "max") m.set(k, Number(v));
      }
      if (m.size) caps.set(key, m);
    }
    const bfq = await this.host.readFile(this.file(cg, "io.bfq.weight"));
    const cost = bfq === undefined ? await this.host.readFile(this.file(cg, "io.weight")) : undefined;
    const raw = defaultWeight(bfq ?? cost);
    // No weight file (io.cost and BFQ both left out of the kernel): nothing to drift from the declared one.
    let weight = raw === undefined ? declared?.weight : undefined;
    if (raw !== undefined) {
      const scaled = (x: number) => (bfq !== undefined ? x : blkioToIoWeight(x));
      if (declared?.weight !== undefined && scaled(declared.weight) === raw) weight = declared.weight;
      else if (raw !== DEFAULT_IO_WEIGHT) weight = bfq !== undefined ? raw : Math.round(10 + ((raw - 1) * 990) / 9999);
    }
    return observedIo(this.host, weight, caps, declared);
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
    out.pids = pids === "max" ? 0 : Number(pids);
    const io = await this.readIo(cg, declared.io);
    if (io) out.io = io;
    return out;
  }

  /** The CPUs the unit has when it is not pinned: its parent's effective set. */
  private async parentCpus(cg: string): Promise<string> {
    return read(this.host, this.file(path.dirname(cg), "cpuset.cpus.effective"));
  }
}


/** v1's weight when none is set: BFQ's 100, CFQ's 500 (blkio.weight, on kernels that still have CFQ). */
const v1UnsetWeight = (weightFile: string) => (weightFile.endsWith("bfq.weight") ? DEFAULT_IO_WEIGHT : 500);

/** v1's "M:m rate" lines (blkio.throttle.*), by device. */
function parseDeviceLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [key, rate] = line.trim().split(/\s+/);
    if (key && rate !== undefined && Number(rate) > 0) out.set(key, Number(rate));
  }
  return out;
}

/** The default weight of a v2 weight file ("default N", then per-device lines), or a v1 plain number. */
function defaultWeight(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(?:default\s+)?(\d+)/.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * The I/O limits in force, in the program's terms: caps on a disk the program
 * names are reported under its path, in its order; caps on any other disk (set
 * by hand) under /dev/block/M:m, so the diff shows them. Undefined when nothing is limited.
 */
async function observedIo(host: Host, weight: number | undefined, caps: Map<string, Map<string, number>>, declared: IoLimitsSpec | undefined): Promise<IoLimitsSpec | undefined> {
  const byKey = new Map<string, string>();
  for (const d of declared?.devices ?? []) {
    // A disk that has gone from the host since is not one of these caps' disks.
    const n: DeviceNumber | undefined = await diskNumber(host, d.path, "limits.io").catch(() => undefined);
    if (n && !byKey.has(deviceKey(n))) byKey.set(deviceKey(n), d.path);
  }
  const device = (p: string, m: Map<string, number>): IoDeviceSpec => {
    const out: Record<string, unknown> = { path: p };
    for (const c of IO_CAPS) {
      const v = m.get(c.key);
      if (v !== undefined) out[c.field] = c.field.endsWith("Bps") ? formatBytes(v) : v;
    }
    return out as unknown as IoDeviceSpec;
  };
  const named = [...byKey].filter(([k]) => caps.has(k)).map(([k, p]) => device(p, caps.get(k)!));
  const others = [...caps.keys()].filter((k) => !byKey.has(k)).sort().map((k) => device(`/dev/block/${k}`, caps.get(k)!));
  const order = new Map((declared?.devices ?? []).map((d, i) => [d.path, i]));
  const devices = [...named.sort((a, b) => order.get(a.path)! - order.get(b.path)!), ...others];
  if (weight === undefined && devices.length === 0) return undefined;
  return { ...(weight !== undefined ? { weight } : {}), ...(devices.length ? { devices } : {}) };
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
