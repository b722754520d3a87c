import * as pulumi from "@pulumi/pulumi";
import type { JailArgs as JailArgsPlain } from "./types/jail";
import { loaderFor } from "./loader";
import type { DeepInput } from "./input";

type Distribute<T> = T extends unknown ? { readonly [K in keyof T]: DeepInput<T[K]> } : never;
export type JailArgs = Distribute<JailArgsPlain>;

const TYPE = "pulumi-nodejs:dynamic/paddock:Jail";

/** See the README's Jail section: each property, the name it comes from, and what it does on Linux. */
export class Jail extends pulumi.dynamic.Resource {
  declare readonly unitId: pulumi.Output<string>;
  declare readonly pid: pulumi.Output<number>;
  /** "running" or "stopped", as last observed. */
  declare readonly status: pulumi.Output<"running" | "stopped">;
  /** Its IPv4 address on a Paddock Network ("" when it has none). */
  declare readonly address: pulumi.Output<string>;
  declare readonly cgroupPath: pulumi.Output<string>;
  /** The jail's root directory on the host. */
  declare readonly rootfsPath: pulumi.Output<string>;

  constructor(name: string, args: JailArgs, opts?: pulumi.CustomResourceOptions) {
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
    super(loaderFor("Jail"), name, props, opts, "paddock", "Jail");
  }
}
