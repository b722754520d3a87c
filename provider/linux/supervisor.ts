/**
 * Who places a unit's processes in cgroups and starts and stops its init: one
 * entry per cgroup manager, as runc and crun keep theirs behind a table.
 *
 *   cgroupfs-v1  Paddock's own subtree in each v1 hierarchy; the provider runs the runtime.
 *   cgroupfs-v2  Paddock's own subtree of the unified hierarchy; the provider runs the runtime.
 *   systemd      a service per unit with Delegate=yes in paddock.slice (systemd.ts);
 *                systemd starts it, supervises it (restart policy) and boots it.
 *
 * New units get systemd on a host that runs systemd on the unified hierarchy
 * (what every current distribution boots), cgroupfs elsewhere;
 * PADDOCK_CGROUP_MANAGER=cgroupfs|systemd in the provider's environment chooses.
 * A unit keeps the manager it was made with (its cgroup path says which) until
 * it is replaced.
 */
import * as path from "path";
import type { Host } from "../host/host";
import type { ContainerSpec } from "../core/spec";
import { parseDuration } from "../core/quantity";
import { CgroupDriver, cgroupDriver, CgroupMode, detectCgroupMode, removeUnitCgroup, unitCgroupPath } from "./cgroups";
import { OciRuntime, RuntimeName } from "./runtime";
import { exists, unitPaths } from "./paths";
import { launchUnit } from "./launch";
import { logMaxBytes } from "./logs";
import { installService, removeService, serviceCgroup, serviceName, servicePath, sliceName, startService, stopService, supervisorCgroup, systemdRuns, systemdUnitCgroup } from "./systemd";

export type CgroupManagerName = "cgroupfs-v1" | "cgroupfs-v2" | "systemd";

/** What a unit's systemd service starts (launch.json): the spec and runtime of its last start by the provider. */
export interface Launch {
  readonly runtime: RuntimeName;
  readonly spec: ContainerSpec;
  /** The host's boot when the provider last started it: a start in a later boot puts back what the reboot took. */
  readonly bootId: string;
  /** The log rotation size the provider's environment asked for (absent in a launch.json from before it was kept). */
  readonly logMaxBytes?: number;
}

export const BOOT_ID = "/proc/sys/kernel/random/boot_id";

export interface Supervisor {
  readonly name: CgroupManagerName;
  readonly driver: CgroupDriver;
  /** Whether it can restart a unit's init and start it at boot. */
  readonly supervises: boolean;
  /** The unit's cgroup, as the runtime takes it (config.json's cgroupsPath). */
  cgroupPath(stateRoot: string, unit: string): string;
  /** Starts the unit's init from its bundle and resolves once it runs; the runtime's state must be clear. */
  start(runtime: OciRuntime, spec: ContainerSpec): Promise<void>;
  /** SIGTERM to the init, SIGKILL to all after stopMs (0: at once); its runtime state is gone after. Gone is success. */
  stop(runtime: OciRuntime, spec: Pick<ContainerSpec, "stateRoot" | "name">, stopMs: number): Promise<void>;
  /** Removes what the manager keeps for a unit beyond its cgroup, and the cgroup, killing what is left in it. */
  forget(stateRoot: string, unit: string): Promise<void>;
  /** Brings what the manager keeps for a unit in line with its spec (systemd: the service file) without touching its processes. */
  configure(runtime: OciRuntime, spec: ContainerSpec): Promise<void>;
}

const cgroupfs = (host: Host, mode: CgroupMode): Supervisor => ({
  name: mode === "v1" ? "cgroupfs-v1" : "cgroupfs-v2",
  driver: cgroupDriver(host, mode),
  supervises: false,
  cgroupPath: unitCgroupPath,
  start: (runtime, spec) => launchUnit(host, runtime, spec),
  stop: (runtime, spec, stopMs) => runtime.stop(spec.name, stopMs, unitPaths(spec.stateRoot, spec.name).pidFile),
  forget: (stateRoot, unit) => removeUnitCgroup(host, mode, unitCgroupPath(stateRoot, unit)),
  configure: async () => undefined,
});

