/**
 * A unit or a volume moving between hosts: each host's half, as whole
 * operations (the provider holds both connections and runs the move: ../move.ts).
 * The source says what moves and stops or starts the unit from its record; the
 * target gets ready (nothing of that name there, the base built, the ids leased,
 * the volumes there and free to take the data) and later takes the staged layer
 * at the unit's create. A volume's copy on the source is marked handed over and
 * removed once no unit there mounts it.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import type { ContainerSpec, IdMap, Rootfs } from "../core/spec";
import { parseDuration } from "../core/quantity";
import { exists, removeIfEmpty, unitPaths, volumePaths } from "./paths";
import { readUnitRecord } from "./unit-record";
import { ensureBase, Progress } from "./rootfs";
import { leaseIdRange, releaseIdRangesOf } from "./idmap";
import { createVolume, deleteVolume, VolumeOutputs, VolumeSpec, volumeUsers } from "./volume";
import { incomingPaths } from "./transfer";
import { startRecordedUnit, stopRecordedUnit, unitState } from "./container";

/** What a moving unit takes with it, from the source's record. */
export interface Outgoing {
  readonly running: boolean;
  /** The engine spec it runs there. */
  readonly spec: ContainerSpec;
}

/** A unit's record on this host, or a refusal naming the unit. */
async function recordOf(host: Host, stateRoot: string, unit: string) {
  const rec = await readUnitRecord(host, unitPaths(stateRoot, unit).record);
  if (!rec?.spec) throw new Error(`move: no unit \`${unit}\` under ${stateRoot} on this host (or one made before Paddock recorded its spec): refresh the stack first`);
  return rec;
}

/** Source: what moves, or a refusal (before anything changes) of what cannot. */
export async function outgoingUnit(host: Host, stateRoot: string, unit: string): Promise<Outgoing> {
  const rec = await recordOf(host, stateRoot, unit);
  if (rec.spec!.engine?.rootDir) {
    throw new Error(`connection.host: the unit \`${unit}\` runs in ${rec.spec!.engine.rootDir}, a directory of this host that Paddock did not make, so it does not move it: copy that directory to the new host, then replace the unit there (\`pulumi up --replace <its URN>\`)`);
  }
  const st = await unitState(host, stateRoot, unit, rec.runtime);
  return { running: st.status === "running", spec: rec.spec! };
}

/** What the target makes ready for a moving unit. */
export interface IncomingRequest {
  readonly stateRoot: string;
  readonly unit: string;
  readonly owner: string;
  readonly rootfs: Rootfs;
  readonly userns: "private" | "host";
  /** Volumes it mounts, each by its name and where it comes from (see volumeOrigin). */
  readonly volumes: readonly { readonly name: string; readonly origin: string }[];
  /** The source host, as errors name it. */
  readonly from: string;
  /** Its bind mounts' sources, which must be on this host too. */
  readonly binds?: readonly string[];
}

/**
 * Target: refuses before anything changes what the move could not finish, then
 * builds the base (so the unit's downtime does not), leases its ids and makes an
 * empty staging directory for its layer. Returns the ids its layer will have here.
 */
export async function incomingUnit(host: Host, r: IncomingRequest, progress: Progress): Promise<{ idMap?: IdMap }> {
  const rec = await readUnitRecord(host, unitPaths(r.stateRoot, r.unit).record);
  if (rec?.owner === r.owner) {
    // A move of this very resource that was cut short after its create here (the provider killed before
    // the stack recorded it): which copy holds the newer data only a person can tell, so neither is removed.
    throw new Error(`connection.host: this resource's unit \`${r.unit}\` is on this host already and also on ${r.from} (an earlier move was cut short after it started here, before the stack recorded it): keep the copy you want and remove the other's directory (${r.stateRoot}/units/${r.unit} here) with its runtime state, then run up again`);
  }
  if (rec) throw new Error(`connection.host: a unit named \`${r.unit}\` already exists on this host (owned by ${rec.owner || "another program"}), so \`${r.unit}\` cannot move here from ${r.from}: give one of them another name`);
  for (const [i, b] of (r.binds ?? []).entries()) {
    if (!(await exists(b))) throw new Error(`connection.host: the unit binds ${b} (its bind mount ${i + 1}), which is not on this host: make it there first, or drop the mount`);
  }
  for (const v of r.volumes) await checkVolumeTakes(host, r.stateRoot, v.name, v.origin, `the unit mounts volume \`${v.name}\``);
  await ensureBase(host, r.stateRoot, r.rootfs, progress);
  const idMap = r.userns === "private" ? await leaseIdRange(host, r.stateRoot, r.unit) : undefined;
  const stage = incomingPaths(r.stateRoot, r.unit);
  await fs.rm(stage.dir, { recursive: true, force: true });
  await fs.mkdir(stage.upper, { recursive: true, mode: 0o755 });
  return idMap ? { idMap } : {};
}

