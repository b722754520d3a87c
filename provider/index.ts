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
import { NetworkOutputs, NetworkSpec, normalizeNetwork, normalizeVolume } from "./core/network";
import { ContainerOutputs, ContainerSpec, normalizeContainer } from "./core/spec";
import type { Host } from "./host/host";
import { LocalHost } from "./host/local";
import { createContainer, deleteContainer, readContainer, updateContainer } from "./linux/container";
import { describePlacement } from "./linux/supervisor";
import { createNetwork, deleteNetwork, readNetwork, updateNetwork } from "./linux/network";
import { createVolume, deleteVolume, readVolume, updateVolume, VolumeOutputs, VolumeSpec } from "./linux/volume";
import { kindProvider } from "./kind";
import { tellUser } from "./notify";
import { vocabProvider } from "./vocab";
import { JAIL } from "./jail";
import { ZONE } from "./zone";

export { checkContainer, diffContainer, normalizeContainer };
export type { CheckFailure };

type Props = Record<string, unknown>;

let defaultHost: Host | undefined;
function host(): Host {
  return (defaultHost ??= new LocalHost());
}

export const container = kindProvider<ContainerSpec, ContainerOutputs & Props>({
  noun: "unit",
  check: checkContainer,
  normalize: (a) => normalizeContainer(a as never),
  diff: (olds, news) => diffContainer(olds, news as never),
  id: (outs) => outs.unitId,
  announce: (h, spec) => describePlacement(h, spec.stateRoot, spec.name),
  // Long base builds (debootstrap) report progress under the resource while `pulumi up` waits.
  create: (h, spec, owner, adopt) => createContainer(h, spec, owner, { adopt, progress: (m) => void tellUser(owner, `paddock: ${m}`) }) as Promise<ContainerOutputs & Props>,
  read: (h, olds) => readContainer(h, olds) as Promise<(ContainerOutputs & Props) | undefined>,
  update: (h, spec, olds, d, owner) => updateContainer(h, spec, olds, d.action === "restart" ? "restart" : "live", owner) as Promise<ContainerOutputs & Props>,
  delete: deleteContainer,
}, host);

export const network = kindProvider<NetworkSpec, NetworkOutputs & Props>({
  noun: "network",
  check: checkNetwork,
  normalize: (a) => normalizeNetwork(a as never),
  diff: (olds, news) => diffNetwork(olds, news as never),
  id: (outs) => outs.name,
  create: (h, spec, owner, adopt) => createNetwork(h, spec, owner, adopt) as Promise<NetworkOutputs & Props>,
  read: (h, olds) => readNetwork(h, olds) as Promise<(NetworkOutputs & Props) | undefined>,
  update: (h, spec, olds, _d, owner) => updateNetwork(h, spec, olds, owner) as Promise<NetworkOutputs & Props>,
  delete: deleteNetwork,
}, host);

export const volume = kindProvider<VolumeSpec, VolumeOutputs & Props>({
  noun: "volume",
  check: checkVolume,
  normalize: (a) => normalizeVolume(a as never),
  diff: diffVolume,
  id: (outs) => outs.name,
  create: (h, spec, owner, adopt) => createVolume(h, spec, owner, adopt) as Promise<VolumeOutputs & Props>,
  read: (h, olds) => readVolume(h, olds) as Promise<(VolumeOutputs & Props) | undefined>,
  update: (h, spec, _olds, _d, owner) => updateVolume(h, spec, owner) as Promise<VolumeOutputs & Props>,
  delete: deleteVolume,
}, host);

export const jail = vocabProvider(JAIL, host);
export const zone = vocabProvider(ZONE, host);

/** Provider operations by resource kind. */
export const kinds = { Container: container, Network: network, Volume: volume, Jail: jail, Zone: zone } as const;
export type Kind = keyof typeof kinds;
