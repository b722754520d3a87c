/** IPv4 addresses and subnets as numbers: pure helpers for checks and allocation. */

export interface Subnet {
  readonly network: number;
  readonly prefix: number;
}

export function parseIp(text: string): number {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m || m.slice(1).some((o) => Number(o) > 255 || (o.length > 1 && o.startsWith("0")))) throw new Error(`not an IPv4 address: ${JSON.stringify(text)}`);
  return m.slice(1).reduce((acc, o) => acc * 256 + Number(o), 0);
}

export function formatIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}

export function parseSubnet(text: string): Subnet {
  const [ip, p] = text.split("/");
  const prefix = Number(p);
  if (p === undefined || !/^\d{1,2}$/.test(p) || prefix > 32) throw new Error(`not an IPv4 subnet: ${JSON.stringify(text)} (write it like "10.77.0.0/24")`);
  return { network: parseIp(ip), prefix };
}

export function subnetSize(s: Subnet): number {
  return 2 ** (32 - s.prefix);
}

/** True when the address bits below the prefix are all zero, as a subnet's own address must be. */
export function isNetworkAddress(s: Subnet): boolean {
  return s.network % subnetSize(s) === 0;
}

export function contains(s: Subnet, ip: number): boolean {
  return ip >= s.network && ip < s.network + subnetSize(s);
}

export function broadcast(s: Subnet): number {
  return s.network + subnetSize(s) - 1;
}

/** The addresses a unit may have: not the network, broadcast or gateway address. */
export function assignable(s: Subnet, gateway: number, ip: number): boolean {
  return contains(s, ip) && ip !== s.network && ip !== broadcast(s) && ip !== gateway;
}

export function overlaps(a: Subnet, b: Subnet): boolean {
  return a.network < b.network + subnetSize(b) && b.network < a.network + subnetSize(a);
}

/** The subnet an address with this prefix length lies in (an interface's address, a route's destination). */
export function subnetOf(ip: number, prefix: number): Subnet {
  const size = 2 ** (32 - prefix);
  return { network: ip - (ip % size), prefix };
}

export function formatSubnet(s: Subnet): string {
  return `${formatIp(s.network)}/${s.prefix}`;
}
