/**
 * The same program of N units through the real CLI on this machine, on an SSH
 * test host (a network namespace with its own sshd: test/helpers/ssh-hosts.ts),
 * and on that host behind a relay that adds 5 ms to every round trip, in one run.
 */
import * as fs from "fs";
import { delayRelay, startSshHosts } from "../test/helpers/ssh-hosts";
import type { ExampleRun } from "../test/helpers/pulumi";
import { median, OpTimes, RemoteResult } from "./report";

type Ops = (program: string, n: number, sample: ((phase: "before" | "during" | "after", run: ExampleRun) => Promise<void>) | undefined, env: Record<string, string>) => Promise<OpTimes>;

export async function remoteBench(n: number, runs: number, localRoot: string, pulumiOps: Ops, log: (m: string) => void): Promise<RemoteResult> {
  const t = await startSshHosts(1, "bench");
  const h = t.hosts[0];
  const relay = await delayRelay(h.address, 22, 2.5);
  const samples: Record<RemoteResult["rows"][number]["where"], OpTimes[]> = { local: [], remote: [], "remote, +5 ms": [] };
  try {
    const conn = (host: string, port: number) => JSON.stringify({ host, port, user: "root", privateKeyPath: t.keyPath, hostKey: h.hostKey });
    for (let r = 0; r < runs; r++) {
      log(`remote N=${n} run ${r + 1}/${runs}: this machine`);
      samples.local.push(await pulumiOps("paddock", n, undefined, { PADDOCK_STATE_ROOT: localRoot }));
      log(`remote N=${n} run ${r + 1}/${runs}: an SSH host`);
      samples.remote.push(await pulumiOps("paddock", n, undefined, { PADDOCK_STATE_ROOT: h.stateRoot, PADDOCK_BENCH_CONNECTION: conn(h.address, 22) }));
      log(`remote N=${n} run ${r + 1}/${runs}: an SSH host 5 ms away`);
      samples["remote, +5 ms"].push(await pulumiOps("paddock", n, undefined, { PADDOCK_STATE_ROOT: h.stateRoot, PADDOCK_BENCH_CONNECTION: conn("127.0.0.1", relay.port) }));
    }
  } finally {
    await relay.close();
    await t.stop();
    fs.rmSync(h.stateRoot, { recursive: true, force: true });
  }
  const ops = Object.keys(samples.local[0] ?? {}) as (keyof OpTimes)[];
  return {
    n, runs, addedRttMs: 5,
    rows: (Object.keys(samples) as RemoteResult["rows"][number]["where"][]).map((where) => ({
      where, ...(Object.fromEntries(ops.map((op) => [op, median(samples[where].map((s) => s[op]))])) as unknown as OpTimes),
    })),
  };
}
