import containerSchema from "../../schema/container.schema.json";
import networkSchema from "../../schema/network.schema.json";
import { normalizeNetwork, normalizeVolume } from "./network";
import volumeSchema from "../../schema/volume.schema.json";
import type { NetworkArgs } from "../../schema/types/network";
import { ContainerSpec, hasUnknown, NetworkAttachment, normalizeContainer } from "./spec";
import type { ContainerArgs } from "../../schema/types/container";

/** How a change to a property reaches a running unit ("move": to another host, with its data; see ../move.ts). */
export type UpdateClass = "live" | "restart" | "move" | "replace";

export interface PropertyChange {
  readonly property: string;
  readonly update: UpdateClass;
}

export interface DiffResult {
  readonly changes: readonly PropertyChange[];
  /** The changes that force a replacement. */
  readonly replaces: readonly string[];
  /** The least disruptive way to apply all changes, or "none". */
  readonly action: "none" | UpdateClass;
}

type Table = Readonly<Record<string, UpdateClass>>;

/**
 * The diff table, read from the schema's x-paddock-update: the schema is the
 * single source of truth. "none" marks a property read only at create (adopt):
 * it is not in the table, so changing it never changes the resource. "host"
 * marks `connection`, which says where the resource is rather than what it is:
 * the provider compares it (core/connection.ts), never the engine.
 */
export function updateTable(schema: { properties: Record<string, { "x-paddock-update"?: string }> }): Table {
  const table: Record<string, UpdateClass> = {};
  for (const [prop, def] of Object.entries(schema.properties)) {
    const u = def["x-paddock-update"];
    if (u === "none" || u === "host") continue;
    if (u !== "live" && u !== "restart" && u !== "replace") throw new Error(`schema: property \`${prop}\` has no valid x-paddock-update`);
    table[prop] = u;
  }
  return table;
}

export const CONTAINER_UPDATES: Table = updateTable(containerSchema as never);
export const NETWORK_UPDATES: Table = updateTable(networkSchema as never);
export const VOLUME_UPDATES: Table = updateTable(volumeSchema as never);

// A move starts the unit afresh on its new host, so it applies a restart-class change too.
const RANK: Record<"none" | UpdateClass, number> = { none: 0, live: 1, restart: 2, move: 3, replace: 4 };

/** What one kind adds to the plain table diff. */
export interface DiffRules {
  /** A property compared its own way (an allocated address, runtime "auto"). */
  readonly same?: Readonly<Record<string, (old: unknown, want: unknown) => boolean>>;
  /**
   * Properties that name a Paddock Network. Unknown at preview means that network is
   * being replaced; the unit must be replaced with it (deleted first, so the old
   * network can go, which a restart would not allow).
   */
  readonly networkRefs?: readonly string[];
  /** Drift the stack records in outputs that a live update repairs (a bridge down, a unit found stopped). */
  readonly drift?: (olds: Record<string, unknown>) => PropertyChange[];
}

/**
 * Compares what the stack holds (old outputs, which echo the normalized inputs)
 * with the new inputs, property by property through the kind's update table.
 * Pure: never touches the host.
 */
export function diffKind(table: Table, normalize: (v: never) => unknown, olds: Record<string, unknown>, news: Record<string, unknown>, rules: DiffRules = {}): DiffResult {
  const followed = (rules.networkRefs ?? []).filter((p) => hasUnknown(news[p]));
  if (followed.length > 0) return summarize(followed.map((property) => ({ property, update: "replace" })));
  const a = normalize(olds as never) as Record<string, unknown>;
  const b = normalize(news as never) as Record<string, unknown>;
  const changes = Object.entries(table)
    .filter(([p]) => !(rules.same?.[p] ?? deepEqual)(a[p], b[p]))
    .map(([property, update]) => ({ property, update }));
  return summarize([...changes, ...(rules.drift?.(olds) ?? [])]);
}

export const CONTAINER_RULES: DiffRules = {
  // "auto" accepts whichever runtime was chosen at create time.
  same: { runtime: (old, want) => want === "auto" || old === want, network: (old, want) => sameAttachment(old as NetworkAttachment, want as NetworkAttachment) },
  networkRefs: ["network"],
};

export function diffContainer(olds: Record<string, unknown>, news: ContainerArgs & { name: string }): DiffResult {
  return diffKind(CONTAINER_UPDATES, normalizeContainer as never, olds, news as never, CONTAINER_RULES);
}

/**
 * How to bring a unit from the engine spec it runs to another (adoption compares
 * what a unit runs with what the program declares): the Container table, plus
 * the Jail/Zone engine options, which a restart applies.
 */
export function diffEngineSpecs(olds: Record<string, unknown>, spec: ContainerSpec): DiffResult {
  const d = diffKind(CONTAINER_UPDATES, (v: never) => v, olds, spec as never, CONTAINER_RULES);
  return deepEqual(olds.engine, spec.engine) ? d : summarize([...d.changes, { property: "engine", update: "restart" }]);
}

export function diffNetwork(olds: Record<string, unknown>, news: NetworkArgs & { name: string }): DiffResult {
  // A bridge found missing or without its address is drift that an update repairs.
  return diffKind(NETWORK_UPDATES, normalizeNetwork as never, olds, news as never, { drift: (o) => (o.bridgeUp === false ? [{ property: "bridge", update: "live" }] : []) });
}

export function diffVolume(olds: Record<string, unknown>, news: Record<string, unknown>): DiffResult {
  // A sized volume found without its filesystem mounted (unmounted by hand, or a reboot) is drift an update repairs.
  return diffKind(VOLUME_UPDATES, normalizeVolume as never, olds, news, {
    drift: (o) => (o.size !== undefined && o.quotaEnforced === false ? [{ property: "size", update: "live" }] : []),
  });
}

/** A diff without the changes of these properties. */
export function withoutChanges(d: DiffResult, properties: readonly string[]): DiffResult {
  return summarize(d.changes.filter((c) => !properties.includes(c.property)));
}

/** A diff with more changes (a kind's own, or drift) folded in. */
export function withChanges(d: DiffResult, more: readonly PropertyChange[]): DiffResult {
  return more.length === 0 ? d : summarize([...d.changes, ...more]);
}

function summarize(changes: PropertyChange[]): DiffResult {
  // One change per property: drift on a property that also changed is already covered.
  const seen = new Set<string>();
  const unique = changes.filter((c) => !seen.has(c.property) && seen.add(c.property));
  const action = unique.reduce<"none" | UpdateClass>((acc, c) => (RANK[c.update] > RANK[acc] ? c.update : acc), "none");
  return { changes: unique, replaces: unique.filter((c) => c.update === "replace").map((c) => c.property), action };
}

export function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x as object);
  const ky = Object.keys(y as object);
  if (kx.length !== ky.length) return false;
  return kx.every((k) => deepEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}

function sameAttachment(old: NetworkAttachment, want: NetworkAttachment): boolean {
  if (old.mode !== want.mode || old.network !== want.network) return false;
  if (want.mode !== "bridge") return true;
  // Allocated (no address asked): any address will do, but there must be one (none means drift).
  return want.address === undefined ? old.address !== undefined : old.address === want.address;
}
