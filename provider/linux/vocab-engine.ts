/**
 * Jail and Zone on the engine: each kind's host facts, leases and compile to a
 * ContainerSpec, run next to the kernel (in this process for this machine, in the
 * agent for a remote one). The provider side (../vocab.ts) keeps what needs no
 * host: the schema check, normalization and the diff.
 */
import type { ContainerOutputs, ContainerSpec } from "../core/spec";
import { OWNER_KEY } from "../core/spec";
import type { Host } from "../host/host";
import { CreateOptions, createContainer, deleteContainer, readContainer, updateContainer } from "./container";
import type { KindEngine } from "./engine-ops";


type Props = Record<string, unknown>;

/** Engine fields a Jail or Zone records beside its own inputs. */
export const ENGINE_OUTPUTS = ["unitId", "runtime", "pid", "status", "address", "cgroupPath", "rootfsPath", "idMap", "stateVersion"] as const;

export interface VocabEngine<S> {
  readonly kind: "Jail" | "Zone";
  normalize(args: Props): S;
  /** Whether the kind has a hostname property of its own (a Zone's is its name). */
  readonly ownHostname: boolean;
  /** Looks up what compile needs from the host (ids, symlinks, leases). May change the host only through `prepare`. */
  facts(host: Host, spec: S, owner: string): Promise<Props>;
  compile(spec: S, facts: Props): ContainerSpec;
  /** What read found, in the kind's own words (limits, mounts): see observeJail, observeZone. Pure. */
  observe(spec: S, want: ContainerSpec, seen: ContainerSpec): Partial<S>;
  /**
   * The kind's own names for the engine's properties (network.address is a Jail's ip4[0]), so an
   * error that only the host can raise names what the user wrote.
   */
  words(spec: S, compiled: ContainerSpec): Record<string, string>;
  /** Before the unit is made or changed: lease what the kind leases (CPUs). Returns facts to compile with. */
  prepare?(host: Host, spec: S, owner: string): Promise<Props>;
  /** After create/update: extra outputs (zonepath link, systemd unit). */
  finish?(host: Host, spec: S, outs: ContainerOutputs): Promise<Props>;
  /** On delete and after a failed create: give back what prepare leased. */
  release?(host: Host, spec: S, owner: string): Promise<void>;
}

/** The engine's view of a recorded Jail/Zone: its compiled spec with the engine outputs it had. */
function engineOlds(compiled: ContainerSpec, olds: Props): ContainerOutputs {
  const address = String(olds.address ?? "");
  const network = address && compiled.network.mode === "bridge" ? { ...compiled.network, address } : compiled.network;
  return { ...compiled, network, ...Object.fromEntries(ENGINE_OUTPUTS.map((k) => [k, olds[k]])), [OWNER_KEY]: olds[OWNER_KEY] } as unknown as ContainerOutputs;
}

function engineFields(outs: ContainerOutputs): Props {
  return Object.fromEntries(ENGINE_OUTPUTS.map((k) => [k, outs[k]]));
}

/** An engine error in the kind's words: each `network.address:` it names becomes, say, `ip4[0]:`. */
function inKindWords(e: unknown, words: Record<string, string>): unknown {
  if (!(e instanceof Error)) return e;
  for (const [engine, kind] of Object.entries(words)) e.message = e.message.split(`${engine}:`).join(`${kind}:`);
  return e;
}

/** A Jail's or Zone's host operations: its own steps around the Container engine's. */
export function vocabEngine<S>(v: VocabEngine<S>): KindEngine {
  const ownerOf = (p: Props) => String(p[OWNER_KEY] ?? "");
  return {
    async create(host: Host, specIn: Props, owner: string, opts: CreateOptions): Promise<Props> {
      const spec = specIn as S;
      try {
        const leased = (await v.prepare?.(host, spec, owner)) ?? {};
        const compiled = v.compile(spec, { ...(await v.facts(host, spec, owner)), ...leased });
        const outs = await createContainer(host, compiled, owner, { ...opts, kind: v.kind })
          .catch((e) => Promise.reject(inKindWords(e, v.words(spec, compiled))));
        const extra = (await v.finish?.(host, spec, outs)) ?? {};
        return { ...(spec as object), ...engineFields(outs), ...extra, [OWNER_KEY]: owner };
      } catch (e) {
        await v.release?.(host, spec, owner);
        throw e;
      }
    },

    async read(host: Host, props: Props): Promise<Props | undefined> {
      const spec = v.normalize(props);
      const compiled = v.compile(spec, await v.facts(host, spec, ownerOf(props)));
      const now = await readContainer(host, engineOlds(compiled, props));
      if (!now) return undefined;
      const seen = v.observe(spec, compiled, now);
      const hostname = v.ownHostname ? { hostname: now.hostname ?? props.hostname } : { observedHostname: now.hostname };
      return { ...props, ...seen, ...engineFields(now), ...hostname };
    },

    async update(host: Host, specIn: Props, olds: Props, action: "live" | "restart", owner: string): Promise<Props> {
      const spec = specIn as S;
      const oldSpec = v.normalize(olds);
      const leased = (await v.prepare?.(host, spec, owner)) ?? {};
      const compiledOld = v.compile(oldSpec, await v.facts(host, oldSpec, owner));
      const compiled = v.compile(spec, { ...(await v.facts(host, spec, owner)), ...leased });
      const outs = await updateContainer(host, compiled, engineOlds(compiledOld, olds), action, owner)
        .catch((e) => Promise.reject(inKindWords(e, v.words(spec, compiled))));
      const extra = (await v.finish?.(host, spec, outs)) ?? {};
      return { ...(spec as object), ...engineFields(outs), ...extra, [OWNER_KEY]: owner };
    },

    async delete(host: Host, props: Props): Promise<void> {
      const spec = v.normalize(props);
      const owner = ownerOf(props);
      const compiled = v.compile(spec, await v.facts(host, spec, owner));
      await deleteContainer(host, engineOlds(compiled, props));
      await v.release?.(host, spec, owner);
    },
  };
}
