import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { wrapError } from "../host/host";
import { parseBytes } from "../core/quantity";
import { STATE_VERSION } from "../core/spec";
import { statePaths, volumePaths } from "./paths";

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
  /** Whether the filesystem enforces size; when false, size is only recorded and reported. */
  readonly quotaEnforced: boolean;
  readonly stateVersion: number;
}

/** Makes the volume's data directory. An existing one of the same name is adopted with its data: volumes hold data. */
export async function createVolume(host: Host, spec: VolumeSpec): Promise<VolumeOutputs> {
  const p = volumePaths(spec.stateRoot, spec.name);
  try {
    await fs.mkdir(p.data, { recursive: true, mode: 0o755 });
    await host.writeFileAtomic(p.record, JSON.stringify(spec, null, 2));
    return await observe(host, spec);
  } catch (e) {
    throw wrapError(`create volume \`${spec.name}\``, e);
  }
}

export async function updateVolume(host: Host, spec: VolumeSpec): Promise<VolumeOutputs> {
  await host.writeFileAtomic(volumePaths(spec.stateRoot, spec.name).record, JSON.stringify(spec, null, 2));
  return observe(host, spec);
}

/** Refuses while a unit mounts it (naming the units); otherwise removes it with its data. Gone is success. */
export async function deleteVolume(host: Host, olds: VolumeOutputs): Promise<void> {
  const p = volumePaths(olds.stateRoot, olds.name);
  try {
    const users = await volumeUsers(host, olds.stateRoot, p.data);
    if (users.length > 0) {
      throw new Error(`units still mount it: ${users.join(", ")}; remove the mount or the units first (its data is kept)`);
    }
    await fs.rm(p.dir, { recursive: true, force: true });
  } catch (e) {
    throw wrapError(`delete volume \`${olds.name}\``, e);
  }
}

export async function readVolume(host: Host, olds: VolumeOutputs): Promise<VolumeOutputs | undefined> {
  if (!(await fs.access(volumePaths(olds.stateRoot, olds.name).data).then(() => true, () => false))) return undefined;
  return observe(host, olds);
}

/** Units whose bundle mounts this data directory: the real state, read from their config.json. */
export async function volumeUsers(host: Host, stateRoot: string, data: string): Promise<string[]> {
  const units = await fs.readdir(statePaths(stateRoot).units).catch(() => [] as string[]);
  const users: string[] = [];
  for (const u of units.sort()) {
    const text = await host.readFile(path.join(statePaths(stateRoot).units, u, "config.json"));
    if (!text) continue;
    const mounts = (JSON.parse(text) as { mounts?: { source?: string }[] }).mounts ?? [];
    if (mounts.some((m) => m.source === data)) users.push(u);
  }
  return users;
}

async function observe(host: Host, spec: VolumeSpec): Promise<VolumeOutputs> {
  const p = volumePaths(spec.stateRoot, spec.name);
  const du = await host.run(["du", "-sb", p.data]);
  const usedBytes = Number(du.stdout.split(/\s/)[0]);
  return { ...spec, path: p.data, usedBytes, quotaEnforced: false, stateVersion: STATE_VERSION };
}

/** For `paddock list`: whether the declared size is exceeded. */
export function overSize(v: VolumeOutputs): boolean {
  return v.size !== undefined && v.usedBytes > parseBytes(v.size);
}
