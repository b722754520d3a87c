/**
 * `npm run bench`: Paddock's cost against the floor and against what users would
 * use instead, measured side by side in one run. Every figure is the median of
 * PADDOCK_BENCH_RUNS runs (default 3); comparisons are ratios within the run.
 *   PADDOCK_BENCH_N="1,10,50,100,250,500,1000"  PADDOCK_BENCH_RUNS=3
 *   PADDOCK_BENCH_LARGE_RUNS=1 PADDOCK_BENCH_LARGE_N=500 (runs at N >= 500, where one run of every system takes half an hour)
 *   PADDOCK_BENCH_PULUMI_ENV="PULUMI_SKIP_CHECKPOINTS=true" (settings for every Pulumi program of the main table, as a user would set them)
 *   PADDOCK_BENCH_HOST_IDS=1 (Paddock's program again with userns: "host": units without a user namespace of their own)
 *   PADDOCK_BENCH_SYSTEMS="paddock,engineFloor,rawFloor" (only these systems of the main table; default all)
 *   PADDOCK_BENCH_LOOP_MAX_N=1000 (the largest N for the LXC loop and the command-based program: the slowest baselines)
 *   PADDOCK_BENCH_PEERS_MAX_N=1000 (the largest N for the Docker and podman loops, which take half an hour at N=1000)
 *   PADDOCK_BENCH_ONLY=scale (the main table and the table of Pulumi's options only), =main (the main table only)
 *   PADDOCK_BENCH_ONLY=pulumi (only the table of Pulumi's own options), PADDOCK_BENCH_PULUMI_N="100,1000" (the engine floor's),
 *     PADDOCK_BENCH_PULUMI_PADDOCK_N=500 (Paddock's program with and without checkpoints; 0: none), PADDOCK_BENCH_STARTUP_N=100
 *   PADDOCK_BENCH_IDS_N=20 (units per mode in the user-namespace table)
 *   PADDOCK_BENCH_ONLY=ids (only that table), =remote (only the remote-host table)
 *   PADDOCK_BENCH_REMOTE_N=100 (units in the remote-host table)
 *   PADDOCK_BENCH_ONLY=move (only the table of moves between hosts), PADDOCK_BENCH_MOVE_MIB="0,50"
 * Writes bench/results/<date>.json, .md and .svg.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ExampleRun } from "../test/helpers/pulumi";
import { buildOciConfig } from "../provider/linux/oci-spec";
import { ID_RANGE_SIZE, normalizeContainer } from "../provider/core/spec";
import { LocalHost } from "../provider/host/local";
import { tokenPid } from "../provider/host/pid";
import { statePaths } from "../provider/linux/paths";
import { ensureBase } from "../provider/linux/rootfs";
import { renderReport, Results, median } from "./report";
import { cgroupParent as cgroupParentOf } from "../provider/linux/cgroups";
import { idsBench } from "./ids";
import { probeTable } from "./probes";
import { remoteBench } from "./remote";
import { moveBench } from "./move";
import { PEERS, liveProcesses, memAvailableKiB, peerOps } from "./peers";
import { pulumiOptionsBench } from "./pulumi-options";
import { SYSTEMS, System } from "./report";

const repo = path.resolve(__dirname, "../..");
/** "ids": only the user-namespace table and the probes beside podman; "remote": only the remote-host table. */
const ONLY = process.env.PADDOCK_BENCH_ONLY ?? "";
/** "scale": the main table at every N and the table of Pulumi's options, without the other tables. */
const MAIN = ONLY === "" || ONLY === "scale" || ONLY === "main";
const NS = !MAIN ? [] : (process.env.PADDOCK_BENCH_N ?? "1,10,50,100,250,500,1000").split(",").map(Number);
const LARGE_RUNS = Number(process.env.PADDOCK_BENCH_LARGE_RUNS ?? "1");
const LARGE_N = Number(process.env.PADDOCK_BENCH_LARGE_N ?? "500");
const LOOP_MAX_N = Number(process.env.PADDOCK_BENCH_LOOP_MAX_N ?? "1000");
const PEERS_MAX_N = Number(process.env.PADDOCK_BENCH_PEERS_MAX_N ?? "1000");
/** What the main table's Pulumi programs (Paddock, the engine floor, command-based) run with: the settings the README gives for large stacks, or none. */
const MAIN_ENV: Record<string, string> = Object.fromEntries((process.env.PADDOCK_BENCH_PULUMI_ENV ?? "").split(",").filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
const WANTED = new Set((process.env.PADDOCK_BENCH_SYSTEMS ?? SYSTEMS.join(",")).split(","));
const want = (s: System) => WANTED.has(s);
const runsAt = (n: number) => (n >= LARGE_N ? Math.min(RUNS, LARGE_RUNS) : RUNS);
const IDS_N = Number(process.env.PADDOCK_BENCH_IDS_N ?? "20");
const RUNS = Number(process.env.PADDOCK_BENCH_RUNS ?? "3");
const REMOTE_N = Number(process.env.PADDOCK_BENCH_REMOTE_N ?? "100");
const STATE_ROOT = "/var/lib/paddock-bench";
const OPS = ["up", "preview", "refresh", "update", "destroy"] as const;
type Op = (typeof OPS)[number];

const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
const seconds = async (f: () => unknown): Promise<number> => {
  const t = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t) / 1e9;
};

