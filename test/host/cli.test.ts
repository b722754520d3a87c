import * as assert from "assert";
import { execFileSync, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { container, jail, network } from "../../provider";
import { processToken, tokenPid } from "../../provider/host/pid";
import { LOG_DAEMON_NODE_FLAGS } from "../../provider/linux/logs";
import { unitPaths } from "../../provider/linux/paths";
import { inventory, isAlive, makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";

const CLI = path.resolve(__dirname, "../../provider/cli/paddock.js");
const LOG_MAX = 4096;
/** The pid a lock file names (its first word: host/pid.ts). */
const lockPid = (lock: string) => tokenPid(fs.readFileSync(lock, "utf8"))!;

type Outs = Record<string, unknown> & { unitId: string; pid: number; address: string; cgroupPath: string };

describe("host: the paddock CLI on real units (list, logs, exec)", function () {
  let stateRoot: string;
  let initial: ReturnType<typeof inventory>;
  let savedMax: string | undefined;
  const made: { kind: typeof container | typeof jail | typeof network; id: string; outs: Record<string, unknown> }[] = [];
  const make = async (kind: typeof container | typeof jail | typeof network, inputs: Record<string, unknown>) => {
    const checked = await kind.check({}, { stateRoot, __paddockOwner: `test/${inputs.name}`, ...inputs });
    assert.deepStrictEqual(checked.failures, []);
    const res = await kind.create(checked.inputs);
    made.push({ kind, id: res.id, outs: res.outs });
    return res.outs as Outs;
  };
  const paddock = (...args: string[]) => spawnSync("node", [CLI, ...args], { encoding: "utf8" });
  const busybox = (name: string, over: Record<string, unknown> = {}) => ({ name, rootfs: { busybox: {} }, stopTimeout: "0s", network: { mode: "none" }, ...over });

  let web: Outs;
  let loner: Outs;
  let talker: Outs;

  before(async () => {
    requireRoot();
    stateRoot = makeTestStateRoot("cli");
    initial = inventory(stateRoot);
    // The state root's log daemon starts with the first unit and takes its rotation size from here.
    savedMax = process.env.PADDOCK_LOG_MAX_BYTES;
    process.env.PADDOCK_LOG_MAX_BYTES = String(LOG_MAX);
    await make(network, { name: "clinet", subnet: "10.77.16.0/24" });
    web = await make(container, busybox("web", {
      command: ["/usr/sbin/httpd", "-f", "-p", "80", "-h", "/etc"],
      network: { mode: "bridge", network: "clinet" },
      ports: [{ hostPort: 18470, containerPort: 80, hostAddress: "127.0.0.1" }],
      limits: { memory: "64MiB", pids: 32 },
    }));
    loner = await make(container, busybox("loner", { command: ["/bin/sleep", "1000000"], user: { uid: 65534, gid: 65534 }, env: { GREETING: "hello" }, workdir: "/tmp" }));
    talker = await make(container, busybox("talker", { command: ["/bin/sh", "-c", "i=0; while true; do i=$((i+1)); echo line $i; sleep 0.05; done"] }));
    await make(jail, { name: "jailed", rootfs: { busybox: {} }, execStart: ["/bin/sleep", "1000000"], stopTimeout: "0s" });
  });

  after(async () => {
    for (const m of made.reverse()) await m.kind.delete(m.id, m.outs).catch(() => undefined);
    if (savedMax === undefined) delete process.env.PADDOCK_LOG_MAX_BYTES;
    else process.env.PADDOCK_LOG_MAX_BYTES = savedMax;
    try {
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
    } finally {
      removeTestStateRoot(stateRoot);
    }
  });

  describe("paddock list", () => {
    it("GIVEN units of each kind and network mode THEN each row has its kind, address, ports and limits", () => {
      const r = paddock("list", "--state-root", stateRoot);
      assert.strictEqual(r.status, 0, r.stderr);
      const row = (name: string) => r.stdout.split("\n").find((l) => l.startsWith(`${name} `))?.trim().split(/\s+/);
      assert.deepStrictEqual(row("web")?.slice(0, 7), ["web", "Container", "running", String(web.pid), web.address, "127.0.0.1:18470->80/tcp", "memory=64MiB,pids=32"]);
      // network "none": no address at all (not the 127.0.1.1 of its /etc/hosts); no limit declared but the default process limit.
      assert.deepStrictEqual(row("loner")?.slice(0, 7), ["loner", "Container", "running", String(loner.pid), "-", "-", "pids=2048"]);
      assert.deepStrictEqual(row("jailed")?.slice(1, 3).concat(row("jailed")![4]), ["Jail", "running", "host"]);
    });

    it("GIVEN no --state-root THEN it finds this state root among those on the host", () => {
      const r = paddock("list", "--json");
      assert.strictEqual(r.status, 0, r.stderr);
      const roots = JSON.parse(r.stdout) as { root: string; units: { name: string; kind: string }[] }[];
      const mine = roots.find((x) => x.root === stateRoot);
      assert.deepStrictEqual(mine?.units.map((u) => `${u.kind}/${u.name}`), ["Jail/jailed", "Container/loner", "Container/talker", "Container/web"]);
    });
  });

  describe("paddock logs", () => {
    it("GIVEN a unit that prints lines THEN --tail shows the last ones in order, and --timestamps the time of each", async () => {
      await new Promise((r) => setTimeout(r, 400));
      const r = paddock("logs", "talker", "--tail", "3", "--state-root", stateRoot);
      assert.strictEqual(r.status, 0, r.stderr);
      const n = r.stdout.trim().split("\n").map((l) => Number(/^line (\d+)$/.exec(l)?.[1]));
      assert.strictEqual(n.length, 3);
      assert.deepStrictEqual(n, [n[0], n[0] + 1, n[0] + 2]);
      const stamped = paddock("logs", "talker", "-n", "2", "--timestamps", "--state-root", stateRoot).stdout.trim().split("\n");
      const times = stamped.map((l) => Date.parse(l.split(" ")[0]));
      assert.ok(times.every((t) => Math.abs(Date.now() - t) < 60_000) && times[0] <= times[1], stamped.join("\n"));
    });

    it("GIVEN --follow THEN new lines arrive as the unit writes them", async () => {
      const child = spawn("node", [CLI, "logs", "talker", "-f", "-n", "0", "--state-root", stateRoot], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
      try {
        // Five lines take the unit a quarter of a second; the CLI's own start may take seconds on a slow host.
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline && out.trim().split("\n").filter(Boolean).length < 5) await new Promise((r) => setTimeout(r, 100));
      } finally {
        child.kill("SIGTERM"); // the process this test started, by its pid
      }
      const lines = out.trim().split("\n").filter(Boolean);
      assert.ok(lines.length >= 5 && lines.every((l) => /^line \d+$/.test(l)), out);
    });

    it("GIVEN a unit that writes much more than the rotation size THEN its logs stay within two files of that size and keep the newest lines", async () => {
      await make(container, busybox("chatty", { command: ["/bin/sh", "-c", "i=0; while [ $i -lt 2000 ]; do i=$((i+1)); echo chatter line number $i of two thousand; done; exec sleep 1000000"] }));
      const p = unitPaths(stateRoot, "chatty");
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && !paddock("logs", "chatty", "-n", "1", "--state-root", stateRoot).stdout.includes("number 2000 ")) await new Promise((r) => setTimeout(r, 100));
      assert.strictEqual(paddock("logs", "chatty", "-n", "1", "--state-root", stateRoot).stdout, "chatter line number 2000 of two thousand\n");
      assert.ok(fs.statSync(p.consoleLog).size <= LOG_MAX && fs.statSync(p.consoleLogOld).size <= LOG_MAX, "each file within the rotation size");
      assert.ok(!fs.existsSync(`${p.consoleLog}.2`));
    });

    /** `paddock logs NAME` once it shows `line` (the daemon writes what it reads a moment later), or after 10 s. */
    async function logsOnce(name: string, line: string) {
      const deadline = Date.now() + 10_000;
      let r = paddock("logs", name, "--state-root", stateRoot);
      while (Date.now() < deadline && !r.stdout.includes(line)) {
        await new Promise((res) => setTimeout(res, 100));
        r = paddock("logs", name, "--state-root", stateRoot);
      }
      return r;
    }

    it("GIVEN the state root's log daemon gone (it exits when idle) THEN the next create in the same process starts another, and the unit's output is logged", async () => {
      const lock = path.join(stateRoot, "locks", "logd.lock");
      const pid = lockPid(lock);
      // Only the daemon this test's creates started: its command line names this state root.
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      assert.ok(argv.includes(stateRoot), "the lock names our daemon");
      // Run for memory (it lives as long as the units): node's flags sit before its script.
      assert.deepStrictEqual(argv.slice(1, 1 + LOG_DAEMON_NODE_FLAGS.length), LOG_DAEMON_NODE_FLAGS);
      const said = path.join(stateRoot, "run", "logd.log"); // its output where systemd does not run it
      if (fs.existsSync(said)) assert.ok(!fs.readFileSync(said, "utf8").includes("Warning"), "node warned about none of them");
      process.kill(pid, "SIGTERM");
      for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 25));
      assert.ok(!isAlive(pid), "the daemon exited");
      await make(container, busybox("late", { command: ["/bin/sh", "-c", "echo after the daemon left; exec sleep 1000000"] }));
      const r = await logsOnce("late", "after the daemon left");
      assert.strictEqual(r.stdout, "after the daemon left\n", r.stderr);
      assert.notStrictEqual(lockPid(lock), pid, "a new daemon holds the lock");
    });

    it("GIVEN the daemon's lock left by a crash, naming a pid that another process has now (as after a reboot) THEN the next create starts a daemon, and the unit's output is logged", async () => {
      const lock = path.join(stateRoot, "locks", "logd.lock");
      const pid = lockPid(lock);
      assert.ok(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(stateRoot), "the lock names our daemon");
      process.kill(pid, "SIGKILL"); // no shutdown: the lock stays
      for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 25));
      assert.ok(fs.existsSync(lock), "the crash left the lock");
      // The boot after a power loss gave the dead daemon's pid to another process: one of ours, here.
      const other = spawn("sleep", ["1000"], { stdio: "ignore" });
      try {
        const [, start, boot] = fs.readFileSync(lock, "utf8").trim().split(" ");
        fs.writeFileSync(lock, `${other.pid} ${start} ${boot.replace(/^./, (c) => (c === "0" ? "1" : "0"))}`);
        await make(container, busybox("afterloss", { command: ["/bin/sh", "-c", "echo after a power loss; exec sleep 1000000"] }));
        const r = await logsOnce("afterloss", "after a power loss");
        assert.strictEqual(r.stdout, "after a power loss\n", r.stderr);
        const now = lockPid(lock);
        assert.ok(now !== other.pid && fs.readFileSync(`/proc/${now}/cmdline`, "utf8").split("\0").includes(stateRoot), "a new daemon holds the lock");
        assert.strictEqual(fs.readFileSync(lock, "utf8"), processToken(now), "naming itself by pid, start time and boot");
        assert.ok(isAlive(other.pid!), "the process that has the old pid now is left alone");
      } finally {
        other.kill("SIGKILL");
      }
    });

    it("GIVEN a unit that does not exist THEN it says so and how to find names", () => {
      const r = paddock("logs", "nosuchunit", "--state-root", stateRoot);
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /no unit named `nosuchunit` under .*paddock list/);
    });
  });

  describe("paddock exec", () => {
    it("GIVEN a running unit THEN the command runs in its namespaces and cgroup, and its exit status comes back", () => {
      assert.strictEqual(paddock("exec", "web", "--state-root", stateRoot, "--", "cat", "/etc/hostname").stdout, "web\n");
      const ns = paddock("exec", "web", "--state-root", stateRoot, "--", "/bin/sh", "-c", "readlink /proc/self/ns/pid; readlink /proc/self/ns/net").stdout.trim().split("\n");
      assert.deepStrictEqual(ns, [fs.readlinkSync(`/proc/${web.pid}/ns/pid`), fs.readlinkSync(`/proc/${web.pid}/ns/net`)]);
      assert.ok(paddock("exec", "web", "--state-root", stateRoot, "--", "cat", "/proc/self/cgroup").stdout.includes(`:${web.cgroupPath}\n`));
      assert.strictEqual(paddock("exec", "web", "--state-root", stateRoot, "--", "/bin/sh", "-c", "exit 7").status, 7);
    });

    it("GIVEN a unit with its own user THEN the command runs as that user", () => {
      assert.strictEqual(paddock("exec", "loner", "--state-root", stateRoot, "--", "id", "-u").stdout, "65534\n");
      // The rest of the unit's process settings too, whichever runtime: its environment, working directory and capabilities.
      const said = paddock("exec", "loner", "--state-root", stateRoot, "--", "/bin/sh", "-c", 'echo "$GREETING"; pwd; grep -E "^Cap(Bnd|Eff|Prm)" /proc/self/status').stdout.split("\n");
      assert.deepStrictEqual(said.slice(0, 2), ["hello", "/tmp"]);
      const caps = (status: string) => status.split("\n").filter((l) => /^Cap(Bnd|Eff|Prm)/.test(l)).join("\n");
      assert.strictEqual(said.slice(2).join("\n").trim(), caps(fs.readFileSync(`/proc/${loner.pid}/status`, "utf8")));
      assert.deepStrictEqual(fs.readdirSync(unitPaths(stateRoot, "loner").dir).filter((f) => f.startsWith("exec-")), [], "no process file left");
    });

    it("GIVEN -t THEN the command gets a terminal; without it, none", () => {
      const withTty = execFileSync("script", ["-qec", `node ${CLI} exec -t loner --state-root ${stateRoot} -- tty`, "/dev/null"], { encoding: "utf8" });
      assert.match(withTty, /\/dev\/pts\/\d+\r?$/m);
      assert.strictEqual(paddock("exec", "loner", "--state-root", stateRoot, "--", "tty").stdout, "not a tty\n");
    });

    it("GIVEN a stopped unit THEN it says to start it first", async () => {
      const stopped = await make(container, busybox("resting", { command: ["/bin/sleep", "1000000"], state: "stopped" }));
      assert.ok(!isAlive(stopped.pid));
      const r = paddock("exec", "resting", "--state-root", stateRoot, "--", "true");
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /unit `resting` is stopped: start it \(state: "running"\) first/);
    });
  });
});
