/**
 * Sizes and durations as value objects: parsed from the strings users write,
 * compared by value, and printed in one canonical form, so "65536KiB" and
 * "64MiB" are the same limit and never show as a change. Pure.
 */

const BYTE_UNITS: Readonly<Record<string, number>> = {
  B: 1,
  KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4,
  kB: 1000, KB: 1000, MB: 1000 ** 2, GB: 1000 ** 3, TB: 1000 ** 4,
};
const CANONICAL_BYTE_UNITS = ["TiB", "GiB", "MiB", "KiB"] as const;

/** Bytes in a size such as "64MiB" or "1.5GiB"; throws on anything else. */
export function parseBytes(text: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$/.exec(text);
  if (!m) throw new Error(`not a size: ${JSON.stringify(text)} (write it like "64MiB")`);
  const bytes = Number(m[1]) * BYTE_UNITS[m[2]];
  if (!Number.isSafeInteger(Math.round(bytes))) throw new Error(`size too large: ${text}`);
  return Math.round(bytes);
}

/** The canonical text of a byte count: the largest binary unit that divides it exactly, else bytes. */
export function formatBytes(bytes: number): string {
  for (const unit of CANONICAL_BYTE_UNITS) {
    const n = BYTE_UNITS[unit];
    if (bytes >= n && bytes % n === 0) return `${bytes / n}${unit}`;
  }
  return `${bytes}B`;
}

export function canonicalBytes(text: string): string {
  return formatBytes(parseBytes(text));
}

const DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds in a duration such as "10s", "1m30s" or "250ms". */
export function parseDuration(text: string): number {
  if (!/^([0-9]+(ms|s|m|h))+$/.test(text)) throw new Error(`not a duration: ${JSON.stringify(text)} (write it like "10s" or "1m30s")`);
  let ms = 0;
  for (const m of text.matchAll(/([0-9]+)(ms|s|m|h)/g)) ms += Number(m[1]) * DURATION_UNITS[m[2]];
  return ms;
}

/** The canonical text of a duration: "1m30s", "10s", "250ms", "0s". */
export function formatDuration(ms: number): string {
  if (ms === 0) return "0s";
  let rest = ms;
  let out = "";
  for (const unit of ["h", "m", "s", "ms"] as const) {
    const n = Math.floor(rest / DURATION_UNITS[unit]);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * DURATION_UNITS[unit];
  }
  return out;
}

export function canonicalDuration(text: string): string {
  return formatDuration(parseDuration(text));
}

/** CPUs in a cpuset list such as "0,2-3", sorted and unique. */
export function parseCpuset(text: string): number[] {
  const cpus = new Set<number>();
  for (const part of text.split(",")) {
    const [a, b] = part.split("-").map(Number);
    if (b !== undefined && b < a) throw new Error(`cpuset range ${part} runs backwards`);
    for (let c = a; c <= (b ?? a); c++) cpus.add(c);
  }
  return [...cpus].sort((x, y) => x - y);
}

/** The canonical cpuset text: ranges merged, "0-2,5". */
export function formatCpuset(cpus: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < cpus.length; ) {
    let j = i;
    while (j + 1 < cpus.length && cpus[j + 1] === cpus[j] + 1) j++;
    out.push(j === i ? `${cpus[i]}` : `${cpus[i]}-${cpus[j]}`);
    i = j + 1;
  }
  return out.join(",");
}

/**
 * cgroup v1 cpu.shares (2..262144) onto v2 cpu.weight (1..10000) the way runc and
 * crun convert them, with integer division: 1024 shares is weight 39.
 */
export function sharesToWeight(shares: number): number {
  return 1 + Math.floor(((shares - 2) * 9999) / 262142);
}

/** The fewest shares that give this weight, so sharesToWeight(weightToShares(w)) is w. */
export function weightToShares(weight: number): number {
  return Math.ceil(2 + ((weight - 1) * 262142) / 9999);
}

/** cpu.weight of a v2 cgroup nobody set it for: the kernel's default, what runc and crun leave when no shares are given. */
export const DEFAULT_CPU_WEIGHT = 100;

