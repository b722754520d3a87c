import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cgroupDriver, detectCgroupMode } from "../../provider/linux/cgroups";
import { sharesToWeight } from "../../provider/core/quantity";
import { LocalHost } from "../../provider/host/local";

/** A fake /sys/fs/cgroup as plain files: enough to check which file gets which value. */
function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "paddock-cgroup-"));
  for (const [f, v] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), v);
  }
  return root;
}
const read = (root: string, f: string) => fs.readFileSync(path.join(root, f), "utf8");
const host = new LocalHost();
const cg = "/paddock/web";

describe("cgroup drivers: which file holds which limit", () => {
  const roots: string[] = [];
  after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  describe("v2 (unified)", () => {
    // As runc and crun leave a unit's cgroup: cpu.weight at the kernel's 100, cpuset.cpus empty.
    const files = {
      "cgroup.controllers": "cpuset cpu memory pids", "paddock/cpuset.cpus.effective": "0-3",
      [`${cg}/memory.max`]: "max", [`${cg}/memory.swap.max`]: "max", [`${cg}/cpu.max`]: "max 100000",
      [`${cg}/cpu.weight`]: "100", [`${cg}/cpuset.cpus`]: "", [`${cg}/pids.max`]: "max",
    };

    it("is detected by /sys/fs/cgroup/cgroup.controllers", async () => {
      const root = tree(files);
      roots.push(root);
      assert.strictEqual(await detectCgroupMode(host, root), "v2");
    });

    it("writes memory.max, memory.swap.max (swap alone), cpu.max, cpuset.cpus, pids.max and reads them back", async () => {
      const root = tree(files);
      roots.push(root);
      const d = cgroupDriver(host, "v2", root);
      const limits = { memory: "64MiB", memorySwap: "96MiB", cpus: 0.5, cpuset: "0-1", pids: 64 };
      await d.writeLimits(cg, limits);
      assert.strictEqual(read(root, `${cg}/memory.max`), String(64 * 1024 * 1024));
      assert.strictEqual(read(root, `${cg}/memory.swap.max`), String(32 * 1024 * 1024));
      assert.strictEqual(read(root, `${cg}/cpu.max`), "50000 100000");
      assert.strictEqual(read(root, `${cg}/cpuset.cpus`), "0-1");
      assert.strictEqual(read(root, `${cg}/pids.max`), "64");
      assert.deepStrictEqual(await d.readLimits(cg), limits);
    });

    it("writes unset limits as unlimited, and reads them back as unset", async () => {
      const root = tree(files);
      roots.push(root);
      const d = cgroupDriver(host, "v2", root);
      await d.writeLimits(cg, { memory: "64MiB", pids: 5 });
      await d.writeLimits(cg, {});
      assert.strictEqual(read(root, `${cg}/memory.max`), "max");
      assert.strictEqual(read(root, `${cg}/cpu.max`), "max 100000");
      assert.strictEqual(read(root, `${cg}/pids.max`), "max");
      // No process limit reads as pids 0, the way a program says "no limit" (its absence is the default limit).
      assert.deepStrictEqual(await d.readLimits(cg), { pids: 0 });
    });

    it("GIVEN a unit the runtime made without shares (weight 100) THEN it reads as no shares, and an update writes 100, not 1024 shares' weight", async () => {
      const root = tree(files);
      roots.push(root);
      const d = cgroupDriver(host, "v2", root);
      assert.deepStrictEqual(await d.readLimits(cg), { pids: 0 }, "no false drift on a fresh unit");
      await d.writeLimits(cg, { memory: "64MiB" });
      assert.strictEqual(read(root, `${cg}/cpu.weight`), "100");
    });

    it("GIVEN shares THEN cpu.weight is what runc and crun write (1024 → 39, integer division), and it reads back as shares of that weight", async () => {
      const root = tree(files);
      roots.push(root);
      const d = cgroupDriver(host, "v2", root);
      await d.writeLimits(cg, { cpuShares: 1024 });
      assert.strictEqual(read(root, `${cg}/cpu.weight`), "39");
      const back = (await d.readLimits(cg)).cpuShares!;
      assert.strictEqual(sharesToWeight(back), 39);
      // Read against what was declared: 1024 gives the weight in force, so no drift; 3000 does not.
      assert.strictEqual((await d.readLimits(cg, { cpuShares: 1024 })).cpuShares, 1024);
      assert.strictEqual((await d.readLimits(cg, { cpuShares: 1000 })).cpuShares, 1000, "1000 shares are weight 39 too");
      assert.strictEqual((await d.readLimits(cg, { cpuShares: 3000 })).cpuShares, back);
      // Shares whose weight is the kernel's default are in force too, not "unset".
      await d.writeLimits(cg, { cpuShares: 2600 });
      assert.strictEqual(read(root, `${cg}/cpu.weight`), "100");
      assert.strictEqual((await d.readLimits(cg, { cpuShares: 2600 })).cpuShares, 2600);
      assert.strictEqual((await d.readLimits(cg, {})).cpuShares, undefined);
      assert.strictEqual(sharesToWeight(2), 1);
      assert.strictEqual(sharesToWeight(262144), 10000);
    });

    it("GIVEN a cpuset removed from a running unit THEN cpuset.cpus gets the parent's effective CPUs (never an empty write) and reads back as unset", async () => {
      const root = tree(files);
      roots.push(root);
      const d = cgroupDriver(host, "v2", root);
      await d.writeLimits(cg, { cpuset: "1" });
      await d.writeLimits(cg, {});
      assert.strictEqual(read(root, `${cg}/cpuset.cpus`), "0-3");
      assert.deepStrictEqual(await d.readLimits(cg), { pids: 0 });
    });
  });

  describe("v1 (per controller)", () => {
    const files = {
      [`memory${cg}/memory.limit_in_bytes`]: "9223372036854771712", [`memory${cg}/memory.memsw.limit_in_bytes`]: "9223372036854771712",
      [`cpu${cg}/cpu.cfs_quota_us`]: "-1", [`cpu${cg}/cpu.cfs_period_us`]: "100000",
      "cpuset/paddock/cpuset.cpus": "0-3", [`cpuset${cg}/cpuset.cpus`]: "0-3", [`pids${cg}/pids.max`]: "max",
    };

    it("is detected by the absence of cgroup.controllers", async () => {
      const root = tree(files);
      roots.push(root);
      assert.strictEqual(await detectCgroupMode(host, root), "v1");
    });

    it("writes each controller's file and reads them back", async () => {
      const root = tree(files);
      roots.push(root);
      const d = cgroupDriver(host, "v1", root);
      const limits = { memory: "64MiB", memorySwap: "128MiB", cpus: 1.5, cpuset: "2", pids: 100 };
      await d.writeLimits(cg, limits);
      assert.strictEqual(read(root, `memory${cg}/memory.limit_in_bytes`), String(64 * 1024 * 1024));
      assert.strictEqual(read(root, `memory${cg}/memory.memsw.limit_in_bytes`), String(128 * 1024 * 1024));
      assert.strictEqual(read(root, `cpu${cg}/cpu.cfs_quota_us`), "150000");
      assert.strictEqual(read(root, `cpuset${cg}/cpuset.cpus`), "2");
      assert.strictEqual(read(root, `pids${cg}/pids.max`), "100");
      assert.deepStrictEqual(await d.readLimits(cg), limits);
      // 1024 shares is v1's default and a value one can declare (a Zone's cpuShares 1): declared, it is in force.
      await d.writeLimits(cg, { cpuShares: 1024 });
      assert.strictEqual((await d.readLimits(cg)).cpuShares, undefined);
      assert.strictEqual((await d.readLimits(cg, { cpuShares: 1024 })).cpuShares, 1024);
    });

    it("gives a unit without a cpuset its parent's CPUs, and reads that as unset", async () => {
      const root = tree(files);
      roots.push(root);
      const d = cgroupDriver(host, "v1", root);
      await d.writeLimits(cg, { cpuset: "1" });
      await d.writeLimits(cg, {});
      assert.strictEqual(read(root, `cpuset${cg}/cpuset.cpus`), "0-3");
      assert.strictEqual(read(root, `cpu${cg}/cpu.cfs_quota_us`), "-1");
      assert.strictEqual(read(root, `memory${cg}/memory.limit_in_bytes`), "-1");
    });
  });
});
