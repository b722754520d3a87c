import { spawn } from "child_process";
import { promises as fs, openSync, closeSync, readFileSync, writeFileSync, renameSync } from "fs";
import * as path from "path";
import { constants } from "os";
import { Host, HostCommandError, RunOptions, RunResult } from "./host";
import { spawner } from "./spawner";
import { createLockFile, tokenAlive } from "./pid";

/**
 * A guard against a command that hangs, not a bound on its speed: twenty units made at
 * once on one emulated CPU took a namespace helper past 30 s (a v2 test guest).
 */
const DEFAULT_TIMEOUT_MS = 120_000;
const LOCK_POLL_MS = 20;
const LOCK_TIMEOUT_MS = 10 * 60_000;

/** The machine this process runs on. */
export class LocalHost implements Host {
  private readonly mutexes = new Map<string, Promise<unknown>>();

  async run(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    if (argv.length === 0) throw new Error("run: empty argv");
    const op = argv.slice(0, 2).join(" ");
    const { code, stdout, stderr, spawnError } = await spawner.run(argv, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.input, opts.outputFile);
    if (spawnError) {
      const missing = spawnError.code === "ENOENT";
      throw new HostCommandError(op, argv, null, missing ? `${argv[0]}: not found. Is it installed on this host?` : spawnError.message);
    }
    if (code === 0 || (code !== null && opts.okExitCodes?.includes(code))) return { exitCode: code, stdout, stderr };
    throw new HostCommandError(op, argv, code, stderr);
  }

  async removeFile(p: string): Promise<void> {
    await fs.rm(p, { force: true });
  }

  /**
   * Files are read, and Paddock's own files written, in place, not on the
   * thread pool: they are small (records, leases, configs, kernel files made on
   * demand) and in the page cache, where a read costs ~15 µs, a fraction of the
   * four thread-pool round trips of an asynchronous one. One provider process
   * serves every unit of an operation, so at 250 units a live update of all of
   * them took ~13% less (8.6 s to 7.4 s here).
   */
  async readFile(p: string): Promise<string | undefined> {
    try {
      return readFileSync(p, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  /**
   * A kernel file's write (a cgroup limit) goes to the thread pool: lowering a
   * memory limit makes the kernel reclaim in the writer's thread, which for a
   * large unit takes long enough to hold up every other unit's operation.
   */
  async writeFile(p: string, data: string): Promise<void> {
    if (p.startsWith("/sys/") || p.startsWith("/proc/")) await fs.writeFile(p, data);
    else writeFileSync(p, data);
  }

  async writeFileAtomic(p: string, data: string): Promise<void> {
    const tmp = `${p}.tmp`;
    writeFileSync(tmp, data, { mode: 0o644 });
    renameSync(tmp, p);
  }

  async spawnDetached(argv: readonly string[], opts: { readonly outputFile: string }): Promise<number> {
    const out = openSync(opts.outputFile, "a", 0o600);
    try {
      const child = spawn(argv[0], argv.slice(1), { detached: true, stdio: ["ignore", out, out], cwd: "/" });
      const pid = await new Promise<number>((resolve, reject) => {
        child.once("spawn", () => resolve(child.pid!));
        child.once("error", (e) => reject(new HostCommandError(argv.slice(0, 2).join(" "), argv, null, e.message)));
      });
      child.unref();
      return pid;
    } finally {
      closeSync(out);
    }
  }

  attach(argv: readonly string[]): Promise<number> {
    return new Promise((resolve, reject) => {
      const child = spawn(argv[0], argv.slice(1), { stdio: "inherit" });
      child.once("error", (e: NodeJS.ErrnoException) => reject(new HostCommandError(argv.slice(0, 2).join(" "), argv, null, e.code === "ENOENT" ? `${argv[0]}: not found. Is it installed on this host?` : e.message)));
      child.once("close", (code, signal) => resolve(code ?? 128 + (signal ? (constants.signals as Record<string, number>)[signal] ?? 0 : 0)));
    });
  }

  async withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.mutexes.get(lockFile) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const chained = prev.then(() => mine);
    this.mutexes.set(lockFile, chained);
    await prev;
    try {
      await acquireFileLock(lockFile);
      try {
        return await fn();
      } finally {
        await fs.rm(lockFile, { force: true });
      }
    } finally {
      release();
      if (this.mutexes.get(lockFile) === chained) this.mutexes.delete(lockFile);
    }
  }
}

/** An exclusive lock file naming this process (pid.ts); a lock whose holder is dead is taken over. */
async function acquireFileLock(lockFile: string): Promise<void> {
  await fs.mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    if (createLockFile(lockFile)) return;
    const holder = await fs.readFile(lockFile, "utf8").catch(() => undefined);
    if (holder === undefined) continue; // let go of just now
    if (!tokenAlive(holder)) {
      await fs.rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`lock \`${lockFile}\`: held by pid ${holder.split(" ")[0]} for over ${LOCK_TIMEOUT_MS / 1000}s`);
    await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
  }
}
