/** The benchmark's report: a markdown table of medians and ratios, and an SVG chart. Pure. */
export type OpTimes = Record<"up" | "preview" | "refresh" | "update" | "destroy", number>;
export const SYSTEMS = ["paddock", "paddockHostIds", "engineFloor", "rawFloor", "docker", "podman", "lxc", "command"] as const;
export type System = (typeof SYSTEMS)[number];
export interface Results {
  date: string;
  host: { cpus: number; node: string };
  runs: number;
  /** Runs per N where it differs from runs (the largest N are run fewer times). */
  runsAt?: Record<number, number>;
  ns: number[];
  /** Settings every Pulumi program of the main table ran with (PADDOCK_BENCH_PULUMI_ENV). */
  pulumiEnv?: Record<string, string>;
  systems: Partial<Record<System, Record<number, OpTimes>>>;
  /** Docker's and podman's density at the largest N (bench/peers.ts). */
  peerDensity?: Partial<Record<"docker" | "podman", PeerDensity>>;
  /** The raw floor's units at the largest N, measured the same way: what the kernel and the runtime take for such a unit. */
  rawFloorDensity?: { n: number; memAvailableDropKiBPerUnit: number; hostProcessesPerUnit: number };
  pulumi?: PulumiResult;
  ids?: IdsResult;
  probes?: ProbeResult;
  remote?: RemoteResult;
  move?: MoveResult;
  density?: { n: number; memAvailableDropKiBPerUnit: number; unitCgroupMemoryKiBPerUnit?: number; providerPeakRssKiB: number; spawnerPeakRssKiB?: number; upperBytesPerUnit: number; hostProcessesPerUnit: number; unitProcessesPerUnit?: number; logDaemonRssKiB?: number };
}

export interface PeerDensity {
  n: number;
  /** Host MemAvailable lost per idle unit, the tool's daemons included (started after the first reading). */
  memAvailableDropKiBPerUnit: number;
  hostProcessesPerUnit: number;
  /** What the tool's storage grew by, per unit. */
  diskBytesPerUnit: number;
}

/** What Pulumi itself costs per resource with the options the pinned CLI offers, and a TypeScript program's start-up (bench/pulumi-options.ts). */
export interface PulumiResult {
  runs: number;
  rows: { program: "noop" | "paddock"; variant: string; n: number; ops: OpTimes }[];
  startup: { n: number; rows: { variant: string; previewS: number }[] };
}

export interface IdsResult {
  n: number;
  /** Median per unit, milliseconds and bytes. */
  rows: { mode: "private" | "host" | "copy+chown"; createMs: number; deleteMs: number; diskBytes: number }[];
  baseBytes: number;
}

/** The escape probes from a default Paddock Container and a default podman container (bench/probes.ts). */
export interface ProbeResult {
  podmanVersion: string;
  probes: number;
  denied: { paddock: number; podman: number };
  rows: { what: string; paddock: string; podman: string }[];
}

/** One program of N units through the CLI: here, on an SSH test host, and on it 5 ms further away (bench/remote.ts). */
export interface RemoteResult {
  n: number;
  runs: number;
  addedRttMs: number;
  rows: ({ where: "local" | "remote" | "remote, +5 ms" } & OpTimes)[];
}

