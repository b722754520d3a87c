import { linkSync, readFileSync, rmSync, writeFileSync } from "fs";

/** Whether a process with this pid exists (signal 0 probes without signalling; EPERM means it exists but is not ours). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A process as a lock file names it: "pid start-time boot-id". A pid alone outlives its
 * process: after a crash or a power loss, the pid in a lock left on disk belongs, at the next
 * boot, to whatever the boot gave it (boots hand out the same low pids), and the lock reads as
 * held for good. The start time (clock ticks since boot, /proc/PID/stat) and the boot's id tell
 * that process from any later one with its pid.
 */
export function processToken(pid = process.pid): string | undefined {
  const start = startTime(pid);
  return start === undefined ? undefined : `${pid} ${start} ${bootId()}`;
}

/** The pid a lock's text names (its token's first field, or a bare pid); undefined when it names none. */
export function tokenPid(text: string): number | undefined {
  const n = Number(text.trim().split(" ")[0]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Whether the process a lock's text names still runs. A bare pid (a lock of an older Paddock) is taken at its word. */
export function tokenAlive(text: string): boolean {
  const [, start, boot] = text.trim().split(" ");
  const n = tokenPid(text);
  if (n === undefined) return false;
  if (start === undefined) return isAlive(n);
  return boot === bootId() && startTime(n) === start;
}

function startTime(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // Field 22; the command before it, in parentheses, may hold spaces and parentheses of its own.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[0] === "Z" ? undefined : fields[19];
}

let boot: string | undefined;
function bootId(): string {
  return (boot ??= readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim());
}

/**
 * Makes lockFile holding this process's token, or returns false if it is there already. The
 * token is written to a file of its own first and linked into place, so a lock file is never
 * seen empty or half written (one made by open(O_EXCL) and then written is, for a moment, and
 * for good if its maker dies between the two).
 */
export function createLockFile(lockFile: string): boolean {
  const tmp = `${lockFile}.${process.pid}.tmp`;
  writeFileSync(tmp, processToken() ?? String(process.pid), { mode: 0o644 });
  try {
    linkSync(tmp, lockFile);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Whether lockFile is this process's own. */
export function holdsLockFile(lockFile: string): boolean {
  try {
    return readFileSync(lockFile, "utf8").trim() === (processToken() ?? String(process.pid));
  } catch {
    return false;
  }
}
