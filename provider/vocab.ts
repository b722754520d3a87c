/**
 * Jail and Zone: two vocabularies over the Container engine. Each kind brings
 * its schema check, normalization and diff table here, and its host side (facts,
 * leases, a pure compile to a ContainerSpec) to the engine (linux/vocab-engine.ts);
 * both go through kindProvider, the one provider lifecycle every kind has.
 */
import type { CheckFailure } from "./check";
import { DiffResult, diffKind, PropertyChange, UpdateClass } from "./core/diff";
import type { KindOps } from "./kind";

/** What a Jail or Zone is on the provider's side: no host in it (check and diff never touch one). */
export interface Vocabulary<S> {
  readonly kind: "Jail" | "Zone";
  readonly table: Readonly<Record<string, UpdateClass>>;
  /** Its properties that name a Paddock Network (see DiffRules.networkRefs). */
  readonly networkRefs: readonly string[];
  check(news: Record<string, unknown>): CheckFailure[];
  normalize(args: Record<string, unknown>): S;
  /** Its property that holds the unit's address on a Network, when it has one there (a lost veth is drift on it). */
  addressProperty(spec: S): string | undefined;
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

/** A Jail's or Zone's provider side, for kindProvider: its pure parts; its host operations are the engine's (linux/vocab-engine.ts). */
export function vocabOps<S>(v: Vocabulary<S>): KindOps<S> {
  return {
    kind: v.kind,
    noun: "unit",
    announces: true,
    check: (news) => v.check(news),
    normalize: v.normalize,
    diff: (olds, news) => diffVocab(v, olds, news),
    id: (outs) => String(outs.unitId),
  };
}
