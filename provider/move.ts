/**
 * Moving a unit or a volume to another host (a change of `connection.host`):
 * cold migration, run by the provider, which holds a connection to both hosts'
 * engines and carries the data between them (linux/transfer.ts does each side).
 *
 * A unit: the target makes ready (refusing, before anything changes, what could
 * not finish); its own layer and its volumes are copied while it runs; it stops;
 * what it wrote since is copied; it is created on the target from the copy and
 * started; only then is it removed from the source. A failure before its start on
 * the target starts it again on the source, and the target keeps nothing: the
 * unit runs on one of the two hosts, never on none.
 *
 * A volume: made on the target and filled while its units still run on the
 * source; its copy there is marked handed over and removed once no unit there
 * mounts it (a unit that moves with it copies its last writes first).
 */
import type { Engine } from "./engine/engine";
import type { Kind, Progress } from "./linux/engine-ops";
import type { Outgoing } from "./linux/move";
import { volumeOrigin } from "./linux/move";
import type { IdMap } from "./core/spec";
import type { Packed, Shift, Where } from "./linux/transfer";
import { CHUNK_BYTES } from "./linux/transfer";

type Props = Record<string, unknown>;

/** One side of a move: its engine, and how people name the host. */
export interface Side {
  readonly engine: Engine;
  /** host:port, or "" for the machine that runs Pulumi. */
  readonly place: string;
}

export interface Move {
  readonly kind: Kind;
  readonly from: Side;
  readonly to: Side;
  /** What the stack holds (on the source), without its connection. */
  readonly olds: Props;
  /** The normalized spec it is to have on the target. */
  readonly spec: Props;
  readonly owner: string;
  readonly progress: Progress;
}

const label = (s: Side) => s.place || "this machine";
const ask = <T>(s: Side, op: string, args: Props, progress: Progress = () => undefined) => s.engine.run({ kind: "Move", op, args } as never, progress) as Promise<T>;

/** What a copy carried. */
interface Copied {
  readonly bytes: number;
  readonly entries: number;
  readonly removed: number;
}

/** Copies the tree at from (source) to the tree at to (target): only what differs, and removes what the source lacks. */
/** lenient: the source may change while it is read (its units run); a later copy follows. */
async function copyTree(src: Side, from: Where, dst: Side, to: Where, lenient: boolean, shift?: Shift): Promise<Copied> {
  const have = await ask<Props>(dst, "scan", { where: to, shift });
  const packed = await ask<Packed>(src, "pack", { where: from, have, lenient });
  const piece = (offset: number) => ask<{ data: string }>(src, "read", { stateRoot: from.stateRoot, token: packed.token, offset, length: CHUNK_BYTES });
  try {
    // The next piece is read while this one is written.
    let next = packed.bytes > 0 ? piece(0) : undefined;
    for (let offset = 0; next; offset += CHUNK_BYTES) {
      const { data } = await next;
      next = offset + CHUNK_BYTES < packed.bytes ? piece(offset + CHUNK_BYTES) : undefined;
      await ask(dst, "write", { stateRoot: to.stateRoot, token: packed.token, offset, data });
    }
    if (packed.bytes === 0) await ask(dst, "write", { stateRoot: to.stateRoot, token: packed.token, offset: 0, data: "" });
    await ask(dst, "unpack", { where: to, token: packed.token, removed: packed.removed, bytes: packed.bytes, shift });
  } finally {
    await ask(src, "drop", { stateRoot: from.stateRoot, token: packed.token });
  }
  return { bytes: packed.bytes, entries: packed.entries, removed: packed.removed.length };
}

type Pair = readonly [Where, Where, Shift | undefined];

async function copyAll(m: Move, pairs: readonly Pair[], lenient: boolean): Promise<Copied> {
  let sum: Copied = { bytes: 0, entries: 0, removed: 0 };
  for (const [from, to, shift] of pairs) {
    const c = await copyTree(m.from, from, m.to, to, lenient, shift);
    sum = { bytes: sum.bytes + c.bytes, entries: sum.entries + c.entries, removed: sum.removed + c.removed };
  }
  return sum;
}

