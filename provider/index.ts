/**
 * The installed provider. The SDK's serialized closure only require()s this
 * module at call time, so destroy and refresh of old state run current code.
 *
 * Contracts (after Pulumi's dynamic provider): check and diff never touch the
 * host; create either succeeds or leaves nothing behind; delete failing means
 * the unit still exists; read returns no id only when the unit is really gone.
 */
import { checkContainer, CheckFailure, checkNetwork, checkVolume } from "./check";
import { diffContainer, diffNetwork, diffVolume } from "./core/diff";
import { normalizeNetwork, normalizeVolume } from "./core/network";
import { normalizeContainer } from "./core/spec";
import type { Engine } from "./engine/engine";
import { LocalEngine } from "./engine/engine";
import { kindProvider } from "./kind";
import { vocabOps } from "./vocab";
import { JAIL } from "./jail";
import { ZONE } from "./zone";

export { checkContainer, diffContainer, normalizeContainer };
export type { CheckFailure };

type Props = Record<string, unknown>;

let local: Engine | undefined;
/** The engine of a resource's host: this machine's, in this process. */
function engineFor(_props: Props): Engine {
  return (local ??= new LocalEngine());
}

export const container = kindProvider({
  kind: "Container",
  noun: "unit",
  announces: true,
  check: checkContainer,
  normalize: (a) => normalizeContainer(a as never),
  diff: (olds, news) => diffContainer(olds, news as never),
  id: (outs) => String(outs.unitId),
}, engineFor);

export const network = kindProvider({
  kind: "Network",
  noun: "network",
  check: checkNetwork,
  normalize: (a) => normalizeNetwork(a as never),
  diff: (olds, news) => diffNetwork(olds, news as never),
  id: (outs) => String(outs.name),
}, engineFor);

export const volume = kindProvider({
  kind: "Volume",
  noun: "volume",
  check: checkVolume,
  normalize: (a) => normalizeVolume(a as never),
  diff: diffVolume,
  id: (outs) => String(outs.name),
}, engineFor);

export const jail = kindProvider(vocabOps(JAIL), engineFor);
export const zone = kindProvider(vocabOps(ZONE), engineFor);

/** Provider operations by resource kind. */
export const kinds = { Container: container, Network: network, Volume: volume, Jail: jail, Zone: zone } as const;
export type Kind = keyof typeof kinds;
