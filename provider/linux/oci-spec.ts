import { ContainerSpec, IoLimitsSpec, LimitsSpec, MountSpec, ownNetns, RlimitName } from "../core/spec";
import { DiskNumbers, IO_CAPS } from "./blockio";
import { parseBytes } from "../core/quantity";

import { DEFAULT_CAPABILITIES, withCapabilities } from "../core/capabilities";
import { seccompProfile } from "./seccomp";
import { ociIdMappings } from "./idmap";
export { DEFAULT_CAPABILITIES };

/** Kernel interfaces hidden from the unit, as in the OCI runtime defaults. */
export const MASKED_PATHS = [
  "/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
  "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware", "/sys/devices/virtual/powercap",
] as const;

export const READONLY_PATHS = ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"] as const;

const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

export interface OciContext {
  /** The merged rootfs directory (relative to the bundle or absolute). */
  readonly rootPath: string;
  readonly cgroupsPath: string;
  /** Where a Volume's data lives on the host, by the volume's name. */
  readonly volumeDir: (name: string) => string;
  /** With network mode "bridge": the unit's named network namespace, already plumbed. */
  readonly netnsPath?: string;
  /** The disks limits.io names, as the host numbers them (blockio.ts); a disk not in it is not capped. */
  readonly disks?: DiskNumbers;
  /** In a user namespace: where mounts[i]'s source is idmapped to the unit's ids (at <mappedDir>/<i>). */
  readonly mappedDir?: string;
  /**
   * In a user namespace with a network of its own (ownNetns): the unit's user
   * namespace, kept by Paddock, which owns the unit's network namespace (see
   * addUnitNetns in idmap.ts), so the runtime joins it instead of making one.
   */
  readonly usernsPath?: string;
  /** In a user namespace with its own network: a sysfs of the unit's network namespace, mounted by Paddock (launch.ts). */
  readonly sysDir?: string;
}

