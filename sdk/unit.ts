import * as pulumi from "@pulumi/pulumi";
import { Kind, loaderFor } from "./loader";

/** What Jail and Zone share: the engine's outputs, and how their inputs reach the provider. */
export abstract class UnitResource extends pulumi.dynamic.Resource {
  declare readonly unitId: pulumi.Output<string>;
  declare readonly pid: pulumi.Output<number>;
  /** "running" or "stopped", as last observed. */
  declare readonly status: pulumi.Output<"running" | "stopped">;
  /** Its IPv4 address on a Paddock Network ("" when it has none). */
  declare readonly address: pulumi.Output<string>;
  declare readonly cgroupPath: pulumi.Output<string>;
  /** Its root directory on the host. */
  declare readonly rootfsPath: pulumi.Output<string>;

  protected constructor(kind: Kind, name: string, args: Record<string, unknown>, opts?: pulumi.CustomResourceOptions) {
    const props: Record<string, unknown> = {
      ...args,
      name: args.name ?? name,
      stateRoot: args.stateRoot ?? process.env.PADDOCK_STATE_ROOT,
      // The resource's own URN: who owns the unit on the host, and where the provider reports.
      __paddockOwner: pulumi.createUrn(name, `pulumi-nodejs:dynamic/paddock:${kind}`, opts?.parent),
      unitId: undefined,
      pid: undefined,
      status: undefined,
      address: undefined,
      cgroupPath: undefined,
      rootfsPath: undefined,
    };
    super(loaderFor(kind), name, props, opts, "paddock", kind);
  }
}
