import { createHash } from "crypto";
import { DEFAULT_STATE_ROOT } from "../core/spec";

/**
 * Names of host objects, deterministic from the state root and the unit's name,
 * so a retry after a crash finds what an earlier attempt made. Objects of a
 * non-default state root carry its hash, so two installations never collide.
 */
export function hostPrefix(stateRoot: string): string {
  return stateRoot === DEFAULT_STATE_ROOT ? "paddock" : `paddock-${hash(stateRoot, 8)}`;
}

/** The unit's named network namespace (/run/netns/<name>). */
export function netnsName(stateRoot: string, unit: string): string {
  return `${hostPrefix(stateRoot)}-${unit}`;
}

/** The host end of the unit's veth pair: 15 characters at most, so a hash. */
export function vethName(stateRoot: string, unit: string): string {
  return `pd${hash(`${stateRoot}\0${unit}`, 10)}`;
}

/** The nftables table holding a unit's port forwards. */
export function unitTable(stateRoot: string, unit: string): string {
  return `${hostPrefix(stateRoot)}-u-${unit}`;
}

/** The nftables table holding a network's NAT and isolation rules. */
export function networkTable(stateRoot: string, network: string): string {
  return `${hostPrefix(stateRoot)}-n-${network}`;
}

function hash(text: string, n: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, n);
}
