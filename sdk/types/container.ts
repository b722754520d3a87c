/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */

/**
 * The unit's name on the host. Defaults to the Pulumi resource name. Two units on one host cannot share a name.
 */
export type UnitName = string;
/**
 * Where the root filesystem comes from: { busybox: {} } or { directory: "/abs/path" }. The unit writes to its own overlay layer, never to the source.
 */
export type Rootfs = BusyboxRootfs | DirectoryRootfs;
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath = string;
/**
 * The unit's init process: program and arguments, as an argument vector.
 *
 * @minItems 1
 */
export type Command = [string, ...string[]];
/**
 * The host name inside the unit's UTS namespace. Defaults to the unit's name.
 */
export type Hostname = string;
/**
 * OCI runtime: "auto", "runc" or "crun". The output runtime names the one in use; "auto" accepts whichever was chosen, so it never shows a change.
 */
export type Runtime = "auto" | "runc" | "crun";
/**
 * An absolute path on the host with no '.' or '..' components and no empty components.
 */
export type AbsolutePath1 = string;

/**
 * A system container: its own root filesystem, process tree, hostname, IPC, network namespace and cgroup, run by an OCI runtime (after LXC, OpenVZ and Linux-VServer).
 */
export interface ContainerArgs {
  name?: UnitName;
  rootfs: Rootfs;
  command: Command;
  hostname?: Hostname;
  env?: Env;
  network?: Network;
  runtime?: Runtime;
  stateRoot?: AbsolutePath1;
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
 * Environment variables of the init process, added to PATH and HOSTNAME which Paddock sets.
 */
export interface Env {
  [k: string]: string | undefined;
}
/**
 * Network mode: { mode: "none" } (own namespace, loopback only) or { mode: "host" }.
 */
export interface Network {
  /**
   * "none" (own namespace, loopback only) or "host" (share the host's network stack).
   */
  mode: "none" | "host";
}
