import type { DiffResult, UpdateClass } from "./diff";
import { hasUnknown, normalizeContainer } from "./spec";

const HOW: Readonly<Record<UpdateClass, string>> = {
  live: "pulumi up applies this live: the unit keeps running with the same init process",
  restart: "pulumi up applies this by a restart: the unit is stopped and started again; what it wrote in its root filesystem is kept",
  replace: "pulumi up applies this by replacing the unit: it is deleted and created anew; what it wrote in its root filesystem is lost",
};

/**
 * One line for the person reading `pulumi preview` or `pulumi refresh`: what
 * differs between the host (as the stack last saw it) and the program, and how
 * `pulumi up` will apply it. Worded for both, since refresh asks the same diff. Pure.
 */
export function describeDiff(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  d: DiffResult,
  normalize: (v: never) => unknown = normalizeContainer,
): string {
  if (d.action === "none") return "no change";
  const a = normalize(olds as never) as Record<string, unknown>;
  // Values not known until apply (a replaced Network's name) cannot be normalized yet: say so.
  const b = (hasUnknown(news) ? news : normalize(news as never)) as Record<string, unknown>;
  const want = (p: string) => (hasUnknown(news[p]) ? "(known after apply)" : short(b[p]));
  const parts = d.changes.map((c) => `${c.property} (${c.update}): ${short(a[c.property])} on the host, ${want(c.property)} in the program`);
  return `paddock: ${parts.join("; ")}. ${HOW[d.action]}.`;
}

function short(v: unknown): string {
  const text = JSON.stringify(v) ?? "unset";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
