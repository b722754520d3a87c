/** The benchmark's report: a markdown table of medians and ratios, and an SVG chart. Pure. */
export type OpTimes = Record<"up" | "preview" | "refresh" | "update" | "destroy", number>;
export interface Results {
  date: string;
  host: { cpus: number; node: string };
  runs: number;
  ns: number[];
  systems: Partial<Record<"paddock" | "engineFloor" | "rawFloor" | "lxc" | "command", Record<number, OpTimes>>>;
  ids?: IdsResult;
  probes?: ProbeResult;
  remote?: RemoteResult;
  move?: MoveResult;
  density?: { n: number; memAvailableDropKiBPerUnit: number; unitCgroupMemoryKiBPerUnit?: number; providerPeakRssKiB: number; spawnerPeakRssKiB?: number; upperBytesPerUnit: number; hostProcessesPerUnit: number; unitProcessesPerUnit?: number };
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

export function renderReport(r: Results, svgName: string): { markdown: string; svg: string } {
  const ops = ["up", "preview", "refresh", "update", "destroy"] as const;
  const lines = r.ns.length === 0 ? [`# Paddock benchmark, ${r.date}`, "", `${r.host.cpus} CPUs, Node ${r.host.node}; only the tables below (PADDOCK_BENCH_ONLY).`] : [
    `# Paddock benchmark, ${r.date}`,
    "",
    `${r.host.cpus} CPUs, Node ${r.host.node}; each figure is the median of ${r.runs} runs, in seconds. ` +
      "Baselines were measured in the same run. The engine floor is the same program's graph and resource shapes " +
      "(a network and N units, with the same input and output properties) as no-op dynamic resources through the same CLI: " +
      "what Pulumi itself costs for these resources. The raw floor is bench/raw-floor.sh making the same units " +
      "(overlay, netns + veth on a bridge, runc) with no Pulumi. LXC is lxc-create -t busybox + lxc-start -d from a loop, " +
      "lxc-info for refresh and lxc-cgroup for the update (no preview: it has no desired state). " +
      "Command-based is what a Pulumi user writes without Paddock: N command resources running the same LXC commands " +
      "(create, update, delete, as @pulumi/command's local.Command would; a dynamic provider stands in for it because " +
      "its plugin's Go module is not served by the module proxy these machines reach). " +
      "In a ratio, \"-\" means the baseline does no work for that operation.",
    "",
    `![time against N](${svgName})`,
    "",
    "| N | op | paddock | engine floor | raw floor | LXC | command-based | paddock / (engine + raw) | paddock / LXC | paddock / command-based |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const n of r.ns) {
    for (const op of ops) {
      const p = r.systems.paddock?.[n]?.[op];
      const e = r.systems.engineFloor?.[n]?.[op];
      const w = r.systems.rawFloor?.[n]?.[op];
      const l = r.systems.lxc?.[n]?.[op];
      const c = r.systems.command?.[n]?.[op];
      lines.push(`| ${n} | ${op} | ${f(p)} | ${f(e)} | ${f(w)} | ${f(l)} | ${f(c)} | ${ratio(p, (e ?? 0) + (w ?? 0))} | ${ratio(p, l)} | ${ratio(p, c)} |`);
    }
  }
  if (r.density) {
    const d = r.density;
    lines.push("", `Density at N=${d.n} idle units: host MemAvailable drop ${(d.memAvailableDropKiBPerUnit / 1024).toFixed(2)} MiB per unit` +
      (d.unitCgroupMemoryKiBPerUnit !== undefined ? ` (the unit's own cgroup charges ${(d.unitCgroupMemoryKiBPerUnit / 1024).toFixed(2)} MiB)` : "") + "; " +
      `dynamic provider peak RSS ${(d.providerPeakRssKiB / 1024).toFixed(1)} MiB` +
      (d.spawnerPeakRssKiB ? ` (its command spawner ${(d.spawnerPeakRssKiB / 1024).toFixed(1)} MiB; both exit after each operation)` : "") + "; " +
      `upper layer ${d.upperBytesPerUnit.toFixed(0)} bytes per unit; ` +
      `host processes added per unit ${d.hostProcessesPerUnit.toFixed(2)}` +
      (d.unitProcessesPerUnit !== undefined ? `, of which ${d.unitProcessesPerUnit.toFixed(2)} in the unit's own cgroup (its init)` : "") + ".");
  }
  if (r.ids) lines.push(...renderIds(r.ids));
  if (r.probes) lines.push(...renderProbes(r.probes));
  if (r.remote) lines.push(...renderRemote(r.remote));
  if (r.move) lines.push(...renderMove(r.move));
  return { markdown: `${lines.join("\n")}\n`, svg: chart(r) };
}

function chart(r: Results): string {
  const W = 640, H = 400, L = 60, B = 40, T = 30, R = 150;
  const series: [string, string, (n: number) => number | undefined][] = [
    ["paddock", "#d62728", (n) => r.systems.paddock?.[n]?.up],
    ["engine + raw floor", "#1f77b4", (n) => (r.systems.engineFloor?.[n]?.up ?? 0) + (r.systems.rawFloor?.[n]?.up ?? 0) || undefined],
    ["engine floor", "#9467bd", (n) => r.systems.engineFloor?.[n]?.up],
    ["raw floor", "#2ca02c", (n) => r.systems.rawFloor?.[n]?.up],
    ["LXC", "#ff7f0e", (n) => r.systems.lxc?.[n]?.up],
    ["command-based", "#8c564b", (n) => r.systems.command?.[n]?.up],
  ];
  const ymax = Math.max(1, ...r.ns.flatMap((n) => series.map(([, , v]) => v(n) ?? 0))) * 1.1;
  const xmax = Math.max(...r.ns);
  const x = (n: number) => L + ((W - L - R) * n) / xmax;
  const y = (s: number) => H - B - ((H - B - T) * s) / ymax;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<text x="${L}" y="18">pulumi up of N units: seconds (median)</text>`,
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="black"/>`, `<line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="black"/>`];
  for (const n of r.ns) parts.push(`<text x="${x(n)}" y="${H - B + 16}" text-anchor="middle">${n}</text>`);
  for (let i = 0; i <= 4; i++) parts.push(`<text x="${L - 6}" y="${y((ymax * i) / 4) + 4}" text-anchor="end">${((ymax * i) / 4).toFixed(1)}</text>`);
  series.forEach(([name, color, v], i) => {
    const pts = r.ns.map((n) => [n, v(n)] as const).filter(([, s]) => s !== undefined);
    if (pts.length) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.map(([n, s]) => `${x(n).toFixed(1)},${y(s!).toFixed(1)}`).join(" ")}"/>`);
    parts.push(`<rect x="${W - R + 10}" y="${T + i * 18}" width="12" height="12" fill="${color}"/><text x="${W - R + 28}" y="${T + i * 18 + 10}">${name}</text>`);
  });
  parts.push("</svg>", "");
  return parts.join("\n");
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
