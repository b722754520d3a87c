import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";

/** One line of a mountinfo file (proc(5)): where it is mounted, with which options, from what. */
export interface MountEntry {
  readonly point: string;
  readonly readOnly: boolean;
  readonly fstype: string;
  readonly source: string;
}

/** Parses a mountinfo file (/proc/<pid>/mountinfo), decoding the kernel's octal escapes (a space is \040). */
const decode = (field: string) => field.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));

export function parseMountinfo(text: string): MountEntry[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const f = line.split(" ");
      const dash = f.indexOf("-", 6); // optional fields end with a lone "-"
      return { point: decode(f[4]), readOnly: f[5].split(",").includes("ro"), fstype: f[dash + 1], source: decode(f[dash + 2] ?? "") };
    });
}

/** The mounts in this process's mount namespace. */
export async function mountTable(host: Host): Promise<MountEntry[]> {
  return parseMountinfo((await host.readFile("/proc/self/mountinfo")) ?? "");
}

/**
 * Mount points currently in this process's mount namespace. Only the point of
 * each line is taken, and decoded only where the kernel escaped something: the
 * table holds every unit's mounts, and a create reads it a few times.
 */
export async function listMountPoints(host: Host): Promise<string[]> {
  const text = (await host.readFile("/proc/self/mountinfo")) ?? "";
  const points: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    // The fifth field: after four spaces.
    let from = at;
    for (let k = 0; k < 4 && from >= 0; k++) from = text.indexOf(" ", from) + 1 || -1;
    if (from > 0 && from < end) {
      const to = text.indexOf(" ", from);
      const field = text.slice(from, to < 0 || to > end ? end : to);
      points.push(field.includes("\\") ? decode(field) : field);
    }
    at = end + 1;
  }
  return points;
}

export async function isMountPoint(host: Host, p: string): Promise<boolean> {
  return (await listMountPoints(host)).includes(p);
}

/**
 * Whether another filesystem is mounted at p (a sysfs, an overlay, a namespace
 * file, a loop-mounted image), told by p's device differing from its directory's:
 * no read of the mount table, which holds every unit's mounts. Not for binds of
 * the same filesystem (an idmapped mount of the base keeps its device): those need
 * the table.
 */
export async function hasOtherFilesystem(p: string): Promise<boolean> {
  const st = await fs.stat(p).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
  return st !== undefined && st.dev !== (await fs.stat(path.dirname(p))).dev;
}

export async function mountOverlay(host: Host, lower: string, upper: string, work: string, target: string): Promise<void> {
  await host.run(["mount", "-t", "overlay", "overlay", "-o", `lowerdir=${lower},upperdir=${upper},workdir=${work}`, target]);
}

/** Unmounts every mount at p (stacked mounts included); "not mounted" is success. */
export async function unmountAll(host: Host, p: string): Promise<void> {
  while (await isMountPoint(host, p)) {
    await host.run(["umount", p]);
  }
}

/**
 * Unmounts every mount at or below each of dirs, the deepest first and, among
 * equals, the newest first (an overlay before the idmapped lower layer it was
 * mounted on): one read of the mount table and one umount for all of them. The
 * mount table holds every unit's mounts, so reading it once per mount made each
 * unit's cost grow with the number of units on the host.
 */
export async function unmountUnder(host: Host, ...dirs: string[]): Promise<void> {
  const below = (await listMountPoints(host))
    .map((point, i) => ({ point, i, depth: point.split("/").length }))
    .filter(({ point }) => dirs.some((dir) => point === dir || point.startsWith(`${dir}/`)))
    .sort((a, b) => b.depth - a.depth || b.i - a.i);
  // A point mounted twice is listed twice: each umount takes the top one.
  if (below.length > 0) await host.run(["umount", ...below.map((m) => m.point)]);
}
