/**
 * Jail and Zone: two vocabularies over the Container engine. Each kind brings
 * its schema check, normalization, diff table and a pure compile to a
 * ContainerSpec; this module gives both the same provider discipline
 * (check/diff never touch the host, create is transactional, read reports drift).
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import type { CheckFailure } from "./check";
import { DiffResult, diffKind, PropertyChange, UpdateClass } from "./core/diff";
import { ContainerOutputs, ContainerSpec, OWNER_KEY } from "./core/spec";
import { announceCreate, answered, checked, ownerOf } from "./kind";
import { describePlacement } from "./linux/supervisor";
import type { Host } from "./host/host";
import { createContainer, deleteContainer, readContainer, updateContainer } from "./linux/container";
import { tellUser } from "./notify";

/** Engine fields a Jail or Zone records beside its own inputs. */
export const ENGINE_OUTPUTS = ["unitId", "runtime", "pid", "status", "address", "cgroupPath", "rootfsPath", "idMap", "stateVersion"] as const;

export interface Vocabulary<S> {
  readonly kind: "Jail" | "Zone";
  readonly table: Readonly<Record<string, UpdateClass>>;
  /** Its properties that name a Paddock Network (see DiffRules.networkRefs). */
  readonly networkRefs: readonly string[];
  check(news: Record<string, unknown>): CheckFailure[];
  normalize(args: Record<string, unknown>): S;
  /** Looks up what compile needs from the host (ids, symlinks, leases). May change the host only through `prepare`. */
  facts(host: Host, spec: S, owner: string): Promise<Record<string, unknown>>;
  compile(spec: S, facts: Record<string, unknown>): ContainerSpec;
  /** What read found, in the kind's own words (limits, mounts): see observeJail, observeZone. Pure. */
  observe(spec: S, want: ContainerSpec, seen: ContainerSpec): Partial<S>;
  /**
   * The kind's own names for the engine's properties (network.address is a Jail's ip4[0]), so an
   * error that only the host can raise names what the user wrote.
   */
  words(spec: S, compiled: ContainerSpec): Record<string, string>;
  /** Its property that holds the unit's address on a Network, when it has one there (a lost veth is drift on it). */
  addressProperty(spec: S): string | undefined;
  /** Before the unit is made or changed: lease what the kind leases (CPUs). Returns facts to compile with. */
  prepare?(host: Host, spec: S, owner: string): Promise<Record<string, unknown>>;
  /** After create/update: extra outputs (zonepath link, systemd unit). */
  finish?(host: Host, spec: S, outs: ContainerOutputs): Promise<Record<string, unknown>>;
  /** On delete and after a failed create: give back what prepare leased. */
  release?(host: Host, spec: S, owner: string): Promise<void>;
}

/** The engine's view of a recorded Jail/Zone: its compiled spec with the engine outputs it had. */
function engineOlds(compiled: ContainerSpec, olds: Record<string, unknown>): ContainerOutputs {
  const address = String(olds.address ?? "");
  const network = address && compiled.network.mode === "bridge" ? { ...compiled.network, address } : compiled.network;
  return { ...compiled, network, ...Object.fromEntries(ENGINE_OUTPUTS.map((k) => [k, olds[k]])), [OWNER_KEY]: olds[OWNER_KEY] } as unknown as ContainerOutputs;
}

function engineFields(outs: ContainerOutputs): Record<string, unknown> {
  return Object.fromEntries(ENGINE_OUTPUTS.map((k) => [k, outs[k]]));
}

/** An engine error in the kind's words: each `network.address:` it names becomes, say, `ip4[0]:`. */
function inKindWords(e: unknown, words: Record<string, string>): unknown {
  if (!(e instanceof Error)) return e;
  for (const [engine, kind] of Object.entries(words)) e.message = e.message.split(`${engine}:`).join(`${kind}:`);
  return e;
}

