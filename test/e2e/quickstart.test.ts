import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { deleteUnitFromRecord, inUnit, inventory, isAlive, makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";
import { ExampleRun } from "../helpers/pulumi";

describe("e2e: examples/quickstart through the real Pulumi CLI", function () {
  let stateRoot: string;
  let run: ExampleRun;
  let initial: ReturnType<typeof inventory>;
  let rootfsDir: string;

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("e2e");
    initial = inventory(stateRoot);
    // A second root filesystem for the replace step: a plain directory outside the state root.
    rootfsDir = fs.mkdtempSync("/tmp/paddock-e2e-rootfs-");
    for (const d of ["bin", "proc", "sys", "dev", "tmp", "root", "etc"]) fs.mkdirSync(path.join(rootfsDir, d));
    fs.copyFileSync("/bin/busybox", path.join(rootfsDir, "bin/busybox"));
    for (const a of ["sh", "sleep", "hostname", "cat"]) fs.symlinkSync("busybox", path.join(rootfsDir, "bin", a));
    run = new ExampleRun("quickstart", { PADDOCK_STATE_ROOT: stateRoot, PADDOCK_EXAMPLE_ROOTFS: rootfsDir });
  });

  after(async () => {
    await run?.cleanup();
    // A unit the stack was made to forget is not the stack's to destroy if adopting it failed.
    if (stateRoot) await deleteUnitFromRecord(stateRoot, "hello");
    fs.rmSync(rootfsDir, { recursive: true, force: true });
    removeTestStateRoot(stateRoot);
  });

  let pid = 0;
  it("up creates a running, isolated container", async () => {
    const stack = await run.stack();
    const res = await stack.up();
    assert.strictEqual(res.summary.resourceChanges?.create, 2);
    pid = res.outputs.pid.value as number;
    assert.strictEqual(res.outputs.status.value, "running");
    assert.strictEqual(res.outputs.runtime.value, "runc");
    assert.ok(isAlive(pid));
    assert.strictEqual(inUnit(pid, ["hostname"]).trim(), "hello");
    // Its output, a timestamp per line, as `paddock logs` shows it.
    assert.match(fs.readFileSync(path.join(stateRoot, "units/hello/console.log"), "utf8"), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z hi\n$/);
  });

  it("preview --expect-no-changes passes when nothing changed", async () => {
    const ops = await run.previewOps({ expectNoChanges: true });
    assert.strictEqual(ops.get("hello")?.op, "same");
  });

  it("refresh of an unchanged unit keeps it as it is", async () => {
    const stack = await run.stack();
    const r = await stack.refresh();
    assert.strictEqual(r.summary.resourceChanges?.update ?? 0, 0);
    assert.strictEqual(r.summary.resourceChanges?.same, 2);
  });

  it("a new command previews as update and restarts the unit, keeping its writes", async () => {
    inUnit(pid, ["sh", "-c", "echo kept > /root/note"]);
    run.useStep("update");
    const ops = await run.previewOps();
    assert.deepStrictEqual(ops.get("hello"), { op: "update", diffs: ["command"], replaceKeys: [] });
    const res = await (await run.stack()).up();
    const newPid = res.outputs.pid.value as number;
    assert.notStrictEqual(newPid, pid);
    assert.ok(!isAlive(pid));
    assert.strictEqual(inUnit(newPid, ["cat", "/root/note"]), "kept\n");
    pid = newPid;
  });

  it("a new rootfs source previews as replace and replaces the unit", async () => {
    run.useStep("replace");
    const ops = await run.previewOps();
    assert.deepStrictEqual(ops.get("hello"), { op: "replace", diffs: ["rootfs"], replaceKeys: ["rootfs"] });
    const res = await (await run.stack()).up();
    const newPid = res.outputs.pid.value as number;
    assert.ok(isAlive(newPid));
    assert.ok(!isAlive(pid));
    assert.ok(!inUnit(newPid, ["sh", "-c", "ls /bin"]).includes("wget"), "runs on the new, smaller rootfs");
  });

  it("bad input fails at preview, naming each property, and changes nothing", async () => {
    const before = inventory(stateRoot);
    run.useStep("fail");
    await assert.rejects(run.previewOps(), (err: Error) => {
      assert.match(err.message, /property name value .* has a problem: A unit's name on the host: lowercase letters/);
      assert.match(err.message, /property command\[0\] value .* has a problem: The program: an absolute path/);
      return true;
    });
    assert.deepStrictEqual(inventory(stateRoot), before);
  });

  it("a unit the stack lost that differs from the program is refused by up, naming it and adopt; the program as it was takes it back, same init", async () => {
    run.useStep("replace");
    const stack = await run.stack();
    const running = (await stack.outputs()).pid.value as number;
    inUnit(running, ["sh", "-c", "echo precious > /root/data"]);
    await run.forget("hello");
    run.useStep("adopt-env");
    await assert.rejects(stack.up(), /a unit named `hello` already exists on this host, made by this same resource \(urn:pulumi:e2e::paddock-quickstart::pulumi-nodejs:dynamic\/paddock:Container::hello\).* differs from the program in env.*set `adopt: true`/s);
    assert.ok(isAlive(running), "the refused create left the unit running");
    run.useStep("replace");
    const back = await run.upOps();
    assert.strictEqual(back.outputs.pid, running);
    assert.ok(run.messages.get("hello")?.some((m) => /took back unit `hello`, which this resource made before/.test(m)), JSON.stringify([...run.messages]));
    assert.strictEqual(inUnit(running, ["cat", "/root/data"]), "precious\n");
  });

  it("adopt: true takes a lost unit that differs in a restart-class property back under the stack, keeping its data; dropping adopt later changes nothing", async () => {
    const stack = await run.stack();
    const running = (await stack.outputs()).pid.value as number;
    await run.forget("hello");
    run.useStep("adopt");
    const res = await stack.up();
    const pid = res.outputs.pid.value as number;
    assert.notStrictEqual(pid, running, "the env change is applied by a restart");
    assert.ok(fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes("GREETING=adopted"));
    assert.strictEqual(inUnit(pid, ["cat", "/root/data"]), "precious\n");
    run.useStep("adopt-env");
    const ops = await run.previewOps({ expectNoChanges: true });
    assert.strictEqual(ops.get("hello")?.op, "same", "adopt is read at create only");
  });

  it("destroy removes the unit and leaves the host as it was", async () => {
    run.useStep("replace");
    const stack = await run.stack();
    await stack.destroy();
    assert.deepStrictEqual(inventory(stateRoot), { ...initial, units: [] });
    assert.ok(!execFileSync("runc", ["--root", path.join(stateRoot, "runtime/runc"), "list", "-q"], { encoding: "utf8" }).trim());
  });
});
