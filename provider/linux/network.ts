import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { succeededOrGone, wrapError } from "../host/host";
import { runSteps } from "../core/steps";
import { NetworkOutputs, NetworkSpec, STATE_VERSION } from "../core/network";
import { assignable, contains, formatIp, parseIp, parseSubnet, subnetSize } from "../core/ipv4";
import { IdMap, OWNER_KEY, PortSpec } from "../core/spec";
import { exists, networkPaths, statePaths, unitPaths } from "./paths";
import { addUnitNetns } from "./idmap";
import { netnsName, networkTable, unitTable, vethName } from "./names";
import { leaseHolder, leasesIn, releaseHeld, releaseNotedLease, takeNotedLease } from "./leases";
import { checkBridgeAndSubnet, linkExists, restoreFoundBridge } from "./bridge";

/** Every Paddock bridge joins this interface group, so isolation rules can say "any Paddock network" in one word. */
export const PADDOCK_IFGROUP = 28772; // "pd"


// ---- Networks -------------------------------------------------------------

/** What Paddock keeps of a network on the host: its outputs, who manages it, and whether its create finished. */
interface NetworkRecord extends NetworkOutputs {
  /** The managing resource's URN; absent in records of Paddock before 0.2. */
  readonly owner?: string;
  /** False until its create finished; absent before 0.2 (read as finished). */
  readonly complete?: boolean;
}

/**
 * Creates the bridge (or uses an existing bridge as found), gives it the gateway
 * address, and installs the network's nftables table. A network of the same
 * name is adopted when asked, removed when it is this resource's own unfinished
 * create, and refused otherwise.
 */
export async function createNetwork(host: Host, spec: NetworkSpec, owner: string, adopt = false): Promise<NetworkOutputs> {
  const p = networkPaths(spec.stateRoot, spec.name);
  try {
    return await host.withLock(path.join(statePaths(spec.stateRoot).locks, `network-${spec.name}.lock`), async () => {
      const rec = await readNetworkRecord(host, p.record);
      if (rec && adopt) return await adoptNetwork(host, spec, owner, rec);
      // This resource's own: an unfinished create is made again; a finished one the stack has no
      // record of (an interrupted run, a lost state) is taken back if it is what the program says.
      if (rec && rec.owner === owner && rec.complete === false) await deleteNetwork(host, rec);
      else if (rec && rec.owner === owner) return await adoptNetwork(host, spec, owner, rec);
      else if (rec) throw new Error(refusal(spec.name, rec.owner));
      await checkNoOverlap(host, spec);
      const found = await checkBridgeAndSubnet(host, spec);
      const bridgeExisted = found !== undefined;
      const outs: NetworkOutputs = { ...spec, bridgeCreated: !bridgeExisted, ...(found ? { bridgeFound: found } : {}), bridgeUp: true, stateVersion: STATE_VERSION };
      const record = (complete: boolean): NetworkRecord => ({ ...outs, owner, complete });
      await runSteps([
        {
          describe: `record network \`${p.record}\``,
          do: async () => {
            await fs.mkdir(p.leases, { recursive: true });
            await host.writeFileAtomic(p.record, JSON.stringify(record(false), null, 2));
          },
          undo: () => fs.rm(p.dir, { recursive: true, force: true }),
        },
        {
          describe: `set up bridge \`${spec.bridge}\``,
          do: () => setUpBridge(host, spec, !bridgeExisted),
          undo: () => (found ? restoreFoundBridge(host, spec, found) : host.run(["ip", "link", "del", spec.bridge]).then(() => undefined)),
        },
        {
          describe: `install nftables table \`${networkTable(spec.stateRoot, spec.name)}\``,
          do: () => writeNetworkTable(host, spec),
          undo: () => deleteTable(host, networkTable(spec.stateRoot, spec.name)),
        },
        { describe: "record the network as made", do: () => host.writeFileAtomic(p.record, JSON.stringify(record(true), null, 2)) },
      ]);
      return outs;
    });
  } catch (e) {
    throw wrapError(`create network \`${spec.name}\``, e);
  }
}

