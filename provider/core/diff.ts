import containerSchema from "../../schema/container.schema.json";
import networkSchema from "../../schema/network.schema.json";
import { normalizeNetwork } from "./network";
import volumeSchema from "../../schema/volume.schema.json";
import type { NetworkArgs } from "../../sdk/types/network";
import { NetworkAttachment, normalizeContainer } from "./spec";
import type { ContainerArgs } from "../../sdk/types/container";

/** How a change to a property reaches a running unit. */
export type UpdateClass = "live" | "restart" | "replace";

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

/** The diff table, read from the schema's x-paddock-update: the schema is the single source of truth. */
export function updateTable(schema: { properties: Record<string, { "x-paddock-update"?: string }> }): Table {
  const table: Record<string, UpdateClass> = {};
  for (const [prop, def] of Object.entries(schema.properties)) {
    const u = def["x-paddock-update"];
    if (u !== "live" && u !== "restart" && u !== "replace") throw new Error(`schema: property \`${prop}\` has no valid x-paddock-update`);
    table[prop] = u;
  }
  return table;
}

export const CONTAINER_UPDATES: Table = updateTable(containerSchema as never);
export const NETWORK_UPDATES: Table = updateTable(networkSchema as never);
export const VOLUME_UPDATES: Table = updateTable(volumeSchema as never);

const RANK: Record<"none" | UpdateClass, number> = { none: 0, live: 1, restart: 2, replace: 3 };

/**
 * Compares what the stack holds (old outputs, which echo the normalized inputs)
 * with the new inputs. Pure: never touches the host.
 */
export function diffContainer(olds: Record<string, unknown>, news: ContainerArgs & { name: string }): DiffResult {
  const a = normalizeContainer(olds as unknown as ContainerArgs & { name: string }) as unknown as Record<string, unknown>;
  const b = normalizeContainer(news) as unknown as Record<string, unknown>;
  const changes: PropertyChange[] = [];
  for (const [prop, update] of Object.entries(CONTAINER_UPDATES)) {
    // "auto" accepts whichever runtime was chosen at create time.
    if (prop === "runtime" && b.runtime === "auto") continue;
    // An allocated address counts as what the program asked for when it asked for none.
    const same = prop === "network" ? sameAttachment(a.network as NetworkAttachment, b.network as NetworkAttachment) : deepEqual(a[prop], b[prop]);
    if (!same) changes.push({ property: prop, update });
  }
  return summarize(changes);
}

/** The same for a Network: its table, its normalization. Pure. */
export function diffNetwork(olds: Record<string, unknown>, news: NetworkArgs & { name: string }): DiffResult {
  const changes = tableChanges(NETWORK_UPDATES, normalizeNetwork as never, olds, news as never);
  // A bridge found missing or without its address is drift that an update repairs.
  if (olds.bridgeUp === false && changes.length === 0) changes.push({ property: "bridge", update: "live" });
  return summarize(changes);
}

/** A Volume's diff: its table, its normalization. Pure. */
export function diffVolume(olds: Record<string, unknown>, news: Record<string, unknown>, normalize: (v: never) => unknown): DiffResult {
  return summarize(tableChanges(VOLUME_UPDATES, normalize, olds, news));
}

function tableChanges(table: Table, normalize: (v: never) => unknown, olds: Record<string, unknown>, news: Record<string, unknown>): PropertyChange[] {
  const a = normalize(olds as never) as Record<string, unknown>;
  const b = normalize(news as never) as Record<string, unknown>;
  return Object.entries(table)
    .filter(([prop]) => !deepEqual(a[prop], b[prop]))
    .map(([property, update]) => ({ property, update }));
}

function summarize(changes: PropertyChange[]): DiffResult {
  const action = changes.reduce<"none" | UpdateClass>((acc, c) => (RANK[c.update] > RANK[acc] ? c.update : acc), "none");
  return { changes, replaces: changes.filter((c) => c.update === "replace").map((c) => c.property), action };
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
