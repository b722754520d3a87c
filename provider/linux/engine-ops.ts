/**
 * The engine's whole operations, by kind: what the provider asks of a host. Each
 * runs next to the kernel it drives (in this process for this machine, in the
 * agent for a remote one: see ../engine), against that machine's Host, with
 * arguments and results that are plain JSON.
 */
import type { ContainerOutputs, ContainerSpec } from "../core/spec";
import type { NetworkOutputs, NetworkSpec } from "../core/network";
import type { Host } from "../host/host";
import { CreateOptions, createContainer, deleteContainer, readContainer, updateContainer } from "./container";
import { MOVE_OPS, MoveRequest } from "./move-ops";
import { createNetwork, deleteNetwork, readNetwork, updateNetwork } from "./network";
import { describePlacement } from "./supervisor";
import { createVolume, deleteVolume, readVolume, updateVolume, VolumeOutputs, VolumeSpec } from "./volume";
import { vocabEngine } from "./vocab-engine";
import { JAIL_ENGINE } from "./jail";
import { ZONE_ENGINE } from "./zone";

import type { Progress } from "./rootfs";

type Props = Record<string, unknown>;
export type { Progress };
export type UpdateAction = "live" | "restart";

/** One kind's host operations on normalized specs and recorded outputs. */
export interface KindEngine {
  /** At a create's preview and up: a line about where it will be made, which only the host can tell. */
  announce?(host: Host, spec: Props): Promise<string | undefined>;
  create(host: Host, spec: Props, owner: string, opts: CreateOptions): Promise<Props>;
  /** Undefined when it is gone. */
  read(host: Host, olds: Props): Promise<Props | undefined>;
  update(host: Host, spec: Props, olds: Props, action: UpdateAction, owner: string): Promise<Props>;
  delete(host: Host, olds: Props): Promise<void>;
}

const placement = (host: Host, spec: Props) => describePlacement(host, String(spec.stateRoot), String(spec.name));

export const ENGINE = {
  Container: {
    announce: placement,
    create: (h, spec, owner, opts) => createContainer(h, spec as unknown as ContainerSpec, owner, opts) as Promise<never>,
    read: (h, olds) => readContainer(h, olds as unknown as ContainerOutputs) as Promise<never>,
    update: (h, spec, olds, action, owner) => updateContainer(h, spec as unknown as ContainerSpec, olds as unknown as ContainerOutputs, action, owner) as Promise<never>,
    delete: (h, olds) => deleteContainer(h, olds as unknown as ContainerOutputs),
  },
  Network: {
    create: (h, spec, owner, { adopt }) => createNetwork(h, spec as unknown as NetworkSpec, owner, adopt === true) as Promise<never>,
    read: (h, olds) => readNetwork(h, olds as unknown as NetworkOutputs) as Promise<never>,
    update: (h, spec, olds, _action, owner) => updateNetwork(h, spec as unknown as NetworkSpec, olds as unknown as NetworkOutputs, owner) as Promise<never>,
    delete: (h, olds) => deleteNetwork(h, olds as unknown as NetworkOutputs),
  },
  Volume: {
    create: (h, spec, owner, { adopt }) => createVolume(h, spec as unknown as VolumeSpec, owner, adopt === true) as Promise<never>,
    read: (h, olds) => readVolume(h, olds as unknown as VolumeOutputs) as Promise<never>,
    update: (h, spec, _olds, _action, owner) => updateVolume(h, spec as unknown as VolumeSpec, owner) as Promise<never>,
    delete: (h, olds) => deleteVolume(h, olds as unknown as VolumeOutputs),
  },
  Jail: { announce: placement, ...vocabEngine(JAIL_ENGINE) },
  Zone: { announce: placement, ...vocabEngine(ZONE_ENGINE) },
} satisfies Record<string, KindEngine>;

export type Kind = keyof typeof ENGINE;
export type Op = "announce" | "create" | "read" | "update" | "delete";

/** One operation as it travels to an engine: plain JSON. */
export type EngineRequest = ResourceRequest | CliRequest | MoveRequest;

/** A `paddock` command (list, logs, exec, gc) run on the host; its output comes as progress, {"fd": 1|2, "text": ...}. */
export interface CliRequest {
  readonly kind: "Host";
  readonly op: "cli";
  readonly argv: readonly string[];
}

export interface ResourceRequest {
  readonly kind: Kind;
  readonly op: Op;
  readonly spec?: Props;
  readonly olds?: Props;
  readonly owner?: string;
  readonly adopt?: boolean;
  readonly action?: UpdateAction;
  /** create: the unit moves here, its layer staged by the move (see move.ts). */
  readonly incoming?: boolean;
}

/** Runs one operation on this machine's Host. */
export async function runOperation(host: Host, req: EngineRequest, progress: Progress): Promise<unknown> {
  if (req.kind === "Host") return await runCli(host, req, progress);
  if (req.kind === "Move") {
    const m = MOVE_OPS[req.op];
    if (!m) throw new Error(`paddock engine: no move operation ${String(req.op)}`);
    return await m(host, req.args as never, progress);
  }
  const k: KindEngine = ENGINE[req.kind];
  if (!k) throw new Error(`paddock engine: no kind ${String(req.kind)}`);
  switch (req.op) {
    case "announce":
      return k.announce ? await k.announce(host, req.spec!) : undefined;
    case "create":
      return await k.create(host, req.spec!, req.owner ?? "", { adopt: req.adopt === true, progress, incoming: req.incoming === true });
    case "read":
      return await k.read(host, req.olds!);
    case "update":
      return await k.update(host, req.spec!, req.olds!, req.action ?? "live", req.owner ?? "");
    case "delete":
      await k.delete(host, req.olds!);
      return undefined;
    default:
      throw new Error(`paddock engine: no operation ${String((req as { op: unknown }).op)}`);
  }
}

async function runCli(host: Host, req: CliRequest, progress: Progress): Promise<number> {
  // Loaded here: the provider's own operations never need the CLI's code.
  const { COMMANDS } = await import("../cli/commands");
  const [cmd, ...args] = req.argv;
  const command = COMMANDS[cmd];
  if (req.op !== "cli" || !command) throw new Error(`paddock engine: no command \`${String(cmd)}\` on a remote host (list, logs, exec, gc)`);
  const say = (fd: 1 | 2) => (text: string) => progress(JSON.stringify({ fd, text }));
  return await command(host, args, { out: say(1), err: say(2) });
}
