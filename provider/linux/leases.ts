import { constants as fsc, promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { hasEntries } from "./paths";

/**
 * A lease is a file named after the thing leased (an address, a CPU), created
 * with O_EXCL and holding its holder's name: two creates at once, in this
 * process or another, can never both take it. Used for addresses and dedicated CPUs.
 */
export async function takeLease(host: Host, file: string, holder: string): Promise<boolean> {
  try {
    const fh = await fs.open(file, fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY, 0o644);
    await fh.writeFile(`${holder}\n`);
    await fh.close();
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return (await leaseHolder(host, file)) === holder; // ours already (a retry)
  }
}

export async function leaseHolder(host: Host, file: string): Promise<string | undefined> {
  return (await host.readFile(file))?.trim();
}

/** Gives the lease back, only if holder has it. */
export async function releaseLease(host: Host, file: string, holder: string): Promise<void> {
  if ((await leaseHolder(host, file)) === holder) await fs.rm(file, { force: true });
}

/** The names of the leases in dir (those starting with prefix, when given), with their holders. */
export async function leasesIn(host: Host, dir: string, prefix = ""): Promise<{ name: string; holder: string }[]> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith(".") && n.startsWith(prefix)).sort();
  return Promise.all(names.map(async (name) => ({ name, holder: (await leaseHolder(host, path.join(dir, name))) ?? "" })));
}

/*
 * What each holder has leased in a directory, kept in the directory as
 * `.held/<holder>`: one lease name per line, written before the lease is taken
 * and removed after it is given back. Giving back everything a unit holds then
 * reads one small file instead of every lease in the directory (a thousand
 * units' deletes would read a million lease files). `.held/.complete` says every
 * lease in the directory is noted; a directory of leases taken before these
 * notes (an older Paddock) gets them written once, from its leases, by the first
 * noted lease taken there, and until then a holder's leases are found by reading
 * every lease.
 */
const heldDir = (dir: string) => path.join(dir, ".held");
const noteOf = (dir: string, holder: string) => path.join(heldDir(dir), encodeURIComponent(holder));
const COMPLETE = ".complete";

async function readNote(dir: string, holder: string): Promise<string[] | undefined> {
  const text = await fs.readFile(noteOf(dir, holder), "utf8").catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? undefined : Promise.reject(e)));
  return text?.split("\n").filter(Boolean);
}

async function writeNote(dir: string, holder: string, names: readonly string[]): Promise<void> {
  const unique = [...new Set(names)];
  if (unique.length === 0) await fs.rm(noteOf(dir, holder), { force: true });
  else await fs.writeFile(noteOf(dir, holder), unique.map((n) => `${n}\n`).join(""));
}

/** Makes dir/.held, noting the leases already there when the directory had leases before notes (once). */
async function ensureNotes(host: Host, dir: string): Promise<void> {
  if (await fs.access(path.join(heldDir(dir), COMPLETE)).then(() => true, () => false)) return;
  await fs.mkdir(dir, { recursive: true });
  const made = await fs.mkdir(heldDir(dir)).then(() => true, (e: NodeJS.ErrnoException) => (e.code === "EEXIST" ? false : Promise.reject(e)));
  // Only the create that made .held notes what was there; the others find .complete soon, and meanwhile read every lease.
  if (!made) return;
  for (const l of await leasesIn(host, dir)) if (l.holder) await fs.appendFile(noteOf(dir, l.holder), `${l.name}\n`);
  await fs.writeFile(path.join(heldDir(dir), COMPLETE), "");
}

/** takeLease, noted under the holder first, so what the holder has is one file's read away. */
export async function takeNotedLease(host: Host, dir: string, name: string, holder: string): Promise<boolean> {
  await ensureNotes(host, dir);
  await fs.appendFile(noteOf(dir, holder), `${name}\n`);
  if (await takeLease(host, path.join(dir, name), holder)) return true;
  await writeNote(dir, holder, ((await readNote(dir, holder)) ?? []).filter((n) => n !== name));
  return false;
}

/** Gives back one noted lease (only if holder has it). */
export async function releaseNotedLease(host: Host, dir: string, name: string, holder: string): Promise<void> {
  await releaseLease(host, path.join(dir, name), holder);
  const note = await readNote(dir, holder);
  if (note) await writeNote(dir, holder, note.filter((n) => n !== name));
  await tidyNotes(dir);
}

/**
 * Gives back every lease holder has in dir but those keep(name) keeps: read from
 * its note, or from every lease where the directory's leases are not all noted.
 */
export async function releaseHeld(host: Host, dir: string, holder: string, keep: (name: string) => boolean = () => false): Promise<void> {
  const complete = await fs.access(path.join(heldDir(dir), COMPLETE)).then(() => true, () => false);
  const note = complete ? ((await readNote(dir, holder)) ?? []) : (await leasesIn(host, dir)).filter((l) => l.holder === holder).map((l) => l.name);
  for (const name of note) if (!keep(name)) await releaseLease(host, path.join(dir, name), holder);
  if (complete || (await readNote(dir, holder))) await writeNote(dir, holder, note.filter(keep));
  await tidyNotes(dir);
}

/**
 * A directory whose last lease is given back keeps no notes, so it can be removed
 * when empty. Each look stops at the first entry that is a lease (or a note): a
 * release does not list a directory of a thousand leases.
 */
async function tidyNotes(dir: string): Promise<void> {
  if (await hasEntries(dir, [".held"])) return;
  if (!(await hasEntries(heldDir(dir), [COMPLETE]))) await fs.rm(heldDir(dir), { recursive: true, force: true });
}
