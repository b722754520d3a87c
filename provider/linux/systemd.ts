/**
 * Units under systemd, the way systemd wants them: each Paddock unit is a
 * service of its own (`paddock_<unit>.service`, in `paddock.slice`) with
 * `Delegate=yes`, so systemd leaves the unit's cgroup subtree to it through
 * `daemon-reload`, `isolate` and a restart of systemd itself, and `systemd-cgls`
 * shows each unit under Paddock's slice. The service's main process is the unit's
 * own init (read from its pid file): no process of Paddock's stays resident.
 * systemd applies the unit's restart policy and starts it at boot.
 *
 * Inside the service's cgroup, the init and everything it starts live in the
 * child `unit`; the short-lived process that starts it (`paddock unit-start`)
 * moves itself to the child `supervisor` first, since cgroup v2 lets a cgroup
 * give controllers to its children only while it holds no process itself
 * (systemd 254's DelegateSubgroup= does the same).
 */
import * as path from "path";
import type { Host } from "../host/host";
import { DEFAULT_STATE_ROOT } from "../core/spec";
import type { RestartLimitSpec, RestartPolicy } from "../core/spec";
import { exists } from "./paths";
import { hostPrefix } from "./names";

/** Where Paddock writes its service files: the administrator's directory, so they survive a reboot. */
export const SERVICE_DIR = "/etc/systemd/system";

const booted = new Map<string, Promise<boolean>>();

/** Whether systemd is this host's init (sd_booted(3): /run/systemd/system exists). Asked once per process. */
export function systemdRuns(host: Host, marker = "/run/systemd/system"): Promise<boolean> {
  if (!booted.has(marker)) booted.set(marker, exists(marker));
  return booted.get(marker)!;
}

/** The slice of a state root's units: paddock.slice, or paddock-<hash>.slice (inside paddock.slice) for another root. */
export function sliceName(stateRoot: string): string {
  return `${hostPrefix(stateRoot)}.slice`;
}

/** The unit's service. "_" cannot be in a unit's name, so two state roots' services never share a name. */
export function serviceName(stateRoot: string, unit: string): string {
  return `${hostPrefix(stateRoot)}_${unit}.service`;
}

/** The state root's log daemon, as a transient service (see logs.ts). */
export function logDaemonUnit(stateRoot: string): string {
  return `${hostPrefix(stateRoot)}-logd.service`;
}

/** The service's cgroup, from the root of the unified hierarchy. */
export function serviceCgroup(stateRoot: string, unit: string): string {
  const slices = stateRoot === DEFAULT_STATE_ROOT ? ["paddock.slice"] : ["paddock.slice", sliceName(stateRoot)];
  return `/${[...slices, serviceName(stateRoot, unit)].join("/")}`;
}

/** The cgroup of the unit's processes (the runtime's cgroupsPath): the service's child `unit`. */
export function systemdUnitCgroup(stateRoot: string, unit: string): string {
  return `${serviceCgroup(stateRoot, unit)}/unit`;
}

/** The child the starter moves into, so the service's own cgroup holds no process. */
export function supervisorCgroup(stateRoot: string, unit: string): string {
  return `${serviceCgroup(stateRoot, unit)}/supervisor`;
}

export const servicePath = (stateRoot: string, unit: string) => path.join(SERVICE_DIR, serviceName(stateRoot, unit));

export interface ServiceSpec {
  readonly stateRoot: string;
  readonly unit: string;
  readonly description: string;
  /** The argv that starts the unit and exits once it runs (Type=forking). */
  readonly start: readonly string[];
  /** The argv that forgets the unit's runtime state after its init is gone. */
  readonly stopPost: readonly string[];
  /** Where the started init's pid is. */
  readonly pidFile: string;
  readonly stopTimeoutSec: number;
  readonly restart: RestartPolicy;
  readonly restartDelay: string;
  readonly restartLimit: RestartLimitSpec;
  readonly startAtBoot: boolean;
}

/**
 * One argument of an Exec line, quoted as systemd.service(5) reads it: in double
 * quotes with C escapes, "%" doubled (a specifier otherwise) and "$" doubled (a
 * variable otherwise). Every argument is quoted, so none is split or expanded.
 */
export function execArg(s: string): string {
  if (/[\u0000-\u001f\u007f]/.test(s)) throw new Error(`cannot pass ${JSON.stringify(s)} to systemd: it holds a control character`);
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/%/g, "%%").replace(/\$/g, "$$$$")}"`;
}

/** A path setting's value (PIDFile=): specifiers escaped; systemd takes the rest of the line as the path. */
function pathValue(p: string): string {
  if (/[\u0000-\u001f\u007f]/.test(p) || p !== p.trim()) throw new Error(`cannot pass the path ${JSON.stringify(p)} to systemd`);
  return p.replace(/%/g, "%%");
}