export function diffVocab<S>(v: Vocabulary<S>, olds: Record<string, unknown>, news: Record<string, unknown>): DiffResult {
  return diffKind(v.table, v.normalize as never, olds, news, {
    networkRefs: v.networkRefs,
    drift: (o) => {
      const found: PropertyChange[] = [];
      // A unit found stopped (killed from outside) is drift that a live update repairs by starting it.
      if (o.status === "stopped") found.push({ property: "status", update: "live" });
      // Its address gone from its Network (its veth deleted): a restart plumbs it again, same address.
      const addressProperty = v.addressProperty(v.normalize(o));
      if (addressProperty && o.address === "" && o.status !== "stopped") found.push({ property: addressProperty, update: "restart" });
      // A hostname changed inside the unit, where the kind has no hostname property of its own.
      if (!("hostname" in v.table) && typeof o.observedHostname === "string" && o.observedHostname !== o.name) found.push({ property: "hostname", update: "restart" });
      return found;
    },
  });
}

export function vocabProvider<S>(v: Vocabulary<S>, host: () => Host) {
  return {
    async check(olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.CheckResult> {
      const res = checked(v.check(news), news, v.normalize);
      await announceCreate(olds, res, async (r) => {
        const spec = v.normalize(r) as { name: string; stateRoot: string };
        return await describePlacement(host(), spec.stateRoot, spec.name);
      });
      return res;
    },
    diff: async (_id: string, olds: Record<string, unknown>, news: Record<string, unknown>) => answered(diffVocab(v, olds, news), olds, news, v.normalize, "unit"),

    async create(inputs: Record<string, unknown>): Promise<dynamic.CreateResult> {
      const spec = v.normalize(inputs);
      const owner = ownerOf(inputs);
      const h = host();
      try {
        const leased = (await v.prepare?.(h, spec, owner)) ?? {};
        const compiled = v.compile(spec, { ...(await v.facts(h, spec, owner)), ...leased });
        const outs = await createContainer(h, compiled, owner, { kind: v.kind, adopt: inputs.adopt === true, progress: (m) => void tellUser(owner, `paddock: ${m}`) })
          .catch((e) => Promise.reject(inKindWords(e, v.words(spec, compiled))));
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
      const compiled = v.compile(spec, await v.facts(h, spec, ownerOf(props)));
      const now = await readContainer(h, engineOlds(compiled, props));
      if (!now) return { id: undefined as unknown as string, props: {} };
      const seen = v.observe(spec, compiled, now);
      const hostname = "hostname" in v.table ? { hostname: now.hostname ?? props.hostname } : { observedHostname: now.hostname };
      return { id, props: { ...props, ...seen, ...engineFields(now), ...hostname } };
    },

    async update(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.UpdateResult> {
      const h = host();
      const owner = ownerOf(news, olds);
      const oldSpec = v.normalize(olds);
      const spec = v.normalize(news);
      const d = diffVocab(v, olds, news);
      const leased = (await v.prepare?.(h, spec, owner)) ?? {};
      const compiledOld = v.compile(oldSpec, await v.facts(h, oldSpec, owner));
      const compiled = v.compile(spec, { ...(await v.facts(h, spec, owner)), ...leased });
      const outs = await updateContainer(h, compiled, engineOlds(compiledOld, olds), d.action === "restart" ? "restart" : "live", owner)
        .catch((e) => Promise.reject(inKindWords(e, v.words(spec, compiled))));
      const extra = (await v.finish?.(h, spec, outs)) ?? {};
      return { outs: { ...(spec as object), ...engineFields(outs), ...extra, [OWNER_KEY]: owner } };
    },

    async delete(_id: string, props: Record<string, unknown>): Promise<void> {
      const h = host();
      const spec = v.normalize(props);
      const owner = ownerOf(props);
      const compiled = v.compile(spec, await v.facts(h, spec, owner));
      await deleteContainer(h, engineOlds(compiled, props));
      await v.release?.(h, spec, owner);
    },
  };
}
