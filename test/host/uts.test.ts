import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as os from "os";
import type { Host, RunOptions } from "../../provider/host/host";
import { LocalHost } from "../../provider/host/local";
import { utsHostname } from "../../provider/linux/uts";
import { requireRoot } from "../helpers/host";

describe("host: the hostnames of many UTS namespaces, read at once", () => {
  const started: ChildProcess[] = [];
  before(requireRoot);
  after(() => {
    for (const c of started) c.kill("SIGKILL");
  });

  /** A process of ours in a UTS namespace of its own, named `name`; resolves once the name is set. */
  async function named(name: string): Promise<number> {
    const c = spawn("unshare", ["--uts", "sh", "-c", `hostname ${name} && echo set && exec sleep 1000`], { stdio: ["ignore", "pipe", "inherit"] });
    started.push(c);
    await new Promise<void>((resolve, reject) => {
      c.stdout!.once("data", () => resolve());
      c.once("exit", (code) => reject(new Error(`unshare exited ${code}`)));
    });
    return c.pid!;
  }

  it("GIVEN processes in namespaces of their own, the host's and a gone one THEN each read gets its own answer, from one process for all", async () => {
    const pids = await Promise.all(["uts-a", "uts-b", "uts-c"].map(named));
    const local = new LocalHost();
    const ran: string[][] = [];
    const host: Host = Object.assign(Object.create(local) as Host, {
      run: (argv: readonly string[], o?: RunOptions) => {
        ran.push([...argv]);
        return local.run(argv, o);
      },
    });
    const gone = spawn("true");
    await new Promise((r) => gone.once("exit", r));
    const reads = [...pids, process.pid, gone.pid!].map((p) => utsHostname(host, p).then((n) => ({ n }), (e: Error) => ({ e: e.message })));
    const got = await Promise.all(reads);
    assert.deepStrictEqual(got.slice(0, 4), [{ n: "uts-a" }, { n: "uts-b" }, { n: "uts-c" }, { n: os.hostname() }]);
    assert.match((got[4] as { e: string }).e, new RegExp(`hostname of process ${gone.pid}: /proc/${gone.pid}/ns/uts`));
    assert.strictEqual(ran.length, 1, "one process answered all five");
    assert.strictEqual(ran[0][0], "perl");
    // Asked again later: a new batch, and the same answer (nothing kept between moments).
    assert.strictEqual(await utsHostname(host, pids[1]), "uts-b");
    assert.strictEqual(ran.length, 2);
  });
});