/** A unit with its own writes moved between two SSH test hosts and back (bench/move.ts). */
export interface MoveResult {
  runs: number;
  rows: { writesMiB: number; preCopyMs: number; stopMs: number; downMs: number; oneCopyDownMs: number }[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const f = (x: number | undefined) => (x === undefined ? "-" : x.toFixed(2));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? "-" : (a / b).toFixed(2));

const OPS = ["up", "preview", "refresh", "update", "destroy"] as const;
type Op = (typeof OPS)[number];
const LABEL: Record<System, string> = { paddock: "paddock", paddockHostIds: "paddock, host ids", engineFloor: "engine floor", rawFloor: "raw floor", docker: "docker loop", podman: "podman loop", lxc: "LXC", command: "command-based" };
const COLOR: Record<System | "floors", string> = { paddock: "#d62728", paddockHostIds: "#bcbd22", floors: "#1f77b4", engineFloor: "#9467bd", rawFloor: "#2ca02c", docker: "#17becf", podman: "#e377c2", lxc: "#ff7f0e", command: "#8c564b" };
const floors = (r: Results, n: number, op: Op) => {
  const e = r.systems.engineFloor?.[n]?.[op];
  const w = r.systems.rawFloor?.[n]?.[op];
  return e === undefined && w === undefined ? undefined : (e ?? 0) + (w ?? 0);
};

/**
 * Whether a system's cost per unit stays flat as N grows: the time each interval
 * between measured N (from N = 50 up) adds per unit it adds, first against last.
 * Flat when the last interval's cost per unit is within 1.3x of the first's.
 */
export function scaling(r: Results, system: System, op: Op): { perUnitMs: { from: number; to: number; ms: number }[]; growth: number; flat: boolean } | undefined {
  const ns = r.ns.filter((n) => n >= 50 && r.systems[system]?.[n]?.[op] !== undefined).sort((a, b) => a - b);
  if (ns.length < 3) return undefined;
  const perUnitMs = ns.slice(1).map((to, i) => ({ from: ns[i], to, ms: ((r.systems[system]![to][op] - r.systems[system]![ns[i]][op]) / (to - ns[i])) * 1000 }));
  const first = perUnitMs[0].ms, last = perUnitMs[perUnitMs.length - 1].ms;
  // A cost that barely grows at all (preview's is mostly start-up) is flat whatever the ratio of two tiny slopes.
  const growth = first > 0 ? last / first : Infinity;
  return { perUnitMs, growth, flat: last <= Math.max(first * 1.3, first + 0.5) };
}

/** A markdown table row. */
const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;

export function renderReport(r: Results, svgName: string): { markdown: string; svg: string } {
  const present = SYSTEMS.filter((s) => r.systems[s] && Object.keys(r.systems[s]!).length > 0);
  const peers = present.filter((s) => s !== "paddock" && s !== "paddockHostIds" && s !== "engineFloor" && s !== "rawFloor");
  const hostIds = present.includes("paddockHostIds");
  const runsOf = (n: number) => r.runsAt?.[n] ?? r.runs;
  const lines = r.ns.length === 0 ? [`# Paddock benchmark, ${r.date}`, "", `${r.host.cpus} CPUs, Node ${r.host.node}; only the tables below (PADDOCK_BENCH_ONLY).`] : [
    `# Paddock benchmark, ${r.date}`,
    "",
    `${r.host.cpus} CPUs, Node ${r.host.node}; each figure is the median of the runs its row gives, in seconds. ` +
      "Baselines were measured in the same run, interleaved. The engine floor is the same program's graph and resource shapes " +
      "(a network and N units, with the same input and output properties) as no-op dynamic resources through the same CLI: " +
      "what Pulumi itself costs for these resources. The raw floor is bench/raw-floor.sh making the same units " +
      "(overlay, netns + veth on a bridge, a user namespace of its own made by runc, runc) with no Pulumi. " +
      "The docker and podman loops are each tool's own CLI from a loop, as a script would run it (bench/peers.ts): `run -d` of the same busybox base " +
      "imported as an image, with a 32 MiB limit and its own network namespace on the tool's bridge, `inspect` for refresh, `update --memory` for the update, `rm -f` for destroy; " +
      "Docker is Debian's docker.io with a dockerd the bench starts with its own data root and socket; podman is Debian's, rootful, with its own storage. " +
      "LXC is lxc-create -t busybox + lxc-start -d from a loop, " +
      "lxc-info for refresh and lxc-cgroup for the update. Loops have no preview: they have no desired state. " +
      "Command-based is what a Pulumi user writes without Paddock: N command resources running the same LXC commands " +
      "(create, update, delete, as @pulumi/command's local.Command would; a dynamic provider stands in for it because " +
      "its plugin's Go module is not served by the module proxy these machines reach). " +
      "In a ratio, \"-\" means the baseline does no work for that operation or was not run at that N." +
      (r.pulumiEnv && Object.keys(r.pulumiEnv).length ? ` Every Pulumi program here (Paddock, the engine floor, command-based) ran with ${Object.entries(r.pulumiEnv).map(([k, v]) => `${k}=${v}`).join(", ")}, as the README advises for large stacks; the table of Pulumi's options below has Pulumi's defaults beside it.` : " Every Pulumi program ran with Pulumi's defaults."),
    "",
    `![time against N](${svgName})`,
    "",
    row(["N", "runs", "op", ...present.map((s) => LABEL[s]), "paddock / (engine + raw)", ...(hostIds ? ["paddock, host ids / (engine + raw)"] : []), ...peers.map((s) => `paddock / ${LABEL[s]}`)]),
    row(["---", "---", "---", ...present.map(() => "---"), "---", ...(hostIds ? ["---"] : []), ...peers.map(() => "---")]),
  ];
  for (const n of r.ns) {
    for (const op of OPS) {
      const p = r.systems.paddock?.[n]?.[op];
      const cells = present.map((s) => f(r.systems[s]?.[n]?.[op]));
      const h = hostIds ? [ratio(r.systems.paddockHostIds?.[n]?.[op], floors(r, n, op))] : [];
      lines.push(row([String(n), String(runsOf(n)), op, ...cells, ratio(p, floors(r, n, op)), ...h, ...peers.map((s) => ratio(p, r.systems[s]?.[n]?.[op]))]));
    }
  }
  // Paddock's, and the raw floor's beside it where it does the same work: what the host itself makes grow.
  const verdicts = OPS.flatMap((op) => (["paddock", "rawFloor"] as const).map((sys) => [op, sys, scaling(r, sys, op)] as const))
    .filter(([op, sys, v]) => v && (sys === "paddock" || (op !== "preview" && op !== "update")));
  if (verdicts.length) {
    const intervals = verdicts[0][2]!.perUnitMs.map((x) => `${x.from}→${x.to}`);
    lines.push("", "### Cost per unit as N grows", "",
      "Milliseconds each interval between measured N adds per unit it adds, Paddock's and the raw floor's (the same units from a script: what the host's kernel and runtime make grow). Flat: the last interval's cost per unit is within 1.3× of the first's (or within 0.5 ms of it).", "",
      `| op | system | ${intervals.join(" | ")} | last / first | per unit |`, `|---|---|${intervals.map(() => "---").join("|")}|---|---|`,
      ...verdicts.map(([op, sys, v]) => `| ${op} | ${LABEL[sys]} | ${v!.perUnitMs.map((x) => x.ms.toFixed(1)).join(" | ")} | ${Number.isFinite(v!.growth) ? v!.growth.toFixed(2) : "-"} | ${v!.flat ? "flat" : "grows"} |`));
  }
  if (r.density) {
    const d = r.density;
    lines.push("", `Density at N=${d.n} idle units: host MemAvailable drop ${(d.memAvailableDropKiBPerUnit / 1024).toFixed(2)} MiB per unit` +
      (d.unitCgroupMemoryKiBPerUnit !== undefined ? ` (the unit's own cgroup charges ${(d.unitCgroupMemoryKiBPerUnit / 1024).toFixed(2)} MiB)` : "") + "; " +
      (d.logDaemonRssKiB !== undefined ? `the state root's one log daemon ${(d.logDaemonRssKiB / 1024).toFixed(1)} MiB RSS (${(d.logDaemonRssKiB / d.n).toFixed(0)} KiB per unit, in the drop); ` : "") +
      `dynamic provider peak RSS ${(d.providerPeakRssKiB / 1024).toFixed(1)} MiB` +
      (d.spawnerPeakRssKiB ? ` (its command spawner ${(d.spawnerPeakRssKiB / 1024).toFixed(1)} MiB; both exit after each operation)` : "") + "; " +
      `upper layer ${d.upperBytesPerUnit.toFixed(0)} bytes per unit; ` +
      `host processes added per unit ${d.hostProcessesPerUnit.toFixed(2)}` +
      (d.unitProcessesPerUnit !== undefined ? `, of which ${d.unitProcessesPerUnit.toFixed(2)} in the unit's own cgroup (its init)` : "") + ".");
  }
  if (r.density && ((r.peerDensity && Object.keys(r.peerDensity).length) || r.rawFloorDensity)) {
    const d = r.density, raw = r.rawFloorDensity;
    lines.push("", `### Density beside the peers (N=${d.n} idle units)`, "",
      "| | host MemAvailable per unit | host processes per unit | disk per unit |", "|---|---|---|---|",
      `| paddock | ${(d.memAvailableDropKiBPerUnit / 1024).toFixed(2)} MiB | ${d.hostProcessesPerUnit.toFixed(2)} | ${(d.upperBytesPerUnit / 1024).toFixed(1)} KiB |`,
      ...(raw ? [`| raw floor (N=${raw.n}) | ${(raw.memAvailableDropKiBPerUnit / 1024).toFixed(2)} MiB | ${raw.hostProcessesPerUnit.toFixed(2)} | - |`] : []),
      ...(["docker", "podman"] as const).filter((k) => r.peerDensity?.[k]).map((k) => {
        const x = r.peerDensity![k]!;
        return `| ${k} | ${(x.memAvailableDropKiBPerUnit / 1024).toFixed(2)} MiB | ${x.hostProcessesPerUnit.toFixed(2)} | ${(x.diskBytesPerUnit / 1024).toFixed(1)} KiB |`;
      }));
  }
  if (r.pulumi) lines.push(...renderPulumi(r.pulumi));
  if (r.ids) lines.push(...renderIds(r.ids));
  if (r.probes) lines.push(...renderProbes(r.probes));
  if (r.remote) lines.push(...renderRemote(r.remote));
  if (r.move) lines.push(...renderMove(r.move));
  return { markdown: `${lines.join("\n")}\n`, svg: chart(r) };
}

/** One panel per operation: seconds against N for every system measured, and the floors' sum. */
function chart(r: Results): string {
  const PW = 300, PH = 220, L = 50, B = 30, T = 28, GAP = 20, LEGEND = 150;
  const panels = OPS;
  const cols = 3, rows = Math.ceil(panels.length / cols);
  const W = cols * (PW + GAP) + LEGEND, H = rows * (PH + GAP) + 10;
  const series: [string, string, (n: number, op: Op) => number | undefined][] = [
    ["paddock", COLOR.paddock, (n, op) => r.systems.paddock?.[n]?.[op]],
    ["engine + raw floor", COLOR.floors, (n, op) => floors(r, n, op)],
    ...SYSTEMS.filter((s) => s !== "paddock" && r.systems[s]).map((s) => [LABEL[s], COLOR[s], (n: number, op: Op) => r.systems[s]?.[n]?.[op]] as [string, string, (n: number, op: Op) => number | undefined]),
  ];
  const xmax = Math.max(1, ...r.ns);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`];
  panels.forEach((op, k) => {
    const ox = (k % cols) * (PW + GAP), oy = Math.floor(k / cols) * (PH + GAP);
    const ymax = Math.max(0.1, ...r.ns.flatMap((n) => series.map(([, , v]) => v(n, op) ?? 0))) * 1.1;
    const x = (n: number) => ox + L + ((PW - L - 10) * n) / xmax;
    const y = (s: number) => oy + PH - B - ((PH - B - T) * s) / ymax;
    parts.push(`<text x="${ox + L}" y="${oy + 16}" font-size="12">${op}: seconds against N</text>`,
      `<line x1="${ox + L}" y1="${oy + PH - B}" x2="${ox + PW - 10}" y2="${oy + PH - B}" stroke="black"/>`, `<line x1="${ox + L}" y1="${oy + T}" x2="${ox + L}" y2="${oy + PH - B}" stroke="black"/>`);
    // N close together (10, 50, 100 on an axis to 1000) share a label's room: the later ones are left out.
    let lastLabel = -Infinity;
    for (const n of [...r.ns].sort((a, b) => a - b)) {
      if (x(n) - lastLabel < 24) continue;
      lastLabel = x(n);
      parts.push(`<text x="${x(n).toFixed(1)}" y="${oy + PH - B + 14}" text-anchor="middle" font-size="9">${n}</text>`);
    }
    for (let i = 0; i <= 4; i++) parts.push(`<text x="${ox + L - 4}" y="${(y((ymax * i) / 4) + 4).toFixed(1)}" text-anchor="end" font-size="9">${((ymax * i) / 4).toFixed(ymax < 10 ? 1 : 0)}</text>`);
    for (const [, color, v] of series) {
      const pts = r.ns.map((n) => [n, v(n, op)] as const).filter(([, s]) => s !== undefined && s > 0);
      if (pts.length) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.map(([n, s]) => `${x(n).toFixed(1)},${y(s!).toFixed(1)}`).join(" ")}"/>`);
    }
  });
  series.forEach(([name, color], i) => parts.push(`<rect x="${W - LEGEND + 10}" y="${T + i * 18}" width="12" height="12" fill="${color}"/><text x="${W - LEGEND + 28}" y="${T + i * 18 + 10}">${name}</text>`));
  parts.push("</svg>", "");
  return parts.join("\n");
}

