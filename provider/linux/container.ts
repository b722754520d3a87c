import { promises as fs } from "fs";
import { utsHostname } from "./uts";
import * as path from "path";
import type { Host } from "../host/host";
import { wrapError } from "../host/host";
import { runSteps } from "../core/steps";
import { ContainerOutputs, ContainerSpec, IdMap, MountSpec, normalizeRestart, ownNetns, OWNER_KEY, STATE_VERSION } from "../core/spec";
import { parseCpuset, parseDuration } from "../core/quantity";
import { detectCgroupMode, removeEmptyCgroupParent, unitCgroupPath } from "./cgroups";
import { forgetEverywhere, hostSupervisor, possibleCgroupPaths, Supervisor, unitSupervisor } from "./supervisor";
import { ensureMounted, makeUnitDirs, seeInitStayUp, Started } from "./launch";
import { servicePath } from "./systemd";
import { buildOciConfig } from "./oci-spec";
import { diskNumbers, DiskNumbers, v1HasIoWeight } from "./blockio";
import { exists, hasEntries, removeIfEmpty, statePaths, unitPaths, volumePaths } from "./paths";
import { incomingPaths } from "./transfer";
import { ensureBase, Progress } from "./rootfs";
import { OciRuntime, RuntimeName, resolveRuntime } from "./runtime";
import { parseMountinfo, unmountUnder } from "./mounts";
import { leaseIdRange, releaseIdRange, releaseIdRangesOf, withIds } from "./idmap";
import { deletePortTable, leaseAddress, loadNetwork, releaseAddress, releaseAddressesOf, unplumbUnit, writePortTable } from "./network";
import { addressInEtcHosts, ensureLoneNetns, observedNetwork, plumb, reattach, withAddress, writeEtc } from "./unit-network";
import { netnsName } from "./names";
import { readUnitRecord, UnitKind, UnitRecord, writeUnitRecord } from "./unit-record";
import { diffEngineSpecs } from "../core/diff";
import { writableBindReason, writableBindRisk } from "../core/host-paths";
import { holdPorts, releasePorts } from "./ports";
import { isRunning } from "./proc";

export interface CreateOptions {
  /** The kind of resource that makes it (recorded for `paddock list`). Default "Container". */
  readonly kind?: UnitKind;
  /** Take over a unit of this name that exists already, instead of refusing (the schema's `adopt`). */
  readonly adopt?: boolean;
  /** Long base builds (debootstrap) report progress here. */
  readonly progress?: Progress;
  /** The unit moves here from another host: its layer waits staged (move.ts), and becomes its upper layer. */
  readonly incoming?: boolean;
}

function runtimeFor(host: Host, stateRoot: string, name: RuntimeName): OciRuntime {
  return new OciRuntime(host, name, statePaths(stateRoot).runtimeRoot(name));
}

