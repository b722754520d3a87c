import type { Host } from "../host/host";
import { promises as fs } from "fs";
import * as path from "path";
import { HostCommandError, succeededOrGone, wrapError } from "../host/host";
import { exists } from "./paths";
import type { CgroupMode } from "./cgroups";
import { isRunning } from "./proc";

export type RuntimeName = "runc" | "crun";

export interface RuntimeState {
  readonly status: "created" | "running" | "stopped" | "paused" | "creating";
  readonly pid: number;
}

/** An OCI runtime (runc or crun) with its state kept under Paddock's state root, apart from anyone else's. */
export class OciRuntime {
  constructor(
    private readonly host: Host,
    readonly name: RuntimeName,
    readonly root: string,
  ) {}

  private argv(...args: string[]): string[] {
    return [this.name, "--root", this.root, ...args];
  }

  /** Starts the unit detached; its stdio goes to consoleOut (the unit's console FIFO), the runtime's own errors to runtimeLog. */
  async run(id: string, bundle: string, pidFile: string, consoleOut: string, runtimeLog: string): Promise<void> {
    // runc writes the pid file as .<name> beside it and then renames it, creating it with O_EXCL:
    // a runc killed in between (the CLI SIGKILLed during a start) leaves it, and every later
    // run of the unit fails with "file exists". The file is in the unit's own directory.
    await fs.rm(path.join(path.dirname(pidFile), `.${path.basename(pidFile)}`), { force: true });
    try {
      await this.host.run(
        [this.name, "--root", this.root, "--log", runtimeLog, "--log-format", "json", "run", "--detach", "--pid-file", pidFile, "--bundle", bundle, id],
        { outputFile: consoleOut, timeoutMs: 60_000 },
      );
    } catch (e) {
      const why = lastRuntimeError((await this.host.readFile(runtimeLog)) ?? "");
      throw e instanceof HostCommandError ? new HostCommandError(`${this.name} run \`${id}\``, e.argv, e.exitCode, why || e.stderr) : e;
    }
  }

  /** Runs argv inside the running unit (its namespaces and cgroup), output to logFile. */
  async exec(id: string, argv: string[], timeoutMs: number, logFile: string): Promise<void> {
    await this.host.run(this.argv("exec", id, ...argv), { timeoutMs, outputFile: logFile });
  }

  /** The unit's state, or undefined when the runtime does not know it. */
  async state(id: string): Promise<RuntimeState | undefined> {
    const res = await this.host.run(this.argv("state", id), { okExitCodes: [1] });
    if (await succeededOrGone(`${this.name} state \`${id}\``, this.argv("state", id), res, () => this.knows(id))) return undefined;
    const s = JSON.parse(res.stdout) as { status: RuntimeState["status"]; pid: number };
    return { status: s.status, pid: s.pid };
  }

  /**
   * Stops the unit the way an operator would: SIGTERM, up to timeoutMs for the
   * init to exit, then SIGKILL; then forgets it. "Already gone" is success.
   * Without asking the runtime's state first (a process per delete): a signal
   * the runtime delivers says the unit ran, and its init is then the pid its last
   * start wrote to pidFile, whose exit is waited for before the delete.
   */
  async stop(id: string, timeoutMs: number, pidFile: string): Promise<void> {
    const pid = Number(((await this.host.readFile(pidFile)) ?? "").trim());
    if (timeoutMs > 0) await this.signal(id, "TERM", pid, timeoutMs);
    await this.signal(id, "KILL", pid);
    await this.deleteState(id);
  }

  /**
   * Stops and forgets the unit at once; "already gone" is success. SIGKILL then a plain
   * delete: `delete --force` alone polls for ~100 ms.
   */
  async remove(id: string): Promise<void> {
    const st = await this.state(id);
    if (!st) return await this.clearUnfinished(id);
    // The init may have exited since st was asked: then there is nothing to kill.
    if (st.status !== "stopped" && (await isRunning(this.host, st.pid))) await this.signal(id, "KILL", st.pid);
    await this.deleteState(id);
  }

