/**
 * Crash safety through the real CLI: `pulumi up`, a restart-class update and
 * `pulumi destroy` are SIGKILLed (the CLI's whole process group: engine,
 * language host, program, dynamic provider) at points read off the host, in
 * the middle of each kind's create and delete. After each kill, `pulumi cancel`
 * then `pulumi up --refresh` must converge: `preview --refresh
 * --expect-no-changes` passes, and the final destroy leaves the host as before.
 *
 * The backend is a local directory with `?metadata=skip`: without it, Pulumi's
 * file backend writes each checkpoint's `.attrs` sidecar apart from the
 * checkpoint, and a kill between the two leaves a 0-byte file that makes every
 * later command fail with "failed to load checkpoint: EOF" (seen here).
 */
import * as assert from "assert";
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { deleteUnitFromRecord, inventory, isAlive, makeTestStateRoot, networkInventory, removeTestStateRoot, requireRoot, wgetFrom } from "../helpers/host";

const repo = path.resolve(__dirname, "../../..");
const UNITS = ["crash0", "crash1", "crash2", "crash3"];

describe("e2e: crash safety — SIGKILL of the CLI at points of up, update and destroy, then cancel and up converge", function () {
  let stateRoot: string;
  let scratch: string;
  let project: string;
  let initial: ReturnType<typeof inventory>;
  let initialNet: ReturnType<typeof networkInventory>;
  let env: NodeJS.ProcessEnv;
  const pulumiBin = () => path.join(process.env.PADDOCK_PULUMI_BIN!, "pulumi");

  const cli = (...args: string[]) => {
    const r = spawnSync(pulumiBin(), [...args, "--non-interactive", "--color", "never", "--stack", "crash"], { cwd: project, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pulumi ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };

  /**
   * The CLI starts its language host and the dynamic provider in process groups of
   * their own, so the group's SIGKILL leaves them (and the provider's spawner)
   * running. They are this test's: their environment holds its own backend URL.
   */
  const killLeftBehind = (backend: string) => {
    const mark = `PULUMI_BACKEND_URL=${backend}`;
    for (const d of fs.readdirSync("/proc")) {
      const pid = Number(d);
      if (!Number.isInteger(pid) || pid === process.pid) continue;
      let environ: string[];
      try {
        environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      } catch {
        continue;
      }
      if (!environ.includes(mark)) continue;
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // exited meanwhile
      }
    }
  };

  /** Runs `pulumi <args>` in its own process group and SIGKILLs the group once `when()` holds; fails if it never does. */
  const killWhen = async (args: string[], when: () => boolean, what: string) => {
    const child = spawn(pulumiBin(), [...args, "--yes", "--non-interactive", "--stack", "crash"], { cwd: project, env, detached: true, stdio: "ignore" });
    const exited = new Promise<void>((r) => child.on("exit", () => r()));
    const deadline = Date.now() + 120_000;
    let hit = false;
    while (Date.now() < deadline && child.exitCode === null) {
      if (when()) {
        process.kill(-child.pid!, "SIGKILL"); // the group this test started
        hit = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    await exited;
    killLeftBehind(env.PULUMI_BACKEND_URL!);
    assert.ok(hit, `the run ended before ${what}`);
  };

  const units = (p = "") => (fs.existsSync(path.join(stateRoot, "units")) ? fs.readdirSync(path.join(stateRoot, "units")).filter((u) => u.startsWith(p)) : []);
  const record = (u: string) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(stateRoot, "units", u, "unit.json"), "utf8")) as { complete?: boolean };
    } catch {
      return undefined;
    }
  };
  const initPid = (u: string) => Number(fs.readFileSync(path.join(stateRoot, "units", u, "init.pid"), "utf8").trim() || 0);

  /** What a person does after a crash: cancel the stale lock, then up with a refresh; then nothing may differ. */
  const converge = () => {
    cli("cancel", "--yes");
    cli("up", "--yes", "--refresh", "--skip-preview");
    cli("preview", "--refresh", "--expect-no-changes");
    for (const u of UNITS) assert.strictEqual(record(u)?.complete, true, `${u} is made`);
    assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18490/hostname"), "crash0\n", "the port forward answers");
  };

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("crash");
    initial = inventory(stateRoot);
    initialNet = networkInventory(stateRoot);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "paddock-e2e-crash-"));
    project = path.join(scratch, "crash");
    fs.cpSync(path.join(repo, "examples/crash"), project, { recursive: true });
    fs.symlinkSync(path.join(repo, "node_modules"), path.join(scratch, "node_modules"));
    fs.mkdirSync(path.join(scratch, "backend"));
    env = { ...process.env, PULUMI_BACKEND_URL: `file://${scratch}/backend?metadata=skip`, PULUMI_CONFIG_PASSPHRASE: "crash-test", PADDOCK_STATE_ROOT: stateRoot, PADDOCK_EXAMPLE_GEN: "1" };
    cli("stack", "init");
  });

  after(async () => {
    try {
      cli("cancel", "--yes");
    } catch {
      // no lock left
    }
    try {
      cli("destroy", "--yes");
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
      assert.deepStrictEqual(networkInventory(stateRoot), initialNet);
    } finally {
      // Should a case have failed with a unit the stack does not hold, it is still this test's to remove.
      for (const u of units()) await deleteUnitFromRecord(stateRoot, u).catch(() => undefined);
      fs.rmSync(scratch, { recursive: true, force: true });
      removeTestStateRoot(stateRoot);
    }
  });

  const upPoints: [string, () => boolean][] = [
    ["inside the Network's create (its record written)", () => fs.existsSync(path.join(stateRoot, "networks/crashnet/network.json"))],
    ["inside a Container's create (its directory made)", () => units("crash").length > 0],
    ["after a Container's create, before Pulumi's checkpoint (its record says made)", () => UNITS.some((u) => record(u)?.complete === true)],
    ["when every Container is made", () => UNITS.every((u) => record(u)?.complete === true)],
  ];
  for (const [what, when] of upPoints) {
    it(`up killed ${what} converges`, async () => {
      if (fs.existsSync(path.join(stateRoot, "units"))) cli("destroy", "--yes"); // each up point starts from nothing
      await killWhen(["up", "--skip-preview"], when, what);
      converge();
    });
  }

  let gen = 1;
  const restartPoints: [string, (before: Map<string, number>) => boolean][] = [
    ["as the first unit restarts", (b) => UNITS.some((u) => fs.existsSync(path.join(stateRoot, "units", u, "init.pid")) && initPid(u) !== b.get(u))],
    ["when half the units have restarted", (b) => UNITS.filter((u) => record(u) && initPid(u) !== b.get(u) && isAlive(initPid(u))).length >= 2],
  ];
  for (const [what, when] of restartPoints) {
    it(`a restart-class update killed ${what} converges, every unit on the new spec`, async () => {
      const before = new Map(UNITS.map((u) => [u, initPid(u)]));
      env.PADDOCK_EXAMPLE_GEN = String(++gen);
      await killWhen(["up", "--skip-preview"], () => when(before), what);
      converge();
      for (const u of UNITS) assert.ok(fs.readFileSync(`/proc/${initPid(u)}/environ`, "utf8").split("\0").includes(`GEN=${gen}`), `${u} runs generation ${gen}`);
    });
  }

  const destroyPoints: [string, () => boolean][] = [
    ["inside a Container's delete (its directory going)", () => UNITS.some((u) => !fs.existsSync(path.join(stateRoot, "units", u, "config.json")))],
    ["when every Container is gone, at the Network's delete", () => units("crash").length === 0],
  ];
  for (const [what, when] of destroyPoints) {
    it(`destroy killed ${what} converges`, async () => {
      await killWhen(["destroy"], when, what);
      converge();
    });
  }

  /**
   * PULUMI_SKIP_CHECKPOINTS=true, what the README advises for large stacks: the
   * engine writes the stack once, at the end, so a kill leaves it holding nothing
   * of the run. What Paddock keeps on the host (each unit's record and owner) is
   * what makes that safe: the next up takes back what was made, and a delete of
   * what is gone succeeds.
   */
  const containersInStack = () => (JSON.parse(cli("stack", "export")) as { deployment: { resources?: { type: string }[] } }).deployment.resources?.filter((r) => r.type.endsWith(":Container")).length ?? 0;
  const skipping = async (f: () => Promise<void>) => {
    env.PULUMI_SKIP_CHECKPOINTS = "true";
    try {
      await f();
    } finally {
      delete env.PULUMI_SKIP_CHECKPOINTS;
    }
  };
  it("with checkpoints skipped, up killed when every Container is made (the stack holds none of them) converges", async () => {
    if (units("crash").length > 0) cli("destroy", "--yes");
    await skipping(async () => {
      await killWhen(["up", "--skip-preview"], upPoints[3][1], upPoints[3][0]);
      assert.strictEqual(containersInStack(), 0, "the killed up checkpointed nothing");
      converge();
      assert.strictEqual(containersInStack(), UNITS.length);
    });
  });
  it("with checkpoints skipped, destroy killed inside a Container's delete (the stack still holds every unit) converges", async () => {
    await skipping(async () => {
      await killWhen(["destroy"], destroyPoints[0][1], destroyPoints[0][0]);
      assert.strictEqual(containersInStack(), UNITS.length, "the killed destroy checkpointed nothing");
      converge();
    });
  });
});
