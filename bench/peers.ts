/**
 * The tools people would use instead of Paddock, each driven by a loop of its own
 * CLI as a shell script would (issue 16):
 *   - Docker Engine: Debian's docker.io. The harness starts a dockerd of its own
 *     (its own data root, exec root, socket, pid file and containerd namespace; it
 *     touches no iptables and makes no default bridge) and stops it after.
 *   - podman: Debian's, rootful, with its own storage root, run root and network
 *     configuration directory.
 * Both run the same N units Paddock makes: the busybox base Paddock builds
 * (imported once as an image, untimed), `/bin/sleep` as PID 1, a 32 MiB memory
 * limit, and each its own network namespace with an address on a bridge of the
 * tool's own (a /22). Timed: create+start (`run -d`), inspect, a live memory
 * update to 48 MiB, remove. At the largest N, density: what the host lost in
 * MemAvailable per idle unit (the daemons included), live host processes per
 * unit, and disk per unit (what the tool's storage grew by).
 */
import { ChildProcess, execFileSync, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { LocalHost } from "../provider/host/local";
import { ensureBase } from "../provider/linux/rootfs";
import { OpTimes, PeerDensity } from "./report";
import { isAlive } from "../provider/host/pid";
import { removeIfEmpty } from "../provider/linux/paths";
import { du } from "./ids";

export type Peer = "docker" | "podman";
export const PEERS: Peer[] = ["docker", "podman"];

const seconds = (f: () => void): number => {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Tool {
  /** argv before the subcommand. */
  cli: string[];
  image: string;
  /** The tool's storage, for disk per unit. */
  storage: string;
  /** Options of `run` beyond the shared ones. */
  runOptions: string[];
  /** Options of `rm -f` beyond the shared ones. */
  removeOptions: string[];
  stop(): Promise<void>;
}

/** Ids, addresses and limits the same for every tool: the unit's name and its memory. */
const runArgs = (t: Tool, name: string) => ["run", "-d", "--name", name, "--network", "pdbench", "--memory", "32m", ...t.runOptions, t.image, "/bin/sleep", "2147483647"];

function have(argv: string[]): boolean {
  return spawnSync(argv[0], argv.slice(1), { stdio: "ignore" }).status === 0;
}

/** A dockerd of the bench's own, or undefined when Debian's docker.io is not installed. */
async function startDocker(root: string, base: string, log: (m: string) => void): Promise<Tool | undefined> {
  // The package's client, not another one earlier on PATH: it speaks the daemon's API version.
  const client = "/usr/bin/docker";
  if (!fs.existsSync("/usr/sbin/dockerd") || !fs.existsSync(client)) return undefined;
  const dir = path.join(root, "docker");
  const run = "/run/paddock-bench-docker";
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(run, { recursive: true });
  const sock = path.join(run, "docker.sock");
  const out = fs.openSync(path.join(root, "dockerd.log"), "w");
  const daemon: ChildProcess = spawn("/usr/sbin/dockerd", [
    "--data-root", dir, "--exec-root", run, "--host", `unix://${sock}`, "--pidfile", path.join(run, "docker.pid"),
    "--iptables=false", "--ip6tables=false", "--bridge=none",
    "--containerd-namespace", "paddock-bench", "--containerd-plugins-namespace", "paddock-bench-plugins",
  ], { stdio: ["ignore", out, out] });
  fs.closeSync(out);
  const cli = [client, "-H", `unix://${sock}`];
  const stop = async () => {
    // Every container is removed before this; the daemon then stops its own containerd.
    daemon.kill("SIGTERM");
    for (let i = 0; i < 300 && daemon.exitCode === null && daemon.signalCode === null; i++) await sleep(100);
    if (daemon.pid && isAlive(daemon.pid)) daemon.kill("SIGKILL");
    fs.rmSync(run, { recursive: true, force: true });
  };
  for (let i = 0; !have([...cli, "version"]); i++) {
    if (i > 150 || daemon.exitCode !== null) {
      await stop();
      throw new Error(`dockerd did not answer on ${sock}: see ${path.join(root, "dockerd.log")}`);
    }
    await sleep(100);
  }
  log("docker: importing the busybox base as an image");
  importImage([...cli, "import", "-", "paddock-bench/busybox"], base);
  execFileSync(cli[0], [...cli.slice(1), "network", "create", "--driver", "bridge", "--subnet", "10.81.0.0/22", "-o", "com.docker.network.bridge.name=pd-dkbench", "pdbench"], { stdio: "ignore" });
  return {
    cli, image: "paddock-bench/busybox", storage: dir, runOptions: [], removeOptions: [],
    stop: async () => {
      spawnSync(cli[0], [...cli.slice(1), "network", "rm", "pdbench"], { stdio: "ignore" });
      await stop();
    },
  };
}

/** podman with storage, run state and network configuration of the bench's own. */
async function startPodman(root: string, base: string, log: (m: string) => void): Promise<Tool | undefined> {
  if (!have(["podman", "--version"])) return undefined;
  const dir = path.join(root, "podman");
  const run = "/run/paddock-bench-podman";
  const netDir = path.join(root, "podman-networks");
  fs.mkdirSync(netDir, { recursive: true });
  // A CNI bridge with host-local addresses (kept in the bench's directory, not
  // /var/lib/cni) and nothing else: no masquerade and no firewall plugin, so, like
  // Docker here and a Paddock Network without nat, it writes no iptables rule.
  fs.writeFileSync(path.join(netDir, "pdbench.conflist"), JSON.stringify({
    cniVersion: "0.4.0", name: "pdbench",
    plugins: [{ type: "bridge", bridge: "pd-pmbench", isGateway: true, ipMasq: false, ipam: { type: "host-local", dataDir: path.join(root, "podman-leases"), routes: [{ dst: "0.0.0.0/0" }], ranges: [[{ subnet: "10.82.0.0/22", gateway: "10.82.0.1" }]] } }],
  }));
  // CNI keeps its cache of each attachment under /var/lib/cni whatever podman is told: a directory the
  // bench removes after if it made it (only when empty: someone else's CNI may have come meanwhile).
  const cniMade = !fs.existsSync("/var/lib/cni");
  const cli = ["podman", "--root", dir, "--runroot", run, "--network-config-dir", netDir, "--cgroup-manager", "cgroupfs", "--events-backend", "file", "--tmpdir", path.join(run, "tmp")];
  log("podman: importing the busybox base as an image");
  importImage([...cli, "import", "--quiet", "-", "localhost/paddock-bench/busybox"], base);
  return {
    cli, image: "localhost/paddock-bench/busybox", storage: dir,
    // Podman's default open-files and process limits are above what runc may set on this host (see probes.ts).
    runOptions: ["--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1024:1024"],
    // No grace period, as Paddock's units here (stopTimeout "0s") and docker rm -f (SIGKILL at once):
    // podman would wait 10 s for a sleep that ignores SIGTERM.
    removeOptions: ["--time", "0"],
    stop: async () => {
      spawnSync(cli[0], [...cli.slice(1), "rmi", "-af"], { stdio: "ignore" });
      spawnSync(cli[0], [...cli.slice(1), "system", "reset", "-f"], { stdio: "ignore" });
      spawnSync("ip", ["link", "del", "pd-pmbench"], { stdio: "ignore" });
      fs.rmSync(run, { recursive: true, force: true });
      if (cniMade) for (const d of ["/var/lib/cni/results", "/var/lib/cni"]) await removeIfEmpty(d);
    },
  };
}

function importImage(argv: string[], base: string): void {
  const tar = spawnSync("tar", ["-C", base, "--numeric-owner", "-c", "."], { maxBuffer: 1 << 30 });
  if (tar.status !== 0) throw new Error(`tar of ${base}: ${tar.stderr}`);
  execFileSync(argv[0], argv.slice(1), { input: tar.stdout, stdio: ["pipe", "ignore", "inherit"] });
}

export function memAvailableKiB(): number {
  return Number(/MemAvailable:\s+(\d+)/.exec(fs.readFileSync("/proc/meminfo", "utf8"))![1]);
}

/** Live processes on the host (zombies left out: this host's PID 1 reaps them late). */
export function liveProcesses(): number {
  let live = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      if (stat[stat.lastIndexOf(")") + 2] !== "Z") live++;
    } catch {
      // exited while we looked
    }
  }
  return live;
}


