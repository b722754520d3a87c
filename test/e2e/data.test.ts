import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { endRun, inUnit, inventory, isAlive, makeTestStateRoot, requireRoot } from "../helpers/host";
import { ExampleRun } from "../helpers/pulumi";

describe("e2e: examples/data — a tarball root filesystem and a sized Volume", function () {
  let stateRoot: string;
  let scratch: string;
  let run: ExampleRun;
  let initial: ReturnType<typeof inventory>;
  let image = "";

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("data");
    initial = inventory(stateRoot);
    image = path.join(stateRoot, "volumes/data/data.img");
    // A small root filesystem (static busybox and its applets) as an xz archive.
    scratch = fs.mkdtempSync("/tmp/paddock-e2e-data-");
    const tree = path.join(scratch, "tree");
    for (const d of ["bin", "proc", "sys", "dev", "tmp", "etc", "data"]) fs.mkdirSync(path.join(tree, d), { recursive: true });
    fs.copyFileSync("/bin/busybox", path.join(tree, "bin/busybox"));
    for (const a of ["sh", "sleep", "date", "cat", "dd", "rm"]) fs.symlinkSync("busybox", path.join(tree, "bin", a));
    const tarball = path.join(scratch, "rootfs.tar.xz");
    execFileSync("tar", ["-c", "--xz", "-f", tarball, "-C", tree, "."]);
    const sha256 = execFileSync("sha256sum", [tarball], { encoding: "utf8" }).split(" ")[0];
    run = new ExampleRun("data", { PADDOCK_STATE_ROOT: stateRoot, PADDOCK_EXAMPLE_TARBALL: tarball, PADDOCK_EXAMPLE_TARBALL_SHA256: sha256, PADDOCK_EXAMPLE_VOLUME_SIZE: "32MiB" });
  });
  after(async () => {
    try {
      await endRun(run, stateRoot, initial);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  let pid = 0;
  let dataPath = "";

  it("up runs the unit on the tarball with its data on a 32MiB volume that refuses more", async () => {
    const { outputs } = await run.upOps();
    pid = outputs.appPid as number;
    dataPath = outputs.dataPath as string;
    assert.strictEqual(outputs.sizeEnforced, true);
    assert.ok(isAlive(pid));
    assert.match(fs.readFileSync(path.join(dataPath, "boots.log"), "utf8"), /\d{4}/);
    assert.throws(() => inUnit(pid, ["dd", "if=/dev/zero", "of=/data/fill", "bs=1M", "count=48"]), /No space left on device/);
    inUnit(pid, ["rm", "-f", "/data/fill"]);
  });

  it("nothing changed: preview --refresh --expect-no-changes succeeds", async () => {
    await run.previewOps({ refresh: true, expectNoChanges: true });
  });

  it("a smaller size fails at preview naming size, and nothing changes", async () => {
    await run.setEnv("PADDOCK_EXAMPLE_VOLUME_SIZE", "16MiB");
    await assert.rejects(run.previewOps(), /property size .*cannot shrink from 32MiB to 16MiB/);
    await run.setEnv("PADDOCK_EXAMPLE_VOLUME_SIZE", "32MiB");
    assert.strictEqual(fs.statSync(image).size, 32 * 1024 * 1024);
    assert.ok(isAlive(pid));
  });

  it("drift: the volume unmounted by hand — refresh shows it, up mounts it again with its data", async () => {
    execFileSync("umount", [dataPath]);
    const found = await run.refreshOps();
    assert.strictEqual(found.get("data")?.op, "update", JSON.stringify([...found]));
    const { outputs } = await run.upOps();
    assert.strictEqual(outputs.sizeEnforced, true);
    assert.match(fs.readFileSync(path.join(dataPath, "boots.log"), "utf8"), /\d{4}/);
  });

  it("destroy removes the unit and the volume, leaving no loop device", async () => {
    await (await run.stack()).destroy();
    assert.ok(!isAlive(pid));
    assert.ok(!fs.existsSync(path.join(stateRoot, "volumes/data")));
    assert.strictEqual(execFileSync("losetup", ["-j", image], { encoding: "utf8" }), "");
  });
});
