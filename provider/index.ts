/**
 * The installed provider. The SDK's serialized closure only require()s this
 * module at call time, so destroy and refresh of old state run current code.
 *
 * Contracts (after Pulumi's dynamic provider): check and diff never touch the
 * host; create either succeeds or leaves nothing behind; delete failing means
 * the unit still exists; read returns no id only when the unit is really gone.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { checkContainer, CheckFailure, checkNetwork, checkVolume, UNKNOWN } from "./check";
import { diffContainer, diffNetwork, diffVolume } from "./core/diff";
import { NetworkOutputs, normalizeNetwork, normalizeVolume } from "./core/network";
import { createVolume, deleteVolume, readVolume, updateVolume, VolumeOutputs } from "./linux/volume";
import { createNetwork, deleteNetwork, readNetwork, updateNetwork } from "./linux/network";
import type { NetworkArgs } from "../sdk/types/network";
import { ContainerOutputs, normalizeContainer, OWNER_KEY } from "./core/spec";
import type { Host } from "./host/host";
import { LocalHost } from "./host/local";
import { createContainer, deleteContainer, readContainer, updateContainer } from "./linux/container";
import { describeDiff } from "./core/explain";
import { tellUser } from "./notify";
import { vocabProvider } from "./vocab";
import { JAIL } from "./jail";
import { ZONE } from "./zone";
import type { ContainerArgs } from "../sdk/types/container";

export { checkContainer, diffContainer, normalizeContainer };
export type { CheckFailure };

type Inputs = ContainerArgs & { name: string; [OWNER_KEY]?: string };

let defaultHost: Host | undefined;
function host(): Host {
  return (defaultHost ??= new LocalHost());
}

/** The operations for one kind, as Pulumi's dynamic provider calls them. */
export const container = {
  async check(_olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.CheckResult> {
    const failures = checkContainer(news);
    if (failures.length > 0 || hasUnknown(news)) return { inputs: news, failures };
    const inputs = { ...normalizeContainer(news as unknown as Inputs), [OWNER_KEY]: news[OWNER_KEY] };
    return { inputs, failures: [] };
  },

  async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.DiffResult> {
    // The unit's Network is being replaced (its name is not known yet): the unit must go first and
    // come back on the new one, so it is replaced with it; a restart could not let the old network go.
    // (The engine marks the whole property unknown when it asks which dependents a replacement takes along.)
    if (news.network === UNKNOWN || (news.network as { network?: unknown } | undefined)?.network === UNKNOWN) {
      await tellUser(String(news[OWNER_KEY] ?? olds[OWNER_KEY] ?? ""), "paddock: its Network is being replaced: pulumi up replaces this unit with it (deleted first, created on the new network).");
      return { changes: true, replaces: ["network"], deleteBeforeReplace: true };
    }
    const d = diffContainer(olds, news as unknown as Inputs);
    if (d.action !== "none") await tellUser(String(news[OWNER_KEY] ?? olds[OWNER_KEY] ?? ""), describeDiff(olds, news, d));
    return {
      changes: d.changes.length > 0,
      replaces: [...d.replaces],
      // Host names derive from the unit's name, so old and new cannot coexist.
      deleteBeforeReplace: d.replaces.length > 0,
    };
  },

  async create(inputs: Record<string, unknown>): Promise<dynamic.CreateResult> {
    const spec = normalizeContainer(inputs as unknown as Inputs);
    const owner = String(inputs[OWNER_KEY] ?? "");
    // Long base builds (debootstrap) report progress under the resource while `pulumi up` waits.
    const outs = await createContainer(host(), spec, owner, (m) => void tellUser(owner, `paddock: ${m}`));
    return { id: outs.unitId, outs };
  },

  async read(id: string, props: Record<string, unknown>): Promise<dynamic.ReadResult> {
    const now = await readContainer(host(), props as unknown as ContainerOutputs);
    if (!now) return { id: undefined as unknown as string, props: {} };
    return { id, props: now };
  },

  async update(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.UpdateResult> {
    const spec = normalizeContainer(news as unknown as Inputs);
    const d = diffContainer(olds, news as unknown as Inputs);
    const action = d.action === "restart" ? "restart" : "live";
    const outs = await updateContainer(host(), spec, olds as unknown as ContainerOutputs, action);
    return { outs };
  },

  async delete(_id: string, props: Record<string, unknown>): Promise<void> {
    await deleteContainer(host(), props as unknown as ContainerOutputs);
  },
};

type NetInputs = NetworkArgs & { name: string; [OWNER_KEY]?: string };

export const network = {
  async check(_olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.CheckResult> {
    const failures = checkNetwork(news);
    if (failures.length > 0 || hasUnknown(news)) return { inputs: news, failures };
    return { inputs: { ...normalizeNetwork(news as unknown as NetInputs), [OWNER_KEY]: news[OWNER_KEY] }, failures: [] };
  },

  async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.DiffResult> {
    const d = diffNetwork(olds, news as unknown as NetInputs);
    if (d.action !== "none") await tellUser(String(news[OWNER_KEY] ?? olds[OWNER_KEY] ?? ""), describeDiff(olds, news, d, normalizeNetwork as never));
    return { changes: d.changes.length > 0, replaces: [...d.replaces], deleteBeforeReplace: d.replaces.length > 0 };
  },

  async create(inputs: Record<string, unknown>): Promise<dynamic.CreateResult> {
    const outs = await createNetwork(host(), normalizeNetwork(inputs as unknown as NetInputs));
    return { id: outs.name, outs: { ...outs, [OWNER_KEY]: inputs[OWNER_KEY] } };
  },

  async read(id: string, props: Record<string, unknown>): Promise<dynamic.ReadResult> {
    const now = await readNetwork(host(), props as unknown as NetworkOutputs);
    if (!now) return { id: undefined as unknown as string, props: {} };
    return { id, props: { ...now, [OWNER_KEY]: props[OWNER_KEY] } };
  },

  async update(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.UpdateResult> {
    const outs = await updateNetwork(host(), normalizeNetwork(news as unknown as NetInputs), olds as unknown as NetworkOutputs);
    return { outs: { ...outs, [OWNER_KEY]: news[OWNER_KEY] } };
  },

  async delete(_id: string, props: Record<string, unknown>): Promise<void> {
    await deleteNetwork(host(), props as unknown as NetworkOutputs);
  },
};

type VolInputs = { name: string; size?: string; stateRoot?: string; [OWNER_KEY]?: string };

export const volume = {
  async check(_olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.CheckResult> {
    const failures = checkVolume(news);
    if (failures.length > 0 || hasUnknown(news)) return { inputs: news, failures };
    return { inputs: { ...normalizeVolume(news as unknown as VolInputs), [OWNER_KEY]: news[OWNER_KEY] }, failures: [] };
  },
  async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.DiffResult> {
    const d = diffVolume(olds, news, normalizeVolume as never);
    if (d.action !== "none") await tellUser(String(news[OWNER_KEY] ?? olds[OWNER_KEY] ?? ""), describeDiff(olds, news, d, normalizeVolume as never));
    return { changes: d.changes.length > 0, replaces: [...d.replaces], deleteBeforeReplace: d.replaces.length > 0 };
  },
  async create(inputs: Record<string, unknown>): Promise<dynamic.CreateResult> {
    const outs = await createVolume(host(), normalizeVolume(inputs as unknown as VolInputs));
    return { id: outs.name, outs: { ...outs, [OWNER_KEY]: inputs[OWNER_KEY] } };
  },
  async read(id: string, props: Record<string, unknown>): Promise<dynamic.ReadResult> {
    const now = await readVolume(host(), props as unknown as VolumeOutputs);
    if (!now) return { id: undefined as unknown as string, props: {} };
    return { id, props: { ...now, [OWNER_KEY]: props[OWNER_KEY] } };
  },
  async update(_id: string, _olds: Record<string, unknown>, news: Record<string, unknown>): Promise<dynamic.UpdateResult> {
    const outs = await updateVolume(host(), normalizeVolume(news as unknown as VolInputs));
    return { outs: { ...outs, [OWNER_KEY]: news[OWNER_KEY] } };
  },
  async delete(_id: string, props: Record<string, unknown>): Promise<void> {
    await deleteVolume(host(), props as unknown as VolumeOutputs);
  },
};

export const jail = vocabProvider(JAIL, host);
export const zone = vocabProvider(ZONE, host);

/** Provider operations by resource kind. */
export const kinds = { Container: container, Network: network, Volume: volume, Jail: jail, Zone: zone } as const;
export type Kind = keyof typeof kinds;

function hasUnknown(v: unknown): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (v && typeof v === "object") return Object.values(v).some(hasUnknown);
  return false;
}
