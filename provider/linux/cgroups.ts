import type { Host } from "../host/host";

/** "v2": one unified hierarchy (most production hosts). "v1": per-controller hierarchies, possibly with a cgroup2 mount beside them (hybrid). */
export type CgroupMode = "v1" | "v2";

/** Paddock's own subtree: units never share a cgroup with anything Paddock did not create. */
export const CGROUP_PARENT = "/paddock";

export async function detectCgroupMode(host: Host): Promise<CgroupMode> {
  return (await host.readFile("/sys/fs/cgroup/cgroup.controllers")) !== undefined ? "v2" : "v1";
}

/** The unit's cgroup path, absolute from each hierarchy's root, as the OCI runtime takes it. */
export function unitCgroupPath(unitId: string): string {
  return `${CGROUP_PARENT}/${unitId}`;
}
