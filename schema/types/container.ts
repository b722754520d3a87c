/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */

/**
 * The unit's name on the host. Defaults to the Pulumi resource name. Two units on one host cannot share a name.
 */
export type UnitName = string;
/**
 * Where the root filesystem comes from: { busybox: {} }, { directory: "/abs/path" }, { tarball: { path, sha256 } } or { debootstrap: { suite, variant?, include?, mirror? } }. The unit writes to its own overlay layer, never to the shared base.
 */
export type Rootfs = BusyboxRootfs | DirectoryRootfs | TarballRootfs | DebootstrapRootfs;
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath = string;
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath1 = string;
/**
 * The unit's init process: program and arguments, as an argument vector.
 *
 * @minItems 1
 */
export type Command = [string, ...string[]];
/**
 * The init process's working directory inside the unit.
 */
export type ContainerPath = string;
/**
 * The host name inside the unit's UTS namespace. Defaults to the unit's name.
 */
export type Hostname = string;
/**
 * With mode "bridge": the name of the Paddock Network (its output `name`).
 */
export type UnitName1 = string;
/**
 * With mode "bridge": the unit's address in the Network's subnet. Omit it to have one allocated; the allocation is kept in the stack.
 */
export type IPv4 = string;
/**
 * The host address to listen on; "0.0.0.0" is every local address.
 */
export type IPv41 = string;
/**
 * An IPv4 address in dotted-quad form, e.g. "10.77.0.10".
 */
export type IPv42 = string;
/**
 * An RFC 1123 host name: dot-separated labels of letters, digits and '-', each 1-63 characters, 253 in all.
 */
export type Hostname1 = string;
/**
 * Memory limit (v1 memory.limit_in_bytes, v2 memory.max). At least 4MiB.
 */
export type Bytes = string;
/**
 * Memory plus swap limit, as in Docker (v1 memory.memsw.limit_in_bytes, v2 memory.swap.max = memorySwap - memory). Needs memory, and is at least memory.
 */
export type Bytes1 = string;
/**
 * Host CPUs the unit may run on (cpuset.cpus), e.g. "0-1".
 */
export type Cpuset = string;
/**
 * Bytes read from the disk per second at most, e.g. "10MiB".
 */
export type Bytes2 = string;
/**
 * Bytes written to the disk per second at most.
 */
export type Bytes3 = string;
/**
 * A filesystem mounted into the unit: a bind mount of a host path, a tmpfs, or a Paddock Volume.
 */
export type Mount = BindMount | TmpfsMount | VolumeMount;
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath2 = string;
/**
 * Where it appears inside the unit.
 */
export type ContainerPath1 = string;
/**
 * Where it appears inside the unit.
 */
export type ContainerPath2 = string;
/**
 * Its size limit. Default: half the host's memory (the kernel's default).
 */
export type Bytes4 = string;
/**
 * The Volume's name (its output `name`).
 */
export type UnitName2 = string;
/**
 * Where it appears inside the unit.
 */
export type ContainerPath3 = string;
/**
 * How long a stop waits after SIGTERM before SIGKILL.
 */
export type Duration = string;
/**
 * OCI runtime: "auto", "runc" or "crun". The output runtime names the one in use; "auto" accepts whichever was chosen, so it never shows a change.
 */
export type Runtime = "auto" | "runc" | "crun";
/**
 * Whether the unit's init is started again when it exits: "no"; "on-failure" (exited non-zero, killed by a signal other than SIGTERM, SIGINT, SIGHUP or SIGPIPE, or its start failed); "always" (whenever it exits, except when Paddock stops it). Needs Paddock's systemd cgroup manager, the default on a host running systemd with cgroup v2: refused at `pulumi up` elsewhere (cgroup v1, no systemd, PADDOCK_CGROUP_MANAGER=cgroupfs), unless "no".
 */
export type Restart = "no" | "on-failure" | "always";
/**
 * How long after the init exits it is started again, under a restart policy.
 */
export type Duration1 = string;
/**
 * The window the attempts are counted in.
 */
export type Duration2 = string;
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath3 = string;

/**
 * A system container: its own root filesystem, process tree, hostname, IPC, network namespace and cgroup, run by an OCI runtime (after LXC, OpenVZ and Linux-VServer).
 */