export function renderPulumi(r: PulumiResult): string[] {
  const base = (x: PulumiResult["rows"][number]) => r.rows.find((y) => y.program === x.program && y.n === x.n && y.variant === "default");
  const ops = ["up", "refresh", "update", "destroy"] as const;
  return [
    "", "## What Pulumi costs per resource, and what a user can set", "",
    `The engine floor's program (no-op dynamic resources of the same shapes as Paddock's), and Paddock's own, through the pinned CLI, medians of ${r.runs} runs: ` +
      "milliseconds per resource (time / N), and each variant against the default in the same run. " +
      "skip checkpoints is PULUMI_SKIP_CHECKPOINTS=true (the engine writes the state file once at the end instead of after every step: a crash in the middle loses the record of what was done). " +
      "Journaling is not offered by this CLI's file backend (only the Pulumi Cloud backend journals).", "",
    `| program | variant | N | ${ops.map((o) => `${o} ms/resource`).join(" | ")} | ${ops.map((o) => `${o} / default`).join(" | ")} |`,
    `|---|---|---|${ops.map(() => "---").join("|")}|${ops.map(() => "---").join("|")}|`,
    ...r.rows.map((x) => `| ${x.program === "noop" ? "engine floor" : "paddock"} | ${x.variant} | ${x.n} | ${ops.map((o) => ((x.ops[o] / x.n) * 1000).toFixed(1)).join(" | ")} | ${ops.map((o) => ratio(x.ops[o], base(x)?.ops[o])).join(" | ")} |`),
    "", `### A TypeScript program's start-up (\`pulumi preview\` of the Paddock program, N=${r.startup.n}, seconds)`, "",
    "| program | preview | / precompiled |", "|---|---|---|",
    ...r.startup.rows.map((x) => `| ${x.variant} | ${f(x.previewS)} | ${ratio(x.previewS, r.startup.rows.find((y) => y.variant === "precompiled JavaScript")?.previewS)} |`),
  ];
}

