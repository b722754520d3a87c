/**
 * Starting a unit's init from its bundle: what every start does, whoever starts
 * it (the provider under cgroupfs, `paddock unit-start` in the unit's systemd
 * service), and what a start after a reboot must put back first.
 */
import { promises as fs } from "fs";
import type { Host } from "../host/host";
import * as path from "path";
import { ContainerSpec, IdMap, ownNetns } from "../core/spec";
import { unitPaths, volumePaths } from "./paths";
import { giveToUnit, IdmappedMount, mountIdmapped } from "./idmap";
import { ensureVolumeMounted } from "./volume";
import { ensureBase } from "./rootfs";
import { hasOtherFilesystem, listMountPoints, mountOverlay, unmountUnder } from "./mounts";
import { lastConsoleLines, prepareConsole } from "./logs";
import { isRunning } from "./proc";
import { OciRuntime } from "./runtime";
import { readPortTable, restoreNetwork, writePortTable } from "./network";
import { ensureLoneNetns, reattach } from "./unit-network";
import { netnsName } from "./names";

/**
 * Starts the unit's init detached, its output to the unit's console; the runtime's state must be clear.
 * logMaxBytes: the log rotation size, should this start the state root's log daemon.
 */
export async function launchUnit(host: Host, runtime: OciRuntime, spec: ContainerSpec, logMaxBytes?: number): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  // A sized volume's filesystem must be there before the unit binds it, or the unit would write underneath it.
  for (const m of spec.mounts) if (m.type === "volume") await ensureVolumeMounted(host, spec.stateRoot, m.source);
  if (ownNetns(spec)) await mountUnitSysfs(host, spec);
  await prepareConsole(host, spec.stateRoot, spec.name, logMaxBytes);
  await runtime.run(spec.name, p.dir, p.pidFile, p.consoleFifo, p.runtimeLog);
  if (spec.idMap) await dropHostSideMounts(host, spec);
}

/**
 * A sysfs of the unit's network namespace at its `sys`, for the unit to bind as
 * its /sys (see sysMount in oci-spec.ts): mounted by the host's root from inside
 * the namespace (nsenter --net keeps the host's mounts), afresh at each start,
 * since a start after a reboot or a re-plumb has a new namespace.
 */
async function mountUnitSysfs(host: Host, spec: ContainerSpec): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  // Only a sysfs is ever mounted there: its device tells, without a read of the whole mount table.
  if (await hasOtherFilesystem(p.sys)) await unmountUnder(host, p.sys);
  await fs.mkdir(p.sys, { recursive: true, mode: 0o755 });
  await host.run(["nsenter", `--net=/run/netns/${netnsName(spec.stateRoot, spec.name)}`, "--", "mount", "-t", "sysfs", "-o", "ro,nosuid,nodev,noexec", "sysfs", p.sys]);
}

/**
 * Once the unit runs, its mount namespace holds its own copies of its idmapped
 * mounts (and its overlay its own of the lower layer), so the host's are taken
 * away: a unit directory never exposes a shared base, a jail's directory, a bind
 * source or a volume, so an `rm -rf` of it by hand cannot reach them. The next
 * start makes them again (ensureMounted).
 */
async function dropHostSideMounts(host: Host, spec: ContainerSpec): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  await unmountUnder(host, p.mapped, p.lower, p.sys, ...(spec.engine?.rootDir ? [p.rootfs] : []));
}

/**
 * The unit's filesystems, mounted again where the host lost them (a reboot): its
 * overlay on the shared base and, in a user namespace, the idmapped mounts that
 * show the base, a jail's directory, bind sources and volumes under the unit's
 * ids. Those for mounts[] are made afresh at every start (the unit is stopped),
 * so they follow the spec a restart brings. knownBase: the base, when the caller has it.
 * fresh: nothing of the unit is mounted (a create, past the removal of a crash's
 * leftovers), so the mount table, which holds every unit's mounts, is not read.
 */
