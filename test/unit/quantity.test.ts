import * as assert from "assert";
import { canonicalBytes, canonicalDuration, formatCpuset, parseBytes, parseCpuset, parseDuration } from "../../provider/core/quantity";
import { DEFAULT_PIDS, normalizeLimits } from "../../provider/core/spec";

describe("quantities", () => {
  const sizes: [string, number, string][] = [
    ["64MiB", 64 * 1024 ** 2, "64MiB"],
    ["65536KiB", 64 * 1024 ** 2, "64MiB"],
    ["1GiB", 1024 ** 3, "1GiB"],
    ["1024MiB", 1024 ** 3, "1GiB"],
    ["1.5GiB", 1.5 * 1024 ** 3, "1536MiB"],
    ["512B", 512, "512B"],
    ["1MB", 1_000_000, "1000000B"],
    ["4kB", 4000, "4000B"],
    ["2TiB", 2 * 1024 ** 4, "2TiB"],
  ];
  for (const [text, bytes, canonical] of sizes) {
    it(`${text} is ${bytes} bytes, written ${canonical}`, () => {
      assert.strictEqual(parseBytes(text), bytes);
      assert.strictEqual(canonicalBytes(text), canonical);
    });
  }
  for (const bad of ["64", "64mb", "MiB", "-1MiB", "1.MiB", "64 MiBs"]) {
    it(`refuses ${JSON.stringify(bad)} as a size`, () => assert.throws(() => parseBytes(bad), /not a size/));
  }

  const durations: [string, number, string][] = [
    ["10s", 10_000, "10s"],
    ["1m30s", 90_000, "1m30s"],
    ["90s", 90_000, "1m30s"],
    ["250ms", 250, "250ms"],
    ["1h", 3_600_000, "1h"],
    ["0s", 0, "0s"],
  ];
  for (const [text, ms, canonical] of durations) {
    it(`${text} is ${ms} ms, written ${canonical}`, () => {
      assert.strictEqual(parseDuration(text), ms);
      assert.strictEqual(canonicalDuration(text), canonical);
    });
  }
  it("refuses a duration without a unit", () => assert.throws(() => parseDuration("10"), /not a duration/));

  it("cpusets are sets: order, repeats and ranges do not matter", () => {
    assert.deepStrictEqual(parseCpuset("3,0-1,1"), [0, 1, 3]);
    assert.strictEqual(formatCpuset(parseCpuset("2,0,1,5")), "0-2,5");
  });

  it("memory limits round down to whole pages, as the kernel keeps them", () => {
    assert.deepStrictEqual(normalizeLimits({ memory: "1000000B" }), { memory: "976KiB", pids: DEFAULT_PIDS });
    assert.deepStrictEqual(normalizeLimits({ memory: "64MiB", cpus: 0.333333333 }), { memory: "64MiB", cpus: 0.33333, pids: DEFAULT_PIDS });
  });
});