/**
 * One run of N units with one peer: its OpTimes (preview is 0: a loop has no
 * desired state to compare) and, when asked, density after the units settle.
 * undefined when the tool is not installed.
 */
export async function peerOps(peer: Peer, n: number, root: string, withDensity: boolean, log: (m: string) => void): Promise<{ ops: OpTimes; density?: PeerDensity } | undefined> {
  const base = await ensureBase(new LocalHost(), root, { busybox: {} });
  const procsBefore = liveProcesses();
  const memBefore = memAvailableKiB();
  const tool = await (peer === "docker" ? startDocker : startPodman)(root, base, log);
  if (!tool) return undefined;
  const names = Array.from({ length: n }, (_, i) => `pdbench-${i}`);
  const cli = (args: string[]) => execFileSync(tool.cli[0], [...tool.cli.slice(1), ...args], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    // The daemon's own memory and processes count against the units: measured from before it started.
    const diskBefore = du(tool.storage);
    const ops: OpTimes = { up: 0, preview: 0, refresh: 0, update: 0, destroy: 0 };
    ops.up = seconds(() => names.forEach((name) => cli(runArgs(tool, name))));
    let density: PeerDensity | undefined;
    if (withDensity) {
      await sleep(3000);
      density = {
        n, memAvailableDropKiBPerUnit: (memBefore - memAvailableKiB()) / n,
        hostProcessesPerUnit: (liveProcesses() - procsBefore) / n,
        diskBytesPerUnit: (du(tool.storage) - diskBefore) / n,
      };
    }
    ops.refresh = seconds(() => names.forEach((name) => cli(["inspect", name])));
    ops.update = seconds(() => names.forEach((name) => cli(["update", "--memory", "48m", "--memory-swap", "96m", name])));
    ops.destroy = seconds(() => names.forEach((name) => cli(["rm", "-f", ...tool.removeOptions, name])));
    return { ops, density };
  } finally {
    spawnSync(tool.cli[0], [...tool.cli.slice(1), "rm", "-f", ...tool.removeOptions, ...names], { stdio: "ignore" });
    await tool.stop();
    fs.rmSync(tool.storage, { recursive: true, force: true });
  }
}
