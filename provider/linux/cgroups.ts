import type { Host } from "../host/host";

/** "v2": one unified hierarchy (most production hosts). "v1": per-controller hierarchies, possibly with a cgroup2 mount beside them (hybrid). */
export type CgroupMode = "v1" | "v2";

import { createHash } from "crypto";
import { DEFAULT_STATE_ROOT } from "../core/spec";

/**
 * Paddock's own subtree: units never share a cgroup with anything Paddock did
 * not create. Each state root gets its own, so two Paddock installations (or a
 * test run beside a real one) never meet: "/paddock" for the default root,
 * "/paddock-<hash of the root>" for any other.
 */
export function cgroupParent(stateRoot: string): string {
  if (stateRoot === DEFAULT_STATE_ROOT) return "/paddock";
  return `/paddock-${createHash("sha256").update(stateRoot).digest("hex").slice(0, 8)}`;
}

export async function detectCgroupMode(host: Host): Promise<CgroupMode> {
  return (await host.readFile("/sys/fs/cgroup/cgroup.controllers")) !== undefined ? "v2" : "v1";
}

/** The unit's cgroup path, absolute from each hierarchy's root, as the OCI runtime takes it. */
export function unitCgroupPath(stateRoot: string, unitId: string): string {
  return `${cgroupParent(stateRoot)}/${unitId}`;
}
