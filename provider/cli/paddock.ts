#!/usr/bin/env node
/**
 * `paddock`: what Paddock has on this host, like `lxc-ls --fancy`, `docker logs`
 * and `docker exec`. See USAGE.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { LocalHost } from "../host/local";
import { statePaths, unitPaths } from "../linux/paths";
import { ensureMounted, launchUnit, restoreUnit, seeInitStayUp } from "../linux/launch";
import { OciRuntime } from "../linux/runtime";
import { BOOT_ID, Launch } from "../linux/supervisor";
import { COMMANDS, flag, UsageError } from "./commands";
import { remoteFlags, runRemote } from "./remote";

const USAGE = `usage:
  paddock list [--state-root DIR] [--json]         units (kind, status, address, ports, limits), bases and volumes
                                                   of every state root found, or of DIR
  paddock logs UNIT [-f|--follow] [-n|--tail N] [--state-root DIR] [--timestamps]
                                                   the unit's output (console.log and its rotated console.log.1)
  paddock exec UNIT [-t|--tty] [--state-root DIR] -- ARGV...
                                                   run ARGV in the running unit: its namespaces, cgroup and user
  paddock gc [--state-root DIR] [--dry-run]        remove bases no unit uses

  On another host, over SSH (each command above; exec without -t: its output comes back, no input goes in):
    --host [USER@]ADDR[:PORT]   the host (USER root by default)
    --identity FILE             the login's private key (default: the ssh-agent at SSH_AUTH_SOCK, else ~/.ssh/id_ed25519, id_ecdsa, id_rsa)
    --host-key KEY              the host's public key or SHA256 fingerprint (default: its line in ~/.ssh/known_hosts)

  (paddock unit-start --state-root DIR UNIT is what a unit's systemd service runs to start it)`;

const host = new LocalHost();

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
    const { runtime, spec, bootId, logMaxBytes } = JSON.parse(text) as Launch;
    // In the boot the provider started it in, all is in place (a restart after a crash); after a reboot, not.
    if (((await host.readFile(BOOT_ID)) ?? "").trim() !== bootId) await restoreUnit(host, spec);
    else await ensureMounted(host, spec);
    await launchUnit(host, new OciRuntime(host, runtime, statePaths(root).runtimeRoot(runtime)), spec, logMaxBytes);
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
  const [cmd, ...rest] = argv;
  if (cmd === "unit-start") return await unitStart(rest);
  if (!COMMANDS[cmd]) throw new UsageError(cmd ? `unknown command \`${cmd}\`` : "a command is needed");
  const { remote, args } = await remoteFlags(rest);
  if (remote) return await runRemote(remote, [cmd, ...args]);
  return await COMMANDS[cmd](host, args, { out: (t) => console.log(t), err: (t) => console.error(t), attach: (a) => host.attach(a) });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`paddock: ${e.message}`);
    if (e instanceof UsageError) console.error(USAGE);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
