import * as assert from "assert";
import { median, renderReport, Results } from "../../bench/report";

describe("benchmark report", () => {
  it("takes the median of runs", () => {
    assert.strictEqual(median([3, 1, 2]), 2);
    assert.strictEqual(median([4, 1, 3, 2]), 2.5);
  });

  it("prints each system's median and the ratios against the baselines of the same run", () => {
    const t = (up: number) => ({ up, preview: up / 2, refresh: up / 4, update: up / 4, destroy: up / 2 });
    const r: Results = {
      date: "2026-11-22T00:00:00.000Z", host: { cpus: 2, node: "v20" }, runs: 3, ns: [10],
      systems: { paddock: { 10: t(6) }, engineFloor: { 10: t(4) }, rawFloor: { 10: t(1) }, lxc: { 10: t(3) }, command: { 10: t(12) } },
      density: { n: 10, memAvailableDropKiBPerUnit: 512, providerPeakRssKiB: 90_000, upperBytesPerUnit: 4096, hostProcessesPerUnit: 1 },
    };
    const { markdown, svg } = renderReport(r, "x.svg");
    assert.match(markdown, /\| 10 \| up \| 6\.00 \| 4\.00 \| 1\.00 \| 3\.00 \| 12\.00 \| 1\.20 \| 2\.00 \| 0\.50 \|/);
    assert.match(markdown, /MemAvailable drop 0\.50 MiB per unit/);
    // A baseline that does no work for an operation (LXC has no preview) gets no ratio.
    r.systems.lxc![10].preview = 0;
    assert.match(renderReport(r, "x.svg").markdown, /\| 10 \| preview \| 3\.00 \| 2\.00 \| 0\.50 \| 0\.00 \| 6\.00 \| 1\.20 \| - \| 0\.50 \|/);
    assert.match(svg, /<polyline[^>]+stroke="#d62728"/);
  });
});
