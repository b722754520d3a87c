import * as assert from "assert";
import { median, renderReport, Results, scaling } from "../../bench/report";

describe("benchmark report", () => {
  it("takes the median of runs", () => {
    assert.strictEqual(median([3, 1, 2]), 2);
    assert.strictEqual(median([4, 1, 3, 2]), 2.5);
  });

  const t = (up: number) => ({ up, preview: up / 2, refresh: up / 4, update: up / 4, destroy: up / 2 });

  it("prints each system's median and the ratios against the baselines of the same run", () => {
    const r: Results = {
      date: "2026-11-22T00:00:00.000Z", host: { cpus: 2, node: "v20" }, runs: 3, ns: [10],
      systems: { paddock: { 10: t(6) }, engineFloor: { 10: t(4) }, rawFloor: { 10: t(1) }, docker: { 10: t(24) }, podman: { 10: t(8) }, lxc: { 10: t(3) }, command: { 10: t(12) } },
      density: { n: 10, memAvailableDropKiBPerUnit: 512, providerPeakRssKiB: 90_000, upperBytesPerUnit: 4096, hostProcessesPerUnit: 1, logDaemonRssKiB: 40_960 },
      rawFloorDensity: { n: 10, memAvailableDropKiBPerUnit: 409.6, hostProcessesPerUnit: 1 },
      peerDensity: { docker: { n: 10, memAvailableDropKiBPerUnit: 15_360, hostProcessesPerUnit: 1.1, diskBytesPerUnit: 20_480 } },
    };
    const { markdown, svg } = renderReport(r, "x.svg");
    assert.match(markdown, /\| N \| runs \| op \| paddock \| engine floor \| raw floor \| docker loop \| podman loop \| LXC \| command-based \| paddock \/ \(engine \+ raw\) \| paddock \/ docker loop \| paddock \/ podman loop \| paddock \/ LXC \| paddock \/ command-based \|/);
    assert.match(markdown, /\| 10 \| 3 \| up \| 6\.00 \| 4\.00 \| 1\.00 \| 24\.00 \| 8\.00 \| 3\.00 \| 12\.00 \| 1\.20 \| 0\.25 \| 0\.75 \| 2\.00 \| 0\.50 \|/);
    assert.match(markdown, /MemAvailable drop 0\.50 MiB per unit/);
    assert.match(markdown, /\| docker \| 15\.00 MiB \| 1\.10 \| 20\.0 KiB \|/);
    assert.match(markdown, /\| raw floor \(N=10\) \| 0\.40 MiB \| 1\.00 \| - \|/);
    assert.match(markdown, /one log daemon 40\.0 MiB RSS \(4096 KiB per unit, in the drop\)/);
    // A baseline that does no work for an operation (a loop has no preview) gets no ratio.
    r.systems.lxc![10].preview = 0;
    assert.match(renderReport(r, "x.svg").markdown, /\| 10 \| 3 \| preview \| 3\.00 \| 2\.00 \| 0\.50 \| 12\.00 \| 4\.00 \| 0\.00 \| 6\.00 \| 1\.20 \| 0\.25 \| 0\.75 \| - \| 0\.50 \|/);
    // One panel per operation, each with Paddock's line.
    assert.strictEqual(svg.match(/<polyline[^>]+stroke="#d62728"/g)?.length, 5);
  });

  it("says whether the cost per unit stays flat as N grows", () => {
    const ns = [50, 100, 250, 500, 1000];
    const linear = Object.fromEntries(ns.map((n) => [n, t(2 + n * 0.01)]));
    // Quadratic: each unit costs more the more there are.
    const quadratic = Object.fromEntries(ns.map((n) => [n, t(2 + n * 0.01 + n * n * 0.00002)]));
    const r: Results = { date: "", host: { cpus: 2, node: "v20" }, runs: 1, ns, systems: { paddock: linear, docker: quadratic } };
    const flat = scaling(r, "paddock", "up")!;
    assert.deepStrictEqual(flat.perUnitMs.map((x) => x.ms.toFixed(1)), ["10.0", "10.0", "10.0", "10.0"]);
    assert.strictEqual(flat.flat, true);
    const grows = scaling(r, "docker", "up")!;
    assert.strictEqual(grows.flat, false);
    assert.ok(grows.growth > 3, String(grows.growth));
    assert.match(renderReport(r, "x.svg").markdown, /\| up \| paddock \| 10\.0 \| 10\.0 \| 10\.0 \| 10\.0 \| 1\.00 \| flat \|/);
    // Fewer than three N from 50 up: no verdict.
    assert.strictEqual(scaling({ ...r, ns: [10, 50, 100] }, "paddock", "up"), undefined);
  });
});
