import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalHost } from "../../provider/host/local";
import { spawner } from "../../provider/host/spawner";

describe("host: commands run through the spawner process", () => {
  const host = new LocalHost();
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "paddock-localhost-"))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("GIVEN an argument with shell syntax THEN the program gets it verbatim (no shell)", async () => {
    const r = await host.run(["echo", "$HOME; touch", path.join(dir, "injected")]);
    assert.strictEqual(r.stdout, `$HOME; touch ${path.join(dir, "injected")}\n`);
    assert.ok(!fs.existsSync(path.join(dir, "injected")));
  });

  it("GIVEN input THEN it reaches stdin; GIVEN an output file THEN stdout and stderr are appended to it", async () => {
    assert.strictEqual((await host.run(["cat"], { input: "from stdin" })).stdout, "from stdin");
    const out = path.join(dir, "out.log");
    fs.writeFileSync(out, "before\n");
    const r = await host.run(["busybox", "sh", "-c", "echo out; echo err >&2"], { outputFile: out });
    assert.strictEqual(r.stdout, "");
    assert.deepStrictEqual(fs.readFileSync(out, "utf8").split("\n").sort(), ["", "before", "err", "out"]);
  });

  it("GIVEN failures THEN each says what went wrong: missing program, exit code with stderr, timeout, unopenable output file", async () => {
    await assert.rejects(host.run(["paddock-no-such-program"]), /paddock-no-such-program: not found\. Is it installed/);
    await assert.rejects(host.run(["ls", path.join(dir, "nothing-here")]), (e: Error & { exitCode?: number }) => e.exitCode === 2 && /No such file/.test(e.message));
    assert.strictEqual((await host.run(["false"], { okExitCodes: [1] })).exitCode, 1);
    await assert.rejects(host.run(["sleep", "30"], { timeoutMs: 100 }), /killed after 100 ms/);
    await assert.rejects(host.run(["true"], { outputFile: path.join(dir, "no-dir", "x.log") }), /cannot open .*no-dir\/x\.log/);
  });

  it("GIVEN many commands at once THEN each gets its own result", async () => {
    const rs = await Promise.all(Array.from({ length: 40 }, (_, i) => host.run(["echo", String(i)])));
    assert.deepStrictEqual(rs.map((r) => r.stdout), Array.from({ length: 40 }, (_, i) => `${i}\n`));
  });

  it("WHEN the spawner dies mid-command THEN that command fails saying so, and the next one starts a new spawner", async () => {
    const pending = host.run(["sleep", "30"]);
    await new Promise((r) => setTimeout(r, 200));
    const first = spawner.pid!;
    const sleeper = Number(fs.readFileSync(`/proc/${first}/task/${first}/children`, "utf8").trim());
    assert.ok(sleeper > 0, "the spawner's child is the sleep");
    try {
      process.kill(first, "SIGKILL");
      await assert.rejects(pending, /spawner process exited \(SIGKILL\)/);
    } finally {
      process.kill(sleeper, "SIGKILL"); // orphaned by the kill: ours, so we end it
    }
    assert.strictEqual((await host.run(["echo", "again"])).stdout, "again\n");
    assert.notStrictEqual(spawner.pid, first);
  });
});
