/**
 * The Solaris zone vocabulary compiled onto the Linux engine. Pure: host facts
 * (which inherited directories are symlinks, the CPUs leased to the zone) are
 * looked up by the provider and passed in.
 */
import * as path from "path";
import type { ZoneArgs } from "../../schema/types/zone";
import type { Rootfs } from "../../schema/types/container";
import { ContainerSpec, DEFAULT_STATE_ROOT, normalizeContainer, normalizeRestart, normalizeRootfs, observedBinds, RestartLimitSpec, RestartPolicy } from "./spec";
import { DEFAULT_CAPABILITIES } from "./capabilities";
import { HOLDER } from "./holder";
import { canonicalBytes, formatBytes, parseBytes, parseCpuset, sharesToWeight } from "./quantity";

export const DEFAULT_INHERIT = ["/usr", "/lib", "/lib64", "/bin", "/sbin"] as const;

export interface ZoneSpec {
  readonly name: string;
  readonly zonepath: string;
  readonly brand: "sparse" | "whole";
  readonly rootfs?: Rootfs;
  readonly inheritPkgDir: readonly string[];
  readonly autoboot: boolean;
  readonly ipType: "shared" | "exclusive";
  readonly net: readonly { readonly network: string; readonly address?: string; readonly defrouter?: string }[];
  readonly cappedMemory: { readonly physical?: string; readonly swap?: string };
  readonly dedicatedCpu?: { readonly ncpus: number };
  readonly cappedCpu?: { readonly ncpus: number };
  readonly cpuShares?: number;
  readonly maxLwps?: number;
  readonly limitpriv: readonly string[];
  readonly fs: readonly { readonly dir: string; readonly special: string; readonly type: "bind" | "lofs"; readonly options: readonly string[]; readonly unsafeHostWrite?: true }[];
  readonly init?: readonly string[];
  readonly restart: RestartPolicy;
  readonly restartDelay: string;
  readonly restartLimit: RestartLimitSpec;
  readonly userns: "private" | "host";
  readonly stateRoot: string;
}

export function normalizeZone(a: ZoneArgs & { name: string }): ZoneSpec {
  const stateRoot = a.stateRoot ?? DEFAULT_STATE_ROOT;
  const mem: { physical?: string; swap?: string } = {};
  if (a.cappedMemory?.physical) mem.physical = canonicalBytes(a.cappedMemory.physical);
  if (a.cappedMemory?.swap) mem.swap = canonicalBytes(a.cappedMemory.swap);
  return {
    name: a.name,
    zonepath: a.zonepath ?? path.join(stateRoot, "zones", a.name),
    brand: a.brand ?? "sparse",
    ...(a.rootfs ? { rootfs: normalizeRootfs(a.rootfs) } : {}),
    inheritPkgDir: [...(a.inheritPkgDir ?? DEFAULT_INHERIT)],
    autoboot: a.autoboot ?? true,
    ipType: a.ipType ?? "shared",
    net: (a.net ?? []).map((n) => ({ network: n.network, ...(n.address ? { address: n.address } : {}), ...(n.defrouter ? { defrouter: n.defrouter } : {}) })),
    cappedMemory: mem,
    ...(a.dedicatedCpu ? { dedicatedCpu: { ncpus: a.dedicatedCpu.ncpus } } : {}),
    ...(a.cappedCpu ? { cappedCpu: { ncpus: a.cappedCpu.ncpus } } : {}),
    ...(a.cpuShares !== undefined ? { cpuShares: a.cpuShares } : {}),
    ...(a.maxLwps !== undefined ? { maxLwps: a.maxLwps } : {}),
    limitpriv: [...(a.limitpriv ?? ["default"])],
    fs: (a.fs ?? []).map((f) => ({ dir: f.dir, special: f.special, type: f.type ?? "lofs", options: [...(f.options ?? [])], ...(f.unsafeHostWrite ? { unsafeHostWrite: true as const } : {}) })),
    ...(a.init ? { init: [...a.init] } : {}),
    ...normalizeRestart(a),
    userns: a.userns ?? "private",
    stateRoot,
  };
}

/** Solaris privileges onto Linux capabilities: the ones a zone administrator asks for. */
export const PRIVILEGES: Readonly<Record<string, readonly string[]>> = {
  net_raw: ["CAP_NET_RAW"],
  net_privaddr: ["CAP_NET_BIND_SERVICE"],
  net_admin: ["CAP_NET_ADMIN"],
  sys_time: ["CAP_SYS_TIME"],
  sys_admin: ["CAP_SYS_ADMIN"],
  sys_mount: ["CAP_SYS_ADMIN"],
  proc_setid: ["CAP_SETUID", "CAP_SETGID"],
  file_chown: ["CAP_CHOWN"],
  sys_resource: ["CAP_SYS_RESOURCE"],
};

/** limitpriv onto a capability set: "default" is Paddock's default set (capabilities.ts); "x" adds, "-x" takes away. */
export function zoneCapabilities(limitpriv: readonly string[]): string[] {
  const caps = new Set<string>(limitpriv.includes("default") ? DEFAULT_CAPABILITIES : []);
  for (const p of limitpriv) {
    if (p === "default") continue;
    const drop = p.startsWith("-");
    for (const c of PRIVILEGES[drop ? p.slice(1) : p] ?? []) (drop ? caps.delete(c) : caps.add(c));
  }
  return [...caps].sort();
}