export interface ContainerArgs {
  name?: UnitName;
  rootfs: Rootfs;
  command: Command;
  user?: User;
  workdir?: ContainerPath;
  hostname?: Hostname;
  env?: Env;
  network?: Network;
  /**
   * Port forwards from the host: { hostPort, containerPort, protocol?, hostAddress? }. Needs network mode "bridge". Changed in place (one nftables transaction); the unit keeps running.
   */
  ports?: Port[];
  dns?: Dns;
  limits?: Limits;
  /**
   * Linux capabilities beyond, or short of, Paddock's default set: the OCI default without NET_RAW (raw and packet sockets) and MKNOD (device nodes), i.e. CHOWN, DAC_OVERRIDE, FSETID, FOWNER, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL, AUDIT_WRITE. Names as in capabilities(7), with or without CAP_, any case. Adding one also allows the system calls that go with it in the seccomp filter (SYS_ADMIN: mount, unshare, setns...; SYS_PTRACE: ptrace...). Every capability added is one more way out for a compromised unit: add only what the program needs.
   */
  capabilities?: {
    /**
     * Capabilities to grant, e.g. ["NET_RAW"] for ping over raw sockets.
     *
     * @maxItems 64
     */
    add?: string[];
    /**
     * Capabilities to take away from the default, e.g. ["CHOWN"].
     *
     * @maxItems 64
     */
    drop?: string[];
  };
  /**
   * The unit's seccomp filter. By default Paddock's own: system calls are denied (EPERM) unless ordinary services use them; denied are the kernel keyring (keyctl, add_key, request_key), bpf, perf_event_open, userfaultfd, io_uring, module loading, kexec, reboot, swap, setting the clock, the mount family and pivot_root, namespaces (unshare, setns, clone with namespace flags), open_by_handle_at, ptrace and process_vm_*, unless a capability that goes with them is added.
   */
  seccomp?: {
    /**
     * System calls to allow beyond the default, by name (e.g. ["ptrace"] for a debugger). Names the host's libseccomp does not know are ignored by the runtime.
     *
     * @maxItems 512
     */
    allow?: string[];
    /**
     * System calls to deny (EPERM) although the default allows them.
     *
     * @maxItems 512
     */
    deny?: string[];
    /**
     * No filter at all: every system call reaches the kernel, as before Paddock filtered. The unit's root can then use every kernel interface its capabilities allow, including the ones behind most container escapes; only for a program that cannot run filtered, and never with untrusted code.
     */
    unconfined?: boolean;
  };
  /**
   * Extra filesystems: { type: "bind", source, target, readOnly? }, { type: "tmpfs", target, size? } or { type: "volume", source: volume.name, target, readOnly? }.
   */
  mounts?: Mount[];
  rlimits?: Rlimits;
  /**
   * "running": the unit's init runs (started again if it died). "stopped": no process runs; its root filesystem and bundle are kept, and "running" starts the same unit again.
   */
  state?: "running" | "stopped";
  stopTimeout?: Duration;
  runtime?: Runtime;
  restart?: Restart;
  restartDelay?: Duration1;
  restartLimit?: RestartLimit;
  /**
   * Start the unit when the host boots (with its network, mounts and port forwards), through a systemd service enabled for multi-user.target. Needs Paddock's systemd cgroup manager, the default on a host running systemd with cgroup v2: refused at `pulumi up` elsewhere (cgroup v1, no systemd, PADDOCK_CGROUP_MANAGER=cgroupfs).
   */
  startAtBoot?: boolean;
  /**
   * Whose user ids the unit's processes run as. "private" (the default): the unit gets a user namespace of its own, in which its ids 0-65535 are a range of 65536 host ids no other unit has (allocated at `pulumi up`, recorded in the output `idMap`, kept across restarts and reboots), so its root is no one on the host: a process that escapes the unit's namespaces has no privilege over host files, processes or devices. Its root filesystem, bind mounts and volumes are idmapped mounts, so files keep their ids on disk (a shared base stays shared, a jail's path and a bind source are written with the unit's ids as the unit sees them). "host": the unit's ids are the host's own (uid 0 inside is uid 0 outside), as every unit had before user namespaces were the default (a unit made then keeps them until it is replaced); only for a program that must own host files by their host ids, or a bind source on a filesystem that cannot be idmapped, and never with untrusted code. Changing it replaces the unit.
   */
  userns?: "private" | "host";
  connection?: Connection;
  stateRoot?: AbsolutePath3;
  /**
   * Bring a unit that already exists on the host under this stack instead of creating it: the same name under the same state root, made by another stack or by this one before its state was lost. The running unit is kept (same init process) when it matches the program; a live or restart-class difference is then applied as an update; a difference that would replace it (rootfs, name, runtime, state root) is refused. Without it, a create that finds such a unit refuses and names its owner. Read only when the resource is created.
   */
  adopt?: boolean;
}
/**
 * A minimal root filesystem built once from the host's busybox (Debian package busybox-static) and shared by every unit that uses it.
 */
export interface BusyboxRootfs {
  busybox: BusyboxSource;
}
/**
 * Options for the busybox base (none yet).
 */
