/**
 * What a private user namespace costs a unit (issue 14): create and delete time
 * and disk per unit with `userns: "private"` (the default: an id range leased,
 * the shared base idmapped as the overlay's lower layer) against `userns: "host"`
 * (the unit as it was before), and against the other way to give a unit its own
 * ids: copy the base and chown the copy into the unit's range. Interleaved in one
 * run, through the provider's own create and delete (no Pulumi engine: its cost is
 * the same for both and would hide the difference; see the main table for it).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { container } from "../provider";
import { unitPaths } from "../provider/linux/paths";
import { ensureBase } from "../provider/linux/rootfs";
import { LocalHost } from "../provider/host/local";
import { IdsResult, median } from "./report";

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
/** Bytes a directory holds on its own filesystem (du -x: the unit's mounts, its rootfs and idmapped lower, are not its disk). */
export const du = (dir: string) => Number(execFileSync("du", ["-sxb", dir], { encoding: "utf8" }).split("\t")[0]);

async function paddockUnits(stateRoot: string, n: number, userns: "private" | "host"): Promise<{ create: number[]; del: number[]; disk: number[] }> {
  const out = { create: [] as number[], del: [] as number[], disk: [] as number[] };
  const made: Record<string, unknown>[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const checked = await container.check({}, { name: `ids-${userns}-${i}`, rootfs: { busybox: {} }, command: ["/bin/sleep", "2147483647"], stopTimeout: "0s", userns, stateRoot, __paddockOwner: "bench/ids" });
      if (checked.failures?.length) throw new Error(JSON.stringify(checked.failures));
      const t = process.hrtime.bigint();
      const outs = (await container.create(checked.inputs)).outs as Record<string, unknown>;
      out.create.push(ms(t));
      made.push(outs);
      out.disk.push(du(unitPaths(stateRoot, String(outs.unitId)).dir));
    }
  } finally {
    while (made.length) {
      const outs = made.pop()!;
      const t = process.hrtime.bigint();
      await container.delete(String(outs.unitId), outs as never);
      out.del.push(ms(t));
    }
  }
  return out;
}

/** The alternative to idmapped mounts: a copy of the base per unit, chowned into the unit's range (what a runtime without them does). */
function copyAndChown(base: string, dir: string, n: number): { create: number[]; del: number[]; disk: number[] } {
  const out = { create: [] as number[], del: [] as number[], disk: [] as number[] };
  const shift = (p: string, by: number) => {
    const st = fs.lstatSync(p);
    fs.lchownSync(p, st.uid + by, st.gid + by);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) shift(path.join(p, e), by);
  };
  for (let i = 0; i < n; i++) {
    const dst = path.join(dir, `copy-${i}`);
    const t = process.hrtime.bigint();
    execFileSync("cp", ["-a", "--reflink=never", base, dst]);
    shift(dst, 0x80000 + i * 65536);
    out.create.push(ms(t));
    out.disk.push(du(dst));
  }
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fs.rmSync(path.join(dir, `copy-${i}`), { recursive: true, force: true });
    out.del.push(ms(t));
  }
  return out;
}

export async function idsBench(stateRoot: string, n: number, runs: number, log: (m: string) => void): Promise<IdsResult> {
  const base = await ensureBase(new LocalHost(), stateRoot, { busybox: {} });
  const scratch = path.join(stateRoot, "ids-copies");
  fs.mkdirSync(scratch, { recursive: true });
  const samples: Record<IdsResult["rows"][number]["mode"], { create: number[]; del: number[]; disk: number[] }> = {
    private: { create: [], del: [], disk: [] }, host: { create: [], del: [], disk: [] }, "copy+chown": { create: [], del: [], disk: [] },
  };
  const add = (mode: keyof typeof samples, s: { create: number[]; del: number[]; disk: number[] }) => {
    for (const k of ["create", "del", "disk"] as const) samples[mode][k].push(...s[k]);
  };
  try {
    for (let r = 0; r < runs; r++) {
      log(`user ids, run ${r + 1}/${runs}: ${n} units with userns private, ${n} with userns host, ${n} copies chowned`);
      add("private", await paddockUnits(stateRoot, n, "private"));
      add("host", await paddockUnits(stateRoot, n, "host"));
      add("copy+chown", copyAndChown(base, scratch, n));
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return {
    n, baseBytes: du(base),
    rows: (Object.keys(samples) as (keyof typeof samples)[]).map((mode) => ({ mode, createMs: median(samples[mode].create), deleteMs: median(samples[mode].del), diskBytes: median(samples[mode].disk) })),
  };
}
