import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { wrapError } from "../host/host";
import { runSteps } from "../core/steps";
import { ContainerOutputs, ContainerSpec, OWNER_KEY, STATE_VERSION } from "../core/spec";
import { detectCgroupMode, unitCgroupPath } from "./cgroups";
import { buildOciConfig } from "./oci-spec";
import { statePaths, unitPaths } from "./paths";
import { ensureBase } from "./rootfs";
import { OciRuntime, RuntimeName, resolveRuntime } from "./runtime";
import { isMountPoint, mountOverlay, unmountAll } from "./mounts";

/** What Paddock writes beside a unit so a later run knows whose it is and how it was made. */
interface UnitRecord {
  readonly owner: string;
  readonly runtime: RuntimeName;
  readonly base: string;
}

/** Creates and starts a Container. Transactional: on failure it undoes what it did and throws. */
export async function createContainer(host: Host, spec: ContainerSpec, owner: string): Promise<ContainerOutputs> {
  const p = unitPaths(spec.stateRoot, spec.name);
  try {
    const mode = await detectCgroupMode(host);
    const runtimeName = await resolveRuntime(host, spec.runtime, mode);
    const runtime = new OciRuntime(host, runtimeName, statePaths(spec.stateRoot).runtimeRoot(runtimeName));
    await removeLeftovers(host, spec, owner);
    const base = await ensureBase(host, spec.stateRoot, spec.rootfs);
    const record: UnitRecord = { owner, runtime: runtimeName, base };
    await runSteps([
      {
        describe: `make unit directory \`${p.dir}\``,
        do: async () => {
          for (const d of [p.upper, p.work, p.rootfs]) await fs.mkdir(d, { recursive: true, mode: 0o700 });
          await host.writeFileAtomic(p.record, JSON.stringify(record, null, 2));
        },
        undo: () => removeUnitDir(spec.stateRoot, p.dir),
      },
      {
        describe: `mount overlay \`${p.rootfs}\``,
        do: () => mountOverlay(host, base, p.upper, p.work, p.rootfs),
        undo: () => unmountAll(host, p.rootfs),
      },
      {
        describe: "write OCI bundle",
        do: () => writeBundle(host, spec, p.config),
      },
      {
        describe: `start with ${runtimeName}`,
        do: () => runtime.run(spec.name, p.dir, p.pidFile, p.consoleLog, p.runtimeLog),
        undo: () => runtime.remove(spec.name),
      },
    ]);
    const st = await runtime.state(spec.name);
    return outputs(spec, runtimeName, st?.pid ?? 0, st?.status === "running" ? "running" : "stopped", owner);
  } catch (e) {
    throw wrapError(`create container \`${spec.name}\``, e);
  }
}

/** Restart-class update: stop, rewrite the bundle, start. The rootfs upper (the unit's own writes) is kept. */
export async function restartContainer(host: Host, spec: ContainerSpec, olds: ContainerOutputs): Promise<ContainerOutputs> {
  const p = unitPaths(spec.stateRoot, spec.name);
  const runtime = new OciRuntime(host, olds.runtime, statePaths(spec.stateRoot).runtimeRoot(olds.runtime));
  try {
    await runtime.remove(spec.name);
    if (!(await isMountPoint(host, p.rootfs))) {
      const base = await ensureBase(host, spec.stateRoot, spec.rootfs);
      for (const d of [p.upper, p.work, p.rootfs]) await fs.mkdir(d, { recursive: true, mode: 0o700 });
      await mountOverlay(host, base, p.upper, p.work, p.rootfs);
    }
    await writeBundle(host, spec, p.config);
    await runtime.run(spec.name, p.dir, p.pidFile, p.consoleLog, p.runtimeLog);
    const st = await runtime.state(spec.name);
    return outputs(spec, olds.runtime, st?.pid ?? 0, st?.status === "running" ? "running" : "stopped", olds[OWNER_KEY] ?? "");
  } catch (e) {
    throw wrapError(`restart container \`${spec.name}\``, e);
  }
}

