/**
 * A unit's output. The unit writes into console.fifo in its directory; the
 * state root's log daemon (log-daemon.ts, one per state root, started on
 * demand) writes it to console.log with a timestamp per line and rotates it to
 * console.log.1 at a size, so logs never fill the disk.
 */
import * as net from "net";
import * as path from "path";
import type { Host } from "../host/host";
import { tokenAlive } from "../host/pid";
import { exists, statePaths, unitPaths } from "./paths";
import { logDaemonUnit, systemdRuns } from "./systemd";

/** Each of console.log and console.log.1 stays under this: 10 MiB, or PADDOCK_LOG_MAX_BYTES where `pulumi up` runs. */
export const DEFAULT_LOG_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The rotation size this process asks for. A unit's systemd service starts the daemon with
 * the size its launch.json carries from the provider's start, not from the service's own
 * environment, which has none of the user's.
 */
export function logMaxBytes(): number {
  const n = Number(process.env.PADDOCK_LOG_MAX_BYTES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_LOG_MAX_BYTES;
}
/**
 * How long a starting daemon may take to answer while it lives. Generous: a unit's service
 * at boot starts it beside every other service of the boot (a v2 test guest under emulation
 * took more than 5 s there, and its Zone, with no restart policy, stayed down). A daemon that
 * dies is seen within a poll, so a broken one still fails fast.
 */
const DAEMON_START_MS = 60_000;
const ASK_TIMEOUT_MS = 5000;

/**
 * The daemon lives as long as the host's units and holds one FIFO per unit, so it is run for
 * memory, not speed: no JIT (its work is copying buffers, done in native code; without a JIT
 * WebAssembly is off, said here so node does not warn), a young generation of 1 MiB and no GC
 * or compiler threads. Watching 1000 FIFOs it measured 49 MB RSS (5.8 KiB per FIFO) where
 * plain node took 60 MB (15 KiB per FIFO) and grew to 73 MB after a 40 MB burst (49 MB with
 * these); it still stamps and writes 30 MB/s of 100-byte lines, against 40 without.
 */
export const LOG_DAEMON_NODE_FLAGS = ["--jitless", "--no-expose-wasm", "--max-semi-space-size=1", "--single-threaded"];

const socketOf = (stateRoot: string) => statePaths(stateRoot).logDaemonSocket;

/** Makes the unit's FIFO if it has none and has the log daemon read it, before the unit starts. */
export async function prepareConsole(host: Host, stateRoot: string, name: string, maxBytes = logMaxBytes()): Promise<void> {
  const p = unitPaths(stateRoot, name);
  if (!(await exists(p.consoleFifo))) await host.run(["mkfifo", "-m", "0600", p.consoleFifo]);
  await ensureLogDaemon(host, stateRoot, maxBytes);
  await ask(stateRoot, `watch ${name}`);
}

/** The unit's last n lines of output, without their timestamps, once the daemon has written all it was given. */
export async function lastConsoleLines(host: Host, stateRoot: string, name: string, n: number): Promise<string[]> {
  const p = unitPaths(stateRoot, name);
  // The daemon may be gone (then the unit wrote to a plain file, or nothing is waiting).
  await ask(stateRoot, `drain ${name}`).catch(() => undefined);
  const text = ((await host.readFile(p.consoleLogOld)) ?? "") + ((await host.readFile(p.consoleLog)) ?? "");
  return text.split("\n").filter((l) => l !== "").slice(-n).map(withoutStamp);
}

const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /;

export function withoutStamp(line: string): string {
  return line.replace(STAMP, "");
}

const starting = new Map<string, Promise<void>>();

/**
 * The state root's log daemon, started (detached, outliving this process) if it
 * does not answer. Asked every time, never remembered: the daemon exits after a
 * while with no unit to watch, and a long run (a slow base build between two
 * creates) outlives it. A connection counts as activity, so one that answers
 * here is still there for the request that follows. A daemon already there keeps its size.
 */
export async function ensureLogDaemon(host: Host, stateRoot: string, maxBytes = logMaxBytes()): Promise<void> {
  if (await answers(stateRoot)) return;
  let p = starting.get(stateRoot);
  if (!p) {
    p = startLogDaemon(host, stateRoot, maxBytes).finally(() => starting.delete(stateRoot));
    starting.set(stateRoot, p);
  }
  return p;
}

/**
 * Starts the daemon and waits for it to answer. A start can lose to a daemon on
 * its way out: one of this state root's before it was deleted and made anew
 * still holds its systemd unit's name until it sees it lost its lock and exits.
 * Such a start is made again, up to START_ATTEMPTS times in all.
 */
async function startLogDaemon(host: Host, stateRoot: string, max: number): Promise<void> {
  if (await answers(stateRoot)) return;
  const run = path.join(stateRoot, "run");
  await host.run(["mkdir", "-p", "-m", "0700", run]);
  const deadline = Date.now() + DAEMON_START_MS;
  let see = "";
  for (let attempt = 1; attempt <= START_ATTEMPTS && (attempt === 1 || Date.now() < deadline); attempt++) {
    const started = await spawnLogDaemon(host, stateRoot, max);
    see = started.see;
    if (await answersBefore(host, stateRoot, started.lives, deadline)) return;
  }
  throw new Error(`the log daemon of ${stateRoot} did not start: see ${see}`);
}

const START_ATTEMPTS = 3;

/** One start of the daemon: how to tell whether it still runs, and where its errors go. */
async function spawnLogDaemon(host: Host, stateRoot: string, max: number): Promise<{ lives: () => Promise<boolean>; see: string }> {
  const argv = [process.execPath, ...LOG_DAEMON_NODE_FLAGS, path.join(__dirname, "log-daemon.js"), stateRoot, String(max)];
  if (await systemdRuns(host)) {
    // A service of its own in Paddock's slice: not in the cgroup of whoever asked (a unit's service,
    // whose stop kills all it holds, or a login session, which may end), and its errors in the journal.
    // Two starts at once: the second finds the unit there already (exit 1) and waits for it like the first.
    const unit = logDaemonUnit(stateRoot);
    await host.run(["systemd-run", "--quiet", "--collect", `--unit=${unit}`, "--slice=paddock.slice", `--description=Paddock log daemon for ${stateRoot}`, "--", ...argv], { okExitCodes: [1] });
    // --collect: a daemon that exited is unloaded, and reads as inactive.
    const lives = async () => ["active", "activating", "reloading"].includes((await host.run(["systemctl", "show", "--value", "-p", "ActiveState", unit])).stdout.trim());
    return { lives, see: `journalctl -u ${unit}` };
  }
  const outputFile = path.join(stateRoot, "run", "logd.log");
  const pid = await host.spawnDetached(argv, { outputFile });
  // Still this process's child until it exits: a zombie then ("Z" after the command in parentheses).
  const lives = async () => !/\) Z /.test((await host.readFile(`/proc/${pid}/stat`)) ?? ") Z ");
  return { lives, see: outputFile };
}