/** Creates a Container, started unless its state is "stopped". Transactional: on failure it undoes what it did and throws. */
export async function createContainer(host: Host, spec: ContainerSpec, owner: string, opts: CreateOptions = {}): Promise<ContainerOutputs> {
  const p = unitPaths(spec.stateRoot, spec.name);
  const kind = opts.kind ?? "Container";
  try {
    const mode = await detectCgroupMode(host);
    const runtimeName = await resolveRuntime(host, spec.runtime, mode);
    const runtime = runtimeFor(host, spec.stateRoot, runtimeName);
    const sup = await hostSupervisor(host);
    await checkHostInputs(host, spec, sup);
    const existing = await readUnitRecord(host, p.record);
    if (existing && opts.adopt) return await adoptContainer(host, spec, owner, existing, kind, "asked");
    // This resource's own finished unit that the stack has no record of: a crash between the create
    // and Pulumi's checkpoint, or a lost state. Taken back as it is when it is what the program says.
    if (existing?.owner === owner && existing.complete !== false) {
      const outs = await adoptContainer(host, spec, owner, existing, kind, "if-same");
      opts.progress?.(`took back unit \`${spec.name}\`, which this resource made before (its create finished on the host, but the stack held no record of it: an interrupted run, or a lost state); same processes, same data`);
      return outs;
    }
    // Under the lock that creates hold while they make a unit directory and its record, so a
    // directory without a record is a crash's, never another create's in flight.
    if (existing || (await hasLeftovers(spec))) {
      await host.withLock(statePaths(spec.stateRoot).unitsLock, async () => removeLeftovers(host, spec, owner, await readUnitRecord(host, p.record)));
    }
    const rootDir = spec.engine?.rootDir;
    if (rootDir && !(await fs.stat(rootDir).then((st) => st.isDirectory(), () => false))) {
      throw new Error(`${rootDir} is not a directory on this host: create it, or fix the path`);
    }
    const base = rootDir ? "" : await ensureBase(host, spec.stateRoot, spec.rootfs, opts.progress ?? (() => undefined));
    const cgroupPath = sup.cgroupPath(spec.stateRoot, spec.name);
    const record: UnitRecord = { owner, kind, runtime: runtimeName, base, spec, cgroupPath, complete: false };
    let address = "";
    let idMap: IdMap | undefined;
    let started: Started | undefined;
    // The unit as made so far: its spec with what was allocated for it (its address, its id range).
    const unit = () => withIds(withAddress(spec, address), idMap);
    await runSteps([
      {
        describe: "hold its host ports",
        do: () => holdPorts(host, spec.stateRoot, spec.name, spec.ports, portProperty),
        undo: () => releasePorts(host, spec.stateRoot, spec.name),
      },
      {
        describe: `make unit directory \`${p.dir}\``,
        do: () =>
          host.withLock(statePaths(spec.stateRoot).unitsLock, async () => {
            // Another create of this name (another resource in this program or another stack) may
            // have got here first since the look above: it won, and nothing of it is touched.
            const other = await readUnitRecord(host, p.record);
            if (other) throw new Error(`another resource is making a unit named \`${spec.name}\` on this host (${other.owner}): two units cannot share a name on one host; give one of them another name`);
            await makeUnitDirs(p);
            await writeUnitRecord(host, p.record, record);
          }),
        undo: async () => {
          // What its manager keeps (a systemd service), also when its start failed half-way.
          await sup.forget(spec.stateRoot, spec.name);
          await removeUnitDir(spec.stateRoot, p.dir);
          await tidyStateRoot(host, spec.stateRoot);
        },
      },
      {
        describe: "lease a range of user ids",
        do: async () => {
          if (spec.userns === "private") idMap = await leaseIdRange(host, spec.stateRoot, spec.name);
        },
        undo: () => (idMap ? releaseIdRange(host, spec.stateRoot, spec.name, idMap) : Promise.resolve()),
      },
      {
        describe: "take the layer it brought from its last host",
        do: () => (opts.incoming ? takeIncomingLayer(spec) : Promise.resolve()),
      },
      {
        describe: rootDir ? `mount \`${rootDir}\` under the unit's ids` : `mount overlay \`${p.rootfs}\``,
        // Nothing of it is mounted yet: a crash's leftovers were removed above.
        do: () => ensureMounted(host, unit(), base, true),
        undo: () => unmountUnder(host, p.dir),
      },
      {
        describe: "lease an address",
        do: async () => {
          if (spec.network.mode !== "bridge") return;
          const net = await loadNetwork(host, spec.stateRoot, spec.network.network!);
          address = await leaseAddress(host, net, spec.name, spec.network.address);
        },
        undo: () => (address ? releaseAddress(host, spec.stateRoot, spec.network.network!, address, spec.name) : Promise.resolve()),
      },
      {
        describe: "plumb the unit's network",
        do: () => (address ? plumb(host, unit(), address) : ensureLoneNetns(host, unit())),
        undo: () => unplumbUnit(host, spec.stateRoot, spec.name),
      },
      { describe: "write /etc/hostname, /etc/hosts and /etc/resolv.conf", do: () => writeEtc(host, unit(), address) },
      { describe: "write OCI bundle", do: () => writeBundle(host, unit(), p.config, cgroupPath) },
      {
        describe: `start with ${runtimeName}${sup.name === "systemd" ? " under systemd" : ""}`,
        do: async () => {
          if (spec.state === "running") started = await start(host, sup, runtime, unit());
          else await sup.configure(runtime, unit());
        },
        undo: () => sup.stop(runtime, spec, 0),
      },
      {
        describe: "install port forwards",
        do: () => (address && spec.ports.length ? writePortTable(host, spec.stateRoot, spec.name, address, spec.ports) : Promise.resolve()),
        undo: () => deletePortTable(host, spec.stateRoot, spec.name),
      },
      { describe: "see the init stay up", do: () => settle(host, spec, started) },
      { describe: "record the unit as made", do: () => writeUnitRecord(host, p.record, { ...record, spec: unit(), complete: true }) },
    ]);
    return await observed(host, unit(), runtimeName, owner, cgroupPath);
  } catch (e) {
    throw wrapError(`create container \`${spec.name}\``, e);
  }
}

