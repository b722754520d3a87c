import * as assert from "assert";
import { checkJail, checkZone } from "../../provider/check";
import { compileJail, jailCapabilities, normalizeJail, observeJail } from "../../provider/core/jail";
import { compileZone, normalizeZone, observeZone, zoneCapabilities } from "../../provider/core/zone";
import { diffVocab } from "../../provider/vocab";
import { JAIL } from "../../provider/jail";
import { ZONE } from "../../provider/zone";
import jailSchema from "../../schema/jail.schema.json";
import zoneSchema from "../../schema/zone.schema.json";


/** The schema's properties that a change can apply to ("none" ones are read at create only). */
const updatable = (schema: { properties: object }) =>
  Object.entries(schema.properties).filter(([, d]) => !["none", "host"].includes((d as Record<string, string>)["x-paddock-update"])).map(([p]) => p).sort();

describe("Jail: jail.conf onto the engine", () => {
  const dns = { name: "dns", path: "/srv/jails/dns", hostname: "dns.example", ip4: ["10.77.0.53"], interface: "lan", vnet: true,
    execStart: ["/usr/sbin/unbound", "-d"], execStop: ["/usr/sbin/unbound-control", "stop"], user: "unbound",
    allow: { rawSockets: false }, limits: { memoryuse: "256MiB", maxproc: 64, pcpu: 50 },
    mountFstab: [{ source: "/srv/zones/www", target: "/var/www", readOnly: true }] };

  it("accepts the issue's jail", () => assert.deepStrictEqual(checkJail(dns), []));

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ["an unknown FreeBSD parameter", { ...dns, "securelevel": 3 }, "securelevel", /not supported: the supported jail.conf parameters are: name, path, rootfs/],
    ["an unknown allow.* parameter", { ...dns, allow: { quotas: true } }, "allow.quotas", /not a known property.*known: rawSockets, mount, chflags, sysvipc, setHostname/],
    ["children.max above 0", { ...dns, childrenMax: 2 }, "childrenMax", /must be equal to constant/],
    ["neither path nor rootfs", { name: "x", persist: true }, "path", /exactly one of path .* or rootfs/],
    ["both path and rootfs", { name: "x", persist: true, path: "/srv/j", rootfs: { busybox: {} } }, "path", /exactly one of path/],
    ["a shared-IP jail", { ...dns, vnet: false }, "ip4", /shared-IP jails .* cannot be made on Linux/],
    ["ip4 without interface", { ...dns, interface: undefined }, "interface", /name the Paddock Network/],
    ["nothing to keep it alive", { name: "x", path: "/srv/j" }, "execStart", /neither exec.start nor persist/],
    ["pcpu as a string", { ...dns, limits: { pcpu: "50" } }, "limits.pcpu", /must be number/],
    ["a path in /etc", { ...dns, path: "/etc/jail" }, "path", /system directory of the host \(\/etc\): a jail writes to its path/],
    ["a writable mount.fstab of /usr", { ...dns, mountFstab: [{ source: "/usr", target: "/usr" }] }, "mountFstab[0].source", /system directory of the host \(\/usr\).*readOnly: true.*unsafeHostWrite: true/],
  ];
  for (const [what, inputs, prop, why] of bad) {
    it(`refuses ${what}, naming \`${prop}\``, () => {
      const f = checkJail(JSON.parse(JSON.stringify(inputs))).find((x) => x.property === prop);
      assert.ok(f, JSON.stringify(checkJail(inputs)));
      assert.match(f.reason, why);
    });
  }

  it("compiles path, vnet+ip4, exec.*, user, allow, rctl and mount.fstab", () => {
    const c = compileJail(normalizeJail(dns as never), { uid: 53, gid: 53 });
    assert.strictEqual(c.engine?.rootDir, "/srv/jails/dns");
    assert.deepStrictEqual(c.network, { mode: "bridge", network: "lan", address: "10.77.0.53" });
    assert.deepStrictEqual([...c.command], ["/usr/sbin/unbound", "-d"]);
    assert.deepStrictEqual(c.engine?.stopCommand, ["/usr/sbin/unbound-control", "stop"]);
    assert.deepStrictEqual(c.user, { uid: 53, gid: 53 });
    assert.deepStrictEqual(c.limits, { memory: "256MiB", cpus: 0.5, pids: 64 });
    assert.deepStrictEqual(c.mounts, [{ type: "bind", source: "/srv/zones/www", target: "/var/www", readOnly: true }]);
    assert.ok(!c.engine?.capabilities?.includes("CAP_NET_RAW"), "no raw sockets unless allowed");
  });

  it("maps allow.* onto capabilities and the IPC namespace", () => {
    assert.ok(jailCapabilities({ rawSockets: true, mount: false, chflags: false, sysvipc: false, setHostname: false }).includes("CAP_NET_RAW"));
    assert.ok(jailCapabilities({ rawSockets: false, mount: true, chflags: true, sysvipc: false, setHostname: false }).includes("CAP_LINUX_IMMUTABLE"));
    assert.strictEqual(compileJail(normalizeJail({ name: "j", path: "/j", persist: true, allow: { sysvipc: true } }), { uid: 0, gid: 0 }).engine?.shareIpc, true);
  });

  it("a persist jail without exec.start runs a holder; vnet false shares the host's network", () => {
    const c = compileJail(normalizeJail({ name: "j", rootfs: { busybox: {} }, persist: true }), { uid: 0, gid: 0 });
    assert.deepStrictEqual([...c.command], ["/.paddock/busybox", "sleep", "2147483647"]);
    assert.strictEqual(c.network.mode, "host");
    assert.strictEqual(c.engine?.rootDir, undefined);
  });

  it("every property has an update class from the schema, and a found-stopped jail is a live change", () => {
    assert.deepStrictEqual(Object.keys(JAIL.table).sort(), updatable(jailSchema));
    const olds = { ...normalizeJail({ name: "j", path: "/j", persist: true }), status: "stopped" };
    assert.deepStrictEqual(diffVocab(JAIL, olds, { name: "j", path: "/j", persist: true }).changes, [{ property: "status", update: "live" }]);
    assert.strictEqual(diffVocab(JAIL, { ...olds, status: "running" }, { name: "j", path: "/j", persist: true, limits: { maxproc: 5 } }).action, "live");
    assert.strictEqual(diffVocab(JAIL, { ...olds, status: "running" }, { name: "j", path: "/k", persist: true }).action, "replace");
  });
});

