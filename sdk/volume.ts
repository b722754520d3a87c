import * as pulumi from "@pulumi/pulumi";
import type { VolumeArgs as VolumeArgsPlain } from "../schema/types/volume";
import { loaderFor } from "./loader";
import { paddockOpts, paddockProps } from "./unit";
import type { DeepInput } from "./input";

export type VolumeArgs = { readonly [K in keyof VolumeArgsPlain]: DeepInput<VolumeArgsPlain[K]> };

/**
 * Data that outlives the units that mount it (`mounts: [{ type: "volume", source: vol.name, target }]`):
 * replacing a unit keeps it. Deleting a Volume deletes its data, and is refused while a
 * unit mounts it; protect data with the resource option `retainOnDelete: true` (then
 * `pulumi destroy` leaves the directory) and `protect: true`.
 */
export class Volume extends pulumi.dynamic.Resource {
  /** The name mounts refer to. */
  declare readonly name: pulumi.Output<string>;
  /** The data directory on the host. */
  declare readonly path: pulumi.Output<string>;
  /** Bytes its data takes, as last observed. */
  declare readonly usedBytes: pulumi.Output<number>;
  /** Whether size is enforced now: the volume's own filesystem is mounted (false without a size, or when found unmounted; `up` remounts it). */
  declare readonly quotaEnforced: pulumi.Output<boolean>;

  constructor(name: string, args: VolumeArgs = {}, opts?: pulumi.CustomResourceOptions) {
    super(loaderFor("Volume"), name, paddockProps("Volume", name, args, opts, ["path", "usedBytes", "quotaEnforced"]), paddockOpts(args, opts), "paddock", "Volume");
  }
}
