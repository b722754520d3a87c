import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { container, jail, network, zone } from "../../provider";
import { CGROUP_MODE, cgroupRead, execInUnit, hostIdOf, inventory, isAlive, makeTestStateRoot, removeTestStateRoot, requireRoot, testUnits } from "../helpers/host";

type Outs = Record<string, unknown> & { unitId: string; pid: number; status: string; cgroupPath: string; rootfsPath: string };

describe("host: Jail and Zone on the Linux engine", function () {
  let stateRoot: string;
  let scratch: string;
  const { make, drop, deleteAll } = testUnits<Outs>(() => stateRoot);

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("vocab");
    scratch = fs.mkdtempSync("/tmp/paddock-vocab-");
  });
  after(async () => {
    await deleteAll();
    try {
      assert.deepStrictEqual(inventory(stateRoot).units, []);
      assert.deepStrictEqual(fs.existsSync(path.join(stateRoot, "cpus")) ? fs.readdirSync(path.join(stateRoot, "cpus")) : [], [], "no CPU leases left");
    } finally {
      removeTestStateRoot(stateRoot);
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  describe("Zone", () => {
    it("GIVEN a sparse zone THEN it sees the host's /usr, and cannot write to it", async () => {
      const z = await make(zone, { name: "sparse" });
      const inside = execInUnit(stateRoot, "sparse", ["/usr/bin/stat", "-c", "%i", "/usr/bin/env"]);
      assert.strictEqual(inside.stdout.trim(), String(fs.statSync("/usr/bin/env").ino), "the same file as the host's");
      const w = execInUnit(stateRoot, "sparse", ["/usr/bin/touch", "/usr/paddock-was-here"]);
      assert.notStrictEqual(w.status, 0);
      assert.match(w.stderr, /Read-only file system/);
      assert.ok(!fs.existsSync("/usr/paddock-was-here"));
      assert.strictEqual(fs.readlinkSync(path.join(stateRoot, "zones/sparse")), path.join(stateRoot, "units/sparse"), "zonepath points at the zone");
      await drop(z);
      assert.ok(!fs.existsSync(path.join(stateRoot, "zones/sparse")));
    });

    it("GIVEN a sparse zone inheriting only /usr on a merged-/usr host THEN its dynamic binaries run (the /lib64 link is repeated)", async function () {
      if (!fs.lstatSync("/lib64").isSymbolicLink()) this.skip(); // not merged /usr: nothing to repeat
      const z = await make(zone, { name: "onlyusr", inheritPkgDir: ["/usr"], init: ["/usr/bin/sleep", "1000000"] });
      assert.strictEqual(fs.readlinkSync(path.join(z.rootfsPath, "lib64")), fs.readlinkSync("/lib64"));
      const r = execInUnit(stateRoot, "onlyusr", ["/usr/bin/env", "true"]);
      assert.strictEqual(r.status, 0, r.stderr);
      await drop(z);
    });

    it("GIVEN zones with dedicated CPUs THEN their cpusets are disjoint, and one that does not fit fails cleanly", async () => {
      const online = fs.readFileSync("/sys/devices/system/cpu/online", "utf8").trim();
      const ncpu = online.split(",").reduce((n, r) => n + (r.includes("-") ? Number(r.split("-")[1]) - Number(r.split("-")[0]) + 1 : 1), 0);
      // Two zones of half the CPUs each; on a one-CPU host (a v2 guest beside another), one zone takes it.
      const each = Math.max(1, Math.floor(ncpu / 2));
      const made: Outs[] = [];
      for (const name of ncpu >= 2 ? ["za", "zb"] : ["za"]) made.push(await make(zone, { name, dedicatedCpu: { ncpus: each } }));
      const cpus = (u: Outs) => cgroupRead(u.cgroupPath, "cpuset.cpus");
      for (const z of made) assert.strictEqual(z.dedicatedCpuset, cpus(z));
      const [a, b] = made;
      if (b) {
        const setA = new Set(cpus(a).split(","));
        assert.ok(cpus(b).split(",").every((c) => !setA.has(c)), `${cpus(a)} vs ${cpus(b)}`);
      }
      const before = inventory(stateRoot);
      const leases = fs.readdirSync(path.join(stateRoot, "cpus")).sort();
      await assert.rejects(make(zone, { name: "zc", dedicatedCpu: { ncpus: ncpu - made.length * each + 1 } }), /dedicatedCpu.ncpus: \d+ CPU\(s\) asked, only \d+ free/);
      assert.deepStrictEqual(inventory(stateRoot), before, "nothing half-made");
      assert.deepStrictEqual(fs.readdirSync(path.join(stateRoot, "cpus")).sort(), leases, "no CPU leased to the failed zone");
      for (const z of made) await drop(z);
    });

    it("GIVEN cpu-shares (as runc and crun write them on either layout) or none THEN read reports exactly what was declared", async () => {
      // On v2 the runtimes turn shares into cpu.weight with integer division (1024 → 39); an unset
      // weight stays at the kernel's 100. Both must read back as declared, or every refresh is drift.
      for (const [name, extra] of [["sh-none", {}], ["sh-one", { cpuShares: 1 }], ["sh-three", { cpuShares: 3 }]] as const) {
        const z = await make(zone, { name, ...extra });
        const seen = (await zone.read(z.unitId, z as never)).props as Outs;
        assert.strictEqual(seen.cpuShares, (extra as { cpuShares?: number }).cpuShares, `${name}: cpu weight ${cgroupRead(z.cgroupPath, "cpu.weight")}`);
        const news = (await zone.check({}, { stateRoot, __paddockOwner: `test/${name}`, name, ...extra })).inputs;
        assert.strictEqual((await zone.diff(z.unitId, seen as never, news)).changes, false, name);
        if (name === "sh-none") assert.strictEqual(cgroupRead(z.cgroupPath, "cpu.weight"), CGROUP_MODE === "v1" ? "1024" : "100", "no shares: the default");
        await drop(z);
      }
    });

    it("GIVEN limitpriv -net_raw, or the default (a shared-IP zone never has raw sockets), and resource controls THEN ping is refused and the limits are in the cgroup", async () => {
      const z = await make(zone, { name: "ctl", limitpriv: ["default", "-net_raw"], maxLwps: 50, cappedMemory: { physical: "128MiB" }, cappedCpu: { ncpus: 0.25 }, cpuShares: 2 });
      // The host has no ping of its own; the zone's holder (busybox) has one.
      const ping = (name: string, busybox = "/.paddock/busybox") => execInUnit(stateRoot, name, [busybox, "ping", "-c", "1", "127.0.0.1"]);
      const byDefault = await make(zone, { name: "ctl-default" });
      for (const name of ["ctl", byDefault.unitId]) {
        const refused = ping(name);
        assert.notStrictEqual(refused.status, 0, name);
        assert.match(refused.stderr, /permission denied/i);
      }
      await drop(byDefault);
      // The control: the same ping with CAP_NET_RAW granted works, so the refusals above are the capability's.
      const control = await make(container as never, { name: "ctl-raw", rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], network: { mode: "none" }, capabilities: { add: ["NET_RAW"] } });
      assert.strictEqual(ping("ctl-raw", "/bin/busybox").status, 0, "with NET_RAW the same ping works");
      await drop(control);
      const v1 = CGROUP_MODE === "v1";
      assert.strictEqual(cgroupRead(z.cgroupPath, "pids.max"), "50");
      assert.strictEqual(cgroupRead(z.cgroupPath, "memory.max"), String(128 * 1024 * 1024));
      assert.strictEqual(cgroupRead(z.cgroupPath, "cpu.max"), v1 ? "25000" : "25000 100000");
      // cpu-shares 2 is 2048 shares; on v2 the weight runc and crun write for it: 1 + (2048 - 2) * 9999 / 262142, rounded down.
      assert.strictEqual(cgroupRead(z.cgroupPath, "cpu.weight"), v1 ? "2048" : "79");
      await drop(z);
    });
  });

  describe("Jail", () => {
    it("GIVEN a jail with inherited network THEN it sees the host's interfaces; one with vnet sees only its own", async () => {
      const shared = await make(jail, { name: "jshared", rootfs: { busybox: {} }, persist: true });
      const vnet = await make(jail, { name: "jvnet", rootfs: { busybox: {} }, persist: true, vnet: true });
      const links = (n: string) => execInUnit(stateRoot, n, ["/.paddock/busybox", "ip", "-o", "link"]).stdout.trim().split("\n").map((l) => l.split(":")[1].trim().split("@")[0]);
      const hostLinks = fs.readdirSync("/sys/class/net").sort();
      assert.deepStrictEqual(links("jshared").sort(), hostLinks);
      assert.deepStrictEqual(links("jvnet"), ["lo"]);
      await drop(shared);
      await drop(vnet);
    });

    it("GIVEN no allow.rawSockets THEN ping fails with permission denied; with it, ping works", async () => {
      await make(jail, { name: "noraw", rootfs: { busybox: {} }, persist: true, vnet: true });
      const denied = execInUnit(stateRoot, "noraw", ["/bin/ping", "-c", "1", "127.0.0.1"]);
      assert.notStrictEqual(denied.status, 0);
      assert.match(denied.stderr, /permission denied/i);
      await make(jail, { name: "raw", rootfs: { busybox: {} }, persist: true, vnet: true, allow: { rawSockets: true } });
      const ok = execInUnit(stateRoot, "raw", ["/bin/ping", "-c", "1", "127.0.0.1"]);
      assert.strictEqual(ok.status, 0, ok.stderr);
    });

    it("GIVEN a path jail THEN it writes to the path, runs as its user, exec.stop runs before it stops, and destroy keeps the path", async () => {
      const root = path.join(scratch, "jailroot");
      for (const d of ["bin", "etc", "proc", "sys", "dev", "tmp", "var"]) fs.mkdirSync(path.join(root, d), { recursive: true });
      fs.copyFileSync("/bin/busybox", path.join(root, "bin/busybox"));
      for (const a of ["sh", "sleep", "touch", "echo"]) fs.symlinkSync("busybox", path.join(root, "bin", a));
      fs.chmodSync(path.join(root, "var"), 0o777);
      fs.writeFileSync(path.join(root, "etc/passwd"), "root:x:0:0::/:/bin/sh\nsvc:x:4242:4242::/:/bin/sh\n");
      const j = await make(jail, {
        name: "pathjail", path: root, hostname: "pj.example", user: "svc",
        execStart: ["/bin/sh", "-c", "touch /var/started; while true; do sleep 0.1; done"],
        execStop: ["/bin/sh", "-c", "echo stopped > /var/stopped"],
        stopTimeout: "1s",
      });
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(fs.existsSync(path.join(root, "var/started")), "the jail wrote into its path");
      assert.match(fs.readFileSync(`/proc/${j.pid}/status`, "utf8"), new RegExp(`^Uid:\\s+${hostIdOf(j, 4242)}\\s`, "m"));
      await drop(j);
      assert.strictEqual(fs.readFileSync(path.join(root, "var/stopped"), "utf8"), "stopped\n", "exec.stop ran");
      assert.ok(fs.existsSync(path.join(root, "bin/busybox")), "the path is the user's: destroy leaves it");
      assert.ok(!isAlive(j.pid));
    });

    it("GIVEN a jail whose exec.start dies at once THEN create fails with its last output, with nothing made", async () => {
      const before = inventory(stateRoot);
      await assert.rejects(make(jail, { name: "dies", rootfs: { busybox: {} }, execStart: ["/bin/sh", "-c", "echo no daemon here; exit 1"] }), /the unit's init .* exited within 100 ms of its start; its last output:\nno daemon here$/);
      assert.deepStrictEqual(inventory(stateRoot), before);
    });

    it("GIVEN apply-time errors THEN they name the jail's own properties: mountFstab for a missing source, ip4 for a taken address (with how to rename)", async () => {
      const before = inventory(stateRoot);
      await assert.rejects(make(jail, { name: "nosrc", rootfs: { busybox: {} }, persist: true, mountFstab: [{ source: "/no/such/dir", target: "/x" }] }), /mountFstab\[0\]\.source: \/no\/such\/dir does not exist on this host/);
      assert.deepStrictEqual(inventory(stateRoot), before);
      const checked = await network.check({}, { name: "jnet", subnet: "10.77.47.0/24", stateRoot, __paddockOwner: "test/jnet" });
      const net = (await network.create(checked.inputs)).outs;
      try {
        const first = await make(jail, { name: "ja", rootfs: { busybox: {} }, persist: true, vnet: true, interface: "jnet", ip4: ["10.77.47.10"] });
        await assert.rejects(make(jail, { name: "jb", rootfs: { busybox: {} }, persist: true, vnet: true, interface: "jnet", ip4: ["10.77.47.10"] }), /ip4\[0\]: 10\.77\.47\.10 is already used by unit `ja` on network `jnet`: .*aliases: \[\{ name: "<its old resource name>" \}\]/);
        await drop(first);
      } finally {
        await network.delete("jnet", net);
      }
    });

    it("GIVEN a user missing from the jail's passwd THEN create fails naming it, with nothing made", async () => {
      const before = inventory(stateRoot);
      await assert.rejects(make(jail, { name: "nouser", rootfs: { busybox: {} }, execStart: ["/bin/sleep", "100"], user: "unbound" }), /user: no user `unbound` in the jail's \/etc\/passwd/);
      assert.deepStrictEqual(inventory(stateRoot), before);
    });
  });
});