/**
 * Applies a change the least disruptive way. "restart": stop, rewrite the
 * bundle, start (the unit's writes in its upper layer survive). "live": rewrite
 * the bundle for the next start and change the running unit in place (limits
 * into its cgroup files; state by starting or stopping), keeping its init.
 */
export async function updateContainer(host: Host, spec: ContainerSpec, olds: ContainerOutputs, action: "live" | "restart", owner: string): Promise<ContainerOutputs> {
  try {
    const rec = await readUnitRecord(host, unitPaths(spec.stateRoot, spec.name).record);
    await checkHostInputs(host, spec, await unitSupervisor(host, olds.cgroupPath));
    // Before anything stops: a port another unit or a host service has is refused here.
    await holdPorts(host, spec.stateRoot, spec.name, spec.ports, portProperty);
    try {
      return await applyUpdate(host, spec, olds, action, owner, rec);
    } catch (e) {
      await releasePorts(host, spec.stateRoot, spec.name, olds.ports ?? []);
      throw e;
    }
  } catch (e) {
    throw wrapError(`update container \`${spec.name}\``, e);
  }
}

async function applyUpdate(host: Host, spec: ContainerSpec, olds: ContainerOutputs, action: "live" | "restart", owner: string, rec: UnitRecord | undefined): Promise<ContainerOutputs> {
  const p = unitPaths(spec.stateRoot, spec.name);
  const runtime = runtimeFor(host, spec.stateRoot, olds.runtime);
  const sup = await unitSupervisor(host, olds.cgroupPath);
  const cgroupPath = olds.cgroupPath ?? sup.cgroupPath(spec.stateRoot, spec.name);
  const stopMs = parseDuration(spec.stopTimeout);
  const st = await unitState(host, spec.stateRoot, spec.name, olds.runtime);
  let running = st.status === "running";
  if (action === "restart" || spec.state === "stopped") {
    await stopUnit(host, sup, runtime, olds, stopMs);
    running = false;
  }
  const address = await reattach(host, withIds(spec, olds.idMap), olds, action === "restart", running ? st.pid : undefined);
  let started: Started | undefined;
  // The range the unit has kept since its create (none for a unit made with the host's ids, or before Paddock had them).
  const next = withIds(withAddress(spec, address), olds.idMap);
  await writeEtc(host, next, address);
  await writeBundle(host, next, p.config, cgroupPath);
  if (spec.state === "running") {
    if (running) {
      await sup.driver.writeLimits(cgroupPath, spec.limits);
      await sup.configure(runtime, next);
    } else {
      await sup.stop(runtime, spec, 0); // created or stopped: start afresh from the bundle
      await ensureMounted(host, next);
      started = await start(host, sup, runtime, next);
    }
  } else {
    await sup.configure(runtime, next);
  }
  // A port table is only ever ours, written for declared ports: with none declared before or
  // now there is none to write or delete (and no `nft` to spawn for every live update).
  if (spec.ports.length > 0 || (olds.ports?.length ?? 0) > 0) {
    if (address) await writePortTable(host, spec.stateRoot, spec.name, address, spec.ports);
    else await deletePortTable(host, spec.stateRoot, spec.name);
  }
  await settle(host, spec, started);
  // Only a unit that forwarded ports holds port leases: the common live update reads none.
  if ((olds.ports?.length ?? 0) > 0) await releasePorts(host, spec.stateRoot, spec.name, spec.ports);
  // The record follows the unit: what it runs now, and who manages it (an alias or adoption changes the URN).
  if (rec) await writeUnitRecord(host, p.record, { ...rec, owner, spec: next, cgroupPath, complete: true });
  return await observed(host, next, olds.runtime, owner, cgroupPath);
}

/** A port forward's place in the kind's own words (Container's ports; Jail and Zone have none). */
const portProperty = (i: number) => `ports[${i}]`;