/** The base of a sparse zone: a skeleton with the host's symlinked top-level directories repeated (e.g. /bin -> usr/bin). */
export interface SparseFacts {
  /** Inherited directories that are symlinks on the host, with their targets. */
  readonly links: Readonly<Record<string, string>>;
  /** The CPUs leased to the zone (dedicatedCpu), as a cpuset list. */
  readonly cpuset?: string;
}

export function sparseRootfs(links: Readonly<Record<string, string>>): Rootfs {
  // Not a user-facing source (the schema has no such branch): the engine builds it as a base like any other.
  return { sparse: { links: { ...links } } } as unknown as Rootfs;
}

/** The Container spec a zone runs as. */
export function compileZone(z: ZoneSpec, facts: SparseFacts): ContainerSpec {
  const holder = !z.init;
  const inherited = z.brand === "sparse" ? z.inheritPkgDir.filter((d) => !(d in facts.links)) : [];
  const net = z.net[0];
  const physical = z.cappedMemory.physical ? parseBytes(z.cappedMemory.physical) : undefined;
  const swap = z.cappedMemory.swap ? parseBytes(z.cappedMemory.swap) : undefined;
  const base = normalizeContainer({
    name: z.name,
    rootfs: z.brand === "sparse" ? sparseRootfs(facts.links) : z.rootfs!,
    command: (holder ? HOLDER.command : z.init!) as [string, ...string[]],
    hostname: z.name,
    network: z.ipType === "exclusive" && net ? { mode: "bridge", network: net.network, ...(net.address ? { address: net.address } : {}) } : { mode: "host" },
    limits: {
      ...(physical !== undefined ? { memory: formatBytes(physical) } : {}),
      // zonecfg's swap cap counts memory plus swap, like Docker's memorySwap.
      ...(swap !== undefined ? { memorySwap: formatBytes(Math.max(swap, physical ?? 0)) } : {}),
      ...(z.cappedCpu ? { cpus: z.cappedCpu.ncpus } : {}),
      ...(facts.cpuset ? { cpuset: facts.cpuset } : {}),
      ...(z.maxLwps ? { pids: z.maxLwps } : {}),
    },
    mounts: [
      ...inherited.map((d) => ({ type: "bind" as const, source: d, target: d, readOnly: true })),
      ...z.fs.map((f) => ({ type: "bind" as const, source: f.special, target: f.dir, readOnly: f.options.includes("ro"), ...(f.unsafeHostWrite ? { unsafeHostWrite: true as const } : {}) })),
      ...(holder ? [HOLDER.mount] : []),
    ],
    stopTimeout: holder ? "0s" : "10s",
    restart: z.restart,
    restartDelay: z.restartDelay,
    restartLimit: z.restartLimit,
    startAtBoot: z.autoboot,
    userns: z.userns,
    stateRoot: z.stateRoot,
  });
  const limits = z.cpuShares !== undefined ? { ...base.limits, cpuShares: Math.min(z.cpuShares * 1024, 262144) } : base.limits;
  // autoboot is on by default: a host without systemd to start the zone at boot is not an error.
  return { ...base, limits, engine: { capabilities: zoneCapabilities(z.limitpriv), bootWhereSupported: true } };
}

/**
 * What the host shows of a zone, in zonecfg words: its resource controls and
 * fs mounts as read back from the unit. A property changes only where the
 * engine's observed value differs from what the zone compiles to. Pure.
 */
export function observeZone(z: ZoneSpec, want: ContainerSpec, seen: ContainerSpec): Partial<ZoneSpec> {
  const out: { -readonly [K in keyof ZoneSpec]?: ZoneSpec[K] } = {};
  const differs = (k: keyof ContainerSpec["limits"]) => seen.limits[k] !== want.limits[k];
  if (differs("memory") || differs("memorySwap")) {
    const mem: { physical?: string; swap?: string } = { ...z.cappedMemory };
    if (differs("memory")) (seen.limits.memory === undefined ? delete mem.physical : (mem.physical = seen.limits.memory));
    if (differs("memorySwap")) (seen.limits.memorySwap === undefined ? delete mem.swap : (mem.swap = seen.limits.memorySwap));
    out.cappedMemory = mem;
  }
  if (differs("pids")) out.maxLwps = seen.limits.pids;
  if (differs("cpus")) out.cappedCpu = seen.limits.cpus === undefined ? undefined : { ncpus: seen.limits.cpus };
  // Compared as cgroup v2 keeps them (cpu.weight): a v2 host reads 1024 shares back as 999.
  const weight = (shares: number | undefined) => (shares === undefined ? undefined : sharesToWeight(shares));
  if (weight(seen.limits.cpuShares) !== weight(want.limits.cpuShares)) out.cpuShares = seen.limits.cpuShares === undefined ? undefined : Math.max(1, Math.round(seen.limits.cpuShares / 1024));
  if (differs("cpuset") && z.dedicatedCpu) out.dedicatedCpu = { ncpus: seen.limits.cpuset ? parseCpuset(seen.limits.cpuset).length : 0 };
  const fs = observedBinds(z.fs, seen, (f) => f.dir, (f, readOnly) => ({ ...f, options: readOnly ? ["ro"] : f.options.filter((o) => o !== "ro") }));
  if (fs.length !== z.fs.length || fs.some((f, i) => f.options.includes("ro") !== z.fs[i].options.includes("ro"))) out.fs = fs;
  return out;
}
