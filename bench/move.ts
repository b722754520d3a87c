/**
 * What moving a unit between hosts costs (issue 15): a busybox unit with W MiB
 * of its own writes moved from one SSH test host to another and back, through
 * the provider's own move (no Pulumi engine: its cost is the same for every
 * update and would hide the move's). Per size: the copy made while it runs,
 * its stop, the downtime from its stop to its start on the new host, and what
 * that downtime would be with one copy after the stop (the pre-copy's time, as
 * a copy of everything, plus the same create): the baseline in the same run.
 */
import { closeRemoteEngines, container } from "../provider";
import { RemoteEngine } from "../provider/engine/remote";
import { moveUnit } from "../provider/move";
import { MoveResult, median } from "./report";
import { startSshHosts } from "../test/helpers/ssh-hosts";

type Props = Record<string, unknown>;
const secondsIn = (said: string, re: RegExp) => Number(re.exec(said)?.[1] ?? NaN);

export async function moveBench(sizesMiB: number[], runs: number, log: (m: string) => void): Promise<MoveResult> {
  const t = await startSshHosts(2, "benchmove");
  const rows: MoveResult["rows"] = [];
  const sides = t.hosts.map((h) => ({ h, side: { engine: new RemoteEngine(h.connection), place: `${h.address}:22` } }));
  try {
    for (const mib of sizesMiB) {
      const samples = { preMs: [] as number[], stopMs: [] as number[], downMs: [] as number[], createMs: [] as number[] };
      const inputs = (i: number) => ({
        name: `mover-${mib}`, rootfs: { busybox: {} }, stopTimeout: "0s", __paddockOwner: "bench/move", stateRoot: sides[i].h.stateRoot, connection: sides[i].h.connection,
        command: ["/bin/sh", "-c", `[ -e /blob ] || dd if=/dev/urandom of=/blob bs=1M count=${mib} 2>/dev/null; exec sleep 2147483647`],
      });
      const c = await container.check({}, inputs(0));
      let outs = (await container.create(c.inputs)).outs as Props;
      await new Promise((r) => setTimeout(r, 300 + mib * 20));
      try {
        for (let r = 0; r < runs * 2; r++) {
          const [from, to] = r % 2 === 0 ? [0, 1] : [1, 0];
          const spec = (await container.check(outs, inputs(to))).inputs as Props;
          let said = "";
          const { connection: _c, ...olds } = outs;
          outs = { ...(await moveUnit({ kind: "Container", from: sides[from].side, to: sides[to].side, olds, spec: { ...spec, connection: undefined }, owner: "bench/move", progress: (m) => (said = /moved from/.test(m) ? m : said) })), connection: sides[to].h.connection };
          const down = secondsIn(said, /down ([\d.]+) s/) * 1000;
          const stop = secondsIn(said, /its stop took ([\d.]+) s/) * 1000;
          const pre = secondsIn(said, /while it ran \(([\d.]+) s\)/) * 1000;
          samples.downMs.push(down);
          samples.stopMs.push(stop);
          samples.preMs.push(pre);
          log(`move ${mib} MiB run ${r + 1}/${runs * 2}: ${said}`);
        }
      } finally {
        await container.delete(String(outs.unitId), outs as never);
      }
      rows.push({ writesMiB: mib, preCopyMs: median(samples.preMs), stopMs: median(samples.stopMs), downMs: median(samples.downMs), oneCopyDownMs: median(samples.preMs) + median(samples.downMs) });
    }
  } finally {
    // The move's own engines and the provider's (create and delete), so every agent exits before the hosts stop.
    await Promise.all(sides.map((s) => s.side.engine.close()));
    await closeRemoteEngines();
    t.removeStateRoots();
    await t.stop();
  }
  return { runs: runs * 2, rows };
}
