/**
 * The operations a move asks of each host's engine (see ../move.ts for the
 * order), by name: plain JSON in, plain JSON out.
 */
import type { Host } from "../host/host";
import type { Progress } from "./rootfs";
import { abandonIncoming, IncomingRequest, incomingUnit, incomingVolume, outgoingUnit, outgoingVolume, releaseHandedOver, resumeMoving, stopMoving } from "./move";
import { dropSpool, Manifest, packTree, readSpool, scanTree, Shift, unpackTree, Where, writeSpool } from "./transfer";
import type { VolumeSpec } from "./volume";

type Args = Record<string, unknown>;
type Op = (host: Host, a: Args, progress: Progress) => Promise<unknown>;

/** Each takes its arguments as one object (their names as in move.ts and transfer.ts). */
export const MOVE_OPS: Readonly<Record<string, Op>> = {
  scan: (_h, a) => scanTree(a.where as Where, a.shift as Shift | undefined),
  pack: (h, a) => packTree(h, a.where as Where, a.have as Manifest, a.lenient === true),
  read: (_h, a) => readSpool(String(a.stateRoot), String(a.token), Number(a.offset), Number(a.length)),
  write: (_h, a) => writeSpool(String(a.stateRoot), String(a.token), Number(a.offset), String(a.data)),
  unpack: (h, a) => unpackTree(h, a.where as Where, String(a.token), a.removed as string[], Number(a.bytes), a.shift as Shift | undefined),
  drop: (_h, a) => dropSpool(String(a.stateRoot), String(a.token)),
  outgoing: (h, a) => outgoingUnit(h, String(a.stateRoot), String(a.unit)),
  incoming: (h, a, progress) => incomingUnit(h, a as unknown as IncomingRequest, progress),
  abandon: (h, a) => abandonIncoming(h, String(a.stateRoot), String(a.unit)),
  stop: (h, a) => stopMoving(h, String(a.stateRoot), String(a.unit)),
  resume: (h, a) => resumeMoving(h, String(a.stateRoot), String(a.unit)),
  incomingVolume: (h, a) => incomingVolume(h, a.spec as VolumeSpec, String(a.owner), String(a.origin)),
  outgoingVolume: (h, a) => outgoingVolume(h, String(a.stateRoot), String(a.name), String(a.to)),
  release: (h, a) => releaseHandedOver(h, String(a.stateRoot), a.names as string[]),
};

export interface MoveRequest {
  readonly kind: "Move";
  readonly op: keyof typeof MOVE_OPS;
  readonly args: Args;
}
