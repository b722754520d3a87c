/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */

/**
 * A FreeBSD-style jail (jail.conf / jail(8)) on the Linux engine: a directory tree with its own process space, hostname and addresses, running one service.
 */
export type JailArgs = {
  name?: UnitName;
  path?: AbsolutePath;
  rootfs?: Rootfs;
  hostname?: Hostname;
  /**
   * jail.conf ip4.addr: the jail's IPv4 address on the Paddock Network named by interface (one for now). Empty with vnet false: the host's network stack.
   *
   * @maxItems 1
   */
  ip4?: [] | [IPv4];
  interface?: UnitName1;
  /**
   * jail.conf vnet: the jail has its own network stack (a network namespace). false: the host's.
   */
  vnet?: boolean;
  /**
   * jail.conf exec.start: the jail's service, as an argument vector.
   *
   * @minItems 1
   */
  execStart?: [string, ...string[]];
  /**
   * jail.conf exec.stop: run inside the jail before it is sent SIGTERM.
   *
   * @minItems 1
   */
  execStop?: [string, ...string[]];
  stopTimeout?: Duration;
  /**
   * jail.conf persist: the jail exists with no service running (Paddock holds its namespaces open with a sleeping holder process).
   */
  persist?: boolean;
  /**
   * jail.conf exec.jail_user: the user (from the jail's /etc/passwd) exec.start runs as.
   */
  user?: string;
  /**
   * jail.conf allow.*: what the jail may do beyond the defaults. Supported: rawSockets, mount, chflags, sysvipc, setHostname.
   */
  allow?: {
    /**
     * allow.raw_sockets: raw sockets (ping). Linux: CAP_NET_RAW.
     */
    rawSockets?: boolean;
    /**
     * allow.mount: mounting filesystems. Linux: CAP_SYS_ADMIN.
     */
    mount?: boolean;
    /**
     * allow.chflags: changing system file flags. Linux: CAP_LINUX_IMMUTABLE.
     */
    chflags?: boolean;
    /**
     * allow.sysvipc: System V IPC shared with the host. Linux: the host's IPC namespace.
     */
    sysvipc?: boolean;
    /**
     * allow.set_hostname: the jail may change its hostname. Linux: CAP_SYS_ADMIN in its own UTS namespace.
     */
    setHostname?: boolean;
  };
  /**
   * jail.conf children.max: nested jails. Only 0 is supported on Linux.
   */
  childrenMax?: 0;
  /**
   * rctl(8) limits: memoryuse, maxproc, pcpu. Applied live.
   */
  limits?: {
    memoryuse?: Bytes;
    /**
     * rctl maxproc: most processes.
     */
    maxproc?: number;
    /**
     * rctl pcpu: CPU percent of one core (50 = half a core).
     */
    pcpu?: number;
  };
  /**
   * jail.conf mount.fstab: host directories null-mounted (bind-mounted) into the jail.
   */
  mountFstab?: {
    source: AbsolutePath1;
    target: ContainerPath;
    readOnly?: boolean;
    /**
     * Allow this mount to be writable although its source is a system path of the host (/, /etc, /boot, /usr, /bin, /sbin, /lib*, /proc, /sys, /dev, a directory holding them) or Paddock's state root. Such a mount lets the unit change or destroy the host: set it only for a unit that is meant to manage the host. Default false: such a source is refused unless the mount is read-only.
     */
    unsafeHostWrite?: boolean;
  }[];
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
} & {
  [k: string]: unknown | undefined;
};
/**
 * jail.conf: the jail's name (name). Defaults to the Pulumi resource name.
 */
export type UnitName = string;
/**
 * jail.conf path: the jail's root directory, used as is; the jail writes to it directly (no overlay) and Paddock never deletes it. Give path or rootfs.
 */
export type AbsolutePath = string;
/**
 * Instead of path: any Paddock rootfs source; Paddock makes the root (a base plus the jail's own layer) and deletes it with the jail.
 */
export type Rootfs = BusyboxRootfs | DirectoryRootfs | TarballRootfs | DebootstrapRootfs;
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath1 = string;
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath2 = string;
/**
 * jail.conf host.hostname.
 */
export type Hostname = string;
/**
 * An IPv4 address in dotted-quad form, e.g. "10.77.0.10".
 */
export type IPv4 = string;
/**
 * jail.conf interface: with ip4, the Paddock Network (its name) the address is on.
 */
export type UnitName1 = string;
/**
 * jail.conf stop.timeout: how long to wait after exec.stop and SIGTERM before SIGKILL.
 */
export type Duration = string;
/**
 * rctl memoryuse: memory limit.
 */
export type Bytes = string;
/**
 * An absolute path inside the unit, with no '.' or '..' components.
 */
export type ContainerPath = string;
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
  directory: AbsolutePath1;
}
/**
 * A tar archive of a root filesystem, plain or compressed with gzip, xz, zstd or bzip2 (told by its first bytes, not its name), verified against its sha256 before anything is extracted.
 */
export interface TarballRootfs {
  tarball: TarballSource;
}
export interface TarballSource {
  path: AbsolutePath2;
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