export interface BusyboxSource {}
/**
 * An existing directory on the host, used read-only as the lower layer: the unit never writes to it.
 */
export interface DirectoryRootfs {
  directory: AbsolutePath;
}
/**
 * A tar archive of a root filesystem, plain or compressed with gzip, xz, zstd or bzip2 (told by its first bytes, not its name), verified against its sha256 before anything is extracted.
 */
export interface TarballRootfs {
  tarball: TarballSource;
}
export interface TarballSource {
  path: AbsolutePath1;
  /**
   * The archive's SHA-256, as 64 hex digits (sha256sum prints it).
   */
  sha256: string;
}
/**
 * A Debian (or derivative) root filesystem built by debootstrap.
 */
export interface DebootstrapRootfs {
  debootstrap: DebootstrapSource;
}
export interface DebootstrapSource {
  /**
   * The release, e.g. "bookworm".
   */
  suite: string;
  /**
   * debootstrap's --variant: "minbase" (essential packages and apt), "buildd", or "default".
   */
  variant?: "minbase" | "buildd" | "default";
  /**
   * Extra packages to install, e.g. ["busybox", "python3-minimal"].
   *
   * Items: A Debian package name: lowercase letters, digits, '+', '-' and '.', starting with a letter or digit.
   */
  include?: string[];
  /**
   * The Debian mirror. Default: the first deb.debian.org-style mirror in the host's apt sources.
   */
  mirror?: string;
}
/**
 * The numeric uid and gid of the init process.
 */
export interface User {
  /**
   * User id.
   */
  uid: number;
  /**
   * Group id.
   */
  gid: number;
}
/**
 * Environment variables of the init process, added to PATH and HOSTNAME which Paddock sets.
 */
export interface Env {
  [k: string]: string | undefined;
}
/**
 * Network mode: { mode: "none" } (own namespace, loopback only), { mode: "host" }, or { mode: "bridge", network, address? } (eth0 on a Paddock Network).
 */
export interface Network {
  /**
   * "none" (own namespace, loopback only), "host" (share the host's network stack) or "bridge" (eth0 on a Paddock Network).
   */
  mode: "none" | "host" | "bridge";
  network?: UnitName1;
  address?: IPv4;
}
/**
 * A port forward from the host to the unit (nftables DNAT in a table of the unit's own).
 */
export interface Port {
  /**
   * The port on the host.
   */
  hostPort: number;
  /**
   * The port inside the unit.
   */
  containerPort: number;
  /**
   * "tcp" or "udp".
   */
  protocol?: "tcp" | "udp";
  hostAddress?: IPv41;
}
/**
 * The unit's resolver: { nameservers, search }, written to its /etc/resolv.conf. Unset: the root filesystem's own.
 */
export interface Dns {
  /**
   * Name servers, at most 3 (the resolver's limit).
   *
   * @maxItems 3
   */
  nameservers?: [] | [IPv42] | [IPv42, IPv42] | [IPv42, IPv42, IPv42];
  /**
   * Search domains.
   *
   * @maxItems 6
   */
  search?:
    | []
    | [Hostname1]
    | [Hostname1, Hostname1]
    | [Hostname1, Hostname1, Hostname1]
    | [Hostname1, Hostname1, Hostname1, Hostname1]
    | [Hostname1, Hostname1, Hostname1, Hostname1, Hostname1]
    | [Hostname1, Hostname1, Hostname1, Hostname1, Hostname1, Hostname1];
}
/**
 * Resource limits: memory, memorySwap (bytes with units), cpus (cores), cpuset (CPU list), pids (count), io (weight, and bandwidth and operations per disk). Applied to the running unit without a restart.
 */
export interface Limits {
  memory?: Bytes;
  memorySwap?: Bytes1;
  /**
   * CPU time as a number of cores, e.g. 0.5 (CFS quota over a 100ms period: v1 cpu.cfs_quota_us, v2 cpu.max).
   */
  cpus?: number;
  cpuset?: Cpuset;
  /**
   * Most processes and threads the unit may have at once (pids.max). Default 2048 (podman's default), so a fork bomb inside a unit cannot take every pid on the host; set a larger number for a unit that runs more, or 0 for no limit.
   */
  pids?: number;
  io?: IoLimits;
}
/**
 * Block I/O limits (v1 blkio, v2 io): a relative weight, and read/write bandwidth and operation caps per disk, as Docker's --blkio-weight and --device-read-bps/--device-write-bps/--device-read-iops/--device-write-iops.
 */
