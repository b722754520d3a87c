import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { exists } from "../../provider/linux/paths";

describe("exists: whether something is at a path", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "paddock-exists-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("GIVEN a file, a directory and a link to either THEN true; nothing, a dangling link or a path through a file THEN false", async () => {
    fs.writeFileSync(path.join(dir, "file"), "x");
    fs.mkdirSync(path.join(dir, "sub"));
    fs.symlinkSync("file", path.join(dir, "to-file"));
    fs.symlinkSync("sub", path.join(dir, "to-sub"));
    fs.symlinkSync("nowhere", path.join(dir, "dangling"));
    for (const p of ["file", "sub", "to-file", "to-sub"]) assert.strictEqual(await exists(path.join(dir, p)), true, p);
    for (const p of ["missing", "sub/missing", "dangling", "file/below"]) assert.strictEqual(await exists(path.join(dir, p)), false, p);
  });

  it("GIVEN a path that cannot be asked about (a name too long) THEN it rejects rather than saying nothing is there", async () => {
    await assert.rejects(exists(path.join(dir, "x".repeat(300))), { code: "ENAMETOOLONG" });
  });
});
