#!/usr/bin/env node
/**
 * `paddock`: what Paddock has on this host, like `lxc-ls --fancy`, `docker logs`
 * and `docker exec`. See USAGE.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { LocalHost } from "../host/local";
import { formatBytes } from "../core/quantity";
import { statePaths, unitPaths } from "../linux/paths";
import { readUnitRecord } from "../linux/unit-record";
import { unitState } from "../linux/container";
import { withoutStamp } from "../linux/logs";
import { collectGarbage, findStateRoots, inventory } from "./inventory";
import { ensureMounted, launchUnit, restoreUnit, seeInitStayUp } from "../linux/launch";
import { OciRuntime } from "../linux/runtime";
import { BOOT_ID, Launch } from "../linux/supervisor";

const USAGE = `usage:
  paddock list [--state-root DIR] [--json]         units (kind, status, address, ports, limits), bases and volumes
                                                   of every state root found, or of DIR
  paddock logs UNIT [-f|--follow] [-n|--tail N] [--state-root DIR] [--timestamps]
                                                   the unit's output (console.log and its rotated console.log.1)
  paddock exec UNIT [-t|--tty] [--state-root DIR] -- ARGV...
                                                   run ARGV in the running unit: its namespaces, cgroup and user
  paddock gc [--state-root DIR] [--dry-run]        remove bases no unit uses

  (paddock unit-start --state-root DIR UNIT is what a unit's systemd service runs to start it)`;

class UsageError extends Error {}

function flag(args: string[], ...names: string[]): string | undefined {
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
const host = new LocalHost();

/** The state root that holds UNIT: the one named, or the only one found that has it. */
async function rootOf(unit: string, named: string | undefined): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(unit)) throw new UsageError(`\`${unit}\` is not a unit name`);
  const roots = await findStateRoots(named);
  const holding: string[] = [];
  for (const root of roots) if (await readUnitRecord(host, unitPaths(root, unit).record)) holding.push(root);
  if (holding.length === 1) return holding[0];
  if (holding.length === 0) throw new Error(`no unit named \`${unit}\` under ${roots.join(", ") || "any state root found"}: check the name with \`paddock list\`, or name its state root with --state-root`);
  throw new Error(`units named \`${unit}\` are under several state roots (${holding.join(", ")}): name one with --state-root`);
}

async function list(args: string[]): Promise<number> {
  const roots = await findStateRoots(flag(args, "--state-root"));
  const all = await Promise.all(roots.map(async (root) => ({ root, ...(await inventory(host, root)) })));
  if (args.includes("--json")) {
    console.log(JSON.stringify(all, null, 2));
    return 0;
  }
  if (all.length === 0) console.log("no Paddock state root on this host");
  for (const inv of all) {
    console.log(`state root ${inv.root}\n`);
    console.log(table([["UNIT", "KIND", "STATUS", "PID", "ADDRESS", "PORTS", "LIMITS", "MEMORY", "UPPER", "BASE"],
      ...inv.units.map((u) => [u.name, u.kind, u.status, String(u.pid || "-"), u.address || "-", u.ports.join(",") || "-", u.limits.join(",") || "-", size(u.memoryBytes), size(u.upperBytes), u.base || "-"])]));
    console.log();
    console.log(table([["BASE", "SOURCE", "SIZE", "USED BY", "BUILT"],
      ...inv.bases.map((b) => [b.key, b.source, size(b.bytes), b.usedBy.length ? `${b.usedBy.length} unit(s)` : "unused", b.builtAt])]));
    console.log();
    console.log(table([["VOLUME", "USED", "SIZE", "MOUNTED BY"], ...inv.volumes.map((v) => [v.name, size(v.bytes), v.size ?? "-", v.usedBy.join(",") || "-"])]));
    console.log();
  }
  return 0;
}

async function logs(args: string[]): Promise<number> {
  const unit = args.find((a, i) => !a.startsWith("-") && !["--tail", "-n", "--state-root"].includes(args[i - 1]));
  if (!unit) throw new UsageError("logs needs a unit name");
  const tailText = flag(args, "--tail", "-n");
  const tail = tailText === undefined ? undefined : Number(tailText);
  if (tail !== undefined && !(Number.isInteger(tail) && tail >= 0)) throw new UsageError(`--tail takes a whole number, not ${tailText}`);
  const p = unitPaths(await rootOf(unit, flag(args, "--state-root")), unit);
  const show = args.includes("--timestamps") ? (l: string) => l : withoutStamp;
  const text = ((await host.readFile(p.consoleLogOld)) ?? "") + ((await host.readFile(p.consoleLog)) ?? "");
  const lines = text.split("\n").filter((l) => l !== "");
  for (const l of tail === undefined ? lines : lines.slice(lines.length - tail)) console.log(show(l));
  if (!(args.includes("--follow") || args.includes("-f"))) return 0;
  return await follow(p, show);
}