export async function ensureMounted(host: Host, spec: ContainerSpec, knownBase?: string, fresh = false): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  const rootDir = spec.engine?.rootDir;
  const mounted = new Set(fresh ? [] : await listMountPoints(host));
  const overlay = !rootDir && !mounted.has(p.rootfs);
  const base = overlay ? (knownBase ?? (await ensureBase(host, spec.stateRoot, spec.rootfs))) : "";
  if (overlay || spec.idMap) await makeUnitDirs(p, spec.idMap);
  if (spec.idMap) {
    if ([...mounted].some((m) => m === p.mapped || m.startsWith(`${p.mapped}/`))) await unmountUnder(host, p.mapped);
    const mapped: IdmappedMount[] = [];
    if (rootDir && !mounted.has(p.rootfs)) mapped.push({ source: rootDir, target: p.rootfs, property: "path" });
    if (overlay && !mounted.has(p.lower)) mapped.push({ source: base, target: p.lower, property: "rootfs", readOnly: true });
    for (const [i, m] of spec.mounts.entries()) {
      if (m.type === "tmpfs") continue;
      // A sized volume's filesystem must be mounted first, or the unit would get the directory beneath it.
      if (m.type === "volume") await ensureVolumeMounted(host, spec.stateRoot, m.source);
      const source = m.type === "volume" ? volumePaths(spec.stateRoot, m.source).data : m.source;
      mapped.push({ source, target: path.join(p.mapped, String(i)), property: `mounts[${i}].source` });
    }
    await mountIdmapped(host, spec.idMap, mapped);
  }
  if (overlay) await mountOverlay(host, spec.idMap ? p.lower : base, p.upper, p.work, p.rootfs);
}

/**
 * The unit's directory is private to root (in a user namespace, searchable by
 * the unit's root group); the upper layer is the unit's "/", whose mode every
 * user inside sees, so it is 0755 like any root directory, and in a user
 * namespace owned by the unit's root.
 */
export async function makeUnitDirs(p: ReturnType<typeof unitPaths>, idMap?: IdMap): Promise<void> {
  // Searchable, not readable, by others: a unit in a user namespace reaches its own directory through it.
  await fs.mkdir(path.dirname(p.dir), { recursive: true, mode: 0o711 });
  await fs.mkdir(p.dir, { recursive: true, mode: 0o700 });
  for (const d of [p.upper, p.rootfs]) await fs.mkdir(d, { recursive: true, mode: 0o755 });
  await fs.mkdir(p.work, { recursive: true, mode: 0o700 });
  if (!idMap) return;
  // Its runtime mounts its root filesystem and binds from inside its user namespace, as the unit's root.
  await fs.chmod(path.dirname(p.dir), 0o711);
  await fs.chown(p.dir, 0, idMap.hostId);
  await fs.chmod(p.dir, 0o710);
  await giveToUnit(idMap, [p.upper]);
}

/**
 * What a reboot takes from a unit and its start needs back: its overlay mount,
 * its Network's bridge and tables, its network namespace with its address, its
 * port forwards. Each is put back only where missing, so a restart after a crash
 * (everything still there) costs a few looks.
 */
export async function restoreUnit(host: Host, spec: ContainerSpec): Promise<void> {
  await ensureMounted(host, spec);
  await ensureLoneNetns(host, spec);
  if (spec.network.mode !== "bridge") return;
  await restoreNetwork(host, spec.stateRoot, spec.network.network!);
  const address = spec.network.address ?? "";
  const olds = { ...spec, address } as never;
  await reattach(host, spec, olds, false);
  if (spec.ports.length > 0 && (await readPortTable(host, spec.stateRoot, spec.name)) === undefined) await writePortTable(host, spec.stateRoot, spec.name, address, spec.ports);
}

/**
 * How long a unit's init must stay up after its start for the start to count.
 * An init that dies at once (a wrong path in `sh -c`, a missing library) fails
 * the create or update, with its last words, instead of a unit that is
 * reported created and found stopped later with no word of why.
 */
export const START_SETTLE_MS = 100;
const SETTLE_POLL_MS = 10;
const LAST_WORDS = 10;

/** A unit's init as started: its pid and when. */
export interface Started {
  readonly pid: number;
  readonly at: number;
}

/**
 * Waits out the rest of the settle time after a start (the caller's steps in
 * between overlap it) and fails, with the init's last output, if the init died
 * in it. The provider runs it after its own starts; `paddock unit-start` before
 * it exits, so systemd fails the service's start at once instead of waiting for
 * a main process that is gone.
 */
export async function seeInitStayUp(host: Host, spec: ContainerSpec, started: Started): Promise<void> {
  for (;;) {
    if (!(await isRunning(host, started.pid))) {
      const out = (await lastConsoleLines(host, spec.stateRoot, spec.name, LAST_WORDS)).join("\n");
      const said = out.trim() ? `; its last output:\n${out}` : "; it wrote no output";
      throw new Error(`the unit's init \`${spec.command.join(" ")}\` exited within ${START_SETTLE_MS} ms of its start${said}`);
    }
    if (Date.now() >= started.at + START_SETTLE_MS) return;
    await new Promise((r) => setTimeout(r, SETTLE_POLL_MS));
  }
}
