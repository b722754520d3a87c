import type { Host } from "../host/host";
import type { ContainerSpec } from "../core/spec";
import type { RuntimeName } from "./runtime";

/** The resource kinds that make units. */
export type UnitKind = "Container" | "Jail" | "Zone";

/**
 * What Paddock writes beside a unit (`unit.json`) so a later run knows whose it
 * is, how it was made and whether its create finished: a crash leftover of its
 * own resource is removed and made again, a finished unit is never deleted by a
 * create (it may hold data) but can be adopted.
 */
export interface UnitRecord {
  /** The URN of the resource that manages it. */
  readonly owner: string;
  readonly runtime: RuntimeName;
  /** The shared base its overlay sits on ("" for a root used in place). */
  readonly base: string;
  /** Absent in records of Paddock before 0.2 (read as "Container"). */
  readonly kind?: UnitKind;
  /** The engine spec it runs, with its address: what `paddock list` shows and adoption compares. Absent before 0.2. */
  readonly spec?: ContainerSpec;
  /** Where its processes live: Paddock's cgroup (cgroupfs) or its systemd service's. Absent before 0.3 (cgroupfs). */
  readonly cgroupPath?: string;
  /** False from the first step of a create until its last; absent before 0.2 (read as finished). */
  readonly complete?: boolean;
}

export async function readUnitRecord(host: Host, file: string): Promise<UnitRecord | undefined> {
  const text = await host.readFile(file);
  return text === undefined ? undefined : (JSON.parse(text) as UnitRecord);
}

export async function writeUnitRecord(host: Host, file: string, rec: UnitRecord): Promise<void> {
  await host.writeFileAtomic(file, JSON.stringify(rec, null, 2));
}
