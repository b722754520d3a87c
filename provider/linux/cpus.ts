import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { formatCpuset, parseCpuset } from "../core/quantity";
import { leasesIn, releaseLease, takeLease } from "./leases";

/**
 * Dedicated CPUs (a zone's dedicated-cpu): each host CPU is a lease under the
 * state root, held by at most one zone.
 */
const dir = (stateRoot: string) => path.join(stateRoot, "cpus");

async function online(host: Host): Promise<number[]> {
  return parseCpuset((await host.readFile("/sys/devices/system/cpu/online"))?.trim() || "0");
}

async function held(host: Host, stateRoot: string, owner: string): Promise<number[]> {
  return (await leasesIn(host, dir(stateRoot))).filter((l) => l.holder === owner).map((l) => Number(l.name)).sort((a, b) => a - b);
}

/** The CPUs leased to owner now, as a cpuset list ("" for none). */
export async function leasedCpus(host: Host, stateRoot: string, owner: string): Promise<string> {
  return formatCpuset(await held(host, stateRoot, owner));
}

/** Leases exactly n CPUs to owner (keeping those it has), or fails naming who holds the rest; a failure leases nothing new. */
export async function leaseCpus(host: Host, stateRoot: string, owner: string, n: number): Promise<string> {
  await fs.mkdir(dir(stateRoot), { recursive: true });
  const have = await held(host, stateRoot, owner);
  const taken: number[] = [];
  const cpus = await online(host);
  for (const cpu of cpus) {
    if (have.length + taken.length >= n) break;
    if (!have.includes(cpu) && (await takeLease(host, path.join(dir(stateRoot), String(cpu)), owner))) taken.push(cpu);
  }
  const all = [...have, ...taken].sort((a, b) => a - b);
  if (all.length < n) {
    for (const cpu of taken) await releaseLease(host, path.join(dir(stateRoot), String(cpu)), owner);
    const holders = (await leasesIn(host, dir(stateRoot))).map((l) => `cpu ${l.name} -> ${l.holder}`);
    throw new Error(`dedicatedCpu.ncpus: ${n} CPU(s) asked, only ${all.length} free of ${cpus.length} on this host (${holders.join(", ")})`);
  }
  // Give back any beyond n (the zone asked for fewer than before).
  for (const cpu of all.slice(n)) await releaseLease(host, path.join(dir(stateRoot), String(cpu)), owner);
  return formatCpuset(all.slice(0, n));
}

export async function releaseCpus(host: Host, stateRoot: string, owner: string): Promise<void> {
  for (const cpu of await held(host, stateRoot, owner)) await releaseLease(host, path.join(dir(stateRoot), String(cpu)), owner);
}
