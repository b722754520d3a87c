import type { ContainerArgs, Restart, RestartLimit, Rootfs } from "../../schema/types/container";
export type { Rootfs };
import { canonicalBytes, canonicalDuration, formatBytes, formatCpuset, parseBytes, parseCpuset } from "./quantity";
import { capabilityName } from "./capabilities";

const PAGE = 4096;
const pageFloor = (bytes: number) => Math.floor(bytes / PAGE) * PAGE;

/** Paddock's own state root when the program names none. */
export const DEFAULT_STATE_ROOT = "/var/lib/paddock";

/** The version of the outputs' shape; every later provider reads every earlier one. */
export const STATE_VERSION = 1;

/** The engine's placeholder for a value not known until apply (Pulumi's rpc.unknownValue). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True when v, or anything inside it, is not known until apply. */
export function hasUnknown(v: unknown): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (v && typeof v === "object") return Object.values(v).some(hasUnknown);
  return false;
}

/** Input key the SDK fills with the resource's URN: who owns a unit (a crash leftover of ours, or another stack's), and where to report. */
export const OWNER_KEY = "__paddockOwner";

export interface LimitsSpec {
  /** Relative CPU weight, as cgroup v1 cpu.shares (1024 is the default); v2 maps it onto cpu.weight. Set by Zone's cpuShares. */
  readonly cpuShares?: number;
  readonly memory?: string;
  readonly memorySwap?: string;
  readonly cpus?: number;
  readonly cpuset?: string;
  readonly pids?: number;
  readonly io?: IoLimitsSpec;
}

/** Block I/O limits: a weight (10-1000, OCI's blkio scale) and caps per whole disk, named by its device path. */
export interface IoLimitsSpec {
  readonly weight?: number;
  readonly devices?: readonly IoDeviceSpec[];
}

export interface IoDeviceSpec {
  readonly path: string;
  /** Bytes per second, canonical ("10MiB"). */
  readonly readBps?: string;
  readonly writeBps?: string;
  readonly readIops?: number;
  readonly writeIops?: number;
}

export type MountSpec =
  | { readonly type: "bind"; readonly source: string; readonly target: string; readonly readOnly: boolean; readonly unsafeHostWrite?: true }
  | { readonly type: "volume"; readonly source: string; readonly target: string; readonly readOnly: boolean }
  | { readonly type: "tmpfs"; readonly target: string; readonly size?: string; readonly readOnly: boolean };

/** How a unit is networked; with "bridge", the Network's name and (once allocated) the unit's address. */
export interface NetworkAttachment {
  readonly mode: "none" | "host" | "bridge";
  readonly network?: string;
  readonly address?: string;
}

export interface PortSpec {
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol: "tcp" | "udp";
  readonly hostAddress: string;
}

export type RlimitName = "nofile" | "nproc" | "core" | "memlock" | "stack";

/** A Container's inputs with every default filled in and quantities canonical: what the engine acts on. */
export interface ContainerSpec {
  readonly name: string;
  readonly rootfs: Rootfs;
  readonly command: readonly string[];
  readonly user: { readonly uid: number; readonly gid: number };
  readonly workdir: string;
  readonly hostname: string;
  readonly env: Readonly<Record<string, string>>;
  readonly network: NetworkAttachment;
  readonly ports: readonly PortSpec[];
  readonly dns?: { readonly nameservers: readonly string[]; readonly search: readonly string[] };
  readonly limits: LimitsSpec;
  readonly mounts: readonly MountSpec[];
  readonly rlimits: Readonly<Partial<Record<RlimitName, number>>>;
  readonly state: "running" | "stopped";
  readonly stopTimeout: string;
  readonly runtime: "auto" | "runc" | "crun";
  /** Whether the init is started again when it exits (systemd supervises it), after restartDelay, at most restartLimit. */
  readonly restart: RestartPolicy;
  readonly restartDelay: string;
  readonly restartLimit: RestartLimitSpec;
  /** Started when the host boots (a systemd service enabled for multi-user.target). */
  readonly startAtBoot: boolean;
  readonly stateRoot: string;
  /** Capabilities added to and dropped from the kind's base set (CAP_ names, sorted). */
  readonly capabilities: CapabilityChanges;
  readonly seccomp: SeccompSpec;
  /** "private": a user namespace of its own, its ids a host range no other unit has; "host": the host's ids. */
  readonly userns: "private" | "host";
  /** The host ids the unit's ids 0-65535 are (allocated at create, like an address); none with the host's ids. */
  readonly idMap?: IdMap;
  /** Set only by the Jail and Zone vocabularies (never by a Container's inputs; its schema forbids it). */
  readonly engine?: EngineOptions;
}