export function renderIds(r: IdsResult): string[] {
  const host = r.rows.find((x) => x.mode === "host")!;
  return [
    "", `## User namespaces: cost per unit (busybox base of ${(r.baseBytes / 1024).toFixed(0)} KiB; median of ${r.n} units per run, every run)`, "",
    "Through the provider's create and delete, no Pulumi engine. private is the default (a leased id range, the shared base idmapped as the overlay's lower layer); host is a unit with the host's ids; copy+chown is the way without idmapped mounts (a copy of the base per unit, chowned into its range). Disk is what the unit's directory holds on its own filesystem.", "",
    "| mode | create ms | delete ms | disk bytes per unit | create / host |",
    "|---|---|---|---|---|",
    ...r.rows.map((x) => `| ${x.mode} | ${x.createMs.toFixed(1)} | ${x.deleteMs.toFixed(1)} | ${x.diskBytes.toFixed(0)} | ${(x.createMs / host.createMs).toFixed(2)} |`),
  ];
}

export function renderProbes(r: ProbeResult): string[] {
  return [
    "", "## Security defaults side by side (escape probes from inside a default unit)", "",
    `The probes of test/host/security.test.ts from a default Paddock Container and a default rootful podman container (${r.podmanVersion}: its own seccomp profile and capabilities; same kernel, same runc). Denied: Paddock ${r.denied.paddock} of ${r.probes}, podman ${r.denied.podman} of ${r.probes}.`, "",
    "| | Paddock | podman |", "|---|---|---|",
    ...r.rows.map((x) => `| ${x.what} | ${x.paddock} | ${x.podman} |`),
  ];
}

