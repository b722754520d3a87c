/**
 * Jail and Zone: two vocabularies over the Container engine. Each kind brings
 * its schema check, normalization, diff table and a pure compile to a
 * ContainerSpec; this module gives both the same provider discipline
 * (check/diff never touch the host, create is transactional, read reports drift).
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import type { CheckFailure } from "./check";
import { UNKNOWN } from "./check";
import { DiffResult, PropertyChange, UpdateClass, deepEqual } from "./core/diff";
import { describeDiff } from "./core/explain";
import { ContainerOutputs, ContainerSpec, OWNER_KEY } from "./core/spec";
import type { Host } from "./host/host";
import { createContainer, deleteContainer, readContainer, updateContainer } from "./linux/container";
import { tellUser } from "./notify";

/** Engine fields a Jail or Zone records beside its own inputs. */
export const ENGINE_OUTPUTS = ["unitId", "runtime", "pid", "status", "address", "cgroupPath", "rootfsPath", "stateVersion"] as const;

export interface Vocabulary<S> {
  readonly kind: string;
  readonly table: Readonly<Record<string, UpdateClass>>;
  check(news: Record<string, unknown>): CheckFailure[];
  normalize(args: Record<string, unknown>): S;
  /** Looks up what compile needs from the host (ids, symlinks, leases). May change the host only through `prepare`. */
  facts(host: Host, spec: S, owner: string): Promise<Record<string, unknown>>;
  compile(spec: S, facts: Record<string, unknown>): ContainerSpec;
  /** Before the unit is made or changed: lease what the kind leases (CPUs). Returns facts to compile with. */
  prepare?(host: Host, spec: S, owner: string): Promise<Record<string, unknown>>;
  /** After create/update: extra outputs (zonepath link, systemd unit). */
  finish?(host: Host, spec: S, outs: ContainerOutputs): Promise<Record<string, unknown>>;
  /** On delete and after a failed create: give back what prepare leased. */
  release?(host: Host, spec: S, owner: string): Promise<void>;
}

function hasUnknown(v: unknown): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (v && typeof v === "object") return Object.values(v).some(hasUnknown);
  return false;
}

/** The engine's view of a recorded Jail/Zone: its compiled spec with the engine outputs it had. */
function engineOlds(compiled: ContainerSpec, olds: Record<string, unknown>): ContainerOutputs {
  const address = String(olds.address ?? "");
  const network = address && compiled.network.mode === "bridge" ? { ...compiled.network, address } : compiled.network;
  return { ...compiled, network, ...Object.fromEntries(ENGINE_OUTPUTS.map((k) => [k, olds[k]])) } as unknown as ContainerOutputs;
}

function engineFields(outs: ContainerOutputs): Record<string, unknown> {
  return Object.fromEntries(ENGINE_OUTPUTS.map((k) => [k, outs[k]]));
}

export function diffVocab<S>(v: Vocabulary<S>, olds: Record<string, unknown>, news: Record<string, unknown>): DiffResult {
  const a = v.normalize(olds) as Record<string, unknown>;
  const b = v.normalize(news) as Record<string, unknown>;
  const changes: PropertyChange[] = Object.entries(v.table)
    .filter(([p]) => !deepEqual(a[p], b[p]))
    .map(([property, update]) => ({ property, update }));
  // A unit found stopped (killed from outside) is drift that a live update repairs by starting it.
  if (olds.status === "stopped") changes.push({ property: "status", update: "live" });
  const rank = { none: 0, live: 1, restart: 2, replace: 3 } as const;
  const action = changes.reduce<"none" | UpdateClass>((acc, c) => (rank[c.update] > rank[acc] ? c.update : acc), "none");
  return { changes, replaces: changes.filter((c) => c.update === "replace").map((c) => c.property), action };
}

export function vocabProvider<S>(v: Vocabulary<S>, host: () => Host) {
  return {
    async check(_olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.CheckResult> {
      const failures = v.check(news);
      if (failures.length > 0 || hasUnknown(news)) return { inputs: news, failures };
      return { inputs: { ...(v.normalize(news) as object), [OWNER_KEY]: news[OWNER_KEY] }, failures: [] };
    },

    async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.DiffResult> {
      const d = diffVocab(v, olds, news);
      if (d.action !== "none") await tellUser(String(news[OWNER_KEY] ?? olds[OWNER_KEY] ?? ""), describeDiff(olds, news, d, v.normalize as never));
      return { changes: d.changes.length > 0, replaces: [...d.replaces], deleteBeforeReplace: d.replaces.length > 0 };
    },

    async create(inputs: Record<string, unknown>): Promise<dynamic.CreateResult> {
      const spec = v.normalize(inputs);
      const owner = String(inputs[OWNER_KEY] ?? "");
      const h = host();
      try {
        const leased = (await v.prepare?.(h, spec, owner)) ?? {};
        const compiled = v.compile(spec, { ...(await v.facts(h, spec, owner)), ...leased });
        const outs = await createContainer(h, compiled, owner, (m) => void tellUser(owner, `paddock: ${m}`));
        const extra = (await v.finish?.(h, spec, outs)) ?? {};
        return { id: outs.unitId, outs: { ...(spec as object), ...engineFields(outs), ...extra, [OWNER_KEY]: owner } };
      } catch (e) {
        await v.release?.(h, spec, owner);
        throw e;
      }
    },

    async read(id: string, props: Record<string, unknown>): Promise<dynamic.ReadResult> {
      const spec = v.normalize(props);
      const h = host();
      const compiled = v.compile(spec, await v.facts(h, spec, String(props[OWNER_KEY] ?? "")));
      const now = await readContainer(h, engineOlds(compiled, props));
      if (!now) return { id: undefined as unknown as string, props: {} };
      return { id, props: { ...props, ...engineFields(now), hostname: (now.hostname ?? props.hostname) } };
    },

    async update(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.UpdateResult> {
      const h = host();
      const owner = String(news[OWNER_KEY] ?? olds[OWNER_KEY] ?? "");
      const oldSpec = v.normalize(olds);
      const spec = v.normalize(news);
      const d = diffVocab(v, olds, news);
      const leased = (await v.prepare?.(h, spec, owner)) ?? {};
      const compiledOld = v.compile(oldSpec, await v.facts(h, oldSpec, owner));
      const compiled = v.compile(spec, { ...(await v.facts(h, spec, owner)), ...leased });
      const outs = await updateContainer(h, compiled, engineOlds(compiledOld, olds), d.action === "restart" ? "restart" : "live");
      const extra = (await v.finish?.(h, spec, outs)) ?? {};
      return { outs: { ...(spec as object), ...engineFields(outs), ...extra, [OWNER_KEY]: owner } };
    },

    async delete(_id: string, props: Record<string, unknown>): Promise<void> {
      const h = host();
      const spec = v.normalize(props);
      const owner = String(props[OWNER_KEY] ?? "");
      const compiled = v.compile(spec, await v.facts(h, spec, owner));
      await deleteContainer(h, engineOlds(compiled, props));
      await v.release?.(h, spec, owner);
    },
  };
}
