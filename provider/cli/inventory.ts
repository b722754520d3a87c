import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { BASE_MARKER, BaseInfo } from "../linux/rootfs";
import { statePaths, unitPaths } from "../linux/paths";
import { volumeUsers } from "../linux/volume";

export interface UnitRow {
  name: string;
  status: string;
  pid: number;
  address: string;
  base: string;
  upperBytes: number;
  memoryBytes?: number;
}
export interface BaseRow {
  key: string;
  source: string;
  bytes: number;
  usedBy: string[];
  builtAt: string;
}
export interface VolumeRow {
  name: string;
  bytes: number;
  size?: string;
  usedBy: string[];
}

/** What lives under a state root: units, bases and volumes, with status and resource use, read off the host. */
export async function inventory(host: Host, stateRoot: string): Promise<{ units: UnitRow[]; bases: BaseRow[]; volumes: VolumeRow[] }> {
  const paths = statePaths(stateRoot);
  const units: UnitRow[] = [];
  for (const name of (await fs.readdir(paths.units).catch(() => [] as string[])).sort()) {
    const p = unitPaths(stateRoot, name);
    const rec = JSON.parse((await host.readFile(p.record)) ?? "{}") as { runtime?: string; base?: string };
    const runtime = rec.runtime ?? "runc";
    const st = await host.run([runtime, "--root", paths.runtimeRoot(runtime), "state", name], { okExitCodes: [1] });
    const state = st.exitCode === 0 ? (JSON.parse(st.stdout) as { status: string; pid: number }) : { status: "stopped", pid: 0 };
    const hosts = (await host.readFile(path.join(p.upper, "etc/hosts"))) ?? "";
    const address = /^(\d+\.\d+\.\d+\.\d+)\t/m.exec(hosts.split("\n").slice(2).join("\n"))?.[1] ?? "";
    const cg = (await host.readFile(`/proc/${state.pid}/cgroup`).catch(() => undefined)) ?? "";
    const memPath = /:memory:(\S+)/.exec(cg)?.[1];
    const memory = memPath ? await host.readFile(path.join("/sys/fs/cgroup/memory", memPath, "memory.usage_in_bytes")) : undefined;
    units.push({
      name, status: state.status, pid: state.status === "running" ? state.pid : 0, address,
      base: rec.base ? path.basename(rec.base) : "", upperBytes: await du(host, p.upper),
      ...(memory ? { memoryBytes: Number(memory) } : {}),
    });
  }
  const bases: BaseRow[] = [];
  for (const key of (await fs.readdir(paths.bases).catch(() => [] as string[])).sort()) {
    const text = await host.readFile(path.join(paths.bases, key, BASE_MARKER));
    if (!text) continue; // half-built, or not ours
    const info = JSON.parse(text) as BaseInfo;
    const usedBy = units.filter((u) => u.base === key).map((u) => u.name);
    bases.push({ key, source: Object.keys(info.source)[0], bytes: await du(host, path.join(paths.bases, key)), usedBy, builtAt: info.builtAt });
  }
  const volumes: VolumeRow[] = [];
  for (const name of (await fs.readdir(path.join(stateRoot, "volumes")).catch(() => [] as string[])).sort()) {
    const rec = JSON.parse((await host.readFile(path.join(stateRoot, "volumes", name, "volume.json"))) ?? "{}") as { size?: string };
    const data = path.join(stateRoot, "volumes", name, "data");
    volumes.push({ name, bytes: await du(host, data), size: rec.size, usedBy: await volumeUsers(host, stateRoot, data) });
  }
  return { units, bases, volumes };
}

/**
 * Removes bases no unit uses, under each base's build lock so a create that is
 * about to use one waits for the decision. Returns what it removed (or would, on a dry run).
 */
export async function collectGarbage(host: Host, stateRoot: string, dryRun: boolean): Promise<string[]> {
  const paths = statePaths(stateRoot);
  const removed: string[] = [];
  for (const key of (await fs.readdir(paths.bases).catch(() => [] as string[])).sort()) {
    if (key.includes(".tmp-")) continue;
    await host.withLock(path.join(paths.locks, `base-${key}.lock`), async () => {
      // Under the base's lock no create can start using it; the unit records say who uses it now.
      if ((await basesInUse(host, stateRoot)).has(key)) return;
      removed.push(key);
      if (!dryRun) await fs.rm(path.join(paths.bases, key), { recursive: true, force: true });
    });
  }
  return removed;
}

/** The bases the units' records name (running or stopped): no process is spawned. */
async function basesInUse(host: Host, stateRoot: string): Promise<Set<string>> {
  const used = new Set<string>();
  for (const name of await fs.readdir(statePaths(stateRoot).units).catch(() => [] as string[])) {
    const rec = JSON.parse((await host.readFile(unitPaths(stateRoot, name).record)) ?? "{}") as { base?: string };
    if (rec.base) used.add(path.basename(rec.base));
  }
  return used;
}

async function du(host: Host, dir: string): Promise<number> {
  const res = await host.run(["du", "-sb", dir], { okExitCodes: [1] });
  return Number(res.stdout.split(/\s/)[0]) || 0;
}
