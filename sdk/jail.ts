import type * as pulumi from "@pulumi/pulumi";
import type { JailArgs as JailArgsPlain } from "../schema/types/jail";
import type { DeepInput } from "./input";
import { UnitResource } from "./unit";

type Distribute<T> = T extends unknown ? { readonly [K in keyof T]: DeepInput<T[K]> } : never;
export type JailArgs = Distribute<JailArgsPlain>;

/** See the README's Jail section: each property, the name it comes from, and what it does on Linux. */
export class Jail extends UnitResource {
  constructor(name: string, args: JailArgs, opts?: pulumi.CustomResourceOptions) {
    super("Jail", name, args as Record<string, unknown>, opts);
  }
}
