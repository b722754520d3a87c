/**
 * Starting a unit's init from its bundle: what every start does, whoever starts
 * it (the provider under cgroupfs, `paddock unit-start` in the unit's systemd
 * service), and what a start after a reboot must put back first.
 */
import { promises as fs } from "fs";
import type { Host } from "../host/host";
import type { ContainerSpec } from "../core/spec";
import { unitPaths } from "./paths";
import { ensureVolumeMounted } from "./volume";
import { ensureBase } from "./rootfs";
import { isMountPoint, mountOverlay } from "./mounts";
import { lastConsoleLines, prepareConsole } from "./logs";
import { isRunning } from "./proc";
import { OciRuntime } from "./runtime";
import { readPortTable, restoreNetwork, writePortTable } from "./network";
import { reattach } from "./unit-network";

/** Starts the unit's init detached, its output to the unit's console; the runtime's state must be clear. */
export async function launchUnit(host: Host, runtime: OciRuntime, spec: ContainerSpec): Promise<void> {
  const p = unitPaths(spec.stateRoot, spec.name);
  // A sized volume's filesystem must be there before the unit binds it, or the unit would write underneath it.
  for (const m of spec.mounts) if (m.type === "volume") await ensureVolumeMounted(host, spec.stateRoot, m.source);
  await prepareConsole(host, spec.stateRoot, spec.name);
  await runtime.run(spec.name, p.dir, p.pidFile, p.consoleFifo, p.runtimeLog);
}

/** The unit's root filesystem: its overlay on the shared base, mounted again if the host lost it. */
export async function ensureMounted(host: Host, spec: ContainerSpec): Promise<void> {
  if (spec.engine?.rootDir) return;
  const p = unitPaths(spec.stateRoot, spec.name);
  if (await isMountPoint(host, p.rootfs)) return;
  const base = await ensureBase(host, spec.stateRoot, spec.rootfs);
  await makeUnitDirs(p);
  await mountOverlay(host, base, p.upper, p.work, p.rootfs);
}

/**
 * The unit's directory is private to root; the upper layer is the unit's "/",
 * whose mode every user inside sees, so it is 0755 like any root directory.
 */
export async function makeUnitDirs(p: ReturnType<typeof unitPaths>): Promise<void> {
  await fs.mkdir(p.dir, { recursive: true, mode: 0o700 });
  for (const d of [p.upper, p.rootfs]) await fs.mkdir(d, { recursive: true, mode: 0o755 });
  await fs.mkdir(p.work, { recursive: true, mode: 0o700 });
}

/**
 * What a reboot takes from a unit and its start needs back: its overlay mount,
 * its Network's bridge and tables, its network namespace with its address, its
 * port forwards. Each is put back only where missing, so a restart after a crash
 * (everything still there) costs a few looks.
 */
export async function restoreUnit(host: Host, spec: ContainerSpec): Promise<void> {
  await ensureMounted(host, spec);
  if (spec.network.mode !== "bridge") return;
  await restoreNetwork(host, spec.stateRoot, spec.network.network!);
  const address = spec.network.address ?? "";
  const olds = { ...spec, address } as never;
  await reattach(host, spec, olds, false);
  if (spec.ports.length > 0 && (await readPortTable(host, spec.stateRoot, spec.name)) === undefined) await writePortTable(host, spec.stateRoot, spec.name, address, spec.ports);
}

/**
 * How long a unit's init must stay up after its start for the start to count.
 * An init that dies at once (a wrong path in `sh -c`, a missing library) fails
 * the create or update, with its last words, instead of a unit that is
 * reported created and found stopped later with no word of why.
 */
export const START_SETTLE_MS = 100;
const SETTLE_POLL_MS = 10;
const LAST_WORDS = 10;

/** A unit's init as started: its pid and when. */
export interface Started {
  readonly pid: number;
  readonly at: number;
}

/**
 * Waits out the rest of the settle time after a start (the caller's steps in
 * between overlap it) and fails, with the init's last output, if the init died
 * in it. The provider runs it after its own starts; `paddock unit-start` before
 * it exits, so systemd fails the service's start at once instead of waiting for
 * a main process that is gone.
 */
export async function seeInitStayUp(host: Host, spec: ContainerSpec, started: Started): Promise<void> {
  for (;;) {
    if (!(await isRunning(host, started.pid))) {
      const out = (await lastConsoleLines(host, spec.stateRoot, spec.name, LAST_WORDS)).join("\n");
      const said = out.trim() ? `; its last output:\n${out}` : "; it wrote no output";
      throw new Error(`the unit's init \`${spec.command.join(" ")}\` exited within ${START_SETTLE_MS} ms of its start${said}`);
    }
    if (Date.now() >= started.at + START_SETTLE_MS) return;
    await new Promise((r) => setTimeout(r, SETTLE_POLL_MS));
  }
}
