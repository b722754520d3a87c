import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { endRun, cgroupFile, inventory, isAlive, killUnitInit, makeTestStateRoot, requireRoot, unmountAllUnder } from "../helpers/host";
import { ExampleRun } from "../helpers/pulumi";

const MiB = 1024 * 1024;

/** Fetches a page from the unit's httpd inside its own network namespace. */
function fetchInside(pid: number, port: number, file: string): string {
  return execFileSync("nsenter", ["--target", String(pid), "--net", "--", "busybox", "wget", "-qO-", `http://127.0.0.1:${port}/${file}`], { encoding: "utf8" });
}

describe("e2e: examples/web — live vs restart, drift caught by refresh", function () {
  let stateRoot: string;
  let site: string;
  let run: ExampleRun;
  let initial: ReturnType<typeof inventory>;
  let pid = 0;
  let cgroupPath = "";

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("web");
    initial = inventory(stateRoot);
    site = fs.mkdtempSync("/tmp/paddock-e2e-site-");
    fs.chmodSync(site, 0o755);
    fs.writeFileSync(path.join(site, "index.html"), "paddock\n");
    run = new ExampleRun("web", { PADDOCK_STATE_ROOT: stateRoot, PADDOCK_WEB_ROOT: site });
  });
  after(async () => {
    try {
      await endRun(run, stateRoot, initial);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it("up serves the site with the declared limits", async () => {
    const { outputs } = await run.upOps();
    pid = outputs.pid as number;
    cgroupPath = outputs.cgroupPath as string;
    assert.strictEqual(fetchInside(pid, 8080, "index.html"), "paddock\n");
    assert.strictEqual(fs.readFileSync(cgroupFile(cgroupPath, "memory.max"), "utf8").trim(), String(64 * MiB));
  });

  it("nothing changed: preview --refresh --expect-no-changes succeeds", async () => {
    const ops = await run.previewOps({ refresh: true, expectNoChanges: true });
    assert.strictEqual(ops.get("web")?.op, "same");
  });

  it("a memory change previews as a live update and keeps the same pid after up", async () => {
    run.useStep("memory");
    const ops = await run.previewOps();
    assert.deepStrictEqual(ops.get("web"), { op: "update", diffs: ["limits"], replaceKeys: [] });
    assert.ok(run.messages.get("web")?.some((m) => /^paddock: live: .* same init process/.test(m) && /limits\.memory: "\d+MiB" → "\d+MiB" \(live\)/.test(m)), JSON.stringify([...run.messages]));
    assert.strictEqual(run.messages.get("web")!.filter((m) => m.startsWith("paddock: ")).length, 1, "said once in the preview");
    const { outputs } = await run.upOps();
    assert.strictEqual(run.messages.get("web")!.filter((m) => m.startsWith("paddock: ")).length, 1, "said once in the up");
    assert.strictEqual(outputs.pid, pid);
    assert.strictEqual(fs.readFileSync(cgroupFile(cgroupPath, "memory.max"), "utf8").trim(), String(128 * MiB));
  });

  it("a command change previews as an update by restart; after up the pid is new and the unit's writes are kept", async () => {
    fs.writeFileSync(path.join(stateRoot, "units/web/rootfs/tmp-not-tmpfs"), "kept\n");
    run.useStep("command");
    const ops = await run.previewOps();
    assert.deepStrictEqual(ops.get("web"), { op: "update", diffs: ["command"], replaceKeys: [] });
    assert.ok(run.messages.get("web")?.some((m) => /^paddock: restart: .* is kept\./.test(m)), JSON.stringify([...run.messages]));
    const { outputs } = await run.upOps();
    assert.notStrictEqual(outputs.pid, pid);
    pid = outputs.pid as number;
    assert.strictEqual(fetchInside(pid, 8081, "index.html"), "paddock\n");
    assert.strictEqual(fs.readFileSync(path.join(stateRoot, "units/web/upper/tmp-not-tmpfs"), "utf8"), "kept\n");
  });

  it("drift: the unit killed from outside — refresh shows state drifted, up starts it again", async () => {
    killUnitInit(pid);
    await new Promise((r) => setTimeout(r, 200));
    const ops = await run.refreshOps();
    assert.deepStrictEqual(ops.get("web"), { op: "update", diffs: ["pid", "state", "status"], replaceKeys: [] });
    const preview = await run.previewOps();
    assert.deepStrictEqual(preview.get("web")?.op, "update");
    const { outputs } = await run.upOps();
    assert.ok(isAlive(outputs.pid as number));
    pid = outputs.pid as number;
    assert.strictEqual(fetchInside(pid, 8081, "index.html"), "paddock\n");
  });

  it("drift: a memory limit written by hand — refresh shows it, up restores it live", async () => {
    fs.writeFileSync(cgroupFile(cgroupPath, "memory.max"), String(100 * MiB));
    const ops = await run.refreshOps();
    assert.deepStrictEqual(ops.get("web"), { op: "update", diffs: ["limits"], replaceKeys: [] });
    assert.ok(run.messages.get("web")?.some((m) => m.includes('limits.memory: "100MiB" → "128MiB" (live)') && /^paddock: live:/.test(m)), JSON.stringify([...run.messages]));
    const { outputs } = await run.upOps();
    assert.strictEqual(outputs.pid, pid, "restored live: same init");
    assert.strictEqual(fs.readFileSync(cgroupFile(cgroupPath, "memory.max"), "utf8").trim(), String(128 * MiB));
  });

  it("drift: runtime state and bundle deleted by hand — refresh drops the unit, up recreates it", async () => {
    execFileSync("runc", ["--root", path.join(stateRoot, "runtime/runc"), "delete", "--force", "web"]);
    unmountAllUnder(path.join(stateRoot, "units/web"));
    fs.rmSync(path.join(stateRoot, "units/web"), { recursive: true, force: true });
    const ops = await run.refreshOps();
    assert.strictEqual(ops.get("web")?.op, "delete");
    const { ops: upOps, outputs } = await run.upOps();
    assert.strictEqual(upOps.get("web")?.op, "create");
    assert.ok(isAlive(outputs.pid as number));
    assert.strictEqual(fetchInside(outputs.pid as number, 8081, "index.html"), "paddock\n");
    const after = await run.previewOps({ refresh: true, expectNoChanges: true });
    assert.strictEqual(after.get("web")?.op, "same");
  });
});