/** Removes everything the unit has on the host. A unit that is already gone is success. */
export async function deleteContainer(host: Host, olds: ContainerOutputs): Promise<void> {
  const p = unitPaths(olds.stateRoot, olds.name);
  try {
    const rec = await readUnitRecord(host, p.record);
    // Adopted by another stack since: that stack manages it now, and this one only forgets it.
    if (rec?.owner && olds[OWNER_KEY] && rec.owner !== olds[OWNER_KEY]) return;
    const runtime = runtimeFor(host, olds.stateRoot, olds.runtime);
    const sup = await unitSupervisor(host, olds.cgroupPath);
    await stopUnit(host, sup, runtime, olds, olds.stopTimeout ? parseDuration(olds.stopTimeout) : 0);
    await sup.forget(olds.stateRoot, olds.name);
    await deletePortTable(host, olds.stateRoot, olds.name, (olds.ports?.length ?? 0) > 0 || (rec?.spec?.ports?.length ?? 0) > 0);
    await releasePorts(host, olds.stateRoot, olds.name);
    await unplumbUnit(host, olds.stateRoot, olds.name);
    // By holder, not by the recorded address: a refresh after the veth was deleted by hand records none.
    const network = olds.network?.network ?? rec?.spec?.network.network;
    if (network) await releaseAddressesOf(host, olds.stateRoot, network, olds.name);
    await unmountUnder(host, p.dir);
    const idMap = olds.idMap ?? rec?.spec?.idMap;
    if (idMap) await releaseIdRange(host, olds.stateRoot, olds.name, idMap);
    await removeUnitDir(olds.stateRoot, p.dir);
    await tidyStateRoot(host, olds.stateRoot);
  } catch (e) {
    throw wrapError(`delete container \`${olds.name}\``, e);
  }
}

/**
 * What is really on the host. Undefined when the unit is gone (no unit
 * directory: its root filesystem and bundle went with it). Otherwise the
 * outputs with what can be observed put in place of what was declared:
 * state and pid, and, while it runs, its limits (from the cgroup files) and
 * hostname (from its UTS namespace). The next diff then shows any drift.
 */
export async function readContainer(host: Host, olds: ContainerOutputs): Promise<ContainerOutputs | undefined> {
  const p = unitPaths(olds.stateRoot, olds.name);
  if (!(await exists(p.config))) return undefined;
  const st = await unitState(host, olds.stateRoot, olds.name, olds.runtime);
  const seen = await observedNetwork(host, olds, st?.status === "running" ? st.pid : undefined);
  const stopped = { ...olds, ...seen, state: "stopped" as const, status: "stopped" as const, pid: 0 };
  if (st?.status !== "running") return stopped;
  const sup = await unitSupervisor(host, olds.cgroupPath);
  const found = await Promise.all([
    sup.driver.readLimits(olds.cgroupPath ?? sup.cgroupPath(olds.stateRoot, olds.name), olds.limits),
    utsHostname(host, st.pid),
    host.readFile(`/proc/${st.pid}/mountinfo`),
  ]).catch(async (e: unknown) => {
    // An init that died while it was being read (killed from outside) is a stopped unit, not a failed read.
    if (!(await isRunning(host, st.pid))) return undefined;
    throw e;
  });
  if (!found) return stopped;
  const [limits, hostname, mountinfo] = found;
  const mounts = observedMounts(olds.mounts ?? [], mountinfo ?? "");
  return { ...olds, ...seen, state: "running", status: "running", pid: st.pid, limits, hostname, mounts };
}

/**
 * The declared mounts that are really there, as seen from inside the unit
 * (its mountinfo): one unmounted by hand, or remounted read-write, drops out or
 * changes, so the diff shows it.
 */
export function observedMounts(declared: readonly MountSpec[], mountinfo: string): MountSpec[] {
  const points = new Map(parseMountinfo(mountinfo).map((m) => [m.point, m.readOnly]));
  return declared
    .filter((m) => points.has(m.target))
    .map((m) => ({ ...m, readOnly: points.get(m.target)! }));
}

async function start(host: Host, sup: Supervisor, runtime: OciRuntime, spec: ContainerSpec): Promise<Started> {
  const p = unitPaths(spec.stateRoot, spec.name);
  try {
    await sup.start(runtime, spec);
  } catch (e) {
    // Started and gone at once (systemd fails the start when the main pid it reads has exited):
    // the settle step says so, with the init's last output.
    const pid = Number((await host.readFile(p.startedPid))?.trim());
    if (sup.name === "systemd" && pid > 0 && !(await isRunning(host, pid))) return { pid, at: Date.now() };
    throw e;
  }
  return { pid: Number((await host.readFile(p.pidFile))?.trim()), at: Date.now() };
}

