import zoneSchema from "../schema/zone.schema.json";
import { checkZone } from "./check";
import { updateTable } from "./core/diff";
import { normalizeZone, ZoneSpec } from "./core/zone";
import type { Vocabulary } from "./vocab";

/** A Zone on the provider's side: its check, normalization and diff table (its host side: linux/zone.ts). */
export const ZONE: Vocabulary<ZoneSpec> = {
  kind: "Zone",
  networkRefs: ["net"],
  table: updateTable(zoneSchema as never),
  check: checkZone,
  normalize: (a) => normalizeZone(a as never),
  addressProperty: (spec) => (spec.ipType === "exclusive" && spec.net.length > 0 ? "net" : undefined),
};