const mb = (bytes: number) => (bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Moves a Container, Jail or Zone; answers its outputs on the target. */
export async function moveUnit(m: Move): Promise<Props> {
  const srcRoot = String(m.olds.stateRoot);
  const unit = String(m.olds.unitId ?? m.olds.name);
  const dstRoot = String(m.spec.stateRoot);
  const out = await ask<Outgoing>(m.from, "outgoing", { stateRoot: srcRoot, unit }).catch((e: Error) => Promise.reject(new Error(`move \`${unit}\` from ${label(m.from)} to ${label(m.to)}: ${e.message}; it stays on ${label(m.from)} as it was`)));
  const volumes = out.spec.mounts.filter((v) => v.type === "volume").map((v) => ({ name: v.source, origin: volumeOrigin(m.from.place, srcRoot, v.source) }));
  let stopped = false;
  let outs: Props;
  let said: string;
  try {
    const ready = await ask<{ idMap?: IdMap }>(m.to, "incoming", {
      stateRoot: dstRoot, unit, owner: m.owner, rootfs: out.spec.rootfs, userns: out.spec.userns ?? (out.spec.idMap ? "private" : "host"), volumes, from: label(m.from),
      binds: out.spec.mounts.filter((v) => v.type === "bind").map((v) => v.source),
    }, m.progress);
    const a = out.spec.idMap;
    const b = ready.idMap;
    const shift = a && b ? { from: a.hostId, to: b.hostId, size: Math.min(a.size, b.size) } : undefined;
    const pairs: Pair[] = [
      [{ stateRoot: srcRoot, layer: unit }, { stateRoot: dstRoot, incoming: unit }, shift],
      ...volumes.map((v): Pair => [{ stateRoot: srcRoot, volume: v.name }, { stateRoot: dstRoot, volume: v.name }, undefined]),
    ];
    const t0 = Date.now();
    const pre = await copyAll(m, pairs, true);
    const t1 = Date.now();
    await ask(m.from, "stop", { stateRoot: srcRoot, unit });
    stopped = true;
    const t2 = Date.now();
    const last = await copyAll(m, pairs, false);
    outs = (await m.to.engine.run({ kind: m.kind, op: "create", spec: m.spec, owner: m.owner, incoming: true }, m.progress)) as Props;
    const t3 = Date.now();
    said = out.running
      ? `moved from ${label(m.from)} to ${label(m.to)}: down ${secs(t3 - t2)} from its stop there to its start here (a last copy of ${mb(last.bytes)} in ${last.entries} entries, then its create), after its stop took ${secs(t2 - t1)} (its stop timeout) and a copy of ${mb(pre.bytes)} while it ran (${secs(t1 - t0)})`
      : `moved from ${label(m.from)} to ${label(m.to)} (it was stopped): ${mb(pre.bytes)} copied`;
  } catch (e) {
    throw await undone(m, e as Error, { srcRoot, dstRoot, unit, resume: stopped && out.running });
  }
  m.progress(said);
  // It runs on the target now: what is left of it on the source goes.
  try {
    await m.from.engine.run({ kind: m.kind, op: "delete", olds: m.olds }, m.progress);
    const gone = await ask<string[]>(m.from, "release", { stateRoot: srcRoot, names: volumes.map((v) => v.name) });
    if (gone.length > 0) m.progress(`removed the copies of volume ${gone.join(", ")} it left on ${label(m.from)} (they moved to ${label(m.to)})`);
  } catch (e) {
    // Failing the update now would keep the stack pointing at the source, where the unit no longer runs.
    m.progress(`moved, but its stopped copy on ${label(m.from)} was not removed: ${(e as Error).message}. It runs on ${label(m.to)}, where the stack now has it; what is left on ${label(m.from)} (\`paddock list\` shows it stopped) is its directory ${srcRoot}/units/${unit} and its runtime state: remove them there once that host answers`);
  }
  return outs;
}

/** After a failed move: the unit runs where it was again, and the target holds nothing of it. */
async function undone(m: Move, e: Error, s: { srcRoot: string; dstRoot: string; unit: string; resume: boolean }): Promise<Error> {
  const notes: string[] = [];
  await ask(m.to, "abandon", { stateRoot: s.dstRoot, unit: s.unit }).catch((u: Error) => notes.push(`clearing its staged copy on ${label(m.to)} failed too: ${u.message}`));
  if (s.resume) {
    await ask(m.from, "resume", { stateRoot: s.srcRoot, unit: s.unit }).then(
      () => notes.push(`it runs on ${label(m.from)} again`),
      (u: Error) => notes.push(`starting it again on ${label(m.from)} failed: ${u.message}; \`pulumi up\` starts it there`),
    );
  } else notes.push(`it stays on ${label(m.from)} as it was`);
  return new Error(`move \`${s.unit}\` from ${label(m.from)} to ${label(m.to)}: ${e.message}; ${notes.join("; ")}`);
}

/** Moves a Volume with its data; answers its outputs on the target. */
export async function moveVolume(m: Move): Promise<Props> {
  const srcRoot = String(m.olds.stateRoot);
  const name = String(m.olds.name);
  const from: Where = { stateRoot: srcRoot, volume: name };
  const to: Where = { stateRoot: String(m.spec.stateRoot), volume: String(m.spec.name) };
  try {
    const made = await ask<Props>(m.to, "incomingVolume", { spec: m.spec, owner: m.owner, origin: volumeOrigin(m.from.place, srcRoot, name) });
    const first = await copyTree(m.from, from, m.to, to, true);
    const users = await ask<string[]>(m.from, "outgoingVolume", { stateRoot: srcRoot, name, to: label(m.to) });
    if (users.length === 0) {
      // Nothing there writes to it any more: a last copy of what changed during the first, then its copy there goes.
      await copyTree(m.from, from, m.to, to, false);
      await ask(m.from, "release", { stateRoot: srcRoot, names: [name] });
      m.progress(`moved from ${label(m.from)} to ${label(m.to)} with its data (${mb(first.bytes)})`);
    } else {
      m.progress(`copied to ${label(m.to)} (${mb(first.bytes)}); its copy on ${label(m.from)} stays while units there mount it (${users.join(", ")}): move them with it (their move copies its last writes, then removes that copy), or they go on writing to the copy left there`);
    }
    return ((await m.to.engine.run({ kind: "Volume", op: "read", olds: made }, m.progress)) as Props | undefined) ?? made;
  } catch (e) {
    throw new Error(`move volume \`${name}\` from ${label(m.from)} to ${label(m.to)}: ${(e as Error).message}; its data on ${label(m.from)} is as it was`);
  }
}