  /**
   * Sends sig to the unit's init through the runtime and, when it was delivered,
   * waits for pid (the init) to exit. Exit status 1: the unit is not running, or
   * the runtime does not know it; the delete after tells which.
   */
  private async signal(id: string, sig: "TERM" | "KILL", pid: number, waitMs?: number): Promise<void> {
    const res = await this.host.run(this.argv("kill", id, sig), { okExitCodes: [1] });
    if (res.exitCode === 0 && pid > 0) await waitForExit(this.host, pid, waitMs);
  }

  /** Forgets the stopped unit; one the runtime does not know is gone, and its unfinished directory is cleared. */
  private async deleteState(id: string): Promise<void> {
    const res = await this.host.run(this.argv("delete", "--force", id), { okExitCodes: [1] });
    if (await succeededOrGone(`${this.name} delete \`${id}\``, this.argv("delete", id), res, () => this.knows(id))) await this.clearUnfinished(id);
  }

  /**
   * A `run` killed part-way (the provider SIGKILLed with it) leaves the unit's
   * directory under the runtime's root without its state file: the runtime then
   * says the unit does not exist to `state` and `delete`, yet refuses a new `run`
   * of it ("container with given ID already exists"). That directory is ours
   * (under Paddock's runtime root) and holds nothing of the unit's: removed.
   */
  private async clearUnfinished(id: string): Promise<void> {
    const dir = path.join(this.root, id);
    if ((await exists(dir)) && !(await this.knows(id))) await fs.rm(dir, { recursive: true, force: true });
  }

  /**
   * Whether the runtime still holds state for the unit: runc's state.json or crun's
   * status file under its root (a directory without them, left by a kill mid-create,
   * is what the runtime itself calls "does not exist").
   */
  private async knows(id: string): Promise<boolean> {
    const dir = path.join(this.root, id);
    return (await exists(path.join(dir, "state.json"))) || (await exists(path.join(dir, "status")));
  }
}

/**
 * Picks the runtime: the unit's pin; else the host's choice for "auto", the
 * provider's environment variable PADDOCK_RUNTIME (runc or crun), as an operator
 * sets a default runtime once for a host; else crun on v2 hosts where installed,
 * else runc.
 */
const installed = new Map<RuntimeName, Promise<boolean>>();

export async function resolveRuntime(host: Host, requested: "auto" | RuntimeName, mode: CgroupMode, hostDefault = process.env.PADDOCK_RUNTIME): Promise<RuntimeName> {
  if (requested === "auto" && hostDefault) {
    if (hostDefault !== "runc" && hostDefault !== "crun") throw new Error(`PADDOCK_RUNTIME=${hostDefault}: not a runtime Paddock drives; set it to runc or crun, or unset it`);
    return resolveRuntime(host, hostDefault, mode, undefined).catch((e: Error) => {
      throw new Error(`${e.message} (runtime "auto" follows PADDOCK_RUNTIME=${hostDefault} in the provider's environment)`);
    });
  }
  // Asked once per provider process: a runtime does not come or go between two creates.
  const works = (name: RuntimeName) => {
    if (!installed.has(name)) installed.set(name, host.run([name, "--version"]).then(() => true, () => false));
    return installed.get(name)!;
  };
  if (requested !== "auto") {
    if (!(await works(requested))) throw new Error(`runtime \`${requested}\`: not installed on this host. Install it (apt-get install ${requested}) or set runtime: "auto"`);
    if (requested === "crun" && mode === "v1") {
      throw new Error('runtime `crun`: crun refuses this host\'s cgroup v1/hybrid layout ("cgroups in hybrid mode not supported"); use runtime: "runc" or "auto"');
    }
    return requested;
  }
  if (mode === "v2" && (await works("crun"))) return "crun";
  if (await works("runc")) return "runc";
  throw wrapError("runtime", new Error("no OCI runtime on this host: install one (apt-get install runc)"));
}

/** Waits until pid has exited (see isRunning: a zombie has). */
async function waitForExit(host: Host, pid: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && (await isRunning(host, pid))) await new Promise((r) => setTimeout(r, 2));
}

function lastRuntimeError(log: string): string {
  const lines = log.trim().split("\n").filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const entry = JSON.parse(lines[i]) as { level?: string; msg?: string };
      if (entry.level === "error" || entry.level === "fatal") return entry.msg ?? "";
    } catch {
      if (/error/i.test(lines[i])) return lines[i];
    }
  }
  return "";
}
