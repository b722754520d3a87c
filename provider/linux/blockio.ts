/**
 * Block I/O limits (`limits.io`): the disks they name, as the kernel knows them
 * (major:minor), and the weight scales of the two layouts.
 *
 * A cap is keyed by a whole disk: the kernel throttles a disk's request queue,
 * and refuses a partition's number. A weight is honoured by the BFQ scheduler
 * (v1 blkio.bfq.weight, v2 io.bfq.weight, both 1-1000, the number as given) or on
 * v2 by io.cost (io.weight, 1-10000); Paddock takes Docker's and OCI's 10-1000 and
 * writes io.weight as runc and crun do.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import type { IoLimitsSpec } from "../core/spec";

export interface DeviceNumber {
  readonly major: number;
  readonly minor: number;
}

/** The disks of a unit's I/O caps, by the path the program names them with. */
export type DiskNumbers = ReadonlyMap<string, DeviceNumber>;

export const deviceKey = (d: DeviceNumber) => `${d.major}:${d.minor}`;

/** OCI's weight on io.weight's scale, with the runtimes' integer arithmetic (runc's ConvertBlkIOToIOWeightValue). */
export function blkioToIoWeight(weight: number): number {
  return 1 + Math.floor(((weight - 10) * 9999) / 990);
}

/**
 * Whether a v1 blkio weight has anything to hold it: BFQ's blkio.bfq.weight or CFQ's
 * blkio.weight exist only while one of those schedulers is registered, and each disk's
 * queue/scheduler lists the registered ones. Without either the runtime fails the
 * unit's start writing the weight.
 */
export async function v1HasIoWeight(): Promise<boolean> {
  const disks = await fs.readdir("/sys/block").catch(() => [] as string[]);
  for (const d of disks) {
    const s = await fs.readFile(path.join("/sys/block", d, "queue", "scheduler"), "utf8").catch(() => "");
    if (/\b(bfq|cfq)\b/.test(s)) return true;
  }
  return false;
}

/** The kernel's weight when none is set, on the BFQ and io.weight scales alike. */
export const DEFAULT_IO_WEIGHT = 100;

/**
 * The disk a device path names, checked on the host: it exists, is a block
 * device, and is a whole disk. The error names the property and the fix.
 */
export async function diskNumber(host: Host, devPath: string, property: string): Promise<DeviceNumber> {
  const st = await fs.stat(devPath).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") throw new Error(`${property}: ${devPath} does not exist on this host: name a disk that does (\`lsblk -d\` lists them)`);
    throw e;
  });
  if (!st.isBlockDevice()) throw new Error(`${property}: ${devPath} is not a block device: name a disk's device node, e.g. /dev/vda (\`lsblk -d\` lists them)`);
  // Linux's dev_t: the minor's low 8 bits, the major's 12, the minor's high 12 (new_decode_dev).
  const rdev = st.rdev;
  const d = { major: (rdev >> 8) & 0xfff, minor: (rdev & 0xff) | ((rdev >> 12) & 0xfff00) };
  const sys = `/sys/dev/block/${deviceKey(d)}`;
  if ((await host.readFile(`${sys}/partition`)) !== undefined) {
    const disk = path.basename(path.dirname(await fs.realpath(sys)));
    throw new Error(`${property}: ${devPath} is a partition (${deviceKey(d)}); the kernel limits I/O per whole disk: name /dev/${disk}`);
  }
  return d;
}

/** Every disk the limits name, checked (see diskNumber). */
export async function diskNumbers(host: Host, io: IoLimitsSpec | undefined, property = "limits.io"): Promise<DiskNumbers> {
  const out = new Map<string, DeviceNumber>();
  for (const [i, d] of (io?.devices ?? []).entries()) out.set(d.path, await diskNumber(host, d.path, `${property}.devices[${i}].path`));
  return out;
}

/** The caps' four keys, as v2's io.max names them, with the spec's field and v1's file. */
export const IO_CAPS = [
  { key: "rbps", field: "readBps", v1: "blkio.throttle.read_bps_device", oci: "throttleReadBpsDevice" },
  { key: "wbps", field: "writeBps", v1: "blkio.throttle.write_bps_device", oci: "throttleWriteBpsDevice" },
  { key: "riops", field: "readIops", v1: "blkio.throttle.read_iops_device", oci: "throttleReadIOPSDevice" },
  { key: "wiops", field: "writeIops", v1: "blkio.throttle.write_iops_device", oci: "throttleWriteIOPSDevice" },
] as const;