/**
 * Whether the daemon answers before deadline. False as soon as the one started is
 * seen gone with no answer and no other live daemon holding the lock; while
 * another holds it (ours then left at once), it is waited for: it listens again
 * within seconds when its socket was taken.
 */
async function answersBefore(host: Host, stateRoot: string, lives: () => Promise<boolean>, deadline: number): Promise<boolean> {
  for (let polls = 1; Date.now() < deadline; polls++) {
    if (await answers(stateRoot)) return true;
    // Asked now and then, not every poll: under systemd it is a command of its own.
    if (polls % 25 === 0 && !(await lives()) && !(await answers(stateRoot)) && !tokenAlive((await host.readFile(statePaths(stateRoot).logDaemonLock)) ?? "")) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

function answers(stateRoot: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = net.connect(socketOf(stateRoot));
    c.on("connect", () => {
      c.destroy();
      resolve(true);
    });
    c.on("error", () => resolve(false));
  });
}

/** One request to the daemon, one line back. */
function ask(stateRoot: string, request: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const c = net.connect(socketOf(stateRoot));
    let reply = "";
    const timer = setTimeout(() => {
      c.destroy();
      reject(new Error(`log daemon: no answer to \`${request}\` in ${ASK_TIMEOUT_MS} ms`));
    }, ASK_TIMEOUT_MS);
    c.setEncoding("utf8");
    c.on("connect", () => c.write(`${request}\n`));
    c.on("data", (d: string) => {
      reply += d;
      if (!reply.includes("\n")) return;
      clearTimeout(timer);
      c.destroy();
      if (reply.startsWith("ok")) resolve();
      else reject(new Error(`log daemon: ${reply.trim()}`));
    });
    c.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`log daemon: ${e.message}`));
    });
  });
}
