import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { wrapError } from "../host/host";
import { parseBytes } from "../core/quantity";
import { OWNER_KEY, STATE_VERSION } from "../core/spec";
import { runSteps } from "../core/steps";
import { exists, statePaths, unitPaths, volumePaths } from "./paths";
import { readUnitRecord } from "./unit-record";
import { isMountPoint, mountTable, unmountAll } from "./mounts";

export interface VolumeSpec {
  readonly name: string;
  readonly size?: string;
  readonly stateRoot: string;
}

export interface VolumeOutputs extends VolumeSpec {
  /** The data directory on the host. */
  readonly path: string;
  /** Bytes the data takes now (observed). */
  readonly usedBytes: number;
  /** Whether size is enforced now: the volume's own filesystem is mounted at path. */
  readonly quotaEnforced: boolean;
  readonly stateVersion: number;
}

/**
 * Makes the volume. Without a size, a plain directory. With one, a filesystem of
 * exactly that size: a sparse ext4 image in the volume's directory, loop-mounted
 * on its data directory, so writes beyond the size fail with ENOSPC on any host
 * filesystem (no quota support needed), and disk is used only as data is written.
 * An existing volume of the same name is adopted with its data: volumes hold data.
 */
export async function createVolume(host: Host, spec: VolumeSpec, owner: string, adopt = false): Promise<VolumeOutputs> {
  const p = volumePaths(spec.stateRoot, spec.name);
  try {
    const holder = (await readVolumeRecord(host, p.record))?.owner;
    if (holder && holder !== owner && !adopt) {
      throw new Error(`a Paddock volume named \`${spec.name}\` already exists on this host (owned by ${holder}), with its data: give this one another name, or set \`adopt: true\` on the resource to bring it under this stack with its data`);
    }
    await fs.mkdir(p.data, { recursive: true, mode: 0o755 });
    const size = spec.size;
    if (size !== undefined) {
      const hasImage = await exists(p.image);
      if (!hasImage && (await fs.readdir(p.data)).length > 0) {
        throw new Error(`size: ${p.data} already holds data in a plain directory; declare the volume without a size, or move the data away first`);
      }
      await runSteps([
        ...(hasImage ? [] : [{ describe: "make its filesystem image", do: () => makeImage(host, p.image, parseBytes(size)), undo: () => fs.rm(p.image, { force: true }) }]),
        { describe: "mount its filesystem", do: () => mountImage(host, p.image, p.data), undo: () => unmountAll(host, p.data) },
      ]);
    }
    return await recorded(host, spec, owner);
  } catch (e) {
    throw wrapError(`create volume \`${spec.name}\``, e);
  }
}

/** A larger size grows the mounted filesystem in place (units using it keep running); check refuses shrinking. */
export async function updateVolume(host: Host, spec: VolumeSpec, owner: string): Promise<VolumeOutputs> {
  const p = volumePaths(spec.stateRoot, spec.name);
  try {
    if (spec.size !== undefined) {
      await ensureVolumeMounted(host, spec.stateRoot, spec.name);
      const want = parseBytes(spec.size);
      const have = (await fs.stat(p.image)).size;
      if (want < have) throw new Error(`size: cannot shrink from ${have} to ${want} bytes`);
      // The file may have grown already (an online resize refused last time): the filesystem is what must fit.
      if (want > (await filesystemBytes(p.image))) await growImage(host, spec.stateRoot, p.image, p.data, want);
    }
    return await recorded(host, spec, owner);
  } catch (e) {
    throw wrapError(`update volume \`${spec.name}\``, e);
  }
}

/** Refuses while a unit mounts it (naming the units); otherwise removes it with its data. Gone is success. */
export async function deleteVolume(host: Host, olds: VolumeOutputs): Promise<void> {
  const p = volumePaths(olds.stateRoot, olds.name);
  try {
    const holder = (await readVolumeRecord(host, p.record))?.owner;
    const owner = (olds as unknown as Record<string, unknown>)[OWNER_KEY];
    // Adopted by another stack since: its data is that stack's now, and this one only forgets it.
    if (holder && owner && holder !== owner) return;
    const users = await volumeUsers(host, olds.stateRoot, p.data);
    if (users.length > 0) {
      throw new Error(`units still mount it: ${users.join(", ")}; remove the mount or the units first (its data is kept)`);
    }
    await unmountAll(host, p.data); // its loop device goes with it (mount set it to clear itself)
    await fs.rm(p.dir, { recursive: true, force: true });
  } catch (e) {
    throw wrapError(`delete volume \`${olds.name}\``, e);
  }
}

export async function readVolume(host: Host, olds: VolumeOutputs): Promise<VolumeOutputs | undefined> {
  if (!(await exists(volumePaths(olds.stateRoot, olds.name).data))) return undefined;
  return observe(host, olds);
}

/**
 * Mounts a sized volume's filesystem if it is not (after a reboot, or an
 * unmount by hand), so a unit starting with it never writes to the directory
 * underneath. A volume without an image has nothing to mount.
 */
export async function ensureVolumeMounted(host: Host, stateRoot: string, name: string): Promise<void> {
  const p = volumePaths(stateRoot, name);
  if ((await exists(p.image)) && !(await isMountPoint(host, p.data))) await mountImage(host, p.image, p.data);
}

