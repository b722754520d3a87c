import { promises as fs, constants as fsc, readFileSync } from "fs";
import * as path from "path";
import { Host, HostCommandError, RunOptions, RunResult } from "./host";
import { spawner } from "./spawner";

const DEFAULT_TIMEOUT_MS = 30_000;
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

  async readFile(p: string): Promise<string | undefined> {
    try {
      // Kernel files (/proc, /sys: cgroup limits, process state) are made on
      // demand and never wait for a disk: reading them in place costs a fraction
      // of the four thread-pool round trips of an asynchronous read, and refresh
      // reads several per unit.
      if (p.startsWith("/proc/") || p.startsWith("/sys/")) return readFileSync(p, "utf8");
      return await fs.readFile(p, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  async writeFile(p: string, data: string): Promise<void> {
    await fs.writeFile(p, data);
  }

  async writeFileAtomic(p: string, data: string): Promise<void> {
    const tmp = `${p}.tmp`;
    await fs.writeFile(tmp, data, { mode: 0o644 });
    await fs.rename(tmp, p);
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

/** An exclusive lock file holding our pid; a lock whose holder is dead is taken over. */
async function acquireFileLock(lockFile: string): Promise<void> {
  await fs.mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const fh = await fs.open(lockFile, fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY, 0o644);
      await fh.writeFile(String(process.pid));
      await fh.close();
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = Number((await fs.readFile(lockFile, "utf8").catch(() => "")).trim());
    if (holder > 0 && !isAlive(holder)) {
      await fs.rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`lock \`${lockFile}\`: held by pid ${holder} for over ${LOCK_TIMEOUT_MS / 1000}s`);
    await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
