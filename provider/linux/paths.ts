import { promises as fs, statSync } from "fs";
import * as path from "path";

/**
 * Whether something is at p (file, directory or link target). Asked in place:
 * a create asks of five places that are not there, and each asynchronous miss
 * cost an Error with its stack (~0.6 ms of the provider's thread at 50 units at
 * once). Only "nothing there" is false; any other failure (EACCES) is thrown.
 */
export function exists(p: string): Promise<boolean> {
  try {
    return Promise.resolve(statSync(p, { throwIfNoEntry: false }) !== undefined);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOTDIR") return Promise.resolve(false);
    return Promise.reject(e);
  }
}

/** Removes a directory that is empty; one that holds something (or is gone) is left as it is. */
export async function removeIfEmpty(dir: string): Promise<void> {
  await fs.rmdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOTEMPTY" && e.code !== "EEXIST" && e.code !== "ENOENT") throw e;
  });
}

/**
 * Whether a directory holds anything but the names in except, read one entry at a
 * time until one says so (a gone directory holds nothing): a directory of a
 * thousand units or leases is not listed to learn that it is not empty.
 */
export async function hasEntries(dir: string, except: readonly string[] = []): Promise<boolean> {
  const d = await fs.opendir(dir).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? undefined : Promise.reject(e)));
  if (!d) return false;
  try {
    for (let e = await d.read(); e !== null; e = await d.read()) if (!except.includes(e.name)) return true;
    return false;
  } finally {
    await d.close();
  }
}

/** Where everything lives under a state root. Names derive from the unit's name only, so a retry finds leftovers. */
export function statePaths(stateRoot: string) {
  return {
    root: stateRoot,
    bases: path.join(stateRoot, "bases"),
    units: path.join(stateRoot, "units"),
    locks: path.join(stateRoot, "locks"),
    /** Held while a unit directory is made, and while the last one's leaving tidies the state root. */
    unitsLock: path.join(stateRoot, "locks", "units.lock"),
    /** Names the state root's log daemon (linux/log-daemon.ts), which listens on logDaemonSocket. */
    logDaemonLock: path.join(stateRoot, "locks", "logd.lock"),
    logDaemonSocket: path.join(stateRoot, "run", "logd.sock"),
    runtimeRoot: (runtime: string) => path.join(stateRoot, "runtime", runtime),
  };
}

export function unitPaths(stateRoot: string, unitId: string) {
  const dir = path.join(statePaths(stateRoot).units, unitId);
  return {
    dir,
    upper: path.join(dir, "upper"),
    work: path.join(dir, "work"),
    rootfs: path.join(dir, "rootfs"),
    /** In a user namespace: the shared base as the unit's ids show it (an idmapped mount), the overlay's lower layer. */
    lower: path.join(dir, "lower"),
    /** In a user namespace: mounts[i]'s source as the unit's ids show it, at mapped/<i>. */
    mapped: path.join(dir, "mapped"),
    /** In a user namespace with a network of its own (ownNetns): the unit's user namespace, kept (bind-mounted) so its network namespace can be made in it before its start. */
    userns: path.join(dir, "userns"),
    /** In a user namespace with a network of its own: a sysfs of the unit's network namespace, its /sys (see launch.ts). */
    sys: path.join(dir, "sys"),
    config: path.join(dir, "config.json"),
    record: path.join(dir, "unit.json"),
    pidFile: path.join(dir, "init.pid"),
    /** The unit's stdout and stderr go in here; the log daemon reads them out (see logs.ts). */
    consoleFifo: path.join(dir, "console.fifo"),
    /** Its output, a timestamp per line; rotated to console.log.1. */
    consoleLog: path.join(dir, "console.log"),
    consoleLogOld: path.join(dir, "console.log.1"),
    runtimeLog: path.join(dir, "runtime.log"),
    /** Why the last start by `paddock unit-start` (a unit's systemd service) failed. */
    startError: path.join(dir, "start.err"),
    /** The pid of the init the last `paddock unit-start` started (systemd removes init.pid once that init is gone). */
    startedPid: path.join(dir, "start.pid"),
    /** What `paddock unit-start` starts: the spec and runtime of the unit's last start (see supervisor.ts). */
    launch: path.join(dir, "launch.json"),
  };
}

export function networkPaths(stateRoot: string, network: string) {
  const dir = path.join(stateRoot, "networks", network);
  return { dir, record: path.join(dir, "network.json"), leases: path.join(dir, "leases") };
}

export function volumePaths(stateRoot: string, volume: string) {
  const dir = path.join(stateRoot, "volumes", volume);
  return { dir, data: path.join(dir, "data"), image: path.join(dir, "data.img"), record: path.join(dir, "volume.json") };
}
