/**
 * What every kind's provider does the same way, so each kind states only what is
 * its own: check answers with normalized inputs (or the failures); diff says how
 * a change will be applied, under the resource in the engine's output; create
 * records who owns the unit.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import type { CheckFailure } from "./check";
import type { DiffResult } from "./core/diff";
import { checkConnection, ConnectionArgs, connectionChange, connectionShown, normalizeConnection, placeOf } from "./core/connection";
import { moveUnit, moveVolume } from "./move";
import { withChanges, withoutChanges } from "./core/diff";
import { describeDiff, Noun } from "./core/explain";
import { hasUnknown, OWNER_KEY } from "./core/spec";
import type { Engine } from "./engine/engine";
import type { Kind, ResourceRequest } from "./linux/engine-ops";
import { tellUser } from "./notify";

type Props = Record<string, unknown>;

export const ownerOf = (...props: Props[]): string => String(props.find((p) => p[OWNER_KEY] !== undefined)?.[OWNER_KEY] ?? "");

/**
 * check's answer: failures as they are, or the normalized inputs (unknowns wait
 * until they are known). `adopt` is kept beside them for create, the one place it
 * is read; no spec holds it, so no diff ever sees it.
 */
export function checked(failures: CheckFailure[], news: Props, normalize: (a: Props) => unknown): dynamic.CheckResult {
  if (failures.length > 0 || hasUnknown(news)) return { inputs: news, failures };
  const adopt = news.adopt === undefined ? {} : { adopt: news.adopt };
  const connection = news.connection === undefined ? {} : { connection: normalizeConnection(news.connection as ConnectionArgs) };
  return { inputs: { ...(normalize(news) as Props), ...adopt, ...connection, [OWNER_KEY]: news[OWNER_KEY] }, failures: [] };
}

// What this provider process (one operation: a preview, an up, a refresh) has told, so each line shows once.
const told = new Set<string>();

/** diff's answer, after telling the person at the preview how the change will be applied (once per resource and change). */
export async function answered(d: DiffResult, olds: Props, news: Props, normalize: (a: Props) => unknown, noun: Noun): Promise<dynamic.DiffResult> {
  if (d.action !== "none") {
    const owner = ownerOf(news, olds);
    const message = describeDiff(olds, news, d, normalize as never, noun);
    if (!told.has(`${owner}\n${message}`)) {
      told.add(`${owner}\n${message}`);
      await tellUser(owner, message);
    }
  }
  // Host names derive from a unit's name, so old and new cannot coexist: delete before replacing.
  return { changes: d.changes.length > 0, replaces: [...d.replaces], deleteBeforeReplace: d.replaces.length > 0 };
}

/**
 * Tells the person at a preview (or up) of a create what only the host knows of
 * it (a unit's cgroup manager). Said once per process and resource; a host that
 * cannot tell is no failure of the check.
 */
export async function announceCreate(olds: Props | undefined, res: dynamic.CheckResult, say: (inputs: Props) => Promise<string | undefined>): Promise<void> {
  if ((olds && Object.keys(olds).length > 0) || (res.failures?.length ?? 0) > 0 || hasUnknown(res.inputs)) return;
  const owner = ownerOf(res.inputs as Props);
  const message = await say(res.inputs as Props).catch(() => undefined);
  if (!message || told.has(`${owner}\n${message}`)) return;
  told.add(`${owner}\n${message}`);
  await tellUser(owner, message);
}

/** One kind on the provider's side: its pure parts. Its host operations are the engine's (linux/engine-ops.ts). */
export interface KindOps<S> {
  readonly kind: Kind;
  /** What the kind's resources are called in preview lines. */
  readonly noun: Noun;
  /** olds: the inputs the stack holds ({} for a create), for rules about changes. */
  check(news: Props, olds: Props): CheckFailure[];
  normalize(args: Props): S;
  diff(olds: Props, news: Props): DiffResult;
  /** The id of what create made. */
  id(outs: Props): string;
  /** Whether a create's preview says where it will be made (units: which cgroup manager), which only its host can tell. */
  readonly announces?: boolean;
}

