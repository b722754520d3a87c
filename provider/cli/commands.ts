/**
 * The `paddock` commands that read a host (list, logs, exec, gc), run where the
 * units are: in the CLI's own process for this machine, in the agent for a
 * remote one (--host), printing through io either way.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { formatBytes } from "../core/quantity";
import { statePaths, unitPaths } from "../linux/paths";
import { readUnitRecord } from "../linux/unit-record";
import { unitState } from "../linux/container";
import { withoutStamp } from "../linux/logs";
import { collectGarbage, findStateRoots, inventory } from "./inventory";

/** Where a command's output goes, and, at a terminal on the unit's host, how `exec` hands it the terminal. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  attach?(argv: readonly string[]): Promise<number>;
}

export class UsageError extends Error {}

export function flag(args: string[], ...names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  if (i < 0) return undefined;
  if (i + 1 >= args.length) throw new UsageError(`${args[i]} needs a value`);
  return args[i + 1];
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd()).join("\n");
}

const size = (n: number | undefined) => (n === undefined ? "-" : formatBytes(n - (n % 1024)));

/** The state root that holds UNIT: the one named, or the only one found that has it. */
async function rootOf(host: Host, unit: string, named: string | undefined): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(unit)) throw new UsageError(`\`${unit}\` is not a unit name`);
  const roots = await findStateRoots(named);
  const holding: string[] = [];
  for (const root of roots) if (await readUnitRecord(host, unitPaths(root, unit).record)) holding.push(root);
  if (holding.length === 1) return holding[0];
  if (holding.length === 0) throw new Error(`no unit named \`${unit}\` under ${roots.join(", ") || "any state root found"}: check the name with \`paddock list\`, or name its state root with --state-root`);
  throw new Error(`units named \`${unit}\` are under several state roots (${holding.join(", ")}): name one with --state-root`);
}

async function list(host: Host, args: string[], io: CliIo): Promise<number> {
  const roots = await findStateRoots(flag(args, "--state-root"));
  const all = await Promise.all(roots.map(async (root) => ({ root, ...(await inventory(host, root)) })));
  if (args.includes("--json")) {
    io.out(JSON.stringify(all, null, 2));
    return 0;
  }
  if (all.length === 0) io.out("no Paddock state root on this host");
  for (const inv of all) {
    io.out(`state root ${inv.root}\n`);
    io.out(table([["UNIT", "KIND", "STATUS", "PID", "ADDRESS", "PORTS", "LIMITS", "MEMORY", "UPPER", "BASE"],
      ...inv.units.map((u) => [u.name, u.kind, u.status, String(u.pid || "-"), u.address || "-", u.ports.join(",") || "-", u.limits.join(",") || "-", size(u.memoryBytes), size(u.upperBytes), u.base || "-"])]));
    io.out("");
    io.out(table([["BASE", "SOURCE", "SIZE", "USED BY", "BUILT"],
      ...inv.bases.map((b) => [b.key, b.source, size(b.bytes), b.usedBy.length ? `${b.usedBy.length} unit(s)` : "unused", b.builtAt])]));
    io.out("");
    io.out(table([["VOLUME", "USED", "SIZE", "MOUNTED BY"], ...inv.volumes.map((v) => [v.name, size(v.bytes), v.size ?? "-", v.usedBy.join(",") || "-"])]));
    io.out("");
  }
  return 0;
}

async function logs(host: Host, args: string[], io: CliIo): Promise<number> {
  const unit = args.find((a, i) => !a.startsWith("-") && !["--tail", "-n", "--state-root"].includes(args[i - 1]));
  if (!unit) throw new UsageError("logs needs a unit name");
  const tailText = flag(args, "--tail", "-n");
  const tail = tailText === undefined ? undefined : Number(tailText);
  if (tail !== undefined && !(Number.isInteger(tail) && tail >= 0)) throw new UsageError(`--tail takes a whole number, not ${tailText}`);
  const p = unitPaths(await rootOf(host, unit, flag(args, "--state-root")), unit);
  const show = args.includes("--timestamps") ? (l: string) => l : withoutStamp;
  const text = ((await host.readFile(p.consoleLogOld)) ?? "") + ((await host.readFile(p.consoleLog)) ?? "");
  const lines = text.split("\n").filter((l) => l !== "");
  for (const l of tail === undefined ? lines : lines.slice(lines.length - tail)) io.out(show(l));
  if (!(args.includes("--follow") || args.includes("-f"))) return 0;
  return await follow(p, show, io);
}

