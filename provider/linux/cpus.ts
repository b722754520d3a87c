import { constants as fsc, promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { formatCpuset, parseCpuset } from "../core/quantity";

/**
 * Dedicated CPUs (a zone's dedicated-cpu): each host CPU is leased to at most one
 * zone, as a file created with O_EXCL under the state root, so two zones
 * created at once can never both get it.
 */
function dir(stateRoot: string): string {
  return path.join(stateRoot, "cpus");
}

async function online(host: Host): Promise<number[]> {
  return parseCpuset((await host.readFile("/sys/devices/system/cpu/online"))?.trim() || "0");
}

/** The CPUs leased to owner now, as a cpuset list ("" for none). */
export async function leasedCpus(host: Host, stateRoot: string, owner: string): Promise<string> {
  const mine: number[] = [];
  for (const f of await fs.readdir(dir(stateRoot)).catch(() => [] as string[])) {
    if ((await host.readFile(path.join(dir(stateRoot), f)))?.trim() === owner) mine.push(Number(f));
  }
  return formatCpuset(mine.sort((a, b) => a - b));
}

/** Leases exactly n CPUs to owner (keeping those it has), or fails naming who holds the rest; a failure leases nothing new. */
export async function leaseCpus(host: Host, stateRoot: string, owner: string, n: number): Promise<string> {
  await fs.mkdir(dir(stateRoot), { recursive: true });
  const current = await leasedCpus(host, stateRoot, owner);
  const have = current ? parseCpuset(current) : [];
  const taken: number[] = [];
  for (const cpu of await online(host)) {
    if (have.length + taken.length >= n) break;
    if (have.includes(cpu)) continue;
    try {
      const fh = await fs.open(path.join(dir(stateRoot), String(cpu)), fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY, 0o644);
      await fh.writeFile(`${owner}\n`);
      await fh.close();
      taken.push(cpu);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  const all = [...have, ...taken].sort((a, b) => a - b);
  if (all.length < n) {
    for (const cpu of taken) await fs.rm(path.join(dir(stateRoot), String(cpu)), { force: true });
    const holders = await Promise.all((await fs.readdir(dir(stateRoot))).sort().map(async (f) => `cpu ${f} -> ${(await host.readFile(path.join(dir(stateRoot), f)))?.trim()}`));
    const cpus = await online(host);
    throw new Error(`dedicatedCpu.ncpus: ${n} CPU(s) asked, only ${have.length + taken.length} free of ${cpus.length} on this host (${holders.join(", ")})`);
  }
  // Give back any beyond n (the zone asked for fewer than before).
  for (const cpu of all.slice(n)) await fs.rm(path.join(dir(stateRoot), String(cpu)), { force: true });
  return formatCpuset(all.slice(0, n));
}

export async function releaseCpus(host: Host, stateRoot: string, owner: string): Promise<void> {
  for (const f of await fs.readdir(dir(stateRoot)).catch(() => [] as string[])) {
    if ((await host.readFile(path.join(dir(stateRoot), f)))?.trim() === owner) await fs.rm(path.join(dir(stateRoot), f), { force: true });
  }
}