/** A unit's user ids 0..size-1 are host ids hostId..hostId+size-1 (the same for group ids). */
export interface IdMap {
  readonly hostId: number;
  readonly size: number;
}

/**
 * Whether Paddock makes the unit's network namespace inside its user namespace
 * before its start (and the unit's runtime joins both): a unit in a user namespace
 * with a network of its own (on a Network, or none at all). Its root then owns
 * its network; `paddock exec` can join it; Paddock mounts its sysfs.
 */
export function ownNetns(spec: Pick<ContainerSpec, "idMap" | "network">): boolean {
  return spec.idMap !== undefined && spec.network.mode !== "host";
}

/** Ids in a unit's user namespace: the 16-bit range every Linux distribution's userland assumes. */
export const ID_RANGE_SIZE = 65536;

/** How many processes and threads a unit may have when its program says nothing (podman's default). */
export const DEFAULT_PIDS = 2048;

export interface CapabilityChanges {
  readonly add: readonly string[];
  readonly drop: readonly string[];
}

/** The unit's seccomp filter: Paddock's default with allow added and deny taken away, or none (unconfined). */
export interface SeccompSpec {
  readonly allow: readonly string[];
  readonly deny: readonly string[];
  readonly unconfined: boolean;
}

export type RestartPolicy = "no" | "on-failure" | "always";

export interface RestartLimitSpec {
  readonly attempts: number;
  readonly within: string;
}

/** The restart properties of a Container, Jail or Zone (named as in their schemas), canonical, with their defaults. */
export function normalizeRestart(a: { restart?: Restart; restartDelay?: string; restartLimit?: RestartLimit }): { restart: RestartPolicy; restartDelay: string; restartLimit: RestartLimitSpec } {
  return {
    restart: a.restart ?? "no",
    restartDelay: canonicalDuration(a.restartDelay ?? "1s"),
    restartLimit: { attempts: a.restartLimit?.attempts ?? 5, within: canonicalDuration(a.restartLimit?.within ?? "1m") },
  };
}

/** What Jail and Zone need from the engine beyond a Container's vocabulary. */
export interface EngineOptions {
  /** startAtBoot where the host can (a Zone's autoboot, on by default): no refusal on a host without systemd. */
  readonly bootWhereSupported?: boolean;
  /** Run on this directory as the root, writing to it directly (a jail's `path`): no base, no overlay. */
  readonly rootDir?: string;
  /** The capability set instead of the OCI default (allow.*, limitpriv). */
  readonly capabilities?: readonly string[];
  /** Share the host's IPC namespace (allow.sysvipc). */
  readonly shareIpc?: boolean;
  /** Run inside the unit before it is sent SIGTERM (a jail's exec.stop). */
  readonly stopCommand?: readonly string[];
}

export const DEFAULT_RLIMITS: Readonly<Partial<Record<RlimitName, number>>> = { nofile: 1024 };

