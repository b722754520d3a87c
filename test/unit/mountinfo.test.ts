import * as assert from "assert";
import * as fs from "fs";
import type { Host } from "../../provider/host/host";
import { listMountPoints, parseMountinfo } from "../../provider/linux/mounts";

describe("mountinfo parsing", () => {
  it("GIVEN lines with and without optional fields and an escaped space THEN point, read-only, type and source are right", () => {
    const text = [
      "22 27 0:21 / /proc rw,relatime - proc proc rw",
      "61 27 7:0 / /var/lib/paddock/volumes/db/data rw,nosuid,nodev,relatime shared:33 master:1 - ext4 /dev/loop0 rw",
      "70 61 0:50 / /srv/my\\040site ro,relatime - tmpfs none ro,size=8192k",
      "",
    ].join("\n");
    assert.deepStrictEqual(parseMountinfo(text), [
      { point: "/proc", readOnly: false, fstype: "proc", source: "proc" },
      { point: "/var/lib/paddock/volumes/db/data", readOnly: false, fstype: "ext4", source: "/dev/loop0" },
      { point: "/srv/my site", readOnly: true, fstype: "tmpfs", source: "none" },
    ]);
  });

  it("GIVEN this machine's mount table and the sample THEN the quick list of points is the full parse's points", async () => {
    const sample = ["22 27 0:21 / /proc rw,relatime - proc proc rw", "70 61 0:50 / /srv/my\\040site ro,relatime - tmpfs none ro,size=8192k", ""].join("\n");
    for (const text of [sample, fs.readFileSync("/proc/self/mountinfo", "utf8")]) {
      const host = { readFile: async () => text } as unknown as Host;
      assert.deepStrictEqual(await listMountPoints(host), parseMountinfo(text).map((m) => m.point));
    }
  });
});
