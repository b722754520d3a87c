/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */

/**
 * zonecfg zonename. Defaults to the Pulumi resource name.
 */
export type UnitName = string;
/**
 * zonecfg zonepath: where the zone lives on the host; must lie under the state root.
 */
export type AbsolutePath = string;
/**
 * With brand "whole": the zone's root filesystem source.
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
 * A unit's name on the host: lowercase letters, digits and '-', starting with a letter or digit, at most 40 characters. Host objects (runtime id, cgroup, state directory) are named after it.
 */
export type UnitName1 = string;
/**
 * An IPv4 address in dotted-quad form, e.g. "10.77.0.10".
 */
export type IPv4 = string;
/**
 * A size in bytes with a unit: B, KiB, MiB, GiB, TiB (powers of 1024) or kB, MB, GB, TB (powers of 1000), e.g. "64MiB". Sizes that are equal compare equal ("65536KiB" is "64MiB"). At most 8PiB, the largest size a number holds exactly.
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
export type Duration = string;
/**
 * The window the attempts are counted in.
 */
export type Duration1 = string;
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath3 = string;

/**
 * A Solaris/illumos-style zone (zonecfg / zoneadm) on the Linux engine: an isolated OS instance with resource controls, dedicated CPUs and a sparse root.
 */
export interface ZoneArgs {
  name?: UnitName;
  zonepath?: AbsolutePath;
  /**
   * "sparse": the host's inheritPkgDir directories, read-only, and a root of the zone's own for the rest. "whole": a full root of its own from rootfs.
   */
  brand?: "sparse" | "whole";
  rootfs?: Rootfs;
  /**
   * zonecfg inherit-pkg-dir: host directories the sparse zone shares read-only.
   */
  inheritPkgDir?: AbsolutePath1[];
  /**
   * zonecfg autoboot: start the zone when the host boots (with its network, mounts and CPUs), through a systemd service enabled for multi-user.target, under Paddock's systemd cgroup manager (the default on a host running systemd with cgroup v2). Elsewhere nothing starts it at boot: `paddock list` shows it stopped, and the next `pulumi up` starts it.
   */
  autoboot?: boolean;
  /**
   * zonecfg ip-type: "exclusive": its own stack on a Paddock Network (net); "shared": the host's.
   */
  ipType?: "shared" | "exclusive";
  /**
   * zonecfg net: with ipType "exclusive", the zone's interface on a Paddock Network: { network, address?, defrouter? } (one for now).
   *
   * @maxItems 1
   */
  net?:
    | []
    | [
        {
          network: UnitName1;
          address?: IPv4;
          defrouter?: IPv4;
        }
      ];
  /**
   * zonecfg capped-memory: physical (memory) and swap (memory + swap, as zonecfg counts it).
   */
  cappedMemory?: {
    physical?: Bytes;
    swap?: Bytes;
  };
  /**
   * zonecfg dedicated-cpu: host CPUs for this zone alone, never given to another zone (cpuset).
   */
  dedicatedCpu?: {
    ncpus: number;
  };
  /**
   * zonecfg capped-cpu: CPU time as a number of CPUs (CFS quota).
   */
  cappedCpu?: {
    ncpus: number;
  };
  /**
   * zonecfg cpu-shares: relative CPU weight (1 = the default weight; cgroup cpu.shares = 1024 per share).
   */
  cpuShares?: number;
  /**
   * zonecfg max-lwps: most threads and processes (pids.max).
   */
  maxLwps?: number;
  /**
   * zonecfg limitpriv: "default" plus privileges to add, or to take away with "-" (e.g. "-net_raw"). Supported: default, net_raw, net_privaddr, net_admin, sys_time, sys_admin, sys_mount, proc_setid, file_chown, sys_resource.
   */
  limitpriv?: string[];
  /**
   * zonecfg fs: host directories mounted in the zone ({ dir, special, type: "lofs" | "bind", options: ["ro"] }).
   */
  fs?: {
    dir: ContainerPath;
    special: AbsolutePath1;
    type?: "bind" | "lofs";
    options?: ("ro" | "rw")[];
    /**
     * Allow this mount to be writable although its source is a system path of the host (/, /etc, /boot, /usr, /bin, /sbin, /lib*, /proc, /sys, /dev, a directory holding them) or Paddock's state root. Such a mount lets the unit change or destroy the host: set it only for a unit that is meant to manage the host. Default false: such a source is refused unless the mount is read-only.
     */
    unsafeHostWrite?: boolean;
  }[];
  /**
   * What the zone boots, as an argument vector. Without it the zone stays booted with a holder process.
   *
   * @minItems 1
   */
  init?: [string, ...string[]];
  restart?: Restart;
  restartDelay?: Duration;
  restartLimit?: RestartLimit;
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
  within?: Duration1;
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
