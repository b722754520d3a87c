/**
 * Host ports that units forward. A forward would silently take the traffic of
 * a host service listening on the same port, or of another unit's forward, so
 * each is held like an address: a lease file per protocol, port and address
 * under the state root, taken under one lock per protocol and port (a wildcard
 * and a specific address of the same port are judged together), after the
 * host's listening sockets are checked.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import type { PortSpec } from "../core/spec";
import { leasesIn, releaseHeld, releaseNotedLease, takeNotedLease } from "./leases";
import { statePaths } from "./paths";

const WILDCARDS = new Set(["0.0.0.0", "::"]);
const dirOf = (stateRoot: string) => path.join(stateRoot, "ports");
const prefixOf = (f: PortSpec) => `${f.protocol}-${f.hostPort}-`;
const leaseName = (f: PortSpec) => `${prefixOf(f)}${f.hostAddress}`;
const show = (f: PortSpec) => `${f.hostAddress}:${f.hostPort}/${f.protocol}`;

function clash(a: string, b: string): boolean {
  return a === b || WILDCARDS.has(a) || WILDCARDS.has(b);
}

/**
 * Holds the unit's host ports, or throws naming the forward and whoever has
 * the port (another unit, or a process listening on the host). Takes nothing
 * if it throws. property(i) names the i-th forward in the kind's own words.
 */
export async function holdPorts(host: Host, stateRoot: string, unit: string, ports: readonly PortSpec[], property: (i: number) => string): Promise<void> {
  const dir = dirOf(stateRoot);
  const taken: PortSpec[] = [];
  try {
    for (const [i, f] of ports.entries()) {
      await fs.mkdir(dir, { recursive: true });
      await host.withLock(path.join(statePaths(stateRoot).locks, `port-${f.protocol}-${f.hostPort}.lock`), async () => {
        // Only this port's leases are read: one per address it is forwarded from, not one per forward on the host.
        const other = (await leasesIn(host, dir, prefixOf(f))).find((l) => l.holder !== unit && clash(l.name.slice(prefixOf(f).length), f.hostAddress));
        if (other) {
          throw new Error(`${property(i)}: ${show(f)} is already forwarded to unit \`${other.holder}\` (${other.name.slice(prefixOf(f).length)}:${f.hostPort}): two forwards cannot share a host port; choose another hostPort`);
        }
        const listener = await listenerOn(host, f);
        if (listener) {
          throw new Error(`${property(i)}: ${show(f)} is where ${listener} listens on this host: a forward there would take its traffic; choose another hostPort`);
        }
        if (await takeNotedLease(host, dir, leaseName(f), unit)) taken.push(f);
      });
    }
  } catch (e) {
    for (const f of taken) await releaseNotedLease(host, dir, leaseName(f), unit);
    throw e;
  }
}

/** Gives back the unit's host ports, but for those it keeps. */
export async function releasePorts(host: Host, stateRoot: string, unit: string, keep: readonly PortSpec[] = []): Promise<void> {
  const kept = new Set(keep.map(leaseName));
  await releaseHeld(host, dirOf(stateRoot), unit, (name) => kept.has(name));
}

/** "sshd (pid 412)" when a socket of the host listens where the forward would be; undefined when none does. */
async function listenerOn(host: Host, f: PortSpec): Promise<string | undefined> {
  const tables = f.protocol === "tcp" ? ["tcp", "tcp6"] : ["udp", "udp6"];
  for (const t of tables) {
    const text = (await host.readFile(`/proc/net/${t}`)) ?? "";
    for (const line of text.split("\n").slice(1)) {
      const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
      if (!local || (f.protocol === "tcp" && state !== "0A")) continue; // TCP: LISTEN only; UDP: any bound socket
      const [addrHex, portHex] = local.split(":");
      if (parseInt(portHex, 16) !== f.hostPort) continue;
      const address = t.endsWith("6") ? ipv6Of(addrHex) : ipv4Of(addrHex);
      if (address === undefined || !clash(address, f.hostAddress)) continue;
      return await ownerOfSocket(host, inode);
    }
  }
  return undefined;
}

/** /proc/net/tcp writes an IPv4 address as one little-endian hex word. */
function ipv4Of(hex: string): string {
  const n = parseInt(hex, 16);
  return [0, 8, 16, 24].map((s) => (n >>> s) & 255).join(".");
}

/** The IPv6 addresses that matter here: the wildcard, and IPv4 ones mapped into IPv6 (others cannot meet an IPv4 forward). */
function ipv6Of(hex: string): string | undefined {
  if (/^0{32}$/.test(hex)) return "::";
  if (/^0{16}FFFF0000/i.test(hex)) return ipv4Of(hex.slice(24));
  return undefined;
}

async function ownerOfSocket(host: Host, inode: string): Promise<string> {
  const target = `socket:[${inode}]`;
  for (const pid of (await fs.readdir("/proc")).filter((d) => /^\d+$/.test(d))) {
    const fds = await fs.readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      if ((await fs.readlink(`/proc/${pid}/fd/${fd}`).catch(() => "")) === target) {
        const comm = ((await host.readFile(`/proc/${pid}/comm`).catch(() => undefined)) ?? "").trim();
        return `${comm || "a process"} (pid ${pid})`;
      }
    }
  }
  return "a process";
}
