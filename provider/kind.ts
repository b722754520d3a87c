/**
 * What every kind's provider does the same way, so each kind states only what is
 * its own: check answers with normalized inputs (or the failures); diff says how
 * a change will be applied, under the resource in the engine's output; create
 * records who owns the unit.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import type { CheckFailure } from "./check";
import type { DiffResult } from "./core/diff";
import { describeDiff, Noun } from "./core/explain";
import { hasUnknown, OWNER_KEY } from "./core/spec";
import type { Host } from "./host/host";
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
  return { inputs: { ...(normalize(news) as Props), ...adopt, [OWNER_KEY]: news[OWNER_KEY] }, failures: [] };
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

/** One kind on the engine: its pure parts and its host operations on normalized specs. */
export interface KindOps<S, O extends Props> {
  /** What the kind's resources are called in preview lines. */
  readonly noun: Noun;
  /** olds: the inputs the stack holds ({} for a create), for rules about changes. */
  check(news: Props, olds: Props): CheckFailure[];
  normalize(args: Props): S;
  diff(olds: Props, news: Props): DiffResult;
  /** The id of what create made. */
  id(outs: O): string;
  /** At a create's preview and up: a line about where it will be made, which only the host can tell. */
  announce?(host: Host, spec: S): Promise<string | undefined>;
  /** adopt: take over what exists under the same name (the schema's `adopt`, read only here). */
  create(host: Host, spec: S, owner: string, adopt: boolean): Promise<O>;
  /** Undefined when it is gone. */
  read(host: Host, olds: O): Promise<O | undefined>;
  update(host: Host, spec: S, olds: O, d: DiffResult, owner: string): Promise<O>;
  delete(host: Host, olds: O): Promise<void>;
}

export function kindProvider<S, O extends Props>(k: KindOps<S, O>, host: () => Host) {
  const own = (outs: O, owner: unknown) => ({ ...outs, [OWNER_KEY]: owner });
  return {
    async check(olds: Props, news: Props): Promise<dynamic.CheckResult> {
      const res = checked(k.check(news, olds ?? {}), news, k.normalize);
      if (k.announce) await announceCreate(olds, res, (r) => k.announce!(host(), k.normalize(r)));
      return res;
    },
    diff: async (_id: string, olds: Props, news: Props) => answered(k.diff(olds, news), olds, news, k.normalize, k.noun),
    async create(inputs: Props): Promise<dynamic.CreateResult> {
      const outs = await k.create(host(), k.normalize(inputs), ownerOf(inputs), inputs.adopt === true);
      return { id: k.id(outs), outs: own(outs, inputs[OWNER_KEY]) };
    },
    async read(id: string, props: Props): Promise<dynamic.ReadResult> {
      const now = await k.read(host(), props as O);
      return now ? { id, props: own(now, props[OWNER_KEY]) } : { id: undefined as unknown as string, props: {} };
    },
    async update(_id: string, olds: Props, news: Props): Promise<dynamic.UpdateResult> {
      const owner = ownerOf(news, olds);
      return { outs: own(await k.update(host(), k.normalize(news), olds as O, k.diff(olds, news), owner), owner) };
    },
    async delete(_id: string, props: Props): Promise<void> {
      await k.delete(host(), props as O);
    },
  };
}
