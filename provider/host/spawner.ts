import { ChildProcess, fork } from "child_process";
import * as path from "path";

/** One command for the spawner process (spawner-child.ts). */
export interface SpawnRequest {
  readonly id: number;
  readonly argv: readonly string[];
  readonly timeoutMs: number;
  readonly input?: string;
  /** Append stdout and stderr to this file instead of capturing them. */
  readonly outputFile?: string;
}

export interface SpawnReply {
  readonly id: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly spawnError?: { readonly code: string; readonly message: string };
}

export type Completed = Omit<SpawnReply, "id">;

/**
 * Runs commands through one long-lived small child process instead of forking
 * this (large) one for each: see spawner-child.ts for why. Started on first use,
 * shared by every LocalHost in the process, and never keeps the process alive
 * while idle; it exits when this process does. If it dies, the commands it was
 * running fail with that reason and the next command starts a new one.
 */
class Spawner {
  private child?: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, (c: Completed) => void>();

  run(argv: readonly string[], timeoutMs: number, input?: string, outputFile?: string): Promise<Completed> {
    const child = this.child ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.hold(true);
      const req: SpawnRequest = { id, argv, timeoutMs, input, outputFile };
      child.send(req, (err) => {
        if (err) this.finish(id, { code: null, stdout: "", stderr: "", spawnError: { code: "ESPAWNER", message: `paddock's spawner process: ${err.message}` } });
      });
    });
  }

  /** The spawner process's pid while one runs (tests kill it to check that commands fail cleanly). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): ChildProcess {
    // The spawner's children inherit this environment, but not options meant for
    // the provider's own Node (profilers, preloads): they would cost every fork.
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child = fork(path.join(__dirname, "spawner-child.js"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"], execArgv: [], env });
    child.on("message", (m: SpawnReply) => {
      const { id, ...done } = m;
      this.finish(id, done);
    });
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = undefined;
      const why = `paddock's spawner process exited (${signal ?? `code ${code}`}) while the command ran`;
      for (const id of [...this.pending.keys()]) this.finish(id, { code: null, stdout: "", stderr: "", spawnError: { code: "ESPAWNER", message: why } });
    });
    child.on("error", () => undefined); // reported through "exit" and the send callbacks
    this.child = child;
    return child;
  }

  private finish(id: number, c: Completed): void {
    const resolve = this.pending.get(id);
    if (!resolve) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.hold(false);
    resolve(c);
  }

  /** Keeps this process alive only while a command is running. */
  private hold(on: boolean): void {
    const c = this.child as (ChildProcess & { channel?: { ref(): void; unref(): void } }) | undefined;
    if (!c) return;
    if (on) {
      c.ref();
      c.channel?.ref();
    } else {
      c.unref();
      c.channel?.unref();
    }
  }
}

export const spawner = new Spawner();
