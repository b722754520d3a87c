/**
 * The FreeBSD jail vocabulary compiled onto the Linux engine. Pure: the host
 * facts it needs (the user's ids) are looked up by the provider and passed in.
 */
import type { JailArgs } from "../../schema/types/jail";
import type { Rootfs } from "../../schema/types/container";
import { ContainerSpec, DEFAULT_STATE_ROOT, normalizeContainer, normalizeRestart, normalizeRootfs, observedBinds, RestartLimitSpec, RestartPolicy } from "./spec";
import { DEFAULT_CAPABILITIES } from "./capabilities";
import { HOLDER } from "./holder";
import { canonicalBytes, canonicalDuration } from "./quantity";

export interface JailSpec {
  readonly name: string;
  readonly path?: string;
  readonly rootfs?: Rootfs;
  readonly hostname: string;
  readonly ip4: readonly string[];
  readonly interface?: string;
  readonly vnet: boolean;
  readonly execStart?: readonly string[];
  readonly execStop?: readonly string[];
  readonly stopTimeout: string;
  readonly persist: boolean;
  readonly user: string;
  readonly allow: { readonly rawSockets: boolean; readonly mount: boolean; readonly chflags: boolean; readonly sysvipc: boolean; readonly setHostname: boolean };
  readonly childrenMax: 0;
  readonly limits: { readonly memoryuse?: string; readonly maxproc?: number; readonly pcpu?: number };
  readonly mountFstab: readonly { readonly source: string; readonly target: string; readonly readOnly: boolean; readonly unsafeHostWrite?: true }[];
  readonly restart: RestartPolicy;
  readonly restartDelay: string;
  readonly restartLimit: RestartLimitSpec;
  readonly startAtBoot: boolean;
  readonly userns: "private" | "host";
  readonly stateRoot: string;
}

export function normalizeJail(a: JailArgs & { name: string }): JailSpec {
  const limits: { memoryuse?: string; maxproc?: number; pcpu?: number } = {};
  if (a.limits?.memoryuse !== undefined) limits.memoryuse = canonicalBytes(a.limits.memoryuse);
  if (a.limits?.maxproc !== undefined) limits.maxproc = a.limits.maxproc;
  if (a.limits?.pcpu !== undefined) limits.pcpu = a.limits.pcpu;
  return {
    name: a.name,
    ...(a.path !== undefined ? { path: a.path } : {}),
    ...(a.rootfs !== undefined ? { rootfs: normalizeRootfs(a.rootfs) } : {}),
    hostname: a.hostname ?? a.name,
    ip4: [...(a.ip4 ?? [])],
    ...(a.interface !== undefined ? { interface: a.interface } : {}),
    vnet: a.vnet ?? false,
    ...(a.execStart ? { execStart: [...a.execStart] } : {}),
    ...(a.execStop ? { execStop: [...a.execStop] } : {}),
    stopTimeout: canonicalDuration(a.stopTimeout ?? "10s"),
    persist: a.persist ?? false,
    user: a.user ?? "root",
    allow: {
      rawSockets: a.allow?.rawSockets ?? false,
      mount: a.allow?.mount ?? false,
      chflags: a.allow?.chflags ?? false,
      sysvipc: a.allow?.sysvipc ?? false,
      setHostname: a.allow?.setHostname ?? false,
    },
    childrenMax: 0,
    limits,
    mountFstab: (a.mountFstab ?? []).map((m) => ({ source: m.source, target: m.target, readOnly: m.readOnly ?? false, ...(m.unsafeHostWrite ? { unsafeHostWrite: true as const } : {}) })),
    ...normalizeRestart(a),
    startAtBoot: a.startAtBoot ?? false,
    userns: a.userns ?? "private",
    stateRoot: a.stateRoot ?? DEFAULT_STATE_ROOT,
  };
}

/** allow.* onto capabilities: FreeBSD jails have no raw sockets by default, so neither does a Jail (nor mknod: devfs rules decide there). */
export function jailCapabilities(allow: JailSpec["allow"]): string[] {
  const caps = new Set<string>(DEFAULT_CAPABILITIES);
  if (allow.rawSockets) caps.add("CAP_NET_RAW");
  if (allow.mount || allow.setHostname) caps.add("CAP_SYS_ADMIN");
  if (allow.chflags) caps.add("CAP_LINUX_IMMUTABLE");
  return [...caps].sort();
}

/** The Container spec a jail runs as. user is the numeric form of spec.user, found in the jail's /etc/passwd. */
export function compileJail(j: JailSpec, user: { uid: number; gid: number }): ContainerSpec {
  const holder = !j.execStart;
  const network = !j.vnet ? { mode: "host" as const } : j.ip4.length ? { mode: "bridge" as const, network: j.interface!, address: j.ip4[0] } : { mode: "none" as const };
  const base = normalizeContainer({
    name: j.name,
    rootfs: j.rootfs ?? { directory: j.path! },
    command: (holder ? HOLDER.command : j.execStart!) as [string, ...string[]],
    user: holder ? { uid: 0, gid: 0 } : user,
    hostname: j.hostname,
    network,
    limits: {
      ...(j.limits.memoryuse ? { memory: j.limits.memoryuse } : {}),
      ...(j.limits.maxproc ? { pids: j.limits.maxproc } : {}),
      ...(j.limits.pcpu ? { cpus: j.limits.pcpu / 100 } : {}),
    },
    mounts: [
      ...j.mountFstab.map((m) => ({ type: "bind" as const, source: m.source, target: m.target, readOnly: m.readOnly, ...(m.unsafeHostWrite ? { unsafeHostWrite: true as const } : {}) })),
      ...(holder ? [HOLDER.mount] : []),
    ],
    stopTimeout: holder ? "0s" : j.stopTimeout,
    restart: j.restart,
    restartDelay: j.restartDelay,
    restartLimit: j.restartLimit,
    startAtBoot: j.startAtBoot,
    userns: j.userns,
    stateRoot: j.stateRoot,
  });
  return {
    ...base,
    engine: {
      ...(j.path !== undefined ? { rootDir: j.path } : {}),
      capabilities: jailCapabilities(j.allow),
      shareIpc: j.allow.sysvipc,
      ...(j.execStop ? { stopCommand: [...j.execStop] } : {}),
    },
  };
}

/**
 * What the host shows of a jail, in jail.conf words: rctl limits and
 * mount.fstab as read back from the unit. A property changes only where the
 * engine's observed value differs from what the jail compiles to, so nothing
 * the vocabulary cannot say turns into false drift. Pure.
 */
export function observeJail(j: JailSpec, want: ContainerSpec, seen: ContainerSpec): Pick<JailSpec, "limits" | "mountFstab"> {
  const limits: { memoryuse?: string; maxproc?: number; pcpu?: number } = { ...j.limits };
  const take = <K extends keyof typeof limits>(k: K, engine: keyof ContainerSpec["limits"], v: (typeof limits)[K] | undefined) => {
    if (seen.limits[engine] === want.limits[engine]) return;
    if (v === undefined) delete limits[k];
    else limits[k] = v;
  };
  take("memoryuse", "memory", seen.limits.memory);
  take("maxproc", "pids", seen.limits.pids);
  take("pcpu", "cpus", seen.limits.cpus === undefined ? undefined : Math.round(seen.limits.cpus * 10000) / 100);
  return { limits, mountFstab: observedBinds(j.mountFstab, seen, (m) => m.target, (m, readOnly) => ({ ...m, readOnly })) };
}
