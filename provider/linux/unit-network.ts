import { promises as fs, mkdirSync } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { ContainerOutputs, ContainerSpec, ownNetns } from "../core/spec";
import { exists, unitPaths } from "./paths";
import { addUnitNetns, giveToUnit } from "./idmap";
import { netnsName } from "./names";
import { observedPorts } from "../core/port-rules";
import { deletePortTable, leaseAddress, loadNetwork, observedAddress, plumbUnit, readPortTable, releaseAddress, unplumbUnit } from "./network";

/** A unit's place on a Network: its lease, its plumbed netns, its /etc files. The lifecycle in container.ts calls these. */

/**
 * Keeps, moves or repairs the unit's network attachment. The lease is kept
 * while the unit stays on the same network with the same (or no) declared
 * address; the netns is rebuilt when a restart asks or when it was lost.
 * With the pid of the running init, the address is read from its /proc.
 */
export async function reattach(host: Host, spec: ContainerSpec, olds: ContainerOutputs, rebuild: boolean, pid?: number): Promise<string> {
  const old = olds.network ?? { mode: "none" };
  const leased = olds.address ?? "";
  const want = spec.network;
  const sameLease = leased !== "" && want.mode === "bridge" && want.network === old.network && (want.address === undefined || want.address === leased);
  if (!sameLease && leased && old.network) {
    await unplumbUnit(host, spec.stateRoot, spec.name);
    await deletePortTable(host, spec.stateRoot, spec.name);
    await releaseAddress(host, spec.stateRoot, old.network, leased, spec.name);
  }
  if (want.mode !== "bridge") {
    if (old.mode === "bridge" || !ownNetns(spec)) await unplumbUnit(host, spec.stateRoot, spec.name);
    await ensureLoneNetns(host, spec);
    return "";
  }
  const net = await loadNetwork(host, spec.stateRoot, want.network!);
  const address = sameLease ? leased : await leaseAddress(host, net, spec.name, want.address);
  if (rebuild || (await observedAddress(host, spec.stateRoot, spec.name, pid)) !== address) {
    await unplumbUnit(host, spec.stateRoot, spec.name);
    await plumb(host, spec, address);
  }
  return address;
}

/**
 * The unit's address as its netns really has it, and the port forwards whose
 * rules are really in its table (a rule deleted by hand drops its forward out;
 * one added by hand to our table shows up), so the next diff shows the drift.
 */
export async function observedNetwork(host: Host, olds: ContainerOutputs, pid?: number): Promise<Pick<ContainerOutputs, "network" | "address" | "ports">> {
  if (olds.network?.mode !== "bridge") return { network: olds.network, address: olds.address ?? "", ports: olds.ports ?? [] };
  const address = await observedAddress(host, olds.stateRoot, olds.name, pid);
  let ports = olds.ports ?? [];
  if (ports.length > 0) {
    const table = await readPortTable(host, olds.stateRoot, olds.name);
    ports = table === undefined ? [] : observedPorts(ports, olds.address ?? "", table);
  }
  const network = address === undefined ? { mode: "bridge" as const, network: olds.network.network } : { ...olds.network, address };
  return { network, address: address ?? "", ports };
}

/**
 * A unit in a user namespace with no network (mode "none") gets a network
 * namespace with only lo, made by Paddock inside its user namespace like one on a
 * Network (see ownNetns), unless it has it already. Nothing for any other unit.
 */
export async function ensureLoneNetns(host: Host, spec: ContainerSpec): Promise<void> {
  if (!ownNetns(spec) || spec.network.mode !== "none") return;
  const ns = netnsName(spec.stateRoot, spec.name);
  if (await exists(`/run/netns/${ns}`)) return;
  await addUnitNetns(host, ns, { lowPorts: false, userns: { idMap: spec.idMap!, file: unitPaths(spec.stateRoot, spec.name).userns } });
  await host.run(["ip", "-n", ns, "link", "set", "lo", "up"]);
}

export async function plumb(host: Host, spec: ContainerSpec, address: string): Promise<void> {
  const net = await loadNetwork(host, spec.stateRoot, spec.network.network!);
  await plumbUnit(host, spec.stateRoot, spec.name, net, address, spec.idMap);
}

/** The spec with the unit's leased address recorded, so later diffs and restarts keep it. */
export function withAddress(spec: ContainerSpec, address: string): ContainerSpec {
  return address ? { ...spec, network: { ...spec.network, address } } : spec;
}

/**
 * Writes the unit's identity files into its upper layer (never into the shared
 * base). A file that already says what it should is left alone: a live update
 * of a limit rewrote both on every unit, ~150 µs each on ext4 against a 15 µs read.
 */
export async function writeEtc(host: Host, spec: ContainerSpec, address: string): Promise<void> {
  // A root used directly (a jail's path) is its owner's: Paddock writes nothing into it.
  if (spec.engine?.rootDir) return;
  const etc = path.join(unitPaths(spec.stateRoot, spec.name).upper, "etc");
  const made = mkdirSync(etc, { recursive: true, mode: 0o755 });
  const short = spec.hostname.split(".")[0];
  const self = address ? `${address}\t${spec.hostname}${short !== spec.hostname ? ` ${short}` : ""}\n` : `127.0.1.1\t${spec.hostname}\n`;
  const files: [string, string][] = [
    ["hostname", `${spec.hostname}\n`],
    ["hosts", `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n${self}`],
  ];
  if (spec.dns) {
    const lines = [...spec.dns.nameservers.map((n) => `nameserver ${n}`), ...(spec.dns.search.length ? [`search ${spec.dns.search.join(" ")}`] : [])];
    files.push(["resolv.conf", `${lines.join("\n")}\n`]);
  }
  const written: string[] = made ? [etc] : [];
  for (const [name, text] of files) {
    const file = path.join(etc, name);
    if ((await host.readFile(file)) === text) continue;
    await host.writeFile(file, text);
    written.push(file);
  }
  // In a user namespace the unit's root owns them, as it would had it written them.
  await giveToUnit(spec.idMap, written);
}

/**
 * A bridged unit's address as its /etc/hosts names it (written by writeEtc): for
 * units made before records held their spec. "" when it has none (loopback names).
 */
export async function addressInEtcHosts(host: Host, upper: string): Promise<string> {
  const hosts = (await host.readFile(path.join(upper, "etc/hosts"))) ?? "";
  const address = /^(\d+\.\d+\.\d+\.\d+)\t/m.exec(hosts.split("\n").slice(2).join("\n"))?.[1] ?? "";
  return address.startsWith("127.") ? "" : address;
}

