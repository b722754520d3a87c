import jailSchema from "../schema/jail.schema.json";
import { checkJail } from "./check";
import { updateTable } from "./core/diff";
import { JailSpec, normalizeJail } from "./core/jail";
import type { Vocabulary } from "./vocab";

/** A Jail on the provider's side: its check, normalization and diff table (its host side: linux/jail.ts). */
export const JAIL: Vocabulary<JailSpec> = {
  kind: "Jail",
  networkRefs: ["interface"],
  table: updateTable(jailSchema as never),
  check: checkJail,
  normalize: (a) => normalizeJail(a as never),
  addressProperty: (spec) => (spec.vnet && spec.ip4.length > 0 ? "ip4" : undefined),
};
