/**
 * How the provider reaches a host: one way, whole operations (linux/engine-ops.ts)
 * as plain JSON. This machine's engine runs them in this process; a remote
 * host's runs them in an agent started there over SSH (remote.ts). A test can
 * stand in for either.
 */
import type { Host } from "../host/host";
import { LocalHost } from "../host/local";
import { EngineRequest, Progress, runOperation } from "../linux/engine-ops";

export interface Engine {
  /** Runs one operation on the engine's host; progress carries a long build's messages. */
  run(req: EngineRequest, progress: Progress): Promise<unknown>;
}

/** The engine of this machine, in this process. */
export class LocalEngine implements Engine {
  constructor(private readonly host: Host = new LocalHost()) {}

  async run(req: EngineRequest, progress: Progress): Promise<unknown> {
    // Through JSON both ways, as an agent's operations travel: what works here works remotely.
    const result = await runOperation(this.host, JSON.parse(JSON.stringify(req)) as EngineRequest, progress);
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  }
}
