import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { BASE_MARKER, BaseInfo } from "../linux/rootfs";
import { exists, statePaths, unitPaths } from "../linux/paths";
import { readUnitRecord } from "../linux/unit-record";
import { addressInEtcHosts } from "../linux/unit-network";
import { unitState } from "../linux/container";
import { DEFAULT_STATE_ROOT } from "../core/spec";
import type { ContainerSpec } from "../core/spec";
import { volumeUsers } from "../linux/volume";

export interface UnitRow {
  name: string;
  /** Container, Jail or Zone. */
  kind: string;
  status: string;
  pid: number;
  /** Its address on a Paddock Network; "host" when it shares the host's network; "" when it has none. */
  address: string;
  /** Port forwards, `hostAddress:hostPort->containerPort/protocol`. */
  ports: string[];
  /** Declared limits, `memory=64MiB`. */
  limits: string[];
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

/**
 * The state roots on this host: the one named, or else every directory under
 * /var/lib named paddock* that holds units, networks or volumes, with
 * PADDOCK_STATE_ROOT and the default one.
 */
export async function findStateRoots(named?: string): Promise<string[]> {
  if (named) return [named];
  const candidates = new Set([DEFAULT_STATE_ROOT, ...(process.env.PADDOCK_STATE_ROOT ? [process.env.PADDOCK_STATE_ROOT] : [])]);
  for (const d of await fs.readdir("/var/lib").catch(() => [] as string[])) if (d.startsWith("paddock")) candidates.add(path.join("/var/lib", d));
  const roots: string[] = [];
  for (const root of [...candidates].sort()) {
    const parts = await Promise.all(["units", "networks", "volumes"].map((d) => exists(path.join(root, d))));
    if (parts.some(Boolean)) roots.push(root);
  }
  return roots;
}

/** What lives under a state root: units, bases and volumes, with status and resource use, read off the host. */
export async function inventory(host: Host, stateRoot: string): Promise<{ units: UnitRow[]; bases: BaseRow[]; volumes: VolumeRow[] }> {
  const paths = statePaths(stateRoot);
  const units: UnitRow[] = [];
  for (const name of (await fs.readdir(paths.units).catch(() => [] as string[])).sort()) {
    const p = unitPaths(stateRoot, name);
    const rec = await readUnitRecord(host, p.record);
    if (!rec) continue; // half-made, or not ours
    const state = await unitState(host, stateRoot, name, rec.runtime);
    units.push({
      name, kind: rec.kind ?? "Container", status: state.status, pid: state.pid,
      address: rec.spec ? addressOf(rec.spec) : await addressInEtcHosts(host, p.upper),
      ports: (rec.spec?.ports ?? []).map((f) => `${f.hostAddress}:${f.hostPort}->${f.containerPort}/${f.protocol}`),
      limits: Object.entries(rec.spec?.limits ?? {}).map(([k, v]) => `${k}=${v}`),
      base: rec.base ? path.basename(rec.base) : "", upperBytes: await du(host, p.upper),
      ...(state.status === "running" ? await memoryOf(host, state.pid) : {}),
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

function addressOf(spec: ContainerSpec): string {
  if (spec.network.mode === "bridge") return spec.network.address ?? "";
  return spec.network.mode === "host" ? "host" : "";
}

/** The memory its cgroup charges now (cgroup v1 memory.usage_in_bytes, v2 memory.current). */
async function memoryOf(host: Host, pid: number): Promise<{ memoryBytes?: number }> {
  const cg = (await host.readFile(`/proc/${pid}/cgroup`).catch(() => undefined)) ?? "";
  const v1 = /:memory:(\S+)/.exec(cg)?.[1];
  const v2 = /^0::(\S+)/m.exec(cg)?.[1];
  const file = v1 ? path.join("/sys/fs/cgroup/memory", v1, "memory.usage_in_bytes") : v2 ? path.join("/sys/fs/cgroup", v2, "memory.current") : undefined;
  const text = file ? await host.readFile(file).catch(() => undefined) : undefined;
  return text ? { memoryBytes: Number(text) } : {};
}

async function du(host: Host, dir: string): Promise<number> {
  const res = await host.run(["du", "-sb", dir], { okExitCodes: [1] });
  return Number(res.stdout.split(/\s/)[0]) || 0;
}
