import type { NetworkArgs } from "../../schema/types/network";
import { DEFAULT_STATE_ROOT, STATE_VERSION } from "./spec";
import { formatIp, formatSubnet, parseIp, parseSubnet } from "./ipv4";
import { canonicalBytes } from "./quantity";

/** How an existing bridge was before Paddock used it, so delete puts it back. */
export interface FoundBridge {
  /** Its interface group ("default" or a number), which Paddock's isolation rules change. */
  readonly group: string;
  /** Its net.ipv4.conf.<bridge>.route_localnet, which Paddock's 127.0.0.1 forwards set to 1. */
  readonly routeLocalnet: string;
  /** Whether it had the gateway address already (then delete leaves it). */
  readonly hadGateway: boolean;
  readonly up: boolean;
}

/** A Network's inputs with defaults filled in and addresses canonical. */
export interface NetworkSpec {
  readonly name: string;
  readonly bridge: string;
  readonly subnet: string;
  readonly gateway: string;
  readonly nat: boolean;
  readonly isolated: boolean;
  readonly stateRoot: string;
}

export interface NetworkOutputs extends NetworkSpec {
  /** False when the bridge existed before and delete must leave it. */
  readonly bridgeCreated: boolean;
  /** How an existing bridge was found (absent when Paddock made it), for delete to put it back. */
  readonly bridgeFound?: FoundBridge;
  /** Observed: the bridge exists with the gateway address and is up. */
  readonly bridgeUp: boolean;
  readonly stateVersion: number;
}

export { STATE_VERSION };

export function defaultBridge(name: string): string {
  return `pd-${name}`.slice(0, 15).replace(/-+$/, "");
}

export function normalizeNetwork(args: NetworkArgs & { name: string }): NetworkSpec {
  const subnet = parseSubnet(args.subnet);
  return {
    name: args.name,
    bridge: args.bridge ?? defaultBridge(args.name),
    subnet: formatSubnet(subnet),
    gateway: args.gateway !== undefined ? formatIp(parseIp(args.gateway)) : formatIp(subnet.network + 1),
    nat: args.nat ?? false,
    isolated: args.isolated ?? false,
    stateRoot: args.stateRoot ?? DEFAULT_STATE_ROOT,
  };
}

/** A Volume's inputs, canonical. */
export function normalizeVolume(args: { name: string; size?: string; stateRoot?: string }): { name: string; size?: string; stateRoot: string } {
  return {
    name: args.name,
    ...(args.size !== undefined ? { size: canonicalBytes(args.size) } : {}),
    stateRoot: args.stateRoot ?? DEFAULT_STATE_ROOT,
  };
}