function refusal(name: string, holder: string | undefined): string {
  const adoptHint = "set `adopt: true` on the resource to bring it under this stack as it is, or remove it from the host first";
  return `a Paddock network named \`${name}\` already exists on this host (owned by ${holder ?? "a Paddock before 0.2, which recorded no owner"}): give this one another name, or ${adoptHint}`;
}

/** Takes over a network as it is: its bridge, subnet and gateway must be the program's; nat and isolated are applied live. */
async function adoptNetwork(host: Host, spec: NetworkSpec, owner: string, rec: NetworkRecord): Promise<NetworkOutputs> {
  const differs = (["bridge", "subnet", "gateway"] as const).filter((k) => rec[k] !== spec[k]);
  if (differs.length > 0) {
    const what = differs.map((k) => `${k} is ${rec[k]} there, ${spec[k]} in the program`).join("; ");
    throw new Error(`adopt: the network \`${spec.name}\` on this host differs from the program (${what}), which only a replacement can change: make the program match it, or remove it from the host first`);
  }
  const { owner: _was, complete: _c, ...outs } = rec;
  return await updateNetwork(host, spec, outs, owner);
}

async function readNetworkRecord(host: Host, file: string): Promise<NetworkRecord | undefined> {
  const text = await host.readFile(file);
  return text === undefined ? undefined : (JSON.parse(text) as NetworkRecord);
}

/** nat and isolated are live: the network's table is rewritten; the bridge and its units are untouched. */
export async function updateNetwork(host: Host, spec: NetworkSpec, olds: NetworkOutputs, owner: string): Promise<NetworkOutputs> {
  try {
    const outs: NetworkOutputs = { ...olds, ...spec, bridgeUp: true };
    await setUpBridge(host, spec, false);
    await writeNetworkTable(host, spec);
    const record: NetworkRecord = { ...outs, owner, complete: true };
    await host.writeFileAtomic(networkPaths(spec.stateRoot, spec.name).record, JSON.stringify(record, null, 2));
    return outs;
  } catch (e) {
    throw wrapError(`update network \`${spec.name}\``, e);
  }
}

/** Refuses while units hold addresses on it; removes the bridge only if Paddock made it. Gone is success. */
export async function deleteNetwork(host: Host, olds: NetworkOutputs): Promise<void> {
  const p = networkPaths(olds.stateRoot, olds.name);
  try {
    const rec = await readNetworkRecord(host, p.record);
    const owner = (olds as unknown as Record<string, unknown>)[OWNER_KEY];
    // Adopted by another stack since: that stack manages it now, and this one only forgets it.
    if (rec?.owner && owner && rec.owner !== owner) return;
    const leases = await leasesIn(host, p.leases);
    if (leases.length > 0) {
      const users = leases.map((l) => `${l.holder} (${l.name})`);
      throw new Error(`units still use it: ${users.join(", ")}; delete them or move them to another network first`);
    }
    await deleteTable(host, networkTable(olds.stateRoot, olds.name));
    if (olds.bridgeCreated) {
      if (await linkExists(host, olds.bridge)) await deleteLink(host, olds.bridge);
    } else if (olds.bridgeFound) {
      await restoreFoundBridge(host, olds, olds.bridgeFound);
    } else {
      await removeGateway(host, olds); // recorded before 0.2, which kept no more of how it was found
    }
    await fs.rm(p.dir, { recursive: true, force: true });
  } catch (e) {
    throw wrapError(`delete network \`${olds.name}\``, e);
  }
}

/** Undefined when the network is gone; else the outputs with bridgeUp as observed (bridge present, up, with the gateway address, and its table in place). */
export async function readNetwork(host: Host, olds: NetworkOutputs): Promise<NetworkOutputs | undefined> {
  if (!(await exists(networkPaths(olds.stateRoot, olds.name).record))) return undefined;
  const [addrs, table] = await Promise.all([linkAddresses(host, olds.bridge), tableExists(host, networkTable(olds.stateRoot, olds.name))]);
  const prefix = parseSubnet(olds.subnet).prefix;
  const up = addrs !== undefined && addrs.up && addrs.inet.includes(`${olds.gateway}/${prefix}`) && table;
  return { ...olds, bridgeUp: up };
}

