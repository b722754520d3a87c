/**
 * What a Network may do with the host's interfaces: use a bridge it makes or an
 * existing bridge (left exactly as found when the Network goes), never another
 * kind of device, and never a subnet the host already uses.
 */
import type { Host } from "../host/host";
import { overlaps, parseIp, parseSubnet, subnetOf } from "../core/ipv4";
import type { FoundBridge, NetworkSpec } from "../core/network";


interface LinkInfo {
  readonly ifname: string;
  readonly group?: string;
  readonly flags?: string[];
  readonly link_type?: string;
  readonly linkinfo?: { readonly info_kind?: string };
  readonly addr_info?: { readonly family: string; readonly local: string; readonly prefixlen: number }[];
}

async function links(host: Host): Promise<LinkInfo[]> {
  const [details, addrs] = await Promise.all([host.run(["ip", "-j", "-d", "link", "show"]), host.run(["ip", "-j", "-4", "addr", "show"])]);
  const inet = new Map((JSON.parse(addrs.stdout) as LinkInfo[]).map((l) => [l.ifname, l.addr_info ?? []]));
  return (JSON.parse(details.stdout) as LinkInfo[]).map((l) => ({ ...l, addr_info: inet.get(l.ifname) ?? [] }));
}

function kindOf(l: LinkInfo): string {
  return l.linkinfo?.info_kind ?? (l.link_type === "loopback" ? "loopback" : l.link_type === "ether" ? "physical or virtual ethernet" : l.link_type ?? "unknown");
}

/**
 * Before anything is made: the bridge named is absent (Paddock makes it) or a
 * bridge; the subnet is on no other interface and in no route of the host.
 * Returns how an existing bridge was, for delete to restore.
 */
export async function checkBridgeAndSubnet(host: Host, spec: NetworkSpec): Promise<FoundBridge | undefined> {
  const all = await links(host);
  const mine = all.find((l) => l.ifname === spec.bridge);
  if (mine && kindOf(mine) !== "bridge") {
    throw new Error(`bridge: \`${spec.bridge}\` is not a bridge but a ${kindOf(mine)} device: a Network uses a bridge Paddock makes or an existing bridge, and never changes another device. Leave bridge unset (pd-${spec.name}), or name a bridge`);
  }
  const want = parseSubnet(spec.subnet);
  for (const l of all) {
    if (l.ifname === spec.bridge) continue;
    for (const a of l.addr_info ?? []) {
      if (overlaps(want, subnetOf(parseIp(a.local), a.prefixlen))) {
        throw new Error(`subnet: ${spec.subnet} overlaps ${a.local}/${a.prefixlen}, an address of this host on \`${l.ifname}\`: choose a range the host does not use`);
      }
    }
  }
  const routes = JSON.parse((await host.run(["ip", "-j", "-4", "route", "show", "table", "main"])).stdout) as { dst: string; dev?: string; gateway?: string }[];
  for (const r of routes) {
    if (r.dst === "default" || r.dev === spec.bridge) continue;
    const [addr, len] = r.dst.includes("/") ? r.dst.split("/") : [r.dst, "32"];
    if (overlaps(want, subnetOf(parseIp(addr), Number(len)))) {
      throw new Error(`subnet: ${spec.subnet} overlaps the host's route to ${r.dst}${r.dev ? ` on \`${r.dev}\`` : ""}${r.gateway ? ` via ${r.gateway}` : ""}: choose a range the host does not route elsewhere`);
    }
  }
  if (!mine) return undefined;
  const prefix = parseSubnet(spec.subnet).prefix;
  return {
    group: mine.group ?? "default",
    routeLocalnet: ((await host.readFile(`/proc/sys/net/ipv4/conf/${spec.bridge}/route_localnet`)) ?? "0").trim(),
    hadGateway: (mine.addr_info ?? []).some((a) => `${a.local}/${a.prefixlen}` === `${spec.gateway}/${prefix}`),
    up: (mine.flags ?? []).includes("UP"),
  };
}

/** Puts an existing bridge back as it was found: its address, group, route_localnet and state. */
export async function restoreFoundBridge(host: Host, spec: NetworkSpec, found: FoundBridge): Promise<void> {
  if (!(await linkExists(host, spec.bridge))) return; // gone meanwhile
  const prefix = parseSubnet(spec.subnet).prefix;
  if (!found.hadGateway) await host.run(["ip", "addr", "del", `${spec.gateway}/${prefix}`, "dev", spec.bridge], { okExitCodes: [1, 2] });
  await host.run(["ip", "link", "set", "dev", spec.bridge, "group", found.group, ...(found.up ? [] : ["down"])]);
  await host.writeFile(`/proc/sys/net/ipv4/conf/${spec.bridge}/route_localnet`, found.routeLocalnet);
}

/**
 * Whether this network namespace has the link: read from /proc/self/net/dev, which
 * is the reading process's namespace. /sys/class/net is the namespace of whoever
 * mounted that sysfs, not always the engine's (an agent started into a namespace
 * with nsenter --net keeps the host's /sys).
 */
export async function linkExists(host: Host, ifname: string): Promise<boolean> {
  // /proc/sys/net is the reading process's namespace too, and holds a directory per
  // link (the kernel gives every link of 68 bytes' MTU or more its IPv4 settings): one
  // lookup, where /proc/self/net/dev lists every link of the namespace (a host with a
  // thousand units has a thousand veths, and refresh and delete ask once per unit).
  // A name that sysctl spells otherwise ("." is "/" there) is looked for in the list.
  if (!ifname.includes(".")) return (await host.readFile(`/proc/sys/net/ipv4/conf/${ifname}/forwarding`)) !== undefined;
  const dev = (await host.readFile("/proc/self/net/dev")) ?? "";
  return dev.split("\n").some((l) => l.trimStart().startsWith(`${ifname}:`));
}