const systemd = (host: Host): Supervisor => ({
  name: "systemd",
  driver: cgroupDriver(host, "v2"),
  supervises: true,
  cgroupPath: systemdUnitCgroup,
  async configure(runtime, spec) {
    await installService(host, {
      stateRoot: spec.stateRoot,
      unit: spec.name,
      description: `Paddock unit ${spec.name} (${spec.stateRoot})`,
      start: [process.execPath, path.join(__dirname, "..", "cli", "paddock.js"), "unit-start", "--state-root", spec.stateRoot, spec.name],
      stopPost: [runtime.name, "--root", runtime.root, "delete", "--force", spec.name],
      pidFile: unitPaths(spec.stateRoot, spec.name).pidFile,
      stopTimeoutSec: Math.ceil(parseDuration(spec.stopTimeout) / 1000),
      restart: spec.restart,
      restartDelay: spec.restartDelay,
      restartLimit: spec.restartLimit,
      startAtBoot: spec.startAtBoot,
    });
  },
  async start(runtime, spec) {
    const p = unitPaths(spec.stateRoot, spec.name);
    await this.configure(runtime, spec);
    const launch: Launch = { runtime: runtime.name, spec, bootId: ((await host.readFile(BOOT_ID)) ?? "").trim(), logMaxBytes: logMaxBytes() };
    await host.writeFileAtomic(p.launch, JSON.stringify(launch, null, 2));
    await host.removeFile(p.startError);
    // Pid files from an earlier start would pass for this one's if this one fails.
    await host.removeFile(p.pidFile);
    await host.removeFile(p.startedPid);
    try {
      await startService(host, spec.stateRoot, spec.name);
    } catch (e) {
      const said = (await host.readFile(p.startError)) ?? "";
      throw new Error(`systemd could not start ${serviceName(spec.stateRoot, spec.name)}: ${said.trim() || (e as Error).message}`);
    }
  },
  async stop(runtime, spec, stopMs) {
    await stopService(host, spec.stateRoot, spec.name, stopMs === 0);
    // Its runtime state, where the service's ExecStopPost did not get to it (no service: made by hand).
    await runtime.remove(spec.name);
  },
  async forget(stateRoot, unit) {
    await removeService(host, stateRoot, unit);
    for (const cg of [systemdUnitCgroup(stateRoot, unit), supervisorCgroup(stateRoot, unit), serviceCgroup(stateRoot, unit)]) {
      await removeUnitCgroup(host, "v2", cg);
    }
  },
});

/** The manager for new units on this host. */
export async function hostSupervisor(host: Host, choice = process.env.PADDOCK_CGROUP_MANAGER): Promise<Supervisor> {
  const mode = await detectCgroupMode(host);
  if (choice !== undefined && choice !== "" && choice !== "cgroupfs" && choice !== "systemd") {
    throw new Error(`PADDOCK_CGROUP_MANAGER=${choice}: set it to cgroupfs or systemd, or unset it to let Paddock choose`);
  }
  if (choice === "cgroupfs") return cgroupfs(host, mode);
  const possible = mode === "v2" && (await systemdRuns(host));
  if (choice === "systemd" && !possible) {
    throw new Error("PADDOCK_CGROUP_MANAGER=systemd: this host does not run systemd on the unified cgroup v2 hierarchy; unset it, or set it to cgroupfs");
  }
  return possible ? systemd(host) : cgroupfs(host, mode);
}

/** The manager a unit was made with, told by its cgroup path (systemd's units live in paddock.slice). */
export async function unitSupervisor(host: Host, cgroupPath: string | undefined): Promise<Supervisor> {
  if (cgroupPath?.startsWith("/paddock.slice/")) return systemd(host);
  return cgroupfs(host, await detectCgroupMode(host));
}

/** Every cgroup a unit of this name under this state root can have, whichever manager made it. */
export function possibleCgroupPaths(stateRoot: string, unit: string): string[] {
  return [unitCgroupPath(stateRoot, unit), systemdUnitCgroup(stateRoot, unit)];
}

/** Removes what any manager keeps for a unit of this name (a crash's leftovers: which manager made it is not known). */
export async function forgetEverywhere(host: Host, stateRoot: string, unit: string): Promise<void> {
  await cgroupfs(host, await detectCgroupMode(host)).forget(stateRoot, unit);
  if (await exists(servicePath(stateRoot, unit))) await systemd(host).forget(stateRoot, unit);
}

/** What a preview says about where a new unit will run: its cgroup manager and what that means. */
export async function describePlacement(host: Host, stateRoot: string, unit: string): Promise<string> {
  const sup = await hostSupervisor(host);
  const cg = sup.cgroupPath(stateRoot, unit);
  if (sup.name === "systemd") {
    return `cgroup manager systemd: the unit will be the service ${serviceName(stateRoot, unit)} (Delegate=yes, in ${sliceName(stateRoot)}), its processes in ${cg}; systemd applies its restart policy and boot start`;
  }
  return `cgroup manager ${sup.name}: the unit's processes will be in ${cg}, started and stopped by Paddock (no systemd here to supervise them: restart policies and boot start are refused)`;
}