/**
 * Puts a network back as its record says where the host lost it (a reboot takes
 * bridges and nftables tables): for a unit started by systemd at boot, before
 * any `pulumi up` has run. A network that is there is left as it is.
 */
export async function restoreNetwork(host: Host, stateRoot: string, name: string): Promise<void> {
  const spec = await loadNetwork(host, stateRoot, name);
  const seen = await readNetwork(host, { ...spec, bridgeUp: false } as NetworkOutputs);
  if (seen?.bridgeUp) return;
  await setUpBridge(host, spec, false);
  await writeNetworkTable(host, spec);
}

async function setUpBridge(host: Host, spec: NetworkSpec, create: boolean): Promise<void> {
  if (create || !(await linkExists(host, spec.bridge))) await host.run(["ip", "link", "add", "name", spec.bridge, "type", "bridge"]);
  const prefix = parseSubnet(spec.subnet).prefix;
  const have = await linkAddresses(host, spec.bridge);
  if (!have?.inet.includes(`${spec.gateway}/${prefix}`)) await host.run(["ip", "addr", "add", `${spec.gateway}/${prefix}`, "dev", spec.bridge]);
  await host.run(["ip", "link", "set", spec.bridge, "group", String(PADDOCK_IFGROUP), "up"]);
  // Lets port forwards on 127.0.0.1 reach units: DNATed loopback traffic leaves through this bridge.
  await host.writeFile(`/proc/sys/net/ipv4/conf/${spec.bridge}/route_localnet`, "1");
  if (spec.nat) await host.writeFile("/proc/sys/net/ipv4/ip_forward", "1");
}

async function removeGateway(host: Host, spec: NetworkSpec): Promise<void> {
  const prefix = parseSubnet(spec.subnet).prefix;
  await host.run(["ip", "addr", "del", `${spec.gateway}/${prefix}`, "dev", spec.bridge], { okExitCodes: [1, 2] });
}

/** Two Paddock networks on one host must not share addresses. */
async function checkNoOverlap(host: Host, spec: NetworkSpec): Promise<void> {
  const dir = path.join(spec.stateRoot, "networks");
  const mine = parseSubnet(spec.subnet);
  for (const other of await fs.readdir(dir).catch(() => [] as string[])) {
    const text = await host.readFile(networkPaths(spec.stateRoot, other).record);
    if (!text) continue;
    const o = JSON.parse(text) as NetworkSpec;
    if (o.name !== spec.name && o.bridge === spec.bridge) {
      throw new Error(`bridge: \`${spec.bridge}\` is the bridge of network \`${o.name}\`: give each Network its own bridge`);
    }
    const s = parseSubnet(o.subnet);
    if (mine.network < s.network + subnetSize(s) && s.network < mine.network + subnetSize(mine)) {
      throw new Error(`subnet ${spec.subnet} overlaps network \`${o.name}\` (${o.subnet}): choose a free range`);
    }
  }
}

/**
 * The network's own table: masquerade for nat, drops between this bridge and
 * other Paddock bridges for isolated. Written whole with `nft -f -`, so the
 * change is atomic; no rule of anyone else's is touched.
 */
async function writeNetworkTable(host: Host, spec: NetworkSpec): Promise<void> {
  const table = networkTable(spec.stateRoot, spec.name);
  const rules: string[] = [];
  rules.push("  chain postrouting {", "    type nat hook postrouting priority srcnat; policy accept;");
  if (spec.nat) rules.push(`    ip saddr ${spec.subnet} oifname != "${spec.bridge}" masquerade`);
  rules.push("  }", "  chain forward {", "    type filter hook forward priority filter; policy accept;");
  if (spec.isolated) {
    rules.push(`    iifname "${spec.bridge}" oifgroup ${PADDOCK_IFGROUP} oifname != "${spec.bridge}" drop`);
    rules.push(`    oifname "${spec.bridge}" iifgroup ${PADDOCK_IFGROUP} iifname != "${spec.bridge}" drop`);
  }
  rules.push("  }");
  await replaceTable(host, table, rules);
}

