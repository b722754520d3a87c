#!/usr/bin/env node
/**
 * The log collector of one state root: `node log-daemon.js STATE_ROOT MAX_BYTES`.
 *
 * Every unit writes its stdout and stderr into a FIFO in its directory
 * (console.fifo). This process reads all of them, puts an RFC 3339 timestamp
 * before each line, and appends it to the unit's console.log, which it rotates
 * to console.log.1 past MAX_BYTES, so a unit's logs never take more than twice
 * that. One process serves every unit of the state root (none per unit), and it
 * exits once no unit is left.
 *
 * It answers on a Unix socket (run/logd.sock), one line per request:
 *   watch NAME   open NAME's FIFO now (before the unit starts); answers "ok"
 *   drain NAME   answers "ok" once all NAME's FIFO held is in console.log (read
 *                when the unit's init has died, to show its last words)
 *
 * It holds each FIFO open read-write, so a FIFO never reads as ended: a unit that
 * stops and starts again keeps its reader, and one watched before its start loses
 * nothing. A FIFO is let go when its unit's directory is deleted.
 */
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import { createLockFile, holdsLockFile, tokenAlive } from "../host/pid";
import { statePaths } from "./paths";

const [stateRoot, maxArg] = process.argv.slice(2);
const maxBytes = Number(maxArg) > 0 ? Number(maxArg) : 10 * 1024 * 1024;
const unitsDir = path.join(stateRoot, "units");
const runDir = path.join(stateRoot, "run");
const { logDaemonSocket: socketPath, logDaemonLock: lockPath } = statePaths(stateRoot);
const RESCAN_MS = 2000;
const IDLE_EXIT_MS = 10_000;
/** A drained FIFO: nothing came for this long since the request (its writer is gone, so nothing more will). */
const QUIET_MS = 50;
const DRAIN_MAX_MS = 2000;

interface Watched {
  socket: net.Socket;
  partial: string;
  /** When this FIFO last gave data. */
  lastData: number;
}

const watched = new Map<string, Watched>();
/** When a unit last wrote or a client last asked: idle this long with nothing watched, the daemon exits. */
let lastActive = Date.now();

function stamp(line: string): string {
  return `${new Date().toISOString()} ${line}\n`;
}

/** Appends stamped lines to the unit's console.log, rotating it to console.log.1 before it would pass maxBytes. */
function append(name: string, lines: string[]): void {
  if (lines.length === 0) return;
  const file = path.join(unitsDir, name, "console.log");
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    // a new log
  }
  let batch = "";
  const flush = () => {
    if (batch) fs.appendFileSync(file, batch, { mode: 0o640 });
    batch = "";
  };
  try {
    for (const line of lines) {
      // A line longer than a whole file is cut to fit one.
      const text = Buffer.byteLength(line) <= maxBytes ? line : `${Buffer.from(line).subarray(0, maxBytes - 2).toString("utf8")}…\n`;
      const n = Buffer.byteLength(text);
      if (size > 0 && size + n > maxBytes) {
        flush();
        fs.renameSync(file, `${file}.1`);
        size = 0;
      }
      batch += text;
      size += n;
    }
    flush();
  } catch {
    // The unit's directory went with its delete: nothing to keep.
  }
}

function watch(name: string): void {
  if (watched.has(name)) return;
  const fifo = path.join(unitsDir, name, "console.fifo");
  let fd: number;
  try {
    if (!fs.statSync(fifo).isFIFO()) return;
    fd = fs.openSync(fifo, fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
  } catch {
    return;
  }
  const socket = new net.Socket({ fd, readable: true, writable: false });
  const w: Watched = { socket, partial: "", lastData: 0 };
  watched.set(name, w);
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    lastActive = w.lastData = Date.now();
    const lines = (w.partial + chunk).split("\n");
    w.partial = lines.pop() ?? "";
    append(name, lines.map(stamp));
  });
  socket.on("error", () => unwatch(name));
}

function unwatch(name: string): void {
  const w = watched.get(name);
  if (!w) return;
  watched.delete(name);
  if (w.partial) append(name, [stamp(w.partial)]);
  w.socket.destroy();
}