/** Removes everything the unit has on the host. A unit that is already gone is success. */
export async function deleteContainer(host: Host, olds: ContainerOutputs): Promise<void> {
  const p = unitPaths(olds.stateRoot, olds.name);
  try {
    const runtime = new OciRuntime(host, olds.runtime, statePaths(olds.stateRoot).runtimeRoot(olds.runtime));
    await runtime.remove(olds.name);
    await unmountAll(host, p.rootfs);
    await removeUnitDir(olds.stateRoot, p.dir);
  } catch (e) {
    throw wrapError(`delete container \`${olds.name}\``, e);
  }
}

/** What is really on the host: undefined when the unit is gone, else the outputs with observed status and pid. */
export async function readContainer(host: Host, olds: ContainerOutputs): Promise<ContainerOutputs | undefined> {
  const p = unitPaths(olds.stateRoot, olds.name);
  const runtime = new OciRuntime(host, olds.runtime, statePaths(olds.stateRoot).runtimeRoot(olds.runtime));
  const [st, dirExists] = await Promise.all([
    runtime.state(olds.name),
    fs.access(p.dir).then(() => true, () => false),
  ]);
  if (!st && !dirExists) return undefined;
  const running = st?.status === "running";
  return { ...olds, status: running ? "running" : "stopped", pid: running ? st.pid : 0 };
}

/**
 * A unit directory with our name may be a crash leftover of this very resource
 * (remove it and start clean) or another stack's unit (refuse, and say so).
 */
async function removeLeftovers(host: Host, spec: ContainerSpec, owner: string): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  const text = await host.readFile(p.record);
  if (text === undefined) {
    if (await fs.access(p.dir).then(() => true, () => false)) await cleanup(host, spec, undefined);
    return;
  }
  const rec = JSON.parse(text) as UnitRecord;
  if (rec.owner !== owner) {
    throw new Error(`a unit named \`${spec.name}\` already exists on this host (owned by ${rec.owner || "another program"}): give this one another name`);
  }
  await cleanup(host, spec, rec.runtime);
}

async function cleanup(host: Host, spec: ContainerSpec, runtime: RuntimeName | undefined): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  for (const name of runtime ? [runtime] : (["runc", "crun"] as const)) {
    const rt = new OciRuntime(host, name, statePaths(spec.stateRoot).runtimeRoot(name));
    await rt.remove(spec.name).catch(() => undefined);
  }
  await unmountAll(host, p.rootfs);
  await removeUnitDir(spec.stateRoot, p.dir);
}

async function writeBundle(host: Host, spec: ContainerSpec, configPath: string): Promise<void> {
  const config = buildOciConfig(spec, { rootPath: "rootfs", cgroupsPath: unitCgroupPath(spec.stateRoot, spec.name) });
  await host.writeFileAtomic(configPath, JSON.stringify(config, null, 2));
}

/** Deletes a unit directory, but only after checking on the real path that it lies under the state root. */
async function removeUnitDir(stateRoot: string, dir: string): Promise<void> {
  const realRoot = await fs.realpath(statePaths(stateRoot).units).catch(() => undefined);
  const realDir = await fs.realpath(dir).catch(() => undefined);
  if (!realRoot || !realDir) return;
  if (!realDir.startsWith(realRoot + path.sep)) {
    throw new Error(`refusing to delete \`${realDir}\`: it is not under Paddock's state root ${realRoot}`);
  }
  await fs.rm(realDir, { recursive: true, force: true });
}

function outputs(spec: ContainerSpec, runtime: RuntimeName, pid: number, status: "running" | "stopped", owner: string): ContainerOutputs {
  const p = unitPaths(spec.stateRoot, spec.name);
  return {
    ...spec,
    runtime,
    unitId: spec.name,
    pid,
    cgroupPath: unitCgroupPath(spec.stateRoot, spec.name),
    rootfsPath: p.rootfs,
    status,
    stateVersion: STATE_VERSION,
    [OWNER_KEY]: owner,
  };
}