// ---- Units on a network ------------------------------------------------------

export interface Attachment {
  readonly netns: string;
  readonly netnsPath: string;
  readonly address: string;
  readonly network: NetworkSpec;
}

/** The network a unit names, from its record under the state root; a clear error when there is none. */
export async function loadNetwork(host: Host, stateRoot: string, name: string): Promise<NetworkSpec> {
  const text = await host.readFile(networkPaths(stateRoot, name).record);
  if (!text) throw new Error(`network.network: no Paddock network \`${name}\` under ${stateRoot}: create it first (new Network("${name}", ...)) with the same stateRoot`);
  return JSON.parse(text) as NetworkSpec;
}

/**
 * Leases an address: the declared one, or the highest free one. A lease is a file
 * created with O_EXCL, so two creates running at once, in this process or
 * another, can never get the same address.
 */
export async function leaseAddress(host: Host, net: NetworkSpec, unit: string, wanted?: string): Promise<string> {
  const p = networkPaths(net.stateRoot, net.name);
  const subnet = parseSubnet(net.subnet);
  const gateway = parseIp(net.gateway);
  const take = (ip: string) => takeNotedLease(host, p.leases, ip, unit);
  if (wanted !== undefined) {
    const ip = parseIp(wanted);
    if (!contains(subnet, ip)) throw new Error(`network.address: ${wanted} is not in network \`${net.name}\`'s subnet ${net.subnet}`);
    if (!assignable(subnet, gateway, ip)) throw new Error(`network.address: ${wanted} is the network, broadcast or gateway address of ${net.subnet}: choose another`);
    if (!(await take(wanted))) {
      const holder = await leaseHolder(host, path.join(p.leases, wanted));
      throw new Error(`network.address: ${wanted} is already used by unit \`${holder}\` on network \`${net.name}\`: give this unit another address, or, to rename a unit and keep its address, add aliases: [{ name: "<its old resource name>" }] to the resource, so Pulumi replaces it and deletes the old unit first`);
    }
    return wanted;
  }
  // From the top of the subnet down, so the low addresses people pick by hand stay free longer.
  // The leases taken are listed once, so the Nth unit tries one or two files, not N (a lease
  // taken since the listing is still refused by its O_EXCL create, and the search goes on).
  const taken = new Set(await fs.readdir(p.leases).catch(() => [] as string[]));
  for (let ip = subnet.network + subnetSize(subnet) - 2; ip > subnet.network; ip--) {
    const candidate = formatIp(ip);
    if (ip !== gateway && !taken.has(candidate) && (await take(candidate))) return candidate;
  }
  throw new Error(`network \`${net.name}\` (${net.subnet}) has no free address left`);
}

export async function releaseAddress(host: Host, stateRoot: string, network: string, address: string, unit: string): Promise<void> {
  await releaseNotedLease(host, networkPaths(stateRoot, network).leases, address, unit);
}

/** Gives back every address the unit holds on the network, whatever the stack last recorded of it. */
export async function releaseAddressesOf(host: Host, stateRoot: string, network: string, unit: string): Promise<void> {
  await releaseHeld(host, networkPaths(stateRoot, network).leases, unit);
}

/**
 * The unit's named netns with eth0 (its address, default route via the
 * gateway) and lo up. The veth peer is created directly inside the netns: moving
 * one between namespaces afterwards costs two to three times as much.
 */
