import { constants as fsc, promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";

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

/** The names of the leases in dir, with their holders. */
export async function leasesIn(host: Host, dir: string): Promise<{ name: string; holder: string }[]> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).sort();
  return Promise.all(names.map(async (name) => ({ name, holder: (await leaseHolder(host, path.join(dir, name))) ?? "" })));
}