/** Prints what is added to console.log until the unit is deleted (or ^C), across rotations. */
async function follow(p: ReturnType<typeof unitPaths>, show: (l: string) => string, io: CliIo): Promise<number> {
  const stat = (f: string) => fs.stat(f).then((s) => s, () => undefined);
  let st = await stat(p.consoleLog);
  let ino = st?.ino ?? 0;
  let pos = st?.size ?? 0;
  let partial = "";
  const readFrom = async (file: string, from: number) => {
    const fh = await fs.open(file, "r").catch(() => undefined);
    if (!fh) return 0;
    try {
      const { size: end } = await fh.stat();
      if (end <= from) return end;
      const buf = Buffer.alloc(end - from);
      await fh.read(buf, 0, buf.length, from);
      const parts = (partial + buf.toString("utf8")).split("\n");
      partial = parts.pop() ?? "";
      for (const l of parts) if (l !== "") io.out(show(l));
      return end;
    } finally {
      await fh.close();
    }
  };
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    if (!(await stat(p.dir))) return 0; // the unit was deleted
    st = await stat(p.consoleLog);
    if (st && st.ino !== ino) {
      // Rotated: the rest of the file we were reading is console.log.1 now.
      const old = await stat(p.consoleLogOld);
      if (old?.ino === ino) await readFrom(p.consoleLogOld, pos);
      ino = st.ino;
      pos = 0;
    }
    if (st) pos = await readFrom(p.consoleLog, pos);
  }
}

async function exec(host: Host, args: string[], io: CliIo): Promise<number> {
  const dash = args.indexOf("--");
  if (dash < 0 || dash === args.length - 1) throw new UsageError("exec needs `-- ARGV...`: the command to run in the unit");
  const mine = args.slice(0, dash);
  const argv = args.slice(dash + 1);
  const unit = mine.find((a, i) => !a.startsWith("-") && mine[i - 1] !== "--state-root");
  if (!unit) throw new UsageError("exec needs a unit name");
  const root = await rootOf(host, unit, flag(mine, "--state-root"));
  const rec = (await readUnitRecord(host, unitPaths(root, unit).record))!;
  if ((await unitState(host, root, unit, rec.runtime)).status !== "running") {
    throw new Error(`unit \`${unit}\` is stopped: start it (state: "running") first`);
  }
  const tty = mine.includes("-t") || mine.includes("--tty");
  if (!io.attach && tty) throw new UsageError("exec --tty needs a terminal on the unit's host: run paddock there, or leave out -t (its output comes back, no input goes in)");
  // The unit's own process settings (its user, groups, environment, working directory, capabilities,
  // rlimits, no_new_privs) from its bundle, with this command: left to itself crun's exec runs as root.
  const p = unitPaths(root, unit);
  const config = JSON.parse((await host.readFile(p.config)) ?? "{}") as { process?: Record<string, unknown> };
  if (!config.process) throw new Error(`unit \`${unit}\` has no bundle at ${p.config}: recreate it (pulumi up --replace)`);
  const { consoleSize: _size, ...settings } = config.process;
  const processFile = path.join(p.dir, `exec-${process.pid}-${Date.now()}.json`);
  await host.writeFileAtomic(processFile, JSON.stringify({ ...settings, args: argv, terminal: tty }));
  try {
    const command = [rec.runtime, "--root", statePaths(root).runtimeRoot(rec.runtime), "exec", `--process=${processFile}`, unit];
    if (io.attach) return await io.attach(command);
    // On a remote host: its output comes back when it ends, and it reads no input.
    const r = await host.run(command, { okExitCodes: Array.from({ length: 255 }, (_, i) => i + 1), timeoutMs: 24 * 3600_000 });
    if (r.stdout) io.out(r.stdout.replace(/\n$/, ""));
    if (r.stderr) io.err(r.stderr.replace(/\n$/, ""));
    return r.exitCode;
  } finally {
    await host.removeFile(processFile);
  }
}

async function gc(host: Host, args: string[], io: CliIo): Promise<number> {
  const dry = args.includes("--dry-run");
  for (const root of await findStateRoots(flag(args, "--state-root"))) {
    const removed = await collectGarbage(host, root, dry);
    for (const key of removed) io.out(`${dry ? "would remove" : "removed"} base ${key} of ${root}`);
    if (removed.length === 0) io.out(`no unused bases in ${root}`);
  }
  return 0;
}

export const COMMANDS: Record<string, (host: Host, args: string[], io: CliIo) => Promise<number>> = { list, logs, exec, gc };