describe("Zone: zonecfg onto the engine", () => {
  const db = { name: "db", brand: "sparse", inheritPkgDir: ["/usr", "/lib", "/lib64", "/bin", "/sbin"], autoboot: true, ipType: "exclusive",
    net: [{ network: "lan", address: "10.77.0.20", defrouter: "10.77.0.1" }], cappedMemory: { physical: "512MiB", swap: "512MiB" },
    dedicatedCpu: { ncpus: 1 }, cappedCpu: { ncpus: 0.5 }, cpuShares: 20, maxLwps: 200, limitpriv: ["default", "-net_raw"],
    fs: [{ dir: "/data", special: "/srv/data", type: "bind", options: ["ro"] }] };

  it("accepts the issue's zone", () => assert.deepStrictEqual(checkZone(db), []));
  it("accepts a read-only fs of a system directory, and a writable one with unsafeHostWrite", () => {
    assert.deepStrictEqual(checkZone({ name: "z", fs: [{ dir: "/opt", special: "/usr", options: ["ro"] }, { dir: "/h", special: "/etc", unsafeHostWrite: true }] }), []);
  });

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ["an unknown zonecfg property", { ...db, pool: "web" }, "pool", /not supported: the supported zonecfg properties are/],
    ["an unknown privilege", { ...db, limitpriv: ["default", "dtrace_kernel"] }, "limitpriv[1]", /unsupported privilege `dtrace_kernel`; supported: default, net_raw/],
    ["a whole zone without rootfs", { name: "w", brand: "whole" }, "rootfs", /brand "whole" needs a root filesystem/],
    ["a sparse zone with rootfs", { name: "s", rootfs: { busybox: {} } }, "rootfs", /"sparse" zone shares the host/],
    ["exclusive without net", { name: "e", ipType: "exclusive" }, "net", /needs an interface/],
    ["raw sockets on the host's stack", { name: "s", limitpriv: ["default", "net_raw"] }, "limitpriv[1]", /net_raw in an ipType "shared" zone acts on the host's own network stack: .*ipType: "exclusive"/],
    ["net_admin on the host's stack", { name: "s", ipType: "shared", limitpriv: ["net_admin"] }, "limitpriv[0]", /net_admin in an ipType "shared" zone/],
    ["shared with net", { name: "e", net: [{ network: "lan" }] }, "net", /uses the host's stack/],
    ["a zonepath outside the state root", { name: "z", zonepath: "/zones/z" }, "zonepath", /must lie under the state root/],
    ["a zonepath inside Paddock's units", { name: "z", zonepath: "/var/lib/paddock/units/z" }, "zonepath", /outside its units/],
    ["a writable fs of /sys", { name: "z", fs: [{ dir: "/host-sys", special: "/sys" }] }, "fs[0].special", /kernel interface of the host \(\/sys\).*options: \["ro"\]/],
  ];
  for (const [what, inputs, prop, why] of bad) {
    it(`refuses ${what}, naming \`${prop}\``, () => {
      const f = checkZone(inputs).find((x) => x.property === prop);
      assert.ok(f, JSON.stringify(checkZone(inputs)));
      assert.match(f.reason, why);
    });
  }

  it("compiles the sparse root, resource controls, net, limitpriv and fs", () => {
    const c = compileZone(normalizeZone(db as never), { links: { "/bin": "usr/bin", "/sbin": "usr/sbin", "/lib": "usr/lib", "/lib64": "usr/lib64" }, cpuset: "1" });
    assert.ok("sparse" in (c.rootfs as object));
    assert.deepStrictEqual(c.mounts.filter((m) => m.type === "bind" && m.readOnly && m.source === m.target).map((m) => m.target), ["/usr"], "only real directories are bind-mounted; host symlinks are repeated");
    assert.deepStrictEqual(c.limits, { memory: "512MiB", memorySwap: "512MiB", cpus: 0.5, cpuset: "1", pids: 200, cpuShares: 20480 });
    assert.deepStrictEqual(c.network, { mode: "bridge", network: "lan", address: "10.77.0.20" });
    assert.ok(!c.engine?.capabilities?.includes("CAP_NET_RAW"));
    assert.ok(c.mounts.some((m) => m.target === "/data" && m.readOnly));
  });

  it("limitpriv: default, additions and removals", () => {
    assert.ok(zoneCapabilities(["default", "sys_time"]).includes("CAP_SYS_TIME"));
    assert.deepStrictEqual(zoneCapabilities(["net_raw"]), ["CAP_NET_RAW"]);
  });

  it("every property has an update class from the schema", () => {
    assert.deepStrictEqual(Object.keys(ZONE.table).sort(), updatable(zoneSchema));
    const olds = { ...normalizeZone({ name: "z" }), status: "running" };
    assert.strictEqual(diffVocab(ZONE, olds, { name: "z", maxLwps: 10 }).action, "live");
    assert.strictEqual(diffVocab(ZONE, olds, { name: "z", limitpriv: ["default", "-net_raw"] }).action, "restart");
    assert.strictEqual(diffVocab(ZONE, olds, { name: "z", brand: "whole", rootfs: { busybox: {} } }).action, "replace");
  });
});

describe("observe: what read found, in each kind's own words", () => {
  it("GIVEN a jail read back as compiled THEN nothing changes; a hand-set pids.max reads as maxproc; an unmounted fstab entry drops out", () => {
    const j = normalizeJail({ name: "j", path: "/srv/j", persist: true, limits: { memoryuse: "64MiB", maxproc: 32, pcpu: 50 }, mountFstab: [{ source: "/srv/www", target: "/www", readOnly: true }] } as never);
    const want = compileJail(j, { uid: 0, gid: 0 });
    assert.deepStrictEqual(observeJail(j, want, want), { limits: j.limits, mountFstab: j.mountFstab });
    const seen = { ...want, limits: { ...want.limits, pids: 17 }, mounts: want.mounts.filter((m) => m.target !== "/www") };
    assert.deepStrictEqual(observeJail(j, want, seen), { limits: { memoryuse: "64MiB", maxproc: 17, pcpu: 50 }, mountFstab: [] });
  });

  it("GIVEN a zone whose swap cap is below its memory cap THEN the engine's larger memorySwap reads back as no change (no false drift)", () => {
    const z = normalizeZone({ name: "z", cappedMemory: { physical: "256MiB", swap: "128MiB" }, maxLwps: 100 } as never);
    const want = compileZone(z, { links: {} });
    assert.strictEqual(want.limits.memorySwap, "256MiB");
    assert.deepStrictEqual(observeZone(z, want, want), {});
    const seen = { ...want, limits: { ...want.limits, pids: 17, memory: "300MiB" } };
    assert.deepStrictEqual(observeZone(z, want, seen), { cappedMemory: { physical: "300MiB", swap: "128MiB" }, maxLwps: 17 });
  });

  it("GIVEN a zone's cpuShares read back from a cgroup v2 weight (1024 shares → weight 39 → 999) THEN no drift; a weight changed by hand shows", () => {
    const z = normalizeZone({ name: "z", cpuShares: 1 } as never);
    const want = compileZone(z, { links: {} });
    assert.strictEqual(want.limits.cpuShares, 1024);
    assert.deepStrictEqual(observeZone(z, want, { ...want, limits: { ...want.limits, cpuShares: 999 } }), {});
    assert.deepStrictEqual(observeZone(z, want, { ...want, limits: { ...want.limits, cpuShares: 5000 } }), { cpuShares: 5 });
  });
});