const programEnv = (n: number, extraEnv: Record<string, string>) => ({ PADDOCK_STATE_ROOT: STATE_ROOT, ...extraEnv, PADDOCK_BENCH_N: String(n), PADDOCK_BENCH_MEMORY: "32MiB", PADDOCK_BENCH_MEMORY_BYTES: String(32 << 20), PADDOCK_BENCH_LXC_CONF: lxcConf() });
/** A program of bench/programs by name, or a program's directory. */
const programDir = (program: string) => (path.isAbsolute(program) ? program : path.join(repo, "bench/programs", program));

/** One Pulumi program through the real CLI: up, no-change preview, refresh, a live memory update, destroy. */
export async function pulumiOps(program: string, n: number, sample?: (phase: "before" | "during" | "after", run: ExampleRun) => Promise<void>, extraEnv: Record<string, string> = {}, opts: { parallel?: number } = {}): Promise<Record<Op, number>> {
  const run = new ExampleRun(`bench-${path.basename(program)}`, programEnv(n, extraEnv), programDir(program));
  const stack = await run.stack();
  const out = {} as Record<Op, number>;
  const { parallel } = opts;
  try {
    await sample?.("before", run);
    const during = sample ? setInterval(() => void sample("during", run), 250) : undefined;
    out.up = await seconds(() => stack.up({ parallel }));
    if (during) clearInterval(during);
    await sample?.("after", run);
    out.preview = await seconds(() => stack.preview({ expectNoChanges: true, parallel }));
    out.refresh = await seconds(() => stack.refresh({ parallel }));
    await run.setEnv("PADDOCK_BENCH_MEMORY", "48MiB");
    await run.setEnv("PADDOCK_BENCH_MEMORY_BYTES", String(48 << 20));
    out.update = await seconds(() => stack.up({ parallel }));
    out.destroy = await seconds(() => stack.destroy({ parallel }));
  } finally {
    await run.cleanup();
  }
  return out;
}

/** `pulumi preview` of a new stack of the program: running the program and checking its N resources, nothing made. */
async function previewOnly(program: string, n: number, extraEnv: Record<string, string>): Promise<number> {
  const run = new ExampleRun(`bench-${path.basename(program)}`, programEnv(n, extraEnv), programDir(program));
  try {
    const stack = await run.stack();
    return await seconds(() => stack.preview());
  } finally {
    await run.cleanup();
  }
}

/**
 * Host ids for the raw floor's units: a range of 65536 each, above the ranges
 * Paddock leases (which end at 0x70000000), so they never meet a Paddock unit's.
 */
const RAW_FLOOR_IDS = 0x70000000;

/**
 * The floor: bench/raw-floor.sh over bundles prepared (untimed) from the same OCI
 * config Paddock writes. Each unit has a user namespace of its own, as Paddock's
 * default does: the runtime makes it from the config's id mappings. What Paddock
 * adds to that is left out (the shared base idmapped, the network namespace made
 * inside the user namespace, a sysfs of that network's), so the floor is the least
 * the kernel and the runtime do for such a unit: its /sys is the host's, bound, and
 * its base's files are no one's inside (a sleep does not mind).
 */
