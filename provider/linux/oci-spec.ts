import type { ContainerSpec } from "../core/spec";

/** The OCI runtime spec's default capability set (what `runc spec` and Docker grant). */
export const DEFAULT_CAPABILITIES = [
  "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW",
  "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE",
  "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE",
] as const;

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
}

/** Translates a Container spec into an OCI runtime config.json. Pure and kernel-free, like runc's specconv. */
export function buildOciConfig(spec: ContainerSpec, ctx: OciContext): Record<string, unknown> {
  const namespaces: { type: string }[] = [{ type: "pid" }, { type: "mount" }, { type: "uts" }, { type: "ipc" }];
  if (spec.network.mode === "none") namespaces.push({ type: "network" });
  const caps = [...DEFAULT_CAPABILITIES];
  return {
    ociVersion: "1.0.2",
    process: {
      terminal: false,
      user: { uid: 0, gid: 0 },
      args: [...spec.command],
      env: [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${spec.hostname}`, ...Object.entries(spec.env).map(([k, v]) => `${k}=${v}`)],
      cwd: "/",
      capabilities: { bounding: caps, effective: caps, permitted: caps },
      rlimits: [{ type: "RLIMIT_NOFILE", hard: 1024, soft: 1024 }],
      noNewPrivileges: true,
    },
    root: { path: ctx.rootPath, readonly: false },
    hostname: spec.hostname,
    mounts: [
      { destination: "/proc", type: "proc", source: "proc" },
      { destination: "/dev", type: "tmpfs", source: "tmpfs", options: ["nosuid", "strictatime", "mode=755", "size=65536k"] },
      { destination: "/dev/pts", type: "devpts", source: "devpts", options: ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"] },
      { destination: "/dev/shm", type: "tmpfs", source: "shm", options: ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"] },
      { destination: "/dev/mqueue", type: "mqueue", source: "mqueue", options: ["nosuid", "noexec", "nodev"] },
      { destination: "/sys", type: "sysfs", source: "sysfs", options: ["nosuid", "noexec", "nodev", "ro"] },
      { destination: "/sys/fs/cgroup", type: "cgroup", source: "cgroup", options: ["nosuid", "noexec", "nodev", "relatime", "ro"] },
    ],
    linux: {
      namespaces,
      cgroupsPath: ctx.cgroupsPath,
      resources: { devices: [{ allow: false, access: "rwm" }] },
      maskedPaths: [...MASKED_PATHS],
      readonlyPaths: [...READONLY_PATHS],
    },
  };
}