/** Prints what is added to console.log until the unit is deleted (or ^C), across rotations. */
async function follow(p: ReturnType<typeof unitPaths>, show: (l: string) => string): Promise<number> {
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
      for (const l of parts) if (l !== "") console.log(show(l));
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

async function exec(args: string[]): Promise<number> {
  const dash = args.indexOf("--");
  if (dash < 0 || dash === args.length - 1) throw new UsageError("exec needs `-- ARGV...`: the command to run in the unit");
  const mine = args.slice(0, dash);
  const argv = args.slice(dash + 1);
  const unit = mine.find((a, i) => !a.startsWith("-") && mine[i - 1] !== "--state-root");
  if (!unit) throw new UsageError("exec needs a unit name");
  const root = await rootOf(unit, flag(mine, "--state-root"));
  const rec = (await readUnitRecord(host, unitPaths(root, unit).record))!;
  if ((await unitState(host, root, unit, rec.runtime)).status !== "running") {
    throw new Error(`unit \`${unit}\` is stopped: start it (state: "running") first`);
  }
  const tty = mine.includes("-t") || mine.includes("--tty");
  // The runtime runs it with the unit's own process settings: its user, environment and working directory.
  return await host.attach([rec.runtime, "--root", statePaths(root).runtimeRoot(rec.runtime), "exec", ...(tty ? ["--tty"] : []), unit, ...argv]);
}

async function gc(args: string[]): Promise<number> {
  const dry = args.includes("--dry-run");
  for (const root of await findStateRoots(flag(args, "--state-root"))) {
    const removed = await collectGarbage(host, root, dry);
    for (const key of removed) console.log(`${dry ? "would remove" : "removed"} base ${key} of ${root}`);
    if (removed.length === 0) console.log(`no unused bases in ${root}`);
  }
  return 0;
}

/**
 * What a unit's systemd service runs to start it (ExecStart, Type=forking): out
 * of the service's own cgroup into its child `supervisor` (so the unit's cgroup
 * `unit` beside it can be given controllers), then what a reboot took from the
 * unit put back, then its init started from its bundle, and exit. Why a start
 * failed goes to the journal and to start.err, where the provider reads it.
 */
async function unitStart(args: string[]): Promise<number> {
  const root = flag(args, "--state-root");
  const unit = args[args.length - 1];
  if (!root || !unit || unit === root) throw new UsageError("unit-start needs --state-root DIR and a unit name");
  const p = unitPaths(root, unit);
  try {
    await leaveServiceCgroup();
    const text = await host.readFile(p.launch);
    if (text === undefined) throw new Error(`no ${p.launch}: the unit was never started by Paddock under systemd`);
    const { runtime, spec, bootId } = JSON.parse(text) as Launch;
    // In the boot the provider started it in, all is in place (a restart after a crash); after a reboot, not.
    if (((await host.readFile(BOOT_ID)) ?? "").trim() !== bootId) await restoreUnit(host, spec);
    else await ensureMounted(host, spec);
    await launchUnit(host, new OciRuntime(host, runtime, statePaths(root).runtimeRoot(runtime)), spec);
    const at = Date.now();
    await fs.copyFile(p.pidFile, p.startedPid);
    // An init that dies at once fails the start here, with its last words: once this exits, systemd
    // would wait for a main process that is gone until its start timeout.
    await seeInitStayUp(host, spec, { pid: Number((await fs.readFile(p.pidFile, "utf8")).trim()), at });
    return 0;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    await fs.writeFile(p.startError, `${why}\n`).catch(() => undefined);
    console.error(`paddock unit-start ${unit}: ${why}`);
    return 1;
  }
}

/** Moves this process from its service's cgroup into the child `supervisor` (systemd 254's DelegateSubgroup=). */
async function leaveServiceCgroup(): Promise<void> {
  const own = ((await host.readFile("/proc/self/cgroup")) ?? "").split("\n").find((l) => l.startsWith("0::"))?.slice(3);
  if (!own || !own.endsWith(".service")) throw new Error(`not started by a systemd service (cgroup ${own ?? "unknown"})`);
  const dir = path.join("/sys/fs/cgroup", own, "supervisor");
  await fs.mkdir(dir, { recursive: true });
  await host.writeFile(path.join(dir, "cgroup.procs"), String(process.pid));
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  const commands: Record<string, (a: string[]) => Promise<number>> = { list, logs, exec, gc, "unit-start": unitStart };
  if (!commands[cmd]) throw new UsageError(cmd ? `unknown command \`${cmd}\`` : "a command is needed");
  return await commands[cmd](args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`paddock: ${e.message}`);
    if (e instanceof UsageError) console.error(USAGE);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
