import type { DiffResult, UpdateClass } from "./diff";
import { hasUnknown, normalizeContainer } from "./spec";

/** What a resource is, for the words of its preview line. */
export type Noun = "unit" | "network" | "volume";

/** What `pulumi up` will do, in the words of the one who reads the preview. */
type Consequence = "live" | "stop" | "start" | "restart" | "move" | "replace";

const HOW: Readonly<Record<Noun, Readonly<Record<Consequence, string>>>> = {
  unit: {
    live: "pulumi up changes the running unit in place: it keeps running with the same init process",
    stop: "pulumi up stops the unit: its processes end; what it wrote in its root filesystem is kept",
    start: "pulumi up starts the unit with a new init process; what it wrote in its root filesystem is kept",
    restart: "pulumi up restarts the unit: it is stopped and started again with a new init process; what it wrote in its root filesystem is kept",
    move: "pulumi up moves the unit to its new host: its own layer and the volumes it mounts are copied there while it runs; then it stops, what it wrote since is copied, and it starts there, so it is down from that stop to that start (the last copy and a start: about a second for a small unit; up says how long it was); then it is removed from its old host. If a step fails it runs on its old host as before",
    replace: "pulumi up replaces the unit: it is deleted and created anew; what it wrote in its root filesystem is lost (volumes are kept)",
  },
  network: {
    live: "pulumi up changes the network in place: its units keep running",
    stop: "pulumi up changes the network in place: its units keep running",
    start: "pulumi up changes the network in place: its units keep running",
    restart: "pulumi up changes the network in place: its units keep running",
    move: "pulumi up replaces the network on its new host",
    replace: "pulumi up replaces the network: it is deleted and created anew, and the units on it are replaced with it",
  },
  volume: {
    live: "pulumi up changes the volume in place: its data is kept",
    stop: "pulumi up changes the volume in place: its data is kept",
    start: "pulumi up changes the volume in place: its data is kept",
    restart: "pulumi up changes the volume in place: its data is kept",
    move: "pulumi up moves the volume to its new host with its data; its copy on the old host is removed once no unit there mounts it (a unit that moves with it brings its last writes)",
    replace: "pulumi up replaces the volume: it is deleted with its data and created anew, empty",
  },
};

/**
 * What the person reading `pulumi preview` or `pulumi refresh` needs to decide:
 * what `pulumi up` will do to the resource, and every leaf that differs between
 * the host (as the stack last saw it) and the program, in full
 * (`ports[0].hostPort: 18461 → 18463 (live)`). Pure.
 */
export function describeDiff(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  d: DiffResult,
  normalize: (v: never) => unknown = normalizeContainer,
  noun: Noun = "unit",
): string {
  if (d.action === "none") return "no change";
  const a = normalize(olds as never) as Record<string, unknown>;
  // Values not known until apply (a replaced Network's name) cannot be normalized yet.
  const unknown = hasUnknown(news);
  const b = (unknown ? news : normalize(news as never)) as Record<string, unknown>;
  const lines: string[] = [];
  for (const c of d.changes) {
    if (unknown && hasUnknown(news[c.property])) {
      lines.push(`${c.property}: ${show(a[c.property])} → (known after apply) (${c.update})`);
      continue;
    }
    const leaves = changedLeaves(c.property, a[c.property], b[c.property]);
    // Drift the stack recorded in an output (a unit found stopped, a bridge found down): the input is unchanged.
    if (leaves.length === 0) lines.push(`${c.property}: ${drifted(c.property, olds)} (${c.update})`);
    for (const [leaf, was, now] of leaves) lines.push(`${leaf}: ${show(was)} → ${show(now)} (${c.update})`);
  }
  const what = consequence(d.action, a, b, olds);
  return `paddock: ${what}: ${HOW[noun][what]}.\n${lines.map((l) => `  ${l}`).join("\n")}`;
}

/** The consequence of the least disruptive way that applies every change, told apart where a live change stops or starts the unit. */
function consequence(action: UpdateClass, a: Record<string, unknown>, b: Record<string, unknown>, olds: Record<string, unknown>): Consequence {
  if (action === "replace" || action === "move") return action;
  const wasRunning = olds.status !== undefined ? olds.status === "running" : a.state !== "stopped";
  const wantRunning = b.state !== "stopped";
  if (wasRunning && !wantRunning) return "stop";
  if (!wasRunning && wantRunning) return "start";
  if (!wasRunning && !wantRunning) return "live"; // a stopped unit's next start takes the change
  return action;
}

function drifted(property: string, olds: Record<string, unknown>): string {
  if (property === "status") return `found ${show(olds.status)} on the host → "running"`;
  return "found changed on the host → as declared";
}

/** [path, old, new] for every leaf that differs under a property: objects by key, arrays by index. */
export function changedLeaves(at: string, x: unknown, y: unknown): [string, unknown, unknown][] {
  if (isTree(x) && isTree(y) && Array.isArray(x) === Array.isArray(y)) {
    const keys = Array.isArray(x) ? Array.from({ length: Math.max(x.length, (y as unknown as unknown[]).length) }, (_, i) => String(i)) : [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
    return keys.flatMap((k) => changedLeaves(Array.isArray(x) ? `${at}[${k}]` : `${at}.${k}`, (x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
  }
  return JSON.stringify(x) === JSON.stringify(y) ? [] : [[at, x, y]];
}

function isTree(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function show(v: unknown): string {
  return v === undefined ? "(unset)" : JSON.stringify(v);
}
