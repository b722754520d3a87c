import * as assert from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalHost } from "../../provider/host/local";
import { createLockFile, holdsLockFile, processToken, tokenAlive, tokenPid } from "../../provider/host/pid";

/** Lock files name a process by pid, start time and boot, so a pid handed out again is not taken for their holder. */
describe("lock files and who holds them", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "paddock-locks-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("GIVEN a live process THEN its token reads as alive; the same pid with another start time or boot does not", async () => {
    const child = spawn("sleep", ["1000"], { stdio: "ignore" });
    try {
      await new Promise((r) => child.once("spawn", r));
      const token = processToken(child.pid)!;
      const [pid, start, boot] = token.split(" ");
      assert.strictEqual(Number(pid), child.pid);
      assert.strictEqual(boot, fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim());
      assert.strictEqual(tokenAlive(token), true);
      assert.strictEqual(tokenAlive(`${pid} ${Number(start) + 1} ${boot}`), false, "a later process given the same pid");
      assert.strictEqual(tokenAlive(`${pid} ${start} ${boot.replace(/^./, (c) => (c === "0" ? "1" : "0"))}`), false, "a process of another boot");
      assert.strictEqual(tokenAlive(`${pid}`), true, "a bare pid, as older locks hold, is taken at its word");
      assert.strictEqual(tokenPid(`${token}\n`), child.pid, "the pid a lock names, as a bench or test reads it");
      assert.strictEqual(tokenPid(`${pid}`), child.pid);
      assert.strictEqual(tokenPid("garbage"), undefined);
      assert.strictEqual(tokenAlive(""), false);
      assert.strictEqual(tokenAlive("garbage"), false);
    } finally {
      child.kill("SIGKILL");
    }
    await new Promise((r) => child.once("exit", r));
    // Reaped: its pid names no process now (a zombie's would read as dead too).
    assert.strictEqual(processToken(child.pid), undefined);
  });

  it("GIVEN a lock file THEN one process makes it whole, a second is refused, and only its maker holds it", () => {
    const lock = path.join(dir, "x.lock");
    assert.strictEqual(createLockFile(lock), true);
    assert.strictEqual(fs.readFileSync(lock, "utf8"), processToken());
    assert.strictEqual(createLockFile(lock), false, "held already");
    assert.strictEqual(holdsLockFile(lock), true);
    assert.deepStrictEqual(fs.readdirSync(dir), ["x.lock"], "no file of the making is left");
    fs.writeFileSync(lock, "1 2 3");
    assert.strictEqual(holdsLockFile(lock), false);
  });

  it("GIVEN a lock left by a process of another boot under a pid that runs now THEN withLock takes it over", async () => {
    const lock = path.join(dir, "y.lock");
    const [, start, boot] = processToken()!.split(" ");
    fs.writeFileSync(lock, `1 ${start} ${boot.replace(/^./, (c) => (c === "0" ? "1" : "0"))}`); // pid 1 always runs
    const got = await new LocalHost().withLock(lock, async () => fs.readFileSync(lock, "utf8"));
    assert.strictEqual(got, processToken());
    assert.ok(!fs.existsSync(lock), "let go after");
  });
});