/** What a created Container records in the stack besides its inputs. */
export interface ContainerOutputs extends ContainerSpec {
  readonly unitId: string;
  readonly runtime: "runc" | "crun";
  readonly pid: number;
  readonly cgroupPath: string;
  readonly rootfsPath: string;
  /** The unit's IPv4 address on its Network ("" without one). */
  readonly address: string;
  /** What was last observed: "running" or "stopped". */
  readonly status: "running" | "stopped";
  readonly stateVersion: number;
  readonly [OWNER_KEY]?: string;
}

/** Fills defaults and puts values in one canonical form, so equal specs compare equal. */
export function normalizeContainer(args: ContainerArgs & { name: string }): ContainerSpec {
  const env: Record<string, string> = {};
  for (const key of Object.keys(args.env ?? {}).sort()) {
    const v = args.env?.[key];
    if (v !== undefined) env[key] = v;
  }
  return {
    name: args.name,
    rootfs: normalizeRootfs(args.rootfs),
    command: [...args.command],
    user: { uid: args.user?.uid ?? 0, gid: args.user?.gid ?? 0 },
    workdir: args.workdir ?? "/",
    hostname: args.hostname ?? args.name,
    env,
    network: normalizeAttachment(args.network),
    ports: (args.ports ?? []).map((p) => ({ hostPort: p.hostPort, containerPort: p.containerPort, protocol: p.protocol ?? "tcp", hostAddress: p.hostAddress ?? "0.0.0.0" })),
    ...(args.dns ? { dns: { nameservers: [...(args.dns.nameservers ?? [])], search: [...(args.dns.search ?? [])] } } : {}),
    limits: normalizeLimits(args.limits ?? {}),
    mounts: (args.mounts ?? []).map(normalizeMount),
    rlimits: sortKeys({ ...DEFAULT_RLIMITS, ...(args.rlimits ?? {}) }),
    state: args.state ?? "running",
    stopTimeout: canonicalDuration(args.stopTimeout ?? "10s"),
    runtime: args.runtime ?? "auto",
    ...normalizeRestart(args),
    startAtBoot: args.startAtBoot ?? false,
    capabilities: normalizeCapabilities(args.capabilities),
    seccomp: normalizeSeccomp(args.seccomp),
    userns: args.userns ?? "private",
    stateRoot: args.stateRoot ?? DEFAULT_STATE_ROOT,
    ...((args as { engine?: EngineOptions }).engine ? { engine: (args as { engine?: EngineOptions }).engine } : {}),
  };
}

/** One canonical form per source: defaults filled, digests lowercase, package lists sorted and unique. */
export function normalizeRootfs(r: Rootfs): Rootfs {
  if ("directory" in r) return { directory: r.directory };
  if ("tarball" in r) return { tarball: { path: r.tarball.path, sha256: r.tarball.sha256.toLowerCase() } };
  if ("debootstrap" in r) {
    const d = r.debootstrap;
    return {
      debootstrap: {
        suite: d.suite,
        variant: d.variant ?? "minbase",
        include: [...new Set(d.include ?? [])].sort(),
        ...(d.mirror ? { mirror: d.mirror.replace(/\/+$/, "") } : {}),
      },
    };
  }
  // A sparse zone's skeleton (compiled from a Zone, never declared by a user).
  if ("sparse" in (r as object)) return r;
  return { busybox: {} };
}

function normalizeAttachment(n: { mode: "none" | "host" | "bridge"; network?: string; address?: string } | undefined): NetworkAttachment {
  if (n?.mode !== "bridge") return { mode: n?.mode ?? "none" };
  return n.address === undefined ? { mode: "bridge", network: n.network } : { mode: "bridge", network: n.network, address: n.address };
}

/** Capability names in their CAP_ form, sorted, once each (an unknown name is kept as written: check refuses it). */
export function normalizeCapabilities(c: { add?: string[]; drop?: string[] } | undefined): CapabilityChanges {
  const names = (l: string[] | undefined) => [...new Set((l ?? []).map((n) => capabilityName(n) ?? n))].sort();
  return { add: names(c?.add), drop: names(c?.drop) };
}

