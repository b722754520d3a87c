import * as pulumi from "@pulumi/pulumi";
import type { NetworkArgs as NetworkArgsPlain } from "../schema/types/network";
import { loaderFor } from "./loader";
import { paddockOpts, paddockProps } from "./unit";
import type { DeepInput } from "./input";

/** Inputs of a Network: the schema's properties, each of which may be a Pulumi Input. */
export type NetworkArgs = { readonly [K in keyof NetworkArgsPlain]: DeepInput<NetworkArgsPlain[K]> };

/**
 * A Paddock network on this host: a bridge with the gateway address, a subnet
 * Containers get addresses from (`network: { mode: "bridge", network: net.name }`),
 * optional outbound NAT and isolation from other Paddock networks.
 */
export class Network extends pulumi.dynamic.Resource {
  /** The name Containers refer to. */
  declare readonly name: pulumi.Output<string>;
  declare readonly bridge: pulumi.Output<string>;
  declare readonly subnet: pulumi.Output<string>;
  declare readonly gateway: pulumi.Output<string>;
  /** Whether the bridge is present, up and has its address, as last observed. */
  declare readonly bridgeUp: pulumi.Output<boolean>;

  constructor(name: string, args: NetworkArgs, opts?: pulumi.CustomResourceOptions) {
    super(loaderFor("Network"), name, paddockProps("Network", name, args, opts, ["bridge", "subnet", "gateway", "bridgeUp"]), paddockOpts(args, opts), "paddock", "Network");
  }
}