/** Units whose bundle mounts this data directory: the real state, read from their config.json. */
export async function volumeUsers(host: Host, stateRoot: string, data: string): Promise<string[]> {
  const units = await fs.readdir(statePaths(stateRoot).units).catch(() => [] as string[]);
  const users: string[] = [];
  for (const u of units.sort()) {
    const text = await host.readFile(path.join(statePaths(stateRoot).units, u, "config.json"));
    const mounts = text ? ((JSON.parse(text) as { mounts?: { source?: string }[] }).mounts ?? []) : [];
    // In a user namespace the bundle binds the volume's idmapped mount: the unit's record names the volume.
    const declared = (await readUnitRecord(host, unitPaths(stateRoot, u).record))?.spec?.mounts ?? [];
    if (mounts.some((m) => m.source === data) || declared.some((m) => m.type === "volume" && volumePaths(stateRoot, m.source).data === data)) users.push(u);
  }
  return users;
}

/** Records the spec beside the data (what `paddock list` reads), and answers with what is observed. */
/** volume.json: the spec, and who manages the volume (absent in records of Paddock before 0.2). */
async function recorded(host: Host, spec: VolumeSpec, owner: string): Promise<VolumeOutputs> {
  await host.writeFileAtomic(volumePaths(spec.stateRoot, spec.name).record, JSON.stringify({ ...spec, owner }, null, 2));
  return observe(host, spec);
}

async function readVolumeRecord(host: Host, file: string): Promise<(VolumeSpec & { owner?: string }) | undefined> {
  const text = await host.readFile(file);
  return text === undefined ? undefined : JSON.parse(text);
}

async function observe(host: Host, spec: VolumeSpec): Promise<VolumeOutputs> {
  const p = volumePaths(spec.stateRoot, spec.name);
  const du = await host.run(["du", "-sb", "--exclude=lost+found", p.data]);
  const usedBytes = Number(du.stdout.split(/\s/)[0]);
  const quotaEnforced = spec.size !== undefined && (await exists(p.image)) && (await isMountPoint(host, p.data));
  return { ...spec, path: p.data, usedBytes, quotaEnforced, stateVersion: STATE_VERSION };
}

/** A sparse file of the size, with an ext4 filesystem on it: no reserved blocks, root's, labelled as Paddock's. */
async function makeImage(host: Host, image: string, bytes: number): Promise<void> {
  await fs.writeFile(image, "", { flag: "wx", mode: 0o600 });
  await fs.truncate(image, bytes);
  await host.run(["mkfs.ext4", "-q", "-F", "-m", "0", "-L", "paddock-volume", image], { timeoutMs: 5 * 60_000 });
}

async function mountImage(host: Host, image: string, target: string): Promise<void> {
  await host.run(["mount", "-o", "loop,nodev,nosuid", image, target]);
}

/**
 * Grows the image and its ext4 to bytes. While units use the volume, online:
 * the image file, its loop device's capacity, then resize2fs on the mounted
 * filesystem (the units keep running); the kernel allows that only with
 * CAP_SYS_RESOURCE. With no unit using it, offline, which any root can do:
 * unmount, grow the file, e2fsck, resize2fs, mount again.
 */
async function growImage(host: Host, stateRoot: string, image: string, target: string, bytes: number): Promise<void> {
  const users = await volumeUsers(host, stateRoot, target);
  if (users.length === 0) {
    await unmountAll(host, target);
    await fs.truncate(image, bytes);
    await host.run(["e2fsck", "-f", "-p", image], { timeoutMs: 10 * 60_000 });
    await host.run(["resize2fs", image], { timeoutMs: 10 * 60_000 });
    await mountImage(host, image, target);
    return;
  }
  const device = await loopDeviceOf(host, target);
  await fs.truncate(image, bytes);
  await host.run(["losetup", "--set-capacity", device]);
  try {
    await host.run(["resize2fs", device], { timeoutMs: 10 * 60_000 });
  } catch (e) {
    if (!/Permission denied/.test((e as Error).message)) throw e;
    throw new Error(
      `size: growing it while units use it (${users.join(", ")}) needs an online resize, which this host refuses (no CAP_SYS_RESOURCE): ` +
        "stop or remove those units' mount of it and run up again; the image file has grown, its filesystem will follow",
    );
  }
}

/** The block device mounted at target (its loop device). */
async function loopDeviceOf(host: Host, target: string): Promise<string> {
  const m = (await mountTable(host)).find((e) => e.point === target && e.source.startsWith("/dev/loop"));
  if (!m) throw new Error(`${target} is not mounted from a loop device`);
  return m.source;
}

/** The size of the ext4 filesystem in an image, from its superblock (1024 bytes in): block count times block size. */
export async function filesystemBytes(image: string): Promise<number> {
  const sb = Buffer.alloc(1024);
  const fh = await fs.open(image, "r");
  try {
    await fh.read(sb, 0, 1024, 1024);
  } finally {
    await fh.close();
  }
  if (sb.readUInt16LE(0x38) !== 0xef53) throw new Error(`${image} holds no ext4 filesystem`);
  const is64 = (sb.readUInt32LE(0x60) & 0x80) !== 0; // INCOMPAT_64BIT: the count's high half is used
  const blocks = sb.readUInt32LE(0x04) + (is64 ? sb.readUInt32LE(0x150) * 2 ** 32 : 0);
  return blocks * (1024 << sb.readUInt32LE(0x18));
}

/** For `paddock list`: whether the declared size is exceeded. */
export function overSize(v: VolumeOutputs): boolean {
  return v.size !== undefined && v.usedBytes > parseBytes(v.size);
}