/** The service file for a unit. */
export function renderService(s: ServiceSpec): string {
  return [
    `# Made by Paddock for its unit \`${s.unit}\` under ${s.stateRoot}, and removed with it.`,
    "# Do not edit: the next `pulumi up` that changes the unit writes it again.",
    "[Unit]",
    `Description=${s.description.replace(/[\r\n%]/g, " ")}`,
    "After=local-fs.target network.target",
    // `systemctl isolate` stops every unit its target does not want: a unit without boot start is still the program's.
    "IgnoreOnIsolate=yes",
    // The restart limit: at most `attempts` starts within `window`, then the unit stays down (failed).
    `StartLimitIntervalSec=${s.restartLimit.within}`,
    `StartLimitBurst=${s.restartLimit.attempts}`,
    "",
    "[Service]",
    "Type=forking",
    `PIDFile=${pathValue(s.pidFile)}`,
    `Slice=${sliceName(s.stateRoot)}`,
    "Delegate=yes",
    `ExecStart=${s.start.map(execArg).join(" ")}`,
    `ExecStopPost=-${s.stopPost.map(execArg).join(" ")}`,
    // SIGTERM to the init alone, SIGKILL to all that is left after the stop timeout: Paddock's stop.
    "KillMode=mixed",
    `TimeoutStopSec=${Math.max(1, s.stopTimeoutSec)}`,
    "TimeoutStartSec=120",
    `Restart=${s.restart}`,
    `RestartSec=${s.restartDelay}`,
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}

async function systemctl(host: Host, ...args: string[]): Promise<void> {
  await host.run(["systemctl", ...args], { timeoutMs: 180_000 });
}

/**
 * Writes the unit's service and its boot link (what `systemctl enable` makes:
 * read at boot, so no reload for it). systemd loads a new service file when it is
 * first asked for it; only a file it holds an older version of takes a
 * `daemon-reload`, which re-reads every unit on the host and is the slow part of
 * a create on a busy host.
 */
export async function installService(host: Host, s: ServiceSpec): Promise<void> {
  const file = servicePath(s.stateRoot, s.unit);
  const text = renderService(s);
  const name = serviceName(s.stateRoot, s.unit);
  const wants = path.join(SERVICE_DIR, "multi-user.target.wants", name);
  if ((await host.readFile(file)) !== text) {
    await host.writeFileAtomic(file, text);
    const [load, stale] = (await host.run(["systemctl", "show", "--value", "-p", "LoadState", "-p", "NeedDaemonReload", name])).stdout.trim().split("\n");
    if (load !== "loaded" || stale === "yes") await systemctl(host, "daemon-reload");
  }
  if (s.startAtBoot && !(await exists(wants))) await host.run(["ln", "-sfn", file, wants]);
  if (!s.startAtBoot) await host.removeFile(wants);
}

/** Whether the service is active (or activating, deactivating): its cgroup is there. Looked at, not asked. */
function serviceRuns(stateRoot: string, unit: string): Promise<boolean> {
  return exists(path.join("/sys/fs/cgroup", serviceCgroup(stateRoot, unit)));
}

/** Starts the unit's service and waits until its init runs (or the start failed). */
export async function startService(host: Host, stateRoot: string, unit: string): Promise<void> {
  const name = serviceName(stateRoot, unit);
  try {
    await systemctl(host, "start", name);
  } catch (e) {
    // Failed before past its restart limit: that was then; one more try from a clean slate.
    const result = (await host.run(["systemctl", "show", "--value", "-p", "Result", name])).stdout.trim();
    if (result !== "start-limit-hit") throw e;
    await systemctl(host, "reset-failed", name);
    await systemctl(host, "start", name);
  }
}

/**
 * Stops the unit's service: SIGTERM to the init, SIGKILL to all after the stop
 * timeout (killNow: at once). Through systemd, so a restart policy never takes it
 * for a crash. Stopped or unknown already is success.
 */
export async function stopService(host: Host, stateRoot: string, unit: string, killNow: boolean): Promise<void> {
  if (!(await exists(servicePath(stateRoot, unit))) || !(await serviceRuns(stateRoot, unit))) return;
  const name = serviceName(stateRoot, unit);
  if (killNow) {
    // The stop job first: once it is queued, the SIGKILL is a stop, not a crash to restart from.
    await systemctl(host, "stop", "--no-block", name);
    await host.run(["systemctl", "kill", "--signal=SIGKILL", name], { okExitCodes: [1] });
  }
  await systemctl(host, "stop", name);
}

/** Stops the service and removes it: its file, its boot link, its failed state. Gone is success. */
export async function removeService(host: Host, stateRoot: string, unit: string): Promise<void> {
  const file = servicePath(stateRoot, unit);
  if (!(await exists(file))) return;
  const name = serviceName(stateRoot, unit);
  await stopService(host, stateRoot, unit, true);
  await host.removeFile(path.join(SERVICE_DIR, "multi-user.target.wants", name));
  await host.removeFile(file);
  // No daemon-reload: systemd drops a stopped unit whose file is gone once nothing refers to it.
  await host.run(["systemctl", "reset-failed", name], { okExitCodes: [1] });
}