/** A moving unit's staged layer (already in its ids here) in place of the empty one its create made. */
async function takeIncomingLayer(spec: ContainerSpec): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  const stage = incomingPaths(spec.stateRoot, spec.name);
  if (!(await exists(stage.upper))) throw new Error(`the layer it brings is not staged at ${stage.upper} (the move was not made ready on this host)`);
  await fs.rm(p.upper, { recursive: true, force: true });
  await fs.rename(stage.upper, p.upper);
  await fs.rm(stage.dir, { recursive: true, force: true });
  await removeIfEmpty(path.dirname(stage.dir));
}

/** Stops a unit from what its record says (a move stops it so the last writes can be copied). */
export async function stopRecordedUnit(host: Host, rec: UnitRecord, stopMs: number): Promise<void> {
  const spec = rec.spec!;
  await stopUnit(host, await unitSupervisor(host, rec.cgroupPath), runtimeFor(host, spec.stateRoot, rec.runtime), spec, stopMs);
}

/** Starts a stopped unit again from its record and bundle (a move that failed after the stop). */
export async function startRecordedUnit(host: Host, rec: UnitRecord): Promise<void> {
  const spec = rec.spec!;
  if (spec.state === "stopped" || (await unitState(host, spec.stateRoot, spec.name, rec.runtime)).status === "running") return;
  const sup = await unitSupervisor(host, rec.cgroupPath);
  const runtime = runtimeFor(host, spec.stateRoot, rec.runtime);
  await sup.stop(runtime, spec, 0);
  await ensureMounted(host, spec);
  await settle(host, spec, await start(host, sup, runtime, spec));
}

/** The settle check (launch.ts) for a start this operation made; nothing to wait for without one. */
async function settle(host: Host, spec: ContainerSpec, started: Started | undefined): Promise<void> {
  if (started) await seeInitStayUp(host, spec, started);
}

/**
 * The last unit of a state root leaves no cgroup parent behind: the runtime made
 * it for the first unit, and delete removes everything Paddock made.
 */
async function tidyStateRoot(host: Host, stateRoot: string): Promise<void> {
  await host.withLock(statePaths(stateRoot).unitsLock, async () => {
    // One entry is enough to know: a listing of a thousand units per delete is not.
    if (!(await hasEntries(statePaths(stateRoot).units))) await removeEmptyCgroupParent(host, await detectCgroupMode(host), stateRoot);
  });
}

/** Stops the unit: its stop command first if it has one (a jail's exec.stop), then SIGTERM, the timeout, SIGKILL. */
async function stopUnit(host: Host, sup: Supervisor, runtime: OciRuntime, spec: ContainerSpec, stopMs: number): Promise<void> {
  const stopCommand = spec.engine?.stopCommand;
  if (stopCommand?.length && (await unitState(host, spec.stateRoot, spec.name, runtime.name)).status === "running") {
    // A failing stop command still ends in SIGTERM/SIGKILL; what it said is in the unit's console log.
    await runtime.exec(spec.name, [...stopCommand], Math.max(stopMs, 1000), unitPaths(spec.stateRoot, spec.name).consoleFifo).catch(() => undefined);
  }
  await sup.stop(runtime, spec, stopMs);
}

/**
 * What can only be checked on the host, before anything is made: bind sources
 * exist, cpuset CPUs exist, a restart policy or boot start has systemd to do it.
 */
