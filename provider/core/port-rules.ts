import type { PortSpec } from "./spec";

/**
 * The port forwards really in a unit's nftables table, read from `nft -j list
 * table` (JSON, so nft's own spelling of a rule never matters). A forward is
 * whole when its three rules are there: DNAT in prerouting (traffic arriving),
 * DNAT in output (the host's own traffic), and the masquerade in postrouting
 * (loopback sources). Pure.
 */

interface Dnat {
  readonly chain: string;
  readonly hostAddress: string;
  readonly protocol: string;
  readonly hostPort: number;
  readonly to: string;
  readonly toPort: number;
}

type Expr = Record<string, unknown>;
type Match = { op?: string; left?: { payload?: { protocol?: string; field?: string }; fib?: { result?: string; flags?: string[] } }; right?: unknown };

/** The declared forwards that are whole in the table, in declared order, then any other DNAT forward found there (someone else's rule in our table is drift too). */
export function observedPorts(declared: readonly PortSpec[], address: string, nftJson: string): PortSpec[] {
  const rules = parseRules(nftJson);
  const dnats = rules.flatMap((r) => dnatOf(r.chain, r.expr) ?? []);
  const masq = rules.flatMap((r) => masqueradeOf(r.chain, r.expr) ?? []);
  const has = (chain: string, p: PortSpec) =>
    dnats.some((d) => d.chain === chain && d.hostAddress === p.hostAddress && d.protocol === p.protocol && d.hostPort === p.hostPort && d.to === address && d.toPort === p.containerPort);
  const whole = (p: PortSpec) =>
    has("prerouting", p) && has("output", p) && masq.some((m) => m.daddr === address && m.protocol === p.protocol && m.dport === p.containerPort);
  const found = declared.filter(whole);
  const key = (d: { hostAddress: string; protocol: string; hostPort: number }) => `${d.hostAddress} ${d.protocol} ${d.hostPort}`;
  const known = new Set(declared.map(key));
  const extra = new Map<string, PortSpec>();
  for (const d of dnats) {
    if (known.has(key(d)) || extra.has(key(d)) || (d.protocol !== "tcp" && d.protocol !== "udp")) continue;
    extra.set(key(d), { hostPort: d.hostPort, containerPort: d.toPort, protocol: d.protocol, hostAddress: d.hostAddress });
  }
  return [...found, ...extra.values()];
}

function parseRules(nftJson: string): { chain: string; expr: Expr[] }[] {
  const doc = JSON.parse(nftJson) as { nftables?: { rule?: { chain: string; expr?: Expr[] } }[] };
  return (doc.nftables ?? []).flatMap((o) => (o.rule ? [{ chain: o.rule.chain, expr: o.rule.expr ?? [] }] : []));
}

function matches(expr: Expr[]): Match[] {
  return expr.flatMap((e) => (e.match ? [e.match as Match] : []));
}

function dnatOf(chain: string, expr: Expr[]): Dnat | undefined {
  const dnat = expr.find((e) => e.dnat)?.dnat as { addr?: unknown; port?: unknown } | undefined;
  if (!dnat || typeof dnat.addr !== "string" || typeof dnat.port !== "number") return undefined;
  let hostAddress: string | undefined;
  let protocol: string | undefined;
  let hostPort: number | undefined;
  for (const m of matches(expr)) {
    if (m.op !== "==") return undefined; // a rule we would not write
    if (m.left?.fib?.result === "type" && m.left.fib.flags?.includes("daddr") && m.right === "local") hostAddress = "0.0.0.0";
    else if (m.left?.payload?.protocol === "ip" && m.left.payload.field === "daddr" && typeof m.right === "string") hostAddress = m.right;
    else if (m.left?.payload?.field === "dport" && typeof m.right === "number") [protocol, hostPort] = [m.left.payload.protocol, m.right];
    else return undefined;
  }
  if (hostAddress === undefined || protocol === undefined || hostPort === undefined) return undefined;
  return { chain, hostAddress, protocol, hostPort, to: dnat.addr, toPort: dnat.port };
}

function masqueradeOf(chain: string, expr: Expr[]): { daddr: string; protocol: string; dport: number } | undefined {
  if (chain !== "postrouting" || !expr.some((e) => "masquerade" in e)) return undefined;
  let daddr: string | undefined;
  let protocol: string | undefined;
  let dport: number | undefined;
  for (const m of matches(expr)) {
    if (m.left?.payload?.protocol === "ip" && m.left.payload.field === "daddr" && typeof m.right === "string") daddr = m.right;
    else if (m.left?.payload?.field === "dport" && typeof m.right === "number") [protocol, dport] = [m.left.payload.protocol, m.right];
  }
  return daddr && protocol && dport !== undefined ? { daddr, protocol, dport } : undefined;
}