/**
 * A kind's dynamic provider: check and diff here, without a host; create, read,
 * update and delete as whole operations on the engine of the resource's host
 * (engineFor: this machine's in-process engine, or a remote host's agent).
 */
export function kindProvider<S>(k: KindOps<S>, engineFor: (props: Props) => Engine) {
  // What the stack records: the engine's outputs, the resource's host and its owner.
  const own = (outs: Props, from: Props, owner: unknown) => ({ ...outs, ...(from.connection ? { connection: from.connection } : {}), [OWNER_KEY]: owner });
  const progressOf = (owner: string) => (m: string) => void tellUser(owner, `paddock: ${m}`);
  // The host's engine gets the resource without its connection (no key leaves this machine).
  const call = (props: Props, req: ResourceRequest, owner = ownerOf(props)) => engineFor(props).run(req.olds ? { ...req, olds: withoutConnection(req.olds) } : req, progressOf(owner));
  // As a preview line shows it: the connection with it, its key never.
  const shown = (a: Props) => ({ ...(k.normalize(a) as Props), ...(a.connection ? { connection: connectionShown(a.connection as ConnectionArgs) } : {}) });
  const diff = (olds: Props, news: Props) => {
    const c = connectionChange(olds, news, k.noun !== "network");
    // A state root names a directory of the resource's host: on its new host, it is where the move puts it.
    const base = c?.update === "move" ? withoutChanges(k.diff(olds, news), ["stateRoot"]) : k.diff(olds, news);
    return withChanges(base, c ? [c] : []);
  };
  return {
    async check(olds: Props, news: Props): Promise<dynamic.CheckResult> {
      const failures = [...k.check(news, olds ?? {}), ...checkConnection(news)];
      const res = checked(failures, news, k.normalize);
      if (k.announces) await announceCreate(olds, res, async (r) => (await call(r, { kind: k.kind, op: "announce", spec: k.normalize(r) as Props })) as string | undefined);
      return res;
    },
    diff: async (_id: string, olds: Props, news: Props) => answered(diff(olds, news), olds, news, shown, k.noun),
    async create(inputs: Props): Promise<dynamic.CreateResult> {
      const req: ResourceRequest = { kind: k.kind, op: "create", spec: k.normalize(inputs) as Props, owner: ownerOf(inputs), adopt: inputs.adopt === true };
      const outs = (await call(inputs, req)) as Props;
      return { id: k.id(outs), outs: own(outs, inputs, inputs[OWNER_KEY]) };
    },
    async read(id: string, props: Props): Promise<dynamic.ReadResult> {
      const now = (await call(props, { kind: k.kind, op: "read", olds: props })) as Props | undefined;
      return now ? { id, props: own(now, props, props[OWNER_KEY]) } : { id: undefined as unknown as string, props: {} };
    },
    async update(_id: string, olds: Props, news: Props): Promise<dynamic.UpdateResult> {
      const owner = ownerOf(news, olds);
      const d = diff(olds, news).action;
      if (d === "move") {
        const side = (p: Props) => ({ engine: engineFor(p), place: placeOf(p.connection) });
        const m = { kind: k.kind, from: side(olds), to: side(news), olds: withoutConnection(olds), spec: k.normalize(news) as Props, owner, progress: progressOf(owner) };
        return { outs: own(await (k.noun === "volume" ? moveVolume(m) : moveUnit(m)), news, owner) };
      }
      const action = d === "restart" ? "restart" : "live";
      const outs = (await call(news, { kind: k.kind, op: "update", spec: k.normalize(news) as Props, olds, action, owner }, owner)) as Props;
      return { outs: own(outs, news, owner) };
    },
    async delete(_id: string, props: Props): Promise<void> {
      await call(props, { kind: k.kind, op: "delete", olds: props });
    },
  };
}

function withoutConnection(p: Props): Props {
  if (!("connection" in p)) return p;
  const { connection: _c, ...rest } = p;
  return rest;
}
