import type { DiffResult, UpdateClass } from "./diff";
import { normalizeContainer } from "./spec";

const HOW: Readonly<Record<UpdateClass, string>> = {
  live: "applied live: the unit keeps running with the same init process",
  restart: "by a restart: the unit is stopped and started again; what it wrote in its root filesystem is kept",
  replace: "by replacement: the unit is deleted and created anew; what it wrote in its root filesystem is lost",
};

/**
 * One line for the person reading `pulumi preview`: how the change will be
 * applied and what changes, old -> new. Pure.
 */
export function describeDiff(olds: Record<string, unknown>, news: Record<string, unknown>, d: DiffResult): string {
  if (d.action === "none") return "no change";
  const a = normalizeContainer(olds as never) as unknown as Record<string, unknown>;
  const b = normalizeContainer(news as never) as unknown as Record<string, unknown>;
  const parts = d.changes.map((c) => `${c.property} (${c.update}): ${short(a[c.property])} -> ${short(b[c.property])}`);
  return `paddock: ${HOW[d.action]}. ${parts.join("; ")}`;
}

function short(v: unknown): string {
  const text = JSON.stringify(v) ?? "unset";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
