import * as pulumi from "@pulumi/pulumi";
import type { ContainerArgs as ContainerArgsPlain, Rootfs } from "../schema/types/container";
import { loaderFor } from "./loader";
import { paddockOpts, paddockProps } from "./unit";
import type { DeepInput } from "./input";

export type { Rootfs };

/** Inputs of a Container: the schema's properties, each of which may be a Pulumi Input. */
export type ContainerArgs = { readonly [K in keyof ContainerArgsPlain]: DeepInput<ContainerArgsPlain[K]> };

/**
 * A system container on this host: its own root filesystem (an overlay over a
 * shared read-only base), process tree, hostname, IPC and network namespace and
 * cgroup, run by an OCI runtime. `pulumi preview` says for each change whether it
 * is applied live, by a restart, or by replacing the unit.
 */
export class Container extends pulumi.dynamic.Resource {
  /** The unit's name on the host (runtime id, cgroup and state directory are named after it). */
  declare readonly unitId: pulumi.Output<string>;
  /** The OCI runtime running the unit: "runc" or "crun". */
  declare readonly runtime: pulumi.Output<"runc" | "crun">;
  /** The host pid of the unit's init process, 0 when stopped. */
  declare readonly pid: pulumi.Output<number>;
  /** The unit's cgroup, absolute within each hierarchy. */
  declare readonly cgroupPath: pulumi.Output<string>;
  /** The merged root filesystem on the host. */
  declare readonly rootfsPath: pulumi.Output<string>;
  /** "running" or "stopped", as last observed. */
  declare readonly status: pulumi.Output<"running" | "stopped">;
  declare readonly hostname: pulumi.Output<string>;
  /** The unit's IPv4 address on its Network ("" when it has none). */
  declare readonly address: pulumi.Output<string>;
  declare readonly stateVersion: pulumi.Output<number>;
  /** The host ids its user and group ids 0..size-1 are (userns "private"); undefined with the host's own ids. */
  declare readonly idMap: pulumi.Output<{ hostId: number; size: number } | undefined>;

  constructor(name: string, args: ContainerArgs, opts?: pulumi.CustomResourceOptions) {
    const outputs = ["unitId", "runtime", "pid", "cgroupPath", "rootfsPath", "status", "hostname", "address", "idMap", "stateVersion"];
    super(loaderFor("Container"), name, paddockProps("Container", name, args, opts, outputs), paddockOpts(args, opts), "paddock", "Container");
  }
}