async function checkHostInputs(host: Host, spec: ContainerSpec, sup: Supervisor): Promise<void> {
  if (!sup.supervises) {
    const here = (await hostSupervisor(host)).name;
    const why = here === "systemd"
      ? `Paddock starts units again and at boot through systemd, and this unit was made under ${sup.name} before Paddock used systemd here: replace it (\`pulumi up --replace <its URN>\`) to move it under systemd`
      : `Paddock starts units again and at boot through systemd, and this host's units are managed by ${sup.name} (${
        sup.name === "cgroupfs-v1" ? "cgroup v1/hybrid" : "no systemd on the unified hierarchy here, or PADDOCK_CGROUP_MANAGER=cgroupfs where pulumi runs"
      })`;
    if (spec.restart !== "no") throw new Error(`restart: "${spec.restart}" needs a supervisor: ${why}. Set restart: "no" (or leave it out) on this host`);
    if (spec.startAtBoot && !spec.engine?.bootWhereSupported) throw new Error(`startAtBoot: ${why}. Set startAtBoot: false (or leave it out) on this host`);
  }
  // The disks limits.io names: block devices, whole disks (throws naming the entry).
  await diskNumbers(host, spec.limits.io);
  if (spec.limits.io?.weight !== undefined && sup.name === "cgroupfs-v1" && !(await v1HasIoWeight())) {
    throw new Error(`limits.io.weight: this host's kernel has no block I/O weight (neither the BFQ nor the CFQ scheduler is loaded): leave out the weight, or load BFQ (\`modprobe bfq\`) and make it a disk's scheduler`);
  }
  for (const [i, m] of spec.mounts.entries()) {
    if (m.type === "bind" && !(await exists(m.source))) {
      throw new Error(`mounts[${i}].source: ${m.source} does not exist on this host: create it, or fix the path`);
    }
    if (m.type === "bind" && !m.readOnly && !m.unsafeHostWrite) {
      // Preview judged the path as written; only the host knows where its links lead.
      const real = await fs.realpath(m.source);
      const risk = writableBindRisk(real, await fs.realpath(spec.stateRoot).catch(() => spec.stateRoot));
      if (risk) throw new Error(`the bind mount of ${m.source} at ${m.target}: ${writableBindReason(real === m.source ? m.source : `${m.source} (a link to ${real})`, risk, "read-only")}`);
    }
    if (m.type === "volume" && !(await exists(volumePaths(spec.stateRoot, m.source).record))) {
      throw new Error(`mounts[${i}].source: no Paddock volume \`${m.source}\` under ${spec.stateRoot}: create it first (new Volume("${m.source}", ...)) with the same stateRoot`);
    }
  }
  if (spec.limits.cpuset) {
    const online = (await host.readFile("/sys/devices/system/cpu/online"))?.trim() ?? "0";
    const have = new Set(parseCpuset(online));
    const missing = parseCpuset(spec.limits.cpuset).filter((c) => !have.has(c));
    if (missing.length) throw new Error(`limits.cpuset: CPU ${missing.join(", ")} not online on this host (online: ${online})`);
  }
}

/**
 * Whether the unit runs, observed without spawning the runtime (`runc state`
 * is a process of its own per unit, and refresh asks this of every unit): the
 * runtime still knows the unit (its state directory is there), the pid the
 * runtime wrote when it started the unit is alive, and that process is in the
 * unit's own cgroup (so a pid reused by another process is not taken for it).
 */
export async function unitState(host: Host, stateRoot: string, name: string, runtime: RuntimeName): Promise<{ status: "running" | "stopped"; pid: number }> {
  const stopped = { status: "stopped" as const, pid: 0 };
  const known = await exists(path.join(statePaths(stateRoot).runtimeRoot(runtime), name));
  const pid = Number((await host.readFile(unitPaths(stateRoot, name).pidFile))?.trim());
  if (!known || !(await isRunning(host, pid))) return stopped;
  const cgroups = (await host.readFile(`/proc/${pid}/cgroup`)) ?? "";
  const own = possibleCgroupPaths(stateRoot, name);
  return cgroups.split("\n").some((l) => own.some((cg) => l.endsWith(`:${cg}`))) ? { status: "running", pid } : stopped;
}

/** The outputs after our own create or update, with the state observed as read observes it (no `runc state`). */
async function observed(host: Host, spec: ContainerSpec, runtimeName: RuntimeName, owner: string, cgroupPath: string): Promise<ContainerOutputs> {
  const st = spec.state === "running" ? await unitState(host, spec.stateRoot, spec.name, runtimeName) : { status: "stopped" as const, pid: 0 };
  return outputs(spec, runtimeName, st.pid, st.status, owner, cgroupPath);
}

/**
 * What a create does with a unit directory of the same name: a crash leftover
 * of this very resource (its create never finished) is removed and made again;
 * a finished unit, another stack's or this resource's own from a lost state, is
 * never deleted by a create (it may hold data): refuse, and say how to adopt it.
 */
