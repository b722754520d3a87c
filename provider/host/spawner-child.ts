/**
 * The spawner: a small Node process that starts the provider's commands for it.
 *
 * Why: starting a process costs time in proportion to the resident size of the
 * process that forks. The dynamic provider carries the Pulumi SDK (~170 MB), so
 * each of its spawns blocked its only thread for ~3-6 ms; this process stays
 * near Node's own ~45 MB and forks in under 1 ms, off the provider's thread.
 * See spawner.ts for the other side. Requests and replies are the messages of
 * Node's IPC channel; argv is always an array, never a shell string.
 */
import { spawn } from "child_process";
import { openSync, closeSync, statSync } from "fs";
import type { SpawnReply, SpawnRequest } from "./spawner";

function serve(req: SpawnRequest): void {
  const reply = (r: Omit<SpawnReply, "id">) => process.send!({ id: req.id, ...r });
  let outFd: number | undefined;
  try {
    // A unit's console FIFO is opened read-write: it never blocks for want of a reader, and the
    // unit, holding both ends, never dies of SIGPIPE if the log daemon is gone.
    if (req.outputFile) outFd = openSync(req.outputFile, isFifo(req.outputFile) ? "r+" : "a");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    reply({ code: null, stdout: "", stderr: "", spawnError: { code: "EOUTPUT", message: `cannot open ${req.outputFile}: ${err.message}` } });
    return;
  }
  const child = spawn(req.argv[0], req.argv.slice(1), {
    stdio: [req.input === undefined ? "ignore" : "pipe", outFd ?? "pipe", outFd ?? "pipe"],
  });
  if (outFd !== undefined) closeSync(outFd);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  if (req.input !== undefined) {
    child.stdin!.on("error", () => undefined); // a command that exits without reading its input
    child.stdin!.end(req.input);
  }
  const timer = setTimeout(() => {
    stderr += `\nkilled after ${req.timeoutMs} ms`;
    child.kill("SIGKILL");
  }, req.timeoutMs);
  let done = false;
  child.on("error", (err: NodeJS.ErrnoException) => {
    clearTimeout(timer);
    if (done) return;
    done = true;
    reply({ code: null, stdout, stderr, spawnError: { code: err.code ?? "", message: err.message } });
  });
  child.on("close", (code) => {
    clearTimeout(timer);
    if (done) return;
    done = true;
    reply({ code, stdout, stderr });
  });
}

function isFifo(file: string): boolean {
  try {
    return statSync(file).isFIFO();
  } catch {
    return false;
  }
}

process.on("message", (m) => serve(m as SpawnRequest));
// The provider went away (exited, or was killed by the engine): so do we.
process.on("disconnect", () => process.exit(0));