function renderRemote(r: RemoteResult): string[] {
  const local = r.rows.find((x) => x.where === "local")!;
  const ops = ["up", "preview", "refresh", "update", "destroy"] as const;
  return [
    "", `## ${r.n} units on a remote host`, "",
    `The same program (a Network and ${r.n} units, a live memory update) through the real CLI, medians of ${r.runs} runs in seconds: ` +
      "on this machine; on an SSH test host (a network namespace of this machine with its own sshd: the agent runs there, the provider here); " +
      `and on that host behind a relay on 127.0.0.1 that holds every chunk ${r.addedRttMs / 2} ms each way (${r.addedRttMs} ms more per round trip; this kernel has no netem). ` +
      "Ratios are against this machine, in the same run.", "",
    `| where | ${ops.join(" | ")} | ${ops.map((o) => `${o} / local`).join(" | ")} |`,
    `|---|${ops.map(() => "---").join("|")}|${ops.map(() => "---").join("|")}|`,
    ...r.rows.map((x) => `| ${x.where} | ${ops.map((o) => f(x[o])).join(" | ")} | ${ops.map((o) => ratio(x[o], local[o])).join(" | ")} |`),
  ];
}

export function renderMove(r: MoveResult): string[] {
  return [
    "", "## Moving a unit between hosts", "",
    `A busybox unit with its own writes moved between two SSH test hosts (network namespaces of this machine with their own sshd), through the provider's move, ${r.runs} moves per size (there and back), medians in milliseconds. ` +
      "Down is from its stop on the old host to its start on the new one (the copy of what changed since the copy made while it ran, then its create); " +
      "one copy is the baseline without that first copy: everything copied after the stop (the first copy's time) plus the same create.", "",
    "| its writes | copy while it runs | its stop | down | down with one copy | down / one copy |",
    "|---|---|---|---|---|---|",
    ...r.rows.map((x) => `| ${x.writesMiB} MiB | ${x.preCopyMs.toFixed(0)} | ${x.stopMs.toFixed(0)} | ${x.downMs.toFixed(0)} | ${x.oneCopyDownMs.toFixed(0)} | ${(x.downMs / x.oneCopyDownMs).toFixed(2)} |`),
  ];
}
