import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { LocalHost } from "../../provider/host/local";
import { hasOtherFilesystem, isMountPoint } from "../../provider/linux/mounts";
import { makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";

/**
 * The look that spares a create reading the whole mount table (which holds every
 * unit's mounts): a mount of another filesystem at a path, told by its device.
 * Each mount here is this test's own, in its own state root, and is undone.
 */
describe("host: telling a mount of another filesystem without the mount table", function () {
  let root: string;
  const host = new LocalHost();
  const mounted: string[] = [];
  const mount = (...argv: string[]) => {
    execFileSync("mount", argv);
    mounted.push(argv[argv.length - 1]);
  };

  before(() => {
    requireRoot();
    root = makeTestStateRoot("mounts");
  });
  after(() => {
    for (const p of mounted.reverse()) execFileSync("umount", [p]);
    removeTestStateRoot(root);
  });

  it("GIVEN a tmpfs on a directory and a namespace file bound on a file THEN both are seen, as the mount table has them", async () => {
    const dir = path.join(root, "sys");
    const file = path.join(root, "userns");
    fs.mkdirSync(dir);
    fs.writeFileSync(file, "");
    assert.strictEqual(await hasOtherFilesystem(dir), false);
    assert.strictEqual(await hasOtherFilesystem(file), false);
    mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", dir);
    mount("--bind", `/proc/${process.pid}/ns/net`, file);
    for (const p of [dir, file]) {
      assert.strictEqual(await hasOtherFilesystem(p), true, p);
      assert.strictEqual(await isMountPoint(host, p), true, p);
    }
  });

  it("GIVEN a path that is not there THEN nothing is mounted at it", async () => {
    assert.strictEqual(await hasOtherFilesystem(path.join(root, "nothing", "here")), false);
  });

  it("GIVEN a bind of the same filesystem THEN the device cannot tell it (callers that meet those read the table)", async () => {
    const src = path.join(root, "src");
    const dst = path.join(root, "dst");
    fs.mkdirSync(src);
    fs.mkdirSync(dst);
    mount("--bind", src, dst);
    assert.strictEqual(await isMountPoint(host, dst), true);
    assert.strictEqual(await hasOtherFilesystem(dst), false);
  });
});