async function removeLeftovers(host: Host, spec: ContainerSpec, owner: string, rec: UnitRecord | undefined): Promise<void> {
  if (rec === undefined) {
    // No record: a crash between making the directory and writing it, or the directory deleted
    // by hand with the unit's netns and runtime state left: clear what may be there.
    if (await hasLeftovers(spec)) await cleanup(host, spec, undefined);
    return;
  }
  const adoptHint = `set \`adopt: true\` on the resource to bring it under this stack as it is (same processes, same data), or remove the unit from the host first`;
  if (rec.owner !== owner) {
    throw new Error(`a unit named \`${spec.name}\` already exists on this host (owned by ${rec.owner || "another program"}): give this one another name, or ${adoptHint}`);
  }
  if (rec.complete !== false) {
    throw new Error(`a unit named \`${spec.name}\` already exists on this host, made by this same resource (${owner}), but this stack's state does not hold it (the state was lost, or the resource was removed with \`pulumi state delete\`). Paddock will not delete and recreate it, since it may hold data: ${adoptHint}`);
  }
  await cleanup(host, spec, rec.runtime);
}

/**
 * Whether anything named for this unit is on the host: its directory, its
 * network namespace, its runtime state. Looked at without spawning anything, so
 * the common create (nothing there) stays cheap.
 */
async function hasLeftovers(spec: ContainerSpec): Promise<boolean> {
  const runtimeRoot = (name: RuntimeName) => path.join(statePaths(spec.stateRoot).runtimeRoot(name), spec.name);
  const places = [unitPaths(spec.stateRoot, spec.name).dir, `/run/netns/${netnsName(spec.stateRoot, spec.name)}`, runtimeRoot("runc"), runtimeRoot("crun"), servicePath(spec.stateRoot, spec.name)];
  return (await Promise.all(places.map(exists))).some(Boolean);
}

/**
 * Takes over a unit that exists: it becomes this resource's, running as it is
 * when it matches the program; a live or restart-class difference is applied
 * as an update would; one that would replace it is refused (its writes would be lost).
 */
async function adoptContainer(host: Host, spec: ContainerSpec, owner: string, rec: UnitRecord, kind: UnitKind, how: "asked" | "if-same"): Promise<ContainerOutputs> {
  const p = unitPaths(spec.stateRoot, spec.name);
  const st = await unitState(host, spec.stateRoot, spec.name, rec.runtime);
  const legacy = rec.spec ? undefined : await legacySpec(host, spec);
  // Records from before restart policies hold none: theirs is the default.
  const recorded: Partial<ContainerSpec> = rec.spec ?? legacy!.spec;
  const was = { ...normalizeRestart({}), startAtBoot: false, ...recorded } as ContainerSpec;
  const cgroupPath = rec.cgroupPath ?? unitCgroupPath(spec.stateRoot, spec.name);
  const olds = outputs(was, rec.runtime, st.pid, st.status, owner, cgroupPath);
  let d = diffEngineSpecs(olds as unknown as Record<string, unknown>, spec);
  if (legacy && !legacy.sameBundle && d.action !== "replace") d = { ...d, action: "restart" };
  // Found stopped (killed, or the host rebooted) while the program wants it running: start it, as up would.
  if (d.action === "none" && spec.state === "running" && st.status !== "running") d = { ...d, action: "live" };
  if (how === "if-same" && d.action !== "none") {
    throw new Error(`a unit named \`${spec.name}\` already exists on this host, made by this same resource (${owner}), but this stack's state does not hold it (an interrupted run, a lost state, or \`pulumi state delete\`), and it differs from the program in ${d.changes.map((c) => c.property).join(", ")}. Paddock will not change, delete or recreate it, since it may hold data: set \`adopt: true\` on the resource to bring it under this stack (a live or restart-class difference is then applied), make the program match it, or remove the unit from the host first`);
  }
  if (d.replaces.length > 0) {
    throw new Error(`adopt: the unit \`${spec.name}\` on this host differs from the program in ${d.replaces.join(", ")}, which only a replacement can change, and a replacement loses what the unit wrote: make the program match the unit (it runs what ${p.record} records), or remove the unit from the host first`);
  }
  await writeUnitRecord(host, p.record, { ...rec, owner, kind, spec: was, complete: true });
  if (d.action === "none") return outputs(withIds(withAddress(spec, olds.address), was.idMap), rec.runtime, st.pid, st.status, owner, cgroupPath);
  return await updateContainer(host, spec, olds, d.action === "restart" ? "restart" : "live", owner);
}

/**
 * A unit made before records held its spec: it runs the program's spec if its
 * bundle is the one that spec builds (a restart brings it there otherwise), on
 * the address its /etc/hosts names.
 */
