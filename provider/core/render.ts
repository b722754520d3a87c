/**
 * The same declarations rendered for the systems the vocabularies come from:
 * jail.conf(5) plus rctl(8) rules for FreeBSD, a zonecfg(1M) command file for
 * illumos. The FreeBSD and illumos backends will apply these; here they are
 * rendered and golden-tested only, never run. Pure.
 */
import type { JailSpec } from "./jail";
import type { ZoneSpec } from "./zone";
import { parseBytes, parseDuration } from "./quantity";

const q = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
/** An argv as one jail.conf command string (sh words, each single-quoted when it needs it). */
const command = (argv: readonly string[]) => q(argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" "));
/** Sizes the way rctl and zonecfg write them: the largest whole K/M/G. */
function size(text: string, lower = false): string {
  const b = parseBytes(text);
  for (const [u, n] of [["G", 1024 ** 3], ["M", 1024 ** 2], ["K", 1024]] as const) {
    if (b % n === 0) return `${b / n}${lower ? u.toLowerCase() : u}`;
  }
  return String(b);
}

export function renderJailConf(j: JailSpec): { jailConf: string; fstab: string; rctl: string } {
  const path = j.path ?? `/var/lib/paddock/jails/${j.name}`;
  const lines = [`${j.name} {`, `  path = ${q(path)};`, `  host.hostname = ${q(j.hostname)};`];
  if (j.vnet) lines.push("  vnet;");
  for (const ip of j.ip4) lines.push(`  ip4.addr += ${q(ip)};`);
  if (j.execStart) lines.push(`  exec.start = ${command(j.execStart)};`);
  if (j.execStop) lines.push(`  exec.stop = ${command(j.execStop)};`);
  lines.push(`  stop.timeout = ${Math.ceil(parseDuration(j.stopTimeout) / 1000)};`);
  if (j.user !== "root") lines.push(`  exec.jail_user = ${q(j.user)};`);
  if (j.persist) lines.push("  persist;");
  lines.push(`  allow.raw_sockets = ${j.allow.rawSockets ? 1 : 0};`, `  allow.mount = ${j.allow.mount ? 1 : 0};`);
  lines.push(`  allow.chflags = ${j.allow.chflags ? 1 : 0};`, `  allow.sysvipc = ${j.allow.sysvipc ? 1 : 0};`);
  lines.push(`  allow.set_hostname = ${j.allow.setHostname ? 1 : 0};`, `  children.max = ${j.childrenMax};`);
  if (j.mountFstab.length) lines.push(`  mount.fstab = ${q(`/etc/fstab.${j.name}`)};`);
  lines.push("}", "");
  const fstab = j.mountFstab.map((m) => `${m.source}\t${path}${m.target}\tnullfs\t${m.readOnly ? "ro" : "rw"}\t0\t0`).join("\n");
  const rctl = [
    ...(j.limits.memoryuse ? [`jail:${j.name}:memoryuse:deny=${size(j.limits.memoryuse)}`] : []),
    ...(j.limits.maxproc ? [`jail:${j.name}:maxproc:deny=${j.limits.maxproc}`] : []),
    ...(j.limits.pcpu ? [`jail:${j.name}:pcpu:deny=${j.limits.pcpu}`] : []),
  ].join("\n");
  return { jailConf: lines.join("\n"), fstab: fstab && `${fstab}\n`, rctl: rctl && `${rctl}\n` };
}

export function renderZonecfg(z: ZoneSpec): string {
  const out = ["create -b", `set zonepath=${z.zonepath}`, `set brand=${z.brand === "sparse" ? "sparse" : "ipkg"}`, `set autoboot=${z.autoboot}`, `set ip-type=${z.ipType}`];
  if (z.brand === "sparse") for (const d of z.inheritPkgDir) out.push("add inherit-pkg-dir", `set dir=${d}`, "end");
  for (const n of z.net) {
    out.push("add net", `set physical=${n.network}0`);
    if (n.address) out.push(`set allowed-address=${n.address}`);
    if (n.defrouter) out.push(`set defrouter=${n.defrouter}`);
    out.push("end");
  }
  if (z.cappedMemory.physical || z.cappedMemory.swap) {
    out.push("add capped-memory");
    if (z.cappedMemory.physical) out.push(`set physical=${size(z.cappedMemory.physical, true)}`);
    if (z.cappedMemory.swap) out.push(`set swap=${size(z.cappedMemory.swap, true)}`);
    out.push("end");
  }
  if (z.dedicatedCpu) out.push("add dedicated-cpu", `set ncpus=${z.dedicatedCpu.ncpus}`, "end");
  if (z.cappedCpu) out.push("add capped-cpu", `set ncpus=${z.cappedCpu.ncpus}`, "end");
  if (z.cpuShares !== undefined) out.push(`set cpu-shares=${z.cpuShares}`);
  if (z.maxLwps !== undefined) out.push(`set max-lwps=${z.maxLwps}`);
  out.push(`set limitpriv="${z.limitpriv.join(",")}"`);
  for (const f of z.fs) {
    out.push("add fs", `set dir=${f.dir}`, `set special=${f.special}`, `set type=${f.type === "bind" ? "lofs" : f.type}`);
    if (f.options.length) out.push(`add options [${f.options.join(",")}]`);
    out.push("end");
  }
  out.push("verify", "commit", "");
  return out.join("\n");
}