export interface IoLimits {
  /**
   * Relative I/O weight under contention, 10-1000, as Docker's --blkio-weight (OCI blockIO.weight): v1 blkio.bfq.weight, v2 io.bfq.weight where the kernel has BFQ, else v2 io.weight on its 1-10000 scale as runc and crun write it (1 + (weight-10)*9999/990). It takes effect on disks whose I/O scheduler is BFQ (v2 io.weight: where io.cost is enabled); elsewhere it is recorded in the cgroup and has no effect.
   */
  weight?: number;
  /**
   * Caps per disk. Each disk once; a whole disk, not a partition (the kernel throttles disks).
   *
   * @maxItems 64
   */
  devices?: IoDeviceLimit[];
}
/**
 * Caps on one disk's I/O from the unit (v1 blkio.throttle.*_device, v2 io.max). Reads served from the page cache and writes not yet written back are not counted by the kernel: the caps bound what reaches the disk.
 */
export interface IoDeviceLimit {
  /**
   * The disk's device node on the host, e.g. "/dev/vda" or a /dev/disk/by-id link (`lsblk -d` lists disks). Checked at `pulumi up`: it must be a block device and a whole disk.
   */
  path: string;
  readBps?: Bytes2;
  writeBps?: Bytes3;
  /**
   * Read operations per second at most.
   */
  readIops?: number;
  /**
   * Write operations per second at most.
   */
  writeIops?: number;
}
export interface BindMount {
  /**
   * A host file or directory, bind-mounted.
   */
  type: "bind";
  source: AbsolutePath2;
  target: ContainerPath1;
  /**
   * Mount it read-only.
   */
  readOnly?: boolean;
  /**
   * Allow this mount to be writable although its source is a system path of the host (/, /etc, /boot, /usr, /bin, /sbin, /lib*, /proc, /sys, /dev, a directory holding them) or Paddock's state root. Such a mount lets the unit change or destroy the host: set it only for a unit that is meant to manage the host. Default false: such a source is refused unless the mount is read-only.
   */
  unsafeHostWrite?: boolean;
}
export interface TmpfsMount {
  /**
   * A memory-backed filesystem, empty at every start.
   */
  type: "tmpfs";
  target: ContainerPath2;
  size?: Bytes4;
  /**
   * Mount it read-only.
   */
  readOnly?: boolean;
}
export interface VolumeMount {
  /**
   * A Paddock Volume: data that outlives the unit.
   */
  type: "volume";
  source: UnitName2;
  target: ContainerPath3;
  /**
   * Mount it read-only.
   */
  readOnly?: boolean;
}
/**
 * Process limits (setrlimit): nofile, nproc, core, memlock, stack.
 */
export interface Rlimits {
  /**
   * Open files (RLIMIT_NOFILE).
   */
  nofile?: number;
  /**
   * Processes of the unit's user (RLIMIT_NPROC).
   */
  nproc?: number;
  /**
   * Core file size in bytes (RLIMIT_CORE).
   */
  core?: number;
  /**
   * Locked memory in bytes (RLIMIT_MEMLOCK).
   */
  memlock?: number;
  /**
   * Stack size in bytes (RLIMIT_STACK).
   */
  stack?: number;
}
/**
 * At most `attempts` starts within `within`; past it the unit stays down (systemd's StartLimitBurst and StartLimitIntervalSec).
 */
export interface RestartLimit {
  /**
   * Starts allowed within the window.
   */
  attempts?: number;
  within?: Duration2;
}
/**
 * The host the unit runs on, over SSH; absent means the machine that runs Pulumi. A change of its user, key or pinned host key is recorded without touching the unit; a new host or port moves the unit there as an update: its own layer and the volumes it mounts are copied while it runs, then it stops, what changed is copied, and it starts there (see the README's "Moving a unit to another host"); a failure leaves it running where it was.
 */
export interface Connection {
  /**
   * The host's name or address.
   */
  host: string;
  /**
   * Its SSH port.
   */
  port?: number;
  /**
   * The login: root, or a user whose operations may run as root (Paddock drives namespaces, cgroups and mounts).
   */
  user?: string;
  /**
   * The login's private key (OpenSSH or PEM text). Pass it as a secret (pulumi.secret or a secret config value): the resource's connection is then kept secret in the state.
   */
  privateKey?: string;
  /**
   * The login's private key as a file on the machine that runs Pulumi. Without privateKey or privateKeyPath, the ssh-agent at SSH_AUTH_SOCK.
   */
  privateKeyPath?: string;
  /**
   * The host's public key, pinned: "ssh-ed25519 AAAA..." (its /etc/ssh/ssh_host_ed25519_key.pub, or a line of ssh-keyscan) or its fingerprint "SHA256:..." (ssh-keygen -lf). A host that presents another key is refused, naming both.
   */
  hostKey: string;
}