/** Target: a move that did not finish leaves nothing here (its staged layer, its ids unless a unit of that name holds them). */
export async function abandonIncoming(host: Host, stateRoot: string, unit: string): Promise<void> {
  await fs.rm(incomingPaths(stateRoot, unit).dir, { recursive: true, force: true });
  // The incoming directory goes with its last staged unit (one staged meanwhile keeps it).
  await removeIfEmpty(path.dirname(incomingPaths(stateRoot, unit).dir));
  if (!(await exists(unitPaths(stateRoot, unit).record))) await releaseIdRangesOf(host, stateRoot, unit);
}

/** Source: stops the unit as its record says (its stop command, SIGTERM, its timeout, SIGKILL). */
export async function stopMoving(host: Host, stateRoot: string, unit: string): Promise<void> {
  const rec = await recordOf(host, stateRoot, unit);
  await stopRecordedUnit(host, rec, parseDuration(rec.spec!.stopTimeout));
}

/** Source: a move that failed after the stop starts the unit again where it was. */
export async function resumeMoving(host: Host, stateRoot: string, unit: string): Promise<void> {
  await startRecordedUnit(host, await recordOf(host, stateRoot, unit));
}

/** How a volume's copy on one host is named on another (who it was handed over from). */
export const volumeOrigin = (place: string, stateRoot: string, name: string) => `${place || "the provider's machine"}:${stateRoot}/volumes/${name}`;

interface VolumeRecord extends VolumeSpec {
  readonly owner?: string;
  /** On the target: the copy it was made from. */
  readonly movedFrom?: string;
  /** On the source: where it went; this copy goes once no unit here mounts it. */
  readonly movedTo?: string;
}

async function volumeRecord(host: Host, stateRoot: string, name: string): Promise<VolumeRecord | undefined> {
  const text = await host.readFile(volumePaths(stateRoot, name).record);
  return text === undefined ? undefined : (JSON.parse(text) as VolumeRecord);
}

async function writeVolumeRecord(host: Host, stateRoot: string, rec: VolumeRecord): Promise<void> {
  await host.writeFileAtomic(volumePaths(stateRoot, rec.name).record, JSON.stringify(rec, null, 2));
}

/**
 * The volume here may take the data from origin: it is empty, or it was made from
 * that very copy. Answers its record; absentOk: a volume not here yet is no refusal.
 */
async function checkVolumeTakes(host: Host, stateRoot: string, name: string, origin: string, what: string, absentOk = false): Promise<VolumeRecord | undefined> {
  const rec = await volumeRecord(host, stateRoot, name);
  if (!rec) {
    if (absentOk) return undefined;
    throw new Error(`connection.host: ${what}, which is not on this host: declare that Volume here first (give the Volume the unit's new connection too, which moves its data), or drop the mount`);
  }
  if (rec.movedFrom === origin) return rec;
  const entries = await fs.readdir(volumePaths(stateRoot, name).data).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? [] : Promise.reject(e)));
  if (entries.some((e) => e !== "lost+found")) {
    throw new Error(`connection.host: ${what}, and that volume on this host already holds data of its own, which the move would overwrite: empty it, or give the unit another volume here`);
  }
  return rec;
}

/** Target of a Volume's move: made here (empty, or already from this origin) and marked as coming from it. */
export async function incomingVolume(host: Host, spec: VolumeSpec, owner: string, origin: string): Promise<VolumeOutputs> {
  const before = await checkVolumeTakes(host, spec.stateRoot, spec.name, origin, `the volume \`${spec.name}\` moves here`, true);
  const outs = await createVolume(host, spec, owner, before?.movedFrom === origin);
  await writeVolumeRecord(host, spec.stateRoot, { ...(await volumeRecord(host, spec.stateRoot, spec.name))!, movedFrom: origin });
  return outs;
}

/** Source of a Volume's move: marked as handed over; answers the units here that still mount it. */
export async function outgoingVolume(host: Host, stateRoot: string, name: string, to: string): Promise<string[]> {
  const rec = await volumeRecord(host, stateRoot, name);
  if (!rec) return [];
  await writeVolumeRecord(host, stateRoot, { ...rec, movedTo: to });
  return await volumeUsers(host, stateRoot, volumePaths(stateRoot, name).data);
}

/**
 * Source: removes the copies of these volumes that were handed over to another
 * host and that no unit here mounts any more. Answers those it removed.
 */
export async function releaseHandedOver(host: Host, stateRoot: string, names: readonly string[]): Promise<string[]> {
  const gone: string[] = [];
  for (const name of names) {
    const rec = await volumeRecord(host, stateRoot, name);
    if (!rec?.movedTo) continue;
    if ((await volumeUsers(host, stateRoot, volumePaths(stateRoot, name).data)).length > 0) continue;
    await deleteVolume(host, { ...rec, path: volumePaths(stateRoot, name).data, usedBytes: 0, quotaEnforced: false, stateVersion: 0 });
    gone.push(name);
  }
  return gone;
}