/** Translates a Container spec into an OCI runtime config.json. Pure and kernel-free, like runc's specconv. */
export function buildOciConfig(spec: ContainerSpec, ctx: OciContext): Record<string, unknown> {
  const namespaces: { type: string; path?: string }[] = [{ type: "pid" }, { type: "mount" }, { type: "uts" }];
  // In a user namespace, a unit with a network of its own joins the network namespace Paddock made
  // inside its user namespace (see ownNetns in core/spec.ts), and so that user namespace too.
  const premade = spec.network.mode === "bridge" || ownNetns(spec);
  if (premade && !ctx.netnsPath) throw new Error("the unit's network namespace is missing from its bundle's context");
  if (spec.idMap) {
    if (ownNetns(spec) && !ctx.usernsPath) throw new Error("a unit in a user namespace with its own network needs the user namespace that owns it");
    namespaces.push(ownNetns(spec) ? { type: "user", path: ctx.usernsPath } : { type: "user" });
  }
  if (!spec.engine?.shareIpc) namespaces.push({ type: "ipc" });
  if (spec.network.mode !== "host") namespaces.push(premade ? { type: "network", path: ctx.netnsPath } : { type: "network" });
  const caps = unitCapabilities(spec);
  const seccomp = seccompProfile(spec.seccomp ?? { allow: [], deny: [], unconfined: false }, caps);
  return {
    ociVersion: "1.0.2",
    process: {
      terminal: false,
      user: { uid: spec.user.uid, gid: spec.user.gid },
      args: [...spec.command],
      env: [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${spec.hostname}`, ...Object.entries(spec.env).map(([k, v]) => `${k}=${v}`)],
      cwd: spec.workdir,
      capabilities: { bounding: caps, effective: caps, permitted: caps },
      rlimits: Object.entries(spec.rlimits).map(([name, n]) => ({ type: RLIMIT_TYPES[name as RlimitName], hard: n, soft: n })),
      noNewPrivileges: true,
    },
    root: { path: ctx.rootPath, readonly: false },
    hostname: spec.hostname,
    mounts: [
      { destination: "/proc", type: "proc", source: "proc" },
      { destination: "/dev", type: "tmpfs", source: "tmpfs", options: ["nosuid", "strictatime", "mode=755", "size=65536k"] },
      { destination: "/dev/pts", type: "devpts", source: "devpts", options: ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"] },
      { destination: "/dev/shm", type: "tmpfs", source: "shm", options: ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"] },
      // The host's IPC namespace (a jail's allow.sysvipc) is not the unit's user namespace's: its mqueue cannot be mounted from there.
      ...(spec.idMap && spec.engine?.shareIpc ? [] : [{ destination: "/dev/mqueue", type: "mqueue", source: "mqueue", options: ["nosuid", "noexec", "nodev"] }]),
      sysMount(spec, ctx),
      { destination: "/sys/fs/cgroup", type: "cgroup", source: "cgroup", options: ["nosuid", "noexec", "nodev", "relatime", "ro"] },
      ...spec.mounts.map((m, i) => ociMount(m, mountSource(m, i, ctx))),
    ],
    linux: {
      namespaces,
      ...(spec.idMap ? ociIdMappings(spec.idMap) : {}),
      cgroupsPath: ctx.cgroupsPath,
      resources: { devices: [{ allow: false, access: "rwm" }], ...ociResources(spec.limits, ctx.disks) },
      ...(seccomp ? { seccomp } : {}),
      maskedPaths: [...MASKED_PATHS],
      readonlyPaths: [...READONLY_PATHS],
    },
  };
}

const RLIMIT_TYPES: Readonly<Record<RlimitName, string>> = {
  nofile: "RLIMIT_NOFILE", nproc: "RLIMIT_NPROC", core: "RLIMIT_CORE", memlock: "RLIMIT_MEMLOCK", stack: "RLIMIT_STACK",
};

/** The CFS period every quota is expressed against: 100 ms, the kernel's default. */
export const CPU_PERIOD_US = 100_000;

/**
 * The unit's /sys, read-only. sysfs shows the network devices of the network
 * namespace it is mounted in, and a runtime in a user namespace may be refused the
 * mount (the kernel's rules on revealing a sysfs differ by host) or bind the
 * host's /sys instead (crun). So a unit in a user namespace binds a sysfs Paddock
 * mounted inside its network namespace (sysDir, see launch.ts), or the host's /sys
 * when it shares the host's network (a Jail without vnet, a shared-IP Zone), which
 * is that network's view.
 */
function sysMount(spec: ContainerSpec, ctx: OciContext): Record<string, unknown> {
  const options = ["nosuid", "noexec", "nodev", "ro"];
  if (!spec.idMap) return { destination: "/sys", type: "sysfs", source: "sysfs", options };
  if (ownNetns(spec) && !ctx.sysDir) throw new Error("a unit in a user namespace with its own network needs its network namespace's sysfs");
  return { destination: "/sys", type: "bind", source: ownNetns(spec) ? ctx.sysDir : "/sys", options: ["rbind", ...options] };
}

/** Where the unit's mounts[i] comes from on the host: its source, a volume's data, or in a user namespace their idmapped mount. */
function mountSource(m: MountSpec, i: number, ctx: OciContext): string {
  if (m.type === "tmpfs") return "tmpfs";
  if (ctx.mappedDir) return `${ctx.mappedDir}/${i}`;
  return m.type === "volume" ? ctx.volumeDir(m.source) : m.source;
}

function ociMount(m: MountSpec, source: string): Record<string, unknown> {
  const ro = m.readOnly ? ["ro"] : [];
  if (m.type !== "tmpfs") return { destination: m.target, type: "bind", source, options: ["rbind", "rprivate", ...ro] };
  const size = m.size ? [`size=${parseBytes(m.size)}`] : [];
  return { destination: m.target, type: "tmpfs", source: "tmpfs", options: ["nosuid", "nodev", "mode=1777", ...size, ...ro] };
}

/** The unit's capabilities: its kind's set (a Container's default, a Jail's allow.*, a Zone's limitpriv) with its own changes. */
export function unitCapabilities(spec: ContainerSpec): string[] {
  return withCapabilities(spec.engine?.capabilities ?? DEFAULT_CAPABILITIES, spec.capabilities?.add ?? [], spec.capabilities?.drop ?? []);
}

/** Limits as OCI linux.resources, so a (re)started unit begins with them. */
export function ociResources(l: LimitsSpec, disks: DiskNumbers = new Map()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const memory: Record<string, number> = {};
  if (l.memory) memory.limit = parseBytes(l.memory);
  if (l.memorySwap) memory.swap = parseBytes(l.memorySwap);
  if (Object.keys(memory).length) out.memory = memory;
  const cpu: Record<string, unknown> = {};
  if (l.cpus !== undefined) Object.assign(cpu, { quota: Math.round(l.cpus * CPU_PERIOD_US), period: CPU_PERIOD_US });
  if (l.cpuset !== undefined) cpu.cpus = l.cpuset;
  if (l.cpuShares !== undefined) cpu.shares = l.cpuShares;
  if (Object.keys(cpu).length) out.cpu = cpu;
  // 0 is no limit, which OCI says with -1 (0 would leave the cgroup as the runtime finds it).
  if (l.pids !== undefined) out.pids = { limit: l.pids || -1 };
  if (l.io) out.blockIO = ociBlockIO(l.io, disks);
  return out;
}

/** limits.io as OCI linux.resources.blockIO: the weight, and each cap as a rate on its disk's number. */
function ociBlockIO(io: IoLimitsSpec, disks: DiskNumbers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (io.weight !== undefined) out.weight = io.weight;
  for (const cap of IO_CAPS) {
    const rates = (io.devices ?? []).flatMap((d) => {
      const v = d[cap.field];
      const n = disks.get(d.path);
      if (v === undefined || !n) return [];
      return [{ major: n.major, minor: n.minor, rate: typeof v === "string" ? parseBytes(v) : v }];
    });
    if (rates.length) out[cap.oci] = rates;
  }
  return out;
}