async function rawOps(n: number, density?: (d: NonNullable<Results["rawFloorDensity"]>) => void): Promise<Record<Op, number>> {
  const dir = path.join(STATE_ROOT, "raw");
  fs.mkdirSync(path.join(dir, "bundles"), { recursive: true });
  const base = await ensureBase(new LocalHost(), STATE_ROOT, { busybox: {} });
  fs.rmSync(path.join(dir, "base"), { force: true });
  fs.symlinkSync(base, path.join(dir, "base"));
  for (let i = 0; i < n; i++) {
    const spec = normalizeContainer({ name: `u${i}`, rootfs: { busybox: {} }, command: ["/bin/sleep", "2147483647"], network: { mode: "bridge", network: "raw" }, limits: { memory: "32MiB" }, stateRoot: STATE_ROOT });
    const idMap = { hostId: RAW_FLOOR_IDS + i * ID_RANGE_SIZE, size: ID_RANGE_SIZE };
    const cfg = buildOciConfig({ ...spec, idMap }, { rootPath: "rootfs", cgroupsPath: `/paddock-rawbench/u${i}`, netnsPath: `/run/netns/pdraw-${i}`, usernsPath: "-", sysDir: "/sys", volumeDir: () => "" }) as { linux: { namespaces: { type: string; path?: string }[] } };
    // A new user namespace, made by the runtime (Paddock's units join the one it keeps for them).
    cfg.linux.namespaces = cfg.linux.namespaces.map((ns) => (ns.type === "user" ? { type: "user" } : ns));
    fs.mkdirSync(path.join(dir, "bundles", `u${i}`), { recursive: true });
    fs.writeFileSync(path.join(dir, "bundles", `u${i}`, "config.json"), JSON.stringify(cfg));
  }
  execFileSync("ip", ["link", "add", "pd-rawbench", "type", "bridge"]);
  execFileSync("ip", ["addr", "add", "10.80.0.1/22", "dev", "pd-rawbench"]);
  execFileSync("ip", ["link", "set", "pd-rawbench", "up"]);
  const sh = (op: string, extra: string[] = []) => seconds(() => execFileSync(path.join(repo, "bench/raw-floor.sh"), [op, dir, String(n), ...extra], { stdio: "inherit" }));
  try {
    const out = {} as Record<Op, number>;
    const memBefore = memAvailableKiB(), procsBefore = liveProcesses();
    out.up = await sh("create");
    if (density) {
      // Settled as Paddock's units are before their reading (run.ts's "after" phase).
      await new Promise((r) => setTimeout(r, 3000));
      density({ n, memAvailableDropKiBPerUnit: (memBefore - memAvailableKiB()) / n, hostProcessesPerUnit: (liveProcesses() - procsBefore) / n });
    }
    out.preview = 0; // nothing to compare without a desired state: the floor of "no change" is no work
    out.refresh = await sh("read");
    out.update = await sh("update", [String(48 * 1024 * 1024)]);
    out.destroy = await sh("delete");
    return out;
  } finally {
    execFileSync("ip", ["link", "del", "pd-rawbench"]);
    for (const h of fs.readdirSync("/sys/fs/cgroup")) {
      const p = path.join("/sys/fs/cgroup", h, "paddock-rawbench");
      if (fs.existsSync(p)) fs.rmdirSync(p);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const haveLxc = () => spawnSync("lxc-create", ["--version"]).status === 0;

/** The LXC containers' configuration: no network device (lxc.net.0.type = empty). */
function lxcConf(): string {
  const conf = path.join(STATE_ROOT, "lxc-empty-net.conf");
  fs.mkdirSync(STATE_ROOT, { recursive: true });
  fs.writeFileSync(conf, "lxc.net.0.type = empty\n");
  return conf;
}

/** What a Pulumi user writes without Paddock: one command resource per LXC container (bench/programs/lxc-command). */
async function commandOps(n: number): Promise<Record<Op, number> | undefined> {
  if (!haveLxc()) return undefined;
  try {
    return await pulumiOps("lxc-command", n, undefined, MAIN_ENV);
  } finally {
    for (let i = 0; i < n; i++) spawnSync("lxc-destroy", ["-n", `pdcmd-${i}`, "-f"], { stdio: "ignore" });
  }
}

/** LXC as people run it: lxc-create -t busybox, lxc-start -d; then stop and destroy. No network device. */
async function lxcOps(n: number): Promise<Record<Op, number> | undefined> {
  if (!haveLxc()) return undefined;
  const conf = lxcConf();
  const names = Array.from({ length: n }, (_, i) => `pdbench-${i}`);
  const run = (argv: string[]) => execFileSync(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "inherit"] });
  const out = {} as Record<Op, number>;
  try {
    out.up = await seconds(() => {
      for (const name of names) {
        run(["lxc-create", "-n", name, "-t", "busybox", "-f", conf]);
        run(["lxc-start", "-n", name, "-d"]);
      }
    });
    out.preview = 0;
    out.refresh = await seconds(() => names.forEach((name) => run(["lxc-info", "-n", name, "-s"])));
    out.update = await seconds(() => names.forEach((name) => run(["lxc-cgroup", "-n", name, "memory.limit_in_bytes", String(48 * 1024 * 1024)])));
    out.destroy = await seconds(() => names.forEach((name) => run(["lxc-destroy", "-n", name, "-f"])));
  } finally {
    for (const name of names) spawnSync("lxc-destroy", ["-n", name, "-f"], { stdio: "ignore" });
  }
  return out;
}

/**
 * The largest peak resident set (VmHWM, which the kernel keeps) of processes whose
 * command line has a marker. Cheap enough not to disturb what it measures: at
 * N = 1000 the host runs a thousand inits, and reading every command line every
 * 50 ms cost a third of a CPU. It looks for new such processes every 2 s and
 * reads only their status between.
 */
class PeakRss {
  private readonly pids = new Set<string>();
  private scanned = 0;
  peakKiB = 0;
  constructor(private readonly marker: string) {}

  sample(): void {
    if (Date.now() - this.scanned > 2000) {
      this.scanned = Date.now();
      for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d) && !this.pids.has(d))) {
        try {
          if (fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(this.marker)) this.pids.add(pid);
        } catch {
          // exited while we looked
        }
      }
    }
    for (const pid of this.pids) {
      try {
        this.peakKiB = Math.max(this.peakKiB, Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0));
      } catch {
        this.pids.delete(pid);
      }
    }
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(STATE_ROOT, { recursive: true });
  const results: Results = { date: new Date().toISOString(), host: { cpus: fs.readFileSync("/proc/cpuinfo", "utf8").split("\nprocessor").length, node: process.version }, runs: RUNS, ns: NS, systems: {}, density: undefined, runsAt: {}, pulumiEnv: MAIN_ENV };
  for (const n of NS) {
    for (const s of SYSTEMS) results.systems[s] ??= {};
    const samples = Object.fromEntries(SYSTEMS.map((s) => [s, [] as Record<Op, number>[]])) as Record<System, Record<Op, number>[]>;
    const RUNS = runsAt(n);
    results.runsAt![n] = RUNS;
    for (let r = 0; r < RUNS; r++) {
      log(`N=${n} run ${r + 1}/${RUNS}: paddock`);
      const density = n === Math.max(...NS) && r === 0;
      let memBefore = 0, procsBefore = 0;
      const rss = new PeakRss("dynamic-provider"), spawnerRss = new PeakRss("spawner-child");
      samples.paddock.push(await pulumiOps("paddock", n, density ? async (phase) => {
        if (phase === "before") { memBefore = memAvailableKiB(); procsBefore = liveProcesses(); }
        if (phase === "during") {
          rss.sample();
          spawnerRss.sample();
        }
        if (phase === "after") {
          // Let the engine's processes exit and the units settle before reading the host's memory.
          await new Promise((r) => setTimeout(r, 3000));
          const units = fs.readdirSync(path.join(STATE_ROOT, "units"));
          const cgroupKiB = units.map((u) => Number(fs.readFileSync(path.join("/sys/fs/cgroup/memory", cgroupParentOf(STATE_ROOT), u, "memory.usage_in_bytes"), "utf8")) / 1024);
          const inUnits = units.map((u) => fs.readFileSync(path.join("/sys/fs/cgroup/memory", cgroupParentOf(STATE_ROOT), u, "cgroup.procs"), "utf8").split("\n").filter(Boolean).length);
          const uppers = fs.readdirSync(path.join(STATE_ROOT, "units")).map((u) => Number(execFileSync("du", ["-sb", path.join(STATE_ROOT, "units", u, "upper")], { encoding: "utf8" }).split("\t")[0]));
          // The state root's one log daemon (its pid in its lock): part of the drop above, shown apart.
          const logd = tokenPid(fs.readFileSync(statePaths(STATE_ROOT).logDaemonLock, "utf8"));
          if (logd === undefined) throw new Error(`the log daemon's lock of ${STATE_ROOT} names no process`);
          results.density = {
            logDaemonRssKiB: Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${logd}/status`, "utf8"))![1]),
            n, memAvailableDropKiBPerUnit: (memBefore - memAvailableKiB()) / n, providerPeakRssKiB: rss.peakKiB, spawnerPeakRssKiB: spawnerRss.peakKiB,
            unitCgroupMemoryKiBPerUnit: cgroupKiB.reduce((a, b) => a + b, 0) / cgroupKiB.length,
            upperBytesPerUnit: uppers.reduce((a, b) => a + b, 0) / uppers.length,
            hostProcessesPerUnit: (liveProcesses() - procsBefore) / n,
            unitProcessesPerUnit: inUnits.reduce((a, b) => a + b, 0) / n,
          };
        }
      } : undefined, MAIN_ENV));
      if (process.env.PADDOCK_BENCH_HOST_IDS === "1" && want("paddockHostIds")) {
        log(`N=${n} run ${r + 1}/${RUNS}: paddock, userns host`);
        samples.paddockHostIds.push(await pulumiOps("paddock", n, undefined, { ...MAIN_ENV, PADDOCK_BENCH_USERNS: "host" }));
      }
      log(`N=${n} run ${r + 1}/${RUNS}: engine floor (no-op dynamic resources)`);
      samples.engineFloor.push(await pulumiOps("noop", n, undefined, MAIN_ENV));
      log(`N=${n} run ${r + 1}/${RUNS}: raw floor (script)`);
      samples.rawFloor.push(await rawOps(n, density ? (d) => (results.rawFloorDensity = d) : undefined));
      for (const peer of n <= PEERS_MAX_N ? PEERS.filter(want) : []) {
        log(`N=${n} run ${r + 1}/${RUNS}: ${peer} loop`);
        const p = await peerOps(peer, n, STATE_ROOT, density, log);
        if (p) samples[peer].push(p.ops);
        if (p?.density) (results.peerDensity ??= {})[peer] = p.density;
      }
      if (n <= LOOP_MAX_N && want("lxc")) {
        log(`N=${n} run ${r + 1}/${RUNS}: lxc`);
        const l = await lxcOps(n);
        if (l) samples.lxc.push(l);
      }
      if (n <= LOOP_MAX_N && want("command")) {
        log(`N=${n} run ${r + 1}/${RUNS}: command resources running LXC`);
        const c = await commandOps(n);
        if (c) samples.command.push(c);
      }
    }
    for (const s of SYSTEMS) {
      if (samples[s].length === 0) continue;
      results.systems[s]![n] = Object.fromEntries(OPS.map((op) => [op, median(samples[s].map((x) => x[op]))])) as Record<Op, number>;
    }
    log(`N=${n}: paddock up ${results.systems.paddock![n].up.toFixed(2)} s, engine floor ${results.systems.engineFloor![n].up.toFixed(2)} s, raw ${results.systems.rawFloor![n].up.toFixed(2)} s`);
    // A run of every N takes an hour or more: what is measured so far is kept if a later N fails.
    write(results, true);
  }
  if (ONLY === "" || ONLY === "scale" || ONLY === "pulumi") {
    const pns = (process.env.PADDOCK_BENCH_PULUMI_N ?? "100,1000").split(",").map(Number);
    results.pulumi = await pulumiOptionsBench(pns, Number(process.env.PADDOCK_BENCH_PULUMI_PADDOCK_N ?? "500"), Math.min(RUNS, LARGE_RUNS), path.join(repo, "bench/programs"), pulumiOps, previewOnly, Number(process.env.PADDOCK_BENCH_STARTUP_N ?? "100"), log);
  }
  if (ONLY === "" || ONLY === "ids") {
    results.ids = await idsBench(STATE_ROOT, IDS_N, RUNS, log);
    results.probes = await probeTable(STATE_ROOT, log).catch((e: Error) => (log(`probes beside podman failed: ${e.message.split("\n").pop()}`), undefined));
  }
  if (ONLY === "" || ONLY === "remote") results.remote = await remoteBench(REMOTE_N, RUNS, STATE_ROOT, pulumiOps, log);
  if (ONLY === "" || ONLY === "move") results.move = await moveBench((process.env.PADDOCK_BENCH_MOVE_MIB ?? "0,50").split(",").map(Number), RUNS, log);
  process.stdout.write(write(results, false));
  fs.rmSync(STATE_ROOT, { recursive: true, force: true });
}

/** bench/results/<date>.json, .md and (with the main table) .svg and latest.md; partial while N are still to come. */
function write(results: Results, partial: boolean): string {
  const stamp = results.date.replace(/[:.]/g, "-");
  const dir = path.join(repo, "bench/results");
  fs.mkdirSync(dir, { recursive: true });
  const { markdown, svg } = renderReport(results, `${stamp}.svg`);
  fs.writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(dir, `${stamp}.md`), markdown);
  if (MAIN) fs.writeFileSync(path.join(dir, `${stamp}.svg`), svg);
  if (MAIN && !partial) fs.writeFileSync(path.join(dir, "latest.md"), markdown);
  return markdown;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