async function legacySpec(host: Host, spec: ContainerSpec): Promise<{ spec: ContainerSpec; sameBundle: boolean }> {
  const p = unitPaths(spec.stateRoot, spec.name);
  const address = await addressInEtcHosts(host, p.upper);
  const was = address ? withAddress(spec, address) : spec;
  return { spec: was, sameBundle: (await host.readFile(p.config)) === bundleText(was) };
}

/** Removes a unit's traces: runtime state (also when its directory was deleted by hand), mount, directory. */
async function cleanup(host: Host, spec: ContainerSpec, runtime: RuntimeName | undefined): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  for (const name of runtime ? [runtime] : (["runc", "crun"] as const)) {
    const rt = runtimeFor(host, spec.stateRoot, name);
    await rt.remove(spec.name).catch(() => undefined);
  }
  await forgetEverywhere(host, spec.stateRoot, spec.name);
  await deletePortTable(host, spec.stateRoot, spec.name);
  await releasePorts(host, spec.stateRoot, spec.name);
  await unplumbUnit(host, spec.stateRoot, spec.name);
  await unmountUnder(host, p.dir);
  await releaseIdRangesOf(host, spec.stateRoot, spec.name);
  await removeUnitDir(spec.stateRoot, p.dir);
}

/** Writes the bundle's config.json, unless it already says this (an update that changes no part of it). */
async function writeBundle(host: Host, spec: ContainerSpec, configPath: string, cgroupPath: string): Promise<void> {
  const text = bundleText(spec, cgroupPath, await diskNumbers(host, spec.limits.io));
  if ((await host.readFile(configPath)) !== text) await host.writeFileAtomic(configPath, text);
}

/** The config.json the unit's bundle holds for spec, its processes in cgroupPath. */
function bundleText(spec: ContainerSpec, cgroupPath = unitCgroupPath(spec.stateRoot, spec.name), disks?: DiskNumbers): string {
  const netnsPath = spec.network.mode === "bridge" || ownNetns(spec) ? `/run/netns/${netnsName(spec.stateRoot, spec.name)}` : undefined;
  const volumeDir = (name: string) => volumePaths(spec.stateRoot, name).data;
  // A jail's directory is its root as it is, or in a user namespace through its idmapped mount at rootfs.
  const rootPath = spec.engine?.rootDir && !spec.idMap ? spec.engine.rootDir : "rootfs";
  const p = unitPaths(spec.stateRoot, spec.name);
  const mappedDir = spec.idMap ? p.mapped : undefined;
  const config = buildOciConfig(spec, { rootPath, cgroupsPath: cgroupPath, netnsPath, volumeDir, disks, mappedDir, usernsPath: ownNetns(spec) ? p.userns : undefined, sysDir: ownNetns(spec) ? p.sys : undefined });
  return JSON.stringify(config, null, 2);
}

/** Deletes a unit directory, but only after checking on the real path that it lies under the state root. */
async function removeUnitDir(stateRoot: string, dir: string): Promise<void> {
  const realRoot = await fs.realpath(statePaths(stateRoot).units).catch(() => undefined);
  const realDir = await fs.realpath(dir).catch(() => undefined);
  if (!realRoot || !realDir) return;
  if (!realDir.startsWith(realRoot + path.sep)) {
    throw new Error(`refusing to delete \`${realDir}\`: it is not under Paddock's state root ${realRoot}`);
  }
  // The record first: a delete killed half-way through the directory (its bundle gone, the order is
  // the filesystem's) leaves what a create takes for a crash's leftovers and clears, not a "made"
  // unit that reads as gone and that a create then refuses to touch.
  await fs.rm(path.join(realDir, "unit.json"), { force: true });
  await fs.rm(realDir, { recursive: true, force: true });
}

function outputs(spec: ContainerSpec, runtime: RuntimeName, pid: number, status: "running" | "stopped", owner: string, cgroupPath: string): ContainerOutputs {
  const p = unitPaths(spec.stateRoot, spec.name);
  return {
    ...spec,
    runtime,
    unitId: spec.name,
    pid,
    cgroupPath,
    rootfsPath: spec.engine?.rootDir ?? p.rootfs,
    address: spec.network.address ?? "",
    status,
    stateVersion: STATE_VERSION,
    [OWNER_KEY]: owner,
  };
}
