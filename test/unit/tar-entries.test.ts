import * as assert from "assert";
import { TarEntry, unsafeEntry } from "../../provider/core/tar-entries";

const f = (name: string): TarEntry => ({ name, type: "file" });
const dir = (name: string): TarEntry => ({ name, type: "dir" });
const sym = (name: string, linkname: string): TarEntry => ({ name, type: "symlink", linkname });
const hard = (name: string, linkname: string): TarEntry => ({ name, type: "hardlink", linkname });

describe("tarball entries: what may be extracted into a base", () => {
  it("accepts an ordinary root filesystem, absolute symlinks included", () => {
    assert.strictEqual(unsafeEntry([dir("./"), dir("./bin"), f("./bin/busybox"), sym("./bin/sh", "/bin/busybox"), sym("./usr/lib64", "../lib"), hard("./bin/ash", "./bin/busybox")]), undefined);
  });
  const bad: [string, TarEntry[], RegExp][] = [
    ["an absolute path", [f("/etc/passwd")], /absolute path/],
    ["a '..' component", [f("../evil")], /climbs out with '\.\.'/],
    ["a '..' in the middle", [f("a/../../evil")], /climbs out/],
    ["a relative symlink out of the root", [sym("etc/evil", "../../etc/shadow")], /symlink `etc\/evil` points outside the root/],
    ["a hard link to an absolute path", [hard("bin/x", "/etc/shadow")], /hard link `bin\/x` points outside/],
    ["a hard link climbing out", [hard("bin/x", "../outside")], /hard link/],
    ["an entry below a symlink of the archive", [sym("etc", "/etc"), f("etc/cron.d/evil")], /below the symlink `etc`/],
  ];
  for (const [what, entries, reason] of bad) {
    it(`refuses ${what}`, () => assert.match(unsafeEntry(entries) ?? "", reason));
  }
});
