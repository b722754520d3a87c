/**
 * Copying a directory tree from one host's engine to another's, through the
 * provider, which holds a connection to each (a unit's own layer, a volume's
 * data, when they move). The engine on each side does its half as whole
 * operations on plain JSON: the target lists what it has (scan), the source packs
 * only what differs into a tar file of its own (pack), the provider carries it
 * over in pieces (read, write), and the target unpacks it and removes what the
 * source no longer has (unpack). A second pass after the source stops copies only
 * what changed since the first, so a moving unit is down for that alone.
 *
 * tar (GNU, argument arrays) keeps what a layer needs: owners by number, modes,
 * times to the nanosecond (posix format), hard links, sparse files, and the
 * `trusted.*` extended attributes and whiteout devices of an overlay upper layer.
 */
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { removeIfEmpty, unitPaths, volumePaths } from "./paths";
import { unmountAll } from "./mounts";

/** A tree the transfer may read or write, named by what it is under a state root (never a free path). */
export type Where =
  | { readonly stateRoot: string; readonly layer: string }
  | { readonly stateRoot: string; readonly incoming: string }
  | { readonly stateRoot: string; readonly volume: string };

/** Ids to move from one user-id range to another (a unit's own layer holds its ids as host ids). */
export interface Shift {
  readonly from: number;
  readonly to: number;
  readonly size: number;
}

/** What one entry is, as compared between the two sides: type, size, mtime (ns), mode, uid, gid, link target. */
export type Entry = [string, number, string, number, number, number, string];
/** Every entry of a tree by its path relative to the tree's root ("." is the root). */
export type Manifest = Record<string, Entry>;

export interface Packed {
  readonly token: string;
  readonly bytes: number;
  /** Entries packed. */
  readonly entries: number;
  /** Paths the target has that the source does not. */
  readonly removed: string[];
}

/** Bytes per read or write: a few MiB keeps each message small and the round trips few. */
export const CHUNK_BYTES = 4 << 20;

/** Where a staged layer waits on the target until the unit's create takes it. */
export function incomingPaths(stateRoot: string, unit: string) {
  const dir = path.join(stateRoot, "incoming", unit);
  return { dir, upper: path.join(dir, "upper") };
}

export function dirOf(w: Where): string {
  if ("layer" in w) return unitPaths(w.stateRoot, safeName(w.layer)).upper;
  if ("incoming" in w) return incomingPaths(w.stateRoot, safeName(w.incoming)).upper;
  return volumePaths(w.stateRoot, safeName(w.volume)).data;
}

function safeName(n: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(n) || n.includes("..")) throw new Error(`transfer: \`${n}\` is not a unit or volume name`);
  return n;
}

const spool = (stateRoot: string) => path.join(stateRoot, "transfer");
function spoolFile(stateRoot: string, token: string): string {
  if (!/^[0-9a-f]{32}$/.test(token)) throw new Error("transfer: not a transfer token");
  return path.join(spool(stateRoot), `${token}.tar`);
}

const inRange = (id: number, from: number, size: number) => id >= from && id < from + size;
/** An id as the other side has it: a range's ids move with the range, every other id stays. */
const shifted = (id: number, s: Shift | undefined, back = false): number => {
  if (!s) return id;
  const [a, b] = back ? [s.to, s.from] : [s.from, s.to];
  return inRange(id, a, s.size) ? id - a + b : id;
};

/** The manifest of the tree at w ({} when it is not there); with shift, ids as the source has them. */
export async function scanTree(w: Where, shift?: Shift): Promise<Manifest> {
  const root = dirOf(w);
  const out: Manifest = {};
  const walk = async (rel: string): Promise<void> => {
    const full = rel === "." ? root : path.join(root, rel);
    const st = await fs.lstat(full, { bigint: true });
    const type = st.isDirectory() ? "d" : st.isSymbolicLink() ? "l" : st.isFile() ? "f" : st.isCharacterDevice() ? `c${st.rdev}` : st.isBlockDevice() ? `b${st.rdev}` : st.isFIFO() ? "p" : "s";
    const link = type === "l" ? await fs.readlink(full) : "";
    out[rel] = [type, type === "f" ? Number(st.size) : 0, type === "d" ? "" : String(st.mtimeNs), Number(st.mode & 0o7777n), shifted(Number(st.uid), shift, true), shifted(Number(st.gid), shift, true), link];
    if (type === "d") for (const name of await fs.readdir(full)) await walk(rel === "." ? name : path.join(rel, name));
  };
  if (!(await fs.lstat(root).then((s) => s.isDirectory(), () => false))) return out;
  await walk(".");
  return out;
}

/**
 * Packs what differs from `have` (the target's manifest in this side's ids) into a
 * spool file under the state root, and names what the target has to remove.
 * lenient: the tree may change while it is read (its unit runs; a later copy follows).
 */
export async function packTree(host: Host, w: Where, have: Manifest, lenient: boolean): Promise<Packed> {
  const mine = await scanTree(w);
  // A directory's mtime is not compared (the manifest leaves it out): its entries' changes change it.
  const differs = (rel: string) => {
    const a = mine[rel];
    const b = have[rel];
    return !b || a.some((v, i) => v !== b[i]);
  };
  const removed = Object.keys(have).filter((rel) => !mine[rel] || mine[rel][0] !== have[rel][0]);
  return { ...(await packEntries(host, w, Object.keys(mine).filter(differs), lenient)), removed };
}

