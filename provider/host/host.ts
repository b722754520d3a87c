/**
 * The seam between the engine and the machine it drives. Every command is an
 * argument vector with a timeout; nothing is ever handed to a shell.
 */
export interface RunOptions {
  /** Milliseconds before the command is killed. Default 120 000 (a hang guard). */
  readonly timeoutMs?: number;
  /** Exit codes that are not failures (the caller inspects `exitCode`). */
  readonly okExitCodes?: readonly number[];
  /** Send the command's stdout and stderr to this file instead of capturing them. */
  readonly outputFile?: string;
  /** Text written to the command's stdin. */
  readonly input?: string;
}

export interface RunResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Host {
  /** Runs argv[0] with the remaining arguments. Throws HostCommandError on a non-ok exit. */
  run(argv: readonly string[], opts?: RunOptions): Promise<RunResult>;
  /** The file's text, or undefined when it does not exist. */
  readFile(path: string): Promise<string | undefined>;
  /** Writes data to an existing file in place (cgroup and proc files cannot be renamed over). */
  writeFile(path: string, data: string): Promise<void>;
  /** Writes path.tmp and renames it into place, so readers never see half a file. */
  writeFileAtomic(path: string, data: string): Promise<void>;
  /** Removes a file; one that is not there is success. */
  removeFile(path: string): Promise<void>;
  /**
   * Starts a long-lived process that outlives this one (its own session, no
   * stdin, output to outputFile) and returns its pid without waiting for it.
   */
  spawnDetached(argv: readonly string[], opts: { readonly outputFile: string }): Promise<number>;
  /**
   * Runs argv with this process's own stdin, stdout and stderr (a person at a
   * terminal: `paddock exec`), and resolves to its exit code.
   */
  attach(argv: readonly string[]): Promise<number>;
  /**
   * Runs fn holding the named lock: an in-process mutex plus an exclusive lock
   * file, so concurrent creates in this provider and other processes serialize.
   */
  withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T>;
}

/** One error shape for host commands: what we tried, the argv, and what it said. */
export class HostCommandError extends Error {
  constructor(
    readonly op: string,
    readonly argv: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`${op}: ${firstLine(stderr) || (exitCode === null ? "killed (timed out)" : `exit code ${exitCode}`)}`);
    this.name = "HostCommandError";
  }
}

/**
 * The one rule for "already gone": a command run with its failure allowed
 * (okExitCodes) that failed counts as success only if its object is not there
 * now, as the host shows it (a state directory, /sys/class/net, a listing), never
 * by the words of its message, which differ between tools, versions and locales.
 * Returns whether the object was gone; throws the command's error otherwise.
 */
export async function succeededOrGone(op: string, argv: readonly string[], res: RunResult, stillThere: () => Promise<boolean>): Promise<boolean> {
  if (res.exitCode === 0) return false;
  if (!(await stillThere())) return true;
  throw new HostCommandError(op, argv, res.exitCode, res.stderr);
}

/** Adds context on the way up: `create unit \`web\`: mount overlay: ...`. */
export function wrapError(context: string, err: unknown): Error {
  const e = err instanceof Error ? err : new Error(String(err));
  e.message = `${context}: ${e.message}`;
  return e;
}

function firstLine(text: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.slice(-3).join(" / ");
}
