/**
 * The agent: this machine's engine, for a provider elsewhere. Started over SSH by
 * remote.ts with the host's own `node`, it reads one operation per line on stdin
 * and answers on stdout, all JSON:
 *   in   {"id": 1, "req": {"kind": "Container", "op": "read", "olds": {...}}}
 *   out  {"hello": {"node": "v20.20.2", "pid": 4242, "protocol": 1}}   (first, once)
 *        {"id": 1, "progress": "building the base ..."}
 *        {"id": 1, "result": {...}}  or  {"id": 1, "error": {"message": "...", "name": "...", "code": "..."}}
 * Operations run concurrently, each on this machine's Host (the engine's locks
 * serialize what must be). When stdin ends (the provider's connection closed) the
 * agent finishes what it started and exits: none is left running after the
 * operation. Only Node built-ins and the engine's own files are loaded.
 */
import * as readline from "readline";
import { LocalHost } from "../host/local";
import { EngineRequest, runOperation } from "../linux/engine-ops";

/** The wire's version: a provider refuses an agent that speaks another. */
export const AGENT_PROTOCOL = 1;
/** The oldest Node the engine runs on (its own code, and the spawner and log daemon it starts). */
export const AGENT_MIN_NODE = 20;

export interface AgentError {
  readonly message: string;
  readonly name: string;
  readonly code?: string;
}

export function errorOnWire(e: unknown): AgentError {
  if (!(e instanceof Error)) return { message: String(e), name: "Error" };
  const code = (e as NodeJS.ErrnoException).code;
  return { message: e.message, name: e.name, ...(typeof code === "string" ? { code } : {}) };
}

/** Runs the agent on this process's stdio (started by the launcher remote.ts installs, or directly). */
export function runAgent(): void {
  const out = (m: unknown): void => void process.stdout.write(`${JSON.stringify(m)}\n`);
  const major = Number(process.versions.node.split(".")[0]);
  if (major < AGENT_MIN_NODE) {
    out({ fatal: `node ${process.version} is too old for paddock's agent: install Node.js ${AGENT_MIN_NODE} or later on this host` });
    process.exit(1);
  }
  out({ hello: { node: process.version, pid: process.pid, protocol: AGENT_PROTOCOL } });
  const host = new LocalHost();
  const running = new Set<Promise<void>>();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let msg: { id: number; req: EngineRequest };
    try {
      msg = JSON.parse(line);
    } catch (e) {
      out({ fatal: `paddock agent: a line that is not JSON: ${(e as Error).message}` });
      return;
    }
    const job = runOperation(host, msg.req, (progress) => out({ id: msg.id, progress }))
      .then((result) => out({ id: msg.id, result: result ?? null }), (e) => out({ id: msg.id, error: errorOnWire(e) }))
      .finally(() => running.delete(job));
    // `paddock logs -f` follows until it is stopped: the provider going away stops it; everything else is seen through.
    if (!(msg.req.kind === "Host" && msg.req.argv[0] === "logs")) running.add(job);
  });
  lines.on("close", () => {
    void Promise.allSettled([...running]).then(() => process.exit(0));
  });
}

if (require.main === module) runAgent();