export function normalizeSeccomp(s: { allow?: string[]; deny?: string[]; unconfined?: boolean } | undefined): SeccompSpec {
  return { allow: [...new Set(s?.allow ?? [])].sort(), deny: [...new Set(s?.deny ?? [])].sort(), unconfined: s?.unconfined ?? false };
}

export function normalizeLimits(l: { memory?: string; memorySwap?: string; cpus?: number; cpuset?: string; pids?: number; io?: IoLimitsSpec }): LimitsSpec {
  const out: { -readonly [K in keyof LimitsSpec]: LimitsSpec[K] } = {};
  // The kernel keeps memory limits in whole pages; round down as it would, so what we read back matches.
  if (l.memory !== undefined) out.memory = formatBytes(pageFloor(parseBytes(l.memory)));
  if (l.memorySwap !== undefined) out.memorySwap = formatBytes(pageFloor(parseBytes(l.memorySwap)));
  // CFS quotas are whole microseconds of a 100 ms period: keep what the kernel can hold.
  if (l.cpus !== undefined) out.cpus = Math.round(l.cpus * 100_000) / 100_000;
  if (l.cpuset !== undefined) out.cpuset = formatCpuset(parseCpuset(l.cpuset));
  out.pids = l.pids ?? DEFAULT_PIDS;
  if ((l as LimitsSpec).cpuShares !== undefined) out.cpuShares = (l as LimitsSpec).cpuShares;
  const io = normalizeIo(l.io);
  if (io) out.io = io;
  return out;
}

/** Canonical I/O limits, or undefined when they limit nothing (no weight, no device caps). */
export function normalizeIo(io: IoLimitsSpec | undefined): IoLimitsSpec | undefined {
  const devices = (io?.devices ?? []).map((d) => {
    const out: { -readonly [K in keyof IoDeviceSpec]: IoDeviceSpec[K] } = { path: d.path };
    if (d.readBps !== undefined) out.readBps = canonicalBytes(d.readBps);
    if (d.writeBps !== undefined) out.writeBps = canonicalBytes(d.writeBps);
    if (d.readIops !== undefined) out.readIops = d.readIops;
    if (d.writeIops !== undefined) out.writeIops = d.writeIops;
    return out;
  });
  if (io?.weight === undefined && devices.length === 0) return undefined;
  return { ...(io?.weight !== undefined ? { weight: io.weight } : {}), ...(devices.length ? { devices } : {}) };
}

type MountArgs =
  | { type: "bind"; source: string; target: string; readOnly?: boolean; unsafeHostWrite?: boolean }
  | { type: "volume"; source: string; target: string; readOnly?: boolean }
  | { type: "tmpfs"; target: string; size?: string; readOnly?: boolean };

function normalizeMount(m: MountArgs): MountSpec {
  if (m.type === "bind") return { type: "bind", source: m.source, target: m.target, readOnly: m.readOnly ?? false, ...(m.unsafeHostWrite ? { unsafeHostWrite: true as const } : {}) };
  if (m.type === "volume") return { type: "volume", source: m.source, target: m.target, readOnly: m.readOnly ?? false };
  return m.size === undefined
    ? { type: "tmpfs", target: m.target, readOnly: m.readOnly ?? false }
    : { type: "tmpfs", target: m.target, size: canonicalBytes(m.size), readOnly: m.readOnly ?? false };
}

function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))) as T;
}

/** The declared binds the unit really has (from its mountinfo), each as read-only or not as seen. */
export function observedBinds<M>(declared: readonly M[], seen: ContainerSpec, target: (m: M) => string, withReadOnly: (m: M, readOnly: boolean) => M): M[] {
  const there = new Map(seen.mounts.map((m) => [m.target, m.readOnly]));
  return declared.filter((m) => there.has(target(m))).map((m) => withReadOnly(m, there.get(target(m))!));
}