/** Packs the listed entries of the tree into a new spool file; never through a link in their paths. */
export async function packEntries(host: Host, w: Where, list: readonly string[], lenient: boolean): Promise<Omit<Packed, "removed">> {
  const token = randomBytes(16).toString("hex");
  const file = spoolFile(w.stateRoot, token);
  const view = viewOf(w.stateRoot, token);
  await fs.mkdir(view, { recursive: true, mode: 0o700 });
  try {
    try {
      // The unit may still run and swap a directory for a link to a host path between the listing and
      // tar's read: tar reads through a view of the tree where no link is followed (nosymfollow), read-only.
      await host.run(["mount", "--bind", dirOf(w), view]);
      await host.run(["mount", "-o", "remount,bind,ro,nosymfollow", view]);
      // lenient, exit 1: a file changed while tar read it; the copy after the unit's stop brings it whole.
      await host.run([...tarCreate(file, view, lenient)], { input: list.map((p) => `${p}\0`).join(""), timeoutMs: 30 * 60_000, okExitCodes: lenient ? [1] : [] });
    } finally {
      await unmountAll(host, view);
      await fs.rmdir(view);
    }
  } catch (e) {
    await dropSpool(w.stateRoot, token);
    throw e;
  }
  return { token, bytes: (await fs.stat(file)).size, entries: list.length };
}

const viewOf = (stateRoot: string, token: string) => `${spoolFile(stateRoot, token)}.view`;

function tarCreate(file: string, dir: string, lenient: boolean): string[] {
  // lenient: an entry the running unit removed since the listing (or made unreadable through a link) is left out; the next copy settles it.
  const skip = lenient ? ["--ignore-failed-read", "--warning=no-failed-read"] : [];
  return ["tar", "--create", `--file=${file}`, `--directory=${dir}`, "--format=posix", "--numeric-owner", "--xattrs", "--xattrs-include=*", "--acls", "--sparse", "--no-recursion", ...skip, "--null", "--verbatim-files-from", "--files-from=-"];
}

/** A piece of a spool file, base64. */
export async function readSpool(stateRoot: string, token: string, offset: number, length: number): Promise<{ data: string }> {
  const f = await fs.open(spoolFile(stateRoot, token), "r");
  try {
    const buf = Buffer.alloc(Math.min(length, CHUNK_BYTES));
    const { bytesRead } = await f.read(buf, 0, buf.length, offset);
    return { data: buf.subarray(0, bytesRead).toString("base64") };
  } finally {
    await f.close();
  }
}

/** Writes a piece into this side's spool file (made at offset 0). */
export async function writeSpool(stateRoot: string, token: string, offset: number, data: string): Promise<void> {
  const file = spoolFile(stateRoot, token);
  if (offset === 0) await fs.mkdir(spool(stateRoot), { recursive: true, mode: 0o700 });
  const f = await fs.open(file, offset === 0 ? "w" : "r+", 0o600);
  try {
    const buf = Buffer.from(data, "base64");
    await f.write(buf, 0, buf.length, offset);
  } finally {
    await f.close();
  }
}

/** Removes a spool file; the spool directory goes with its last one. */
export async function dropSpool(stateRoot: string, token: string): Promise<void> {
  await fs.rm(spoolFile(stateRoot, token), { force: true });
  await removeIfEmpty(spool(stateRoot));
}

/**
 * Unpacks a spool file into the tree at w: first what the source no longer has
 * goes, then the packed entries come in with their owners (moved into the
 * target's range with shift), modes, times and attributes.
 */
export async function unpackTree(host: Host, w: Where, token: string, removed: readonly string[], bytes: number, shift?: Shift): Promise<void> {
  const root = dirOf(w);
  const file = spoolFile(w.stateRoot, token);
  try {
    const have = (await fs.stat(file)).size;
    if (have !== bytes) throw new Error(`transfer: the copy arrived with ${have} of ${bytes} bytes`);
    await fs.mkdir(root, { recursive: true, mode: 0o755 });
    // Deepest first; each path is checked to stay inside the tree.
    for (const rel of [...removed].sort((a, b) => b.length - a.length)) await fs.rm(inside(root, rel), { recursive: true, force: true });
    await host.run(["tar", "--extract", `--file=${file}`, `--directory=${root}`, "--numeric-owner", "--same-owner", "--same-permissions", "--xattrs", "--xattrs-include=*", "--acls", "--overwrite", "--delay-directory-restore"], { timeoutMs: 30 * 60_000 });
    // Over the whole tree: entries moved before are in the new range already, so this is idempotent.
    if (shift && shift.from !== shift.to) await shiftTree(root, shift);
  } finally {
    await dropSpool(w.stateRoot, token);
  }
}

async function shiftTree(p: string, s: Shift): Promise<void> {
  const st = await fs.lstat(p);
  if (st.isDirectory()) for (const name of await fs.readdir(p)) await shiftTree(path.join(p, name), s);
  const uid = shifted(st.uid, s);
  const gid = shifted(st.gid, s);
  if (uid === st.uid && gid === st.gid) return;
  // lchown clears set-id bits on files: put the mode back.
  await fs.lchown(p, uid, gid);
  if (!st.isSymbolicLink() && (st.mode & 0o6000) !== 0) await fs.chmod(p, st.mode & 0o7777);
}

function inside(root: string, rel: string): string {
  const full = path.resolve(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) throw new Error(`transfer: \`${rel}\` is outside the tree`);
  return full;
}