export async function plumbUnit(host: Host, stateRoot: string, unit: string, net: NetworkSpec, address: string, idMap?: IdMap): Promise<Attachment> {
  const ns = netnsName(stateRoot, unit);
  const veth = vethName(stateRoot, unit);
  const prefix = parseSubnet(net.subnet).prefix;
  await runSteps([
    {
      // In a user namespace, the unit's root owns its network namespace (its runtime joins it, it mounts its sysfs).
      // As Docker does by default, any user of the unit may bind any port on its own addresses (its root may anyway).
      describe: `add netns \`${ns}\`${idMap ? " in the unit's user namespace" : ""}, its ports below 1024 open to the unit's users`,
      do: () => addUnitNetns(host, ns, { lowPorts: true, userns: idMap && { idMap, file: unitPaths(stateRoot, unit).userns } }),
      undo: () => host.run(["ip", "netns", "del", ns]).then(() => undefined),
    },
    {
      // Two `ip -batch` calls instead of eight processes. Every word is a generated name or a
      // validated address (no spaces, no quotes), and ip's batch language is not a shell.
      describe: `add veth \`${veth}\` on \`${net.bridge}\` with eth0 ${address}/${prefix} inside`,
      do: async () => {
        // A re-plumbed unit keeps its address but not its MAC: the host's old neighbour entry for it is flushed.
        await host.run(["ip", "-batch", "-"], { input: [`link add ${veth} type veth peer name eth0 netns ${ns}`, `link set ${veth} master ${net.bridge} up`, `neigh flush to ${address} dev ${net.bridge}`, ""].join("\n") });
        await host.run(["ip", "-n", ns, "-batch", "-"], {
          input: [`addr add ${address}/${prefix} dev eth0`, "link set eth0 up", "link set lo up", `route add default via ${net.gateway}`, ""].join("\n"),
        });
      },
    },
  ]);
  return { netns: ns, netnsPath: `/run/netns/${ns}`, address, network: net };
}

/** Deletes the unit's netns; its eth0 goes with it, and so does the host end of the pair. Gone is success. */
export async function unplumbUnit(host: Host, stateRoot: string, unit: string): Promise<void> {
  const ns = netnsName(stateRoot, unit);
  if (await exists(`/run/netns/${ns}`)) await host.run(["ip", "netns", "del", ns]);
  // The kernel removes the host end with the netns, but not always before we look: gone is fine.
  const veth = vethName(stateRoot, unit);
  if (await linkExists(host, veth)) await deleteLink(host, veth);
}

async function deleteLink(host: Host, ifname: string): Promise<void> {
  // A veth goes with its netns: it may vanish between our look and our delete.
  const argv = ["ip", "link", "del", ifname];
  await succeededOrGone(`ip link del \`${ifname}\``, argv, await host.run(argv, { okExitCodes: [1, 2] }), () => linkExists(host, ifname));
}

/**
 * eth0's address inside the unit's netns, or undefined when the netns, the veth
 * or the address is gone. With the pid of a process in that netns, it is read
 * from /proc/<pid>/net (no process spawned, which refresh does once per unit).
 */
export async function observedAddress(host: Host, stateRoot: string, unit: string, pid?: number): Promise<string | undefined> {
  const ns = netnsName(stateRoot, unit);
  if (!(await exists(`/run/netns/${ns}`)) || !(await linkExists(host, vethName(stateRoot, unit)))) return undefined;
  const trie = pid ? await host.readFile(`/proc/${pid}/net/fib_trie`) : undefined;
  if (trie !== undefined) return localAddresses(trie).find((a) => !a.startsWith("127."));
  const res = await host.run(["ip", "-n", ns, "-j", "addr", "show", "dev", "eth0"], { okExitCodes: [1] });
  if (res.exitCode !== 0) return undefined;
  const info = JSON.parse(res.stdout) as { addr_info?: { family: string; local: string }[] }[];
  return info[0]?.addr_info?.find((a) => a.family === "inet")?.local;
}

/** The local (host) addresses in a /proc/net/fib_trie listing: the "|-- a.b.c.d" lines followed by "/32 host LOCAL". */
export function localAddresses(fibTrie: string): string[] {
  const out = new Set<string>();
  const lines = fibTrie.split("\n");
  lines.forEach((line, i) => {
    const m = /\|-- (\d+\.\d+\.\d+\.\d+)$/.exec(line.trim());
    if (m && /\/32 host LOCAL/.test(lines[i + 1] ?? "")) out.add(m[1]);
  });
  return [...out];
}

