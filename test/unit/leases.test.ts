import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalHost } from "../../provider/host/local";
import { leasesIn, releaseHeld, releaseNotedLease, takeLease, takeNotedLease } from "../../provider/linux/leases";

/** Lease files in a directory of its own (no root needed: leases are plain files). */
describe("leases and what each holder holds", () => {
  const host = new LocalHost();
  let dir: string;
  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "paddock-leases-")), "leases");
    fs.mkdirSync(dir);
  });
  afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));
  const names = () => fs.readdirSync(dir).filter((n) => !n.startsWith(".")).sort();
  const noted = (holder: string) => fs.readFileSync(path.join(dir, ".held", holder), "utf8").split("\n").filter(Boolean).sort();

  it("GIVEN units leasing and giving back THEN each one's release reads its own note, not every lease", async () => {
    for (let i = 0; i < 5; i++) assert.strictEqual(await takeNotedLease(host, dir, `10.0.0.${i + 2}`, `u${i % 2}`), true);
    assert.strictEqual(await takeNotedLease(host, dir, "10.0.0.2", "u1"), false, "another's lease is refused");
    assert.deepStrictEqual(noted("u0"), ["10.0.0.2", "10.0.0.4", "10.0.0.6"]);
    assert.deepStrictEqual(noted("u1"), ["10.0.0.3", "10.0.0.5"], "a refused lease is not noted");
    // A lease file the note does not name is not u0's as far as a release is concerned: proof that it reads the note.
    fs.writeFileSync(path.join(dir, "10.0.0.9"), "u0\n");
    await releaseHeld(host, dir, "u0", (name) => name === "10.0.0.4");
    assert.deepStrictEqual(names(), ["10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.9"]);
    assert.deepStrictEqual(noted("u0"), ["10.0.0.4"]);
    await releaseNotedLease(host, dir, "10.0.0.4", "u0");
    assert.ok(!fs.existsSync(path.join(dir, ".held", "u0")), "an empty note is removed");
    fs.rmSync(path.join(dir, "10.0.0.9"));
    await releaseHeld(host, dir, "u1");
    assert.deepStrictEqual(fs.readdirSync(dir), [], "the last release leaves the directory empty, notes and all");
  });

  it("GIVEN leases an older Paddock took (no notes) THEN a release reads every lease, and the first noted lease notes them all", async () => {
    for (const [ip, holder] of [["10.0.0.2", "old1"], ["10.0.0.3", "old2"], ["10.0.0.4", "old1"]]) assert.strictEqual(await takeLease(host, path.join(dir, ip), holder), true);
    await releaseHeld(host, dir, "old2");
    assert.deepStrictEqual(names(), ["10.0.0.2", "10.0.0.4"]);
    assert.ok(!fs.existsSync(path.join(dir, ".held")), "a release alone writes no notes");
    assert.strictEqual(await takeNotedLease(host, dir, "10.0.0.5", "new"), true);
    assert.deepStrictEqual(noted("old1"), ["10.0.0.2", "10.0.0.4"], "the old leases were noted under their holders");
    await releaseHeld(host, dir, "old1");
    assert.deepStrictEqual(names(), ["10.0.0.5"]);
    assert.deepStrictEqual((await leasesIn(host, dir)).map((l) => l.name), ["10.0.0.5"], "the notes are not leases");
  });

  it("GIVEN a crash between noting and taking THEN the stale name costs nothing and is dropped at release", async () => {
    assert.strictEqual(await takeNotedLease(host, dir, "10.0.0.2", "u0"), true);
    fs.appendFileSync(path.join(dir, ".held", "u0"), "10.0.0.3\n");
    assert.strictEqual(await takeNotedLease(host, dir, "10.0.0.3", "u1"), true);
    await releaseHeld(host, dir, "u0");
    assert.deepStrictEqual(names(), ["10.0.0.3"], "u1's lease, named in u0's stale note, is kept");
  });

  it("GIVEN holders with path separators (id ranges are held as unit@stateRoot) THEN their notes are files of the directory", async () => {
    assert.strictEqual(await takeNotedLease(host, dir, "524288", "u0@/var/lib/paddock"), true);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, ".held")).sort(), [".complete", encodeURIComponent("u0@/var/lib/paddock")]);
    await releaseHeld(host, dir, "u0@/var/lib/paddock");
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });
});