/** Answers once the FIFO has been quiet for QUIET_MS after the request; a line without its newline is written too. */
function drain(name: string, done: () => void): void {
  const asked = Date.now();
  const check = () => {
    const w = watched.get(name);
    const now = Date.now();
    if (!w || now - Math.max(w.lastData, asked) >= QUIET_MS || now - asked > DRAIN_MAX_MS) {
      if (w?.partial) {
        append(name, [stamp(w.partial)]);
        w.partial = "";
      }
      return done();
    }
    setTimeout(check, 10);
  };
  check();
}

/** Watches FIFOs made while this process was not running, and lets go of deleted units'. */
function rescan(): void {
  if (!holdsLock()) shutdown();
  // Its socket deleted (an older Paddock's daemon exiting, or the run directory removed): clients could not reach it.
  if (!fs.existsSync(socketPath)) listen();
  let names: string[] = [];
  try {
    names = fs.readdirSync(unitsDir);
  } catch {
    // no units directory: nothing to watch
  }
  for (const name of names) if (!watched.has(name)) watch(name);
  for (const name of watched.keys()) if (!fs.existsSync(path.join(unitsDir, name, "console.fifo"))) unwatch(name);
  if (watched.size === 0 && Date.now() - lastActive > IDLE_EXIT_MS) shutdown();
}

function answer(conn: net.Socket, line: string): void {
  lastActive = Date.now();
  const [verb, name] = line.trim().split(/\s+/);
  if (!name || name.includes("/") || name.startsWith(".")) return void conn.write("error: bad unit name\n");
  if (verb === "watch") {
    watch(name);
    return void conn.write(watched.has(name) ? "ok\n" : `error: no FIFO for ${name}\n`);
  }
  if (verb === "drain") return drain(name, () => conn.write("ok\n"));
  conn.write(`error: unknown request ${verb}\n`);
}

let server: net.Server | undefined;

/** Whether this process still holds the state root's lock (the state root may have been deleted and made anew). */
const holdsLock = () => holdsLockFile(lockPath);

/**
 * Exits; the socket and the lock go with it only while they are this daemon's.
 * Closing a listening server unlinks its path, and once the state root was
 * deleted and made anew that path is the new daemon's: the old one's close took
 * it away, and the next create found no daemon and could not start one.
 */
function shutdown(): void {
  if (holdsLock()) {
    server?.close();
    fs.rmSync(socketPath, { force: true });
    fs.rmSync(lockPath, { force: true });
  }
  process.exit(0);
}

/** Listens on the state root's socket, afresh (the run directory may have been deleted under it). */
function listen(): void {
  // Ours while we hold the lock: closing the old server unlinks the path before the new one binds it.
  server?.close();
  fs.mkdirSync(runDir, { recursive: true, mode: 0o700 });
  fs.rmSync(socketPath, { force: true });
  server = net.createServer((conn) => {
    // A client that found the daemon answering is about to ask: no idle exit under it.
    lastActive = Date.now();
    let buf = "";
    conn.setEncoding("utf8");
    conn.on("error", () => undefined);
    conn.on("data", (d: string) => {
      buf += d;
      let i: number;
      while ((i = buf.indexOf("\n")) >= 0) {
        answer(conn, buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
  });
  server.listen(socketPath);
}

/** One daemon per state root: an exclusive lock file naming it (host/pid.ts); a dead holder's lock is taken over. */
function takeLock(): boolean {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let i = 0; i < 2; i++) {
    if (createLockFile(lockPath)) return true;
    let holder = "";
    try {
      holder = fs.readFileSync(lockPath, "utf8");
    } catch {
      continue; // let go of just now
    }
    if (tokenAlive(holder)) return false;
    fs.rmSync(lockPath, { force: true });
  }
  return false;
}

function main(): void {
  if (!takeLock()) process.exit(0); // another one serves this state root
  listen();
  process.on("SIGTERM", shutdown);
  rescan();
  setInterval(rescan, RESCAN_MS);
}

main();