/** The unit's port forwards in a table of its own: DNAT for traffic arriving and for the host's own (output), masquerade for loopback sources. */
export async function writePortTable(host: Host, stateRoot: string, unit: string, address: string, ports: readonly PortSpec[]): Promise<void> {
  const table = unitTable(stateRoot, unit);
  if (ports.length === 0) return deletePortTable(host, stateRoot, unit);
  const match = (p: PortSpec) => `${p.hostAddress === "0.0.0.0" ? "fib daddr type local" : `ip daddr ${p.hostAddress}`} ${p.protocol} dport ${p.hostPort}`;
  const rules = [
    "  chain prerouting {", "    type nat hook prerouting priority dstnat; policy accept;",
    ...ports.map((p) => `    ${match(p)} dnat to ${address}:${p.containerPort}`),
    "  }", "  chain output {", "    type nat hook output priority -100; policy accept;",
    ...ports.map((p) => `    ${match(p)} dnat to ${address}:${p.containerPort}`),
    "  }", "  chain postrouting {", "    type nat hook postrouting priority srcnat; policy accept;",
    ...ports.map((p) => `    ip saddr 127.0.0.0/8 ip daddr ${address} ${p.protocol} dport ${p.containerPort} masquerade`),
    "  }",
  ];
  // Marked before it is made: a delete then spawns nft only for a unit that may have a table.
  await fs.writeFile(portTableMarker(stateRoot, unit), `${table}\n`);
  await replaceTable(host, table, rules);
}

/** In the unit's directory while the unit may have a port table; removed with the table. */
const portTableMarker = (stateRoot: string, unit: string) => path.join(unitPaths(stateRoot, unit).dir, "port-table");

/**
 * Deletes the unit's port table, if it may have one: its marker says so, or
 * hadPorts (what the caller's records say: a table written by a Paddock before
 * the marker has no marker). Two nft processes per delete of every unit were
 * the most of a destroy's processes, for tables most units never had.
 */
export async function deletePortTable(host: Host, stateRoot: string, unit: string, hadPorts = true): Promise<void> {
  const marker = portTableMarker(stateRoot, unit);
  if (hadPorts || (await exists(marker))) await deleteTable(host, unitTable(stateRoot, unit));
  await fs.rm(marker, { force: true });
}

/** The unit's port table as `nft -j` prints it, or undefined when there is none. */
export async function readPortTable(host: Host, stateRoot: string, unit: string): Promise<string | undefined> {
  const res = await host.run(["nft", "-j", "list", "table", "ip", unitTable(stateRoot, unit)], { okExitCodes: [1] });
  return res.exitCode === 0 ? res.stdout : undefined;
}

// ---- nftables and links ------------------------------------------------------

/** Replaces a table of ours in one nft transaction: the old one (if any) goes and the new one comes at once. */
async function replaceTable(host: Host, table: string, body: string[]): Promise<void> {
  const script = [`table ip ${table} {}`, `delete table ip ${table}`, `table ip ${table} {`, ...body, "}", ""].join("\n");
  await host.run(["nft", "-f", "-"], { input: script });
}

/** Deletes a table of ours in one nft call; one that is not there is success (a delete asks nothing first). */
async function deleteTable(host: Host, table: string): Promise<void> {
  const argv = ["nft", "delete", "table", "ip", table];
  await succeededOrGone(`nft delete table \`${table}\``, argv, await host.run(argv, { okExitCodes: [1] }), () => tableExists(host, table));
}

async function tableExists(host: Host, table: string): Promise<boolean> {
  const res = await host.run(["nft", "list", "table", "ip", table], { okExitCodes: [1] });
  return res.exitCode === 0;
}

async function linkAddresses(host: Host, ifname: string): Promise<{ up: boolean; inet: string[] } | undefined> {
  const res = await host.run(["ip", "-j", "addr", "show", "dev", ifname], { okExitCodes: [1] });
  if (res.exitCode !== 0) return undefined;
  const [info] = JSON.parse(res.stdout) as { flags?: string[]; addr_info?: { family: string; local: string; prefixlen: number }[] }[];
  if (!info) return undefined;
  return {
    up: (info.flags ?? []).includes("UP"),
    inet: (info.addr_info ?? []).filter((a) => a.family === "inet").map((a) => `${a.local}/${a.prefixlen}`),
  };
}
