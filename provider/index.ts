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
import { createHash } from "crypto";
import { ConnectionArgs, normalizeConnection } from "./core/connection";
import type { Engine } from "./engine/engine";
import { RemoteEngine } from "./engine/remote";
import { LocalEngine } from "./engine/engine";
import { kindProvider } from "./kind";
import { vocabOps } from "./vocab";
import { JAIL } from "./jail";
import { ZONE } from "./zone";

export { checkContainer, diffContainer, normalizeContainer };
export type { CheckFailure };

type Props = Record<string, unknown>;

let local: Engine | undefined;
const remotes = new Map<string, RemoteEngine>();
/**
 * The engine of a resource's host: this machine's, in this process, or a remote
 * host's agent, one per host and login for the whole provider process.
 */
function engineFor(props: Props): Engine {
  const c = normalizeConnection(props.connection as ConnectionArgs | undefined);
  if (!c) return (local ??= new LocalEngine());
  const key = JSON.stringify([c.host, c.port, c.user, c.hostKey, c.privateKeyPath ?? "", c.privateKey ? createHash("sha256").update(c.privateKey).digest("hex") : ""]);
  let e = remotes.get(key);
  if (!e) remotes.set(key, (e = new RemoteEngine(c)));
  return e;
}

/** Closes every remote host's connection; their agents exit once what they run is done. */
export async function closeRemoteEngines(): Promise<void> {
  const all = [...remotes.values()];
  remotes.clear();
  await Promise.all(all.map((e) => e.close()));
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
