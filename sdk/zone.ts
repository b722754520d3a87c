import * as pulumi from "@pulumi/pulumi";
import type { ZoneArgs as ZoneArgsPlain } from "./types/zone";
import { loaderFor } from "./loader";
import type { DeepInput } from "./input";

type Distribute<T> = T extends unknown ? { readonly [K in keyof T]: DeepInput<T[K]> } : never;
export type ZoneArgs = Distribute<ZoneArgsPlain>;

const TYPE = "pulumi-nodejs:dynamic/paddock:Zone";

/** See the README's Zone section: each property, the name it comes from, and what it does on Linux. */
export class Zone extends pulumi.dynamic.Resource {
  declare readonly unitId: pulumi.Output<string>;
  declare readonly pid: pulumi.Output<number>;
  /** "running" or "stopped", as last observed. */
  declare readonly status: pulumi.Output<"running" | "stopped">;
  /** Its IPv4 address on a Paddock Network ("" when it has none). */
  declare readonly address: pulumi.Output<string>;
  declare readonly cgroupPath: pulumi.Output<string>;
  /** The zone's root directory on the host. */
  declare readonly rootfsPath: pulumi.Output<string>;

  constructor(name: string, args: ZoneArgs, opts?: pulumi.CustomResourceOptions) {
    const a = args as Record<string, unknown>;
    const props: Record<string, unknown> = {
      ...a,
      name: a.name ?? name,
      stateRoot: a.stateRoot ?? process.env.PADDOCK_STATE_ROOT,
      __paddockOwner: pulumi.createUrn(name, TYPE, opts?.parent),
      unitId: undefined,
      pid: undefined,
      status: undefined,
      address: undefined,
      cgroupPath: undefined,
      rootfsPath: undefined,
    };
    super(loaderFor("Zone"), name, props, opts, "paddock", "Zone");
  }
}
