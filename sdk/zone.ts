import type * as pulumi from "@pulumi/pulumi";
import type { ZoneArgs as ZoneArgsPlain } from "../schema/types/zone";
import type { DeepInput } from "./input";
import { UnitResource } from "./unit";

type Distribute<T> = T extends unknown ? { readonly [K in keyof T]: DeepInput<T[K]> } : never;
export type ZoneArgs = Distribute<ZoneArgsPlain>;

/** See the README's Zone section: each property, the name it comes from, and what it does on Linux. */
export class Zone extends UnitResource {
  constructor(name: string, args: ZoneArgs, opts?: pulumi.CustomResourceOptions) {
    super("Zone", name, args as Record<string, unknown>, opts);
  }
}
