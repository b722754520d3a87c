import * as assert from "assert";
import { checkContainer, checkNetwork, checkVolume, UNKNOWN } from "../../provider/check";

const valid = { name: "web", rootfs: { busybox: {} }, command: ["/bin/sh", "-c", "sleep 1"] };

describe("check: Container inputs", () => {
  it("GIVEN a minimal valid spec THEN there are no failures", () => {
    assert.deepStrictEqual(checkContainer(valid), []);
  });

  it("GIVEN a system path bound read-only, or writable with unsafeHostWrite, or an ordinary path THEN there are no failures", () => {
    for (const m of [
      { type: "bind", source: "/etc/shadow", target: "/x", readOnly: true },
      { type: "bind", source: "/etc", target: "/x", unsafeHostWrite: true },
      { type: "bind", source: "/srv/data", target: "/x" },
      { type: "bind", source: "/var/lib/paddock-data", target: "/x" },
    ]) assert.deepStrictEqual(checkContainer({ ...valid, mounts: [m] }), [], JSON.stringify(m));
  });

  it("GIVEN every property set validly THEN there are no failures", () => {
    const full = {
      ...valid, hostname: "web.example", env: { A_1: "x", _B: "" }, network: { mode: "host" }, runtime: "runc", stateRoot: "/srv/paddock",
      user: { uid: 1000, gid: 1000 }, workdir: "/srv", limits: { memory: "64MiB", memorySwap: "64MiB", cpus: 0.5, cpuset: "0", pids: 64 },
      mounts: [{ type: "bind", source: "/srv/web", target: "/www", readOnly: true }, { type: "tmpfs", target: "/tmp", size: "16MiB" }],
      rlimits: { nofile: 1024 }, state: "stopped", stopTimeout: "10s",
    };
    assert.deepStrictEqual(checkContainer(full), []);
  });

  // Each row: what is wrong, the inputs, the property path the failure must name, and a word the reason must contain.
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["uppercase name", { ...valid, name: "Web" }, "name", /lowercase/],
    ["name with a shell metacharacter", { ...valid, name: "web;rm -rf" }, "name", /lowercase/],
    ["name with a slash", { ...valid, name: "a/b" }, "name", /lowercase/],
    ["name with ..", { ...valid, name: ".." }, "name", /lowercase/],
    ["name too long", { ...valid, name: "a".repeat(41) }, "name", /40 characters/],
    ["name of the wrong type", { ...valid, name: 7 }, "name", /must be string/],
    ["missing rootfs", { name: "web", command: ["/bin/true"] }, "rootfs", /is required/],
    ["missing command", { name: "web", rootfs: { busybox: {} } }, "command", /is required/],
    ["empty command", { ...valid, command: [] }, "command", /argument vector/],
    ["relative program", { ...valid, command: ["sh", "-c", "x"] }, "command[0]", /absolute path/],
    ["command as a string", { ...valid, command: "/bin/sh -c x" }, "command", /must be array/],
    ["non-string argument", { ...valid, command: ["/bin/echo", 3] }, "command[1]", /must be string/],
    ["relative rootfs directory", { ...valid, rootfs: { directory: "srv/root" } }, "rootfs.directory", /absolute path/],
    ["rootfs directory with ..", { ...valid, rootfs: { directory: "/srv/../etc" } }, "rootfs.directory", /no '\.' or '\.\.'/],
    ["rootfs directory with a comma", { ...valid, rootfs: { directory: "/srv/a,b" } }, "rootfs.directory", /overlayfs/],
    ["rootfs directory /", { ...valid, rootfs: { directory: "/" } }, "rootfs.directory", /host's root/],
    ["rootfs with two sources", { ...valid, rootfs: { busybox: {}, directory: "/srv" } }, "rootfs", /exactly one source/],
    ["rootfs with an unknown source", { ...valid, rootfs: { docker: "alpine" } }, "rootfs", /exactly one source/],
    ["rootfs inside the state root", { ...valid, rootfs: { directory: "/var/lib/paddock/x" } }, "rootfs.directory", /state root/],
    ["unknown property", { ...valid, memory: "1GiB" }, "memory", /not a known property/],
    ["misspelled property", { ...valid, hostnam: "x" }, "hostnam", /check its spelling/],
    ["bad hostname", { ...valid, hostname: "-bad-" }, "hostname", /RFC 1123/],
    ["hostname with a space", { ...valid, hostname: "a b" }, "hostname", /RFC 1123/],
    ["env name with =", { ...valid, env: { "A=B": "x" } }, "env.A=B", /environment variable name/],
    ["env value not a string", { ...valid, env: { A: 1 } }, "env.A", /must be string/],
    ["unknown network mode", { ...valid, network: { mode: "bridge0" } }, "network.mode", /must be one of "none", "host"/],
    ["unknown network property", { ...valid, network: { mode: "none", vlan: 3 } }, "network.vlan", /not a known property/],
    ["unknown runtime", { ...valid, runtime: "docker" }, "runtime", /must be one of "auto", "runc", "crun"/],
    ["relative state root", { ...valid, stateRoot: "paddock" }, "stateRoot", /absolute path/],
    ["state root /etc", { ...valid, stateRoot: "/etc" }, "stateRoot", /system directory/],
    ["state root with a colon", { ...valid, stateRoot: "/srv/a:b" }, "stateRoot", /overlayfs/],
    ["memory without a unit", { ...valid, limits: { memory: "64" } }, "limits.memory", /with a unit/],
    ["memory in lowercase units", { ...valid, limits: { memory: "64mb" } }, "limits.memory", /with a unit/],
    ["memory too small", { ...valid, limits: { memory: "1MiB" } }, "limits.memory", /at least 4MiB/],
    ["memorySwap without memory", { ...valid, limits: { memorySwap: "1GiB" } }, "limits.memorySwap", /needs limits.memory/],
    ["memorySwap below memory", { ...valid, limits: { memory: "1GiB", memorySwap: "512MiB" } }, "limits.memorySwap", /at least limits.memory/],
    ["zero cpus", { ...valid, limits: { cpus: 0 } }, "limits.cpus", /must be > 0/],
    ["cpus as a string", { ...valid, limits: { cpus: "0.5" } }, "limits.cpus", /must be number/],
    ["a malformed cpuset", { ...valid, limits: { cpuset: "0-" } }, "limits.cpuset", /numbers and ranges/],
    ["a backwards cpuset", { ...valid, limits: { cpuset: "3-1" } }, "limits.cpuset", /runs backwards/],
    ["negative pids", { ...valid, limits: { pids: -1 } }, "limits.pids", /must be >= 0/],
    ["a uid outside the unit's user namespace", { ...valid, user: { uid: 70000, gid: 0 } }, "user.uid", /70000 is not one of the unit's 65536 ids .* set userns: "host"/],
    ["an unknown limit", { ...valid, limits: { disk: "1GiB" } }, "limits.disk", /not a known property/],
    ["an unknown capability", { ...valid, capabilities: { add: ["NET_RAWR"] } }, "capabilities.add[0]", /`NET_RAWR` is not a Linux capability: see capabilities\(7\)/],
    ["a system call both allowed and denied", { ...valid, seccomp: { allow: ["ptrace"], deny: ["ptrace"] } }, "seccomp.deny[0]", /ptrace is in seccomp.allow too/],
    ["a system call name that is not one", { ...valid, seccomp: { allow: ["Ptrace()"] } }, "seccomp.allow[0]", /must match pattern/],
    ["an I/O weight below 10", { ...valid, limits: { io: { weight: 5 } } }, "limits.io.weight", /must be >= 10/],
    ["an I/O device that is not under /dev", { ...valid, limits: { io: { devices: [{ path: "vda", readBps: "1MiB" }] } } }, "limits.io.devices[0].path", /device node on the host/],
    ["an I/O device with no cap", { ...valid, limits: { io: { devices: [{ path: "/dev/vda" }] } } }, "limits.io.devices[0]", /must NOT have fewer than 2 properties/],
    ["an I/O rate without a unit", { ...valid, limits: { io: { devices: [{ path: "/dev/vda", writeBps: "100" }] } } }, "limits.io.devices[0].writeBps", /with a unit/],
    ["one disk capped twice", { ...valid, limits: { io: { devices: [{ path: "/dev/vda", readBps: "1MiB" }, { path: "/dev/vda", writeBps: "1MiB" }] } } }, "limits.io.devices[1].path", /already limited by limits\.io\.devices\[0\]: put all of a disk's caps in one entry/],
    ["a mount without a target", { ...valid, mounts: [{ type: "tmpfs" }] }, "mounts[0]", /give \{ type: "bind"/],
    ["a mount of an unknown type", { ...valid, mounts: [{ type: "nfs", target: "/x" }] }, "mounts[0].type", /must be one of "bind", "tmpfs", "volume" \(got "nfs"\)/],
    ["a tarball sha256 of the wrong length", { ...valid, rootfs: { tarball: { path: "/x.tar", sha256: "abc" } } }, "rootfs.tarball.sha256", /64 hex digits .*got "abc"/],
    ["a debootstrap suite with ..", { ...valid, rootfs: { debootstrap: { suite: "../../x" } } }, "rootfs.debootstrap.suite", /The release, e\.g\. "bookworm"/],
    ["a debootstrap mirror that is an option", { ...valid, rootfs: { debootstrap: { suite: "bookworm", mirror: "--foo" } } }, "rootfs.debootstrap.mirror", /The Debian mirror/],
    ["a debootstrap include that is an option", { ...valid, rootfs: { debootstrap: { suite: "bookworm", include: ["--foo"] } } }, "rootfs.debootstrap.include[0]", /A Debian package name/],
    ["a memory limit no number holds", { ...valid, limits: { memory: "999999TiB" } }, "limits.memory", /At most 8PiB.*got "999999TiB"/],
    ["a bind mount with a relative source", { ...valid, mounts: [{ type: "bind", source: "srv", target: "/x" }] }, "mounts[0].source", /absolute path/],
    ["a mount onto /", { ...valid, mounts: [{ type: "tmpfs", target: "/" }] }, "mounts[0].target", /cannot be \//],
    ["a mount onto /proc", { ...valid, mounts: [{ type: "tmpfs", target: "/proc/x" }] }, "mounts[0].target", /managed by the runtime/],
    ["two mounts on one target", { ...valid, mounts: [{ type: "tmpfs", target: "/t" }, { type: "tmpfs", target: "/t" }] }, "mounts[1].target", /already the target of mounts\[0\]/],
    ["a tmpfs size without a unit", { ...valid, mounts: [{ type: "tmpfs", target: "/t", size: "16" }] }, "mounts[0].size", /with a unit/],
    ["a writable bind of the host's root", { ...valid, mounts: [{ type: "bind", source: "/", target: "/x" }] }, "mounts[0].source", /the host's root directory: a writable bind mount lets the unit change the host/],
    ["a writable bind of /etc/shadow", { ...valid, mounts: [{ type: "bind", source: "/etc/shadow", target: "/x" }] }, "mounts[0].source", /system directory of the host \(\/etc\).*readOnly: true.*unsafeHostWrite: true/],
    ["a writable bind of /proc", { ...valid, mounts: [{ type: "bind", source: "/proc", target: "/x" }] }, "mounts[0].source", /kernel interface of the host \(\/proc\)/],
    ["a writable bind of /sys/fs/cgroup", { ...valid, mounts: [{ type: "bind", source: "/sys/fs/cgroup", target: "/x" }] }, "mounts[0].source", /kernel interface of the host \(\/sys\)/],
    ["a writable bind of /dev", { ...valid, mounts: [{ type: "bind", source: "/dev", target: "/x" }] }, "mounts[0].source", /kernel interface of the host \(\/dev\)/],
    ["a writable bind of the state root", { ...valid, mounts: [{ type: "bind", source: "/var/lib/paddock/units", target: "/x" }] }, "mounts[0].source", /Paddock's state root \/var\/lib\/paddock/],
    ["a writable bind of a directory holding the state root", { ...valid, mounts: [{ type: "bind", source: "/var/lib", target: "/x" }] }, "mounts[0].source", /Paddock's state root \/var\/lib\/paddock, or holds it/],
    ["a writable bind of /usr/lib/", { ...valid, mounts: [{ type: "bind", source: "/usr/lib/", target: "/x" }] }, "mounts[0].source", /system directory of the host \(\/usr\)/],
    ["a user without a gid", { ...valid, user: { uid: 1000 } }, "user.gid", /is required/],
    ["a negative uid", { ...valid, user: { uid: -1, gid: 0 } }, "user.uid", /must be >= 0/],
    ["a relative workdir", { ...valid, workdir: "srv" }, "workdir", /absolute path/],
    ["an unknown rlimit", { ...valid, rlimits: { files: 10 } }, "rlimits.files", /not a known property/],
    ["an unknown state", { ...valid, state: "paused" }, "state", /must be one of "running", "stopped"/],
    ["a stop timeout without a unit", { ...valid, stopTimeout: "10" }, "stopTimeout", /with units/],
    ["bridge mode without a network", { ...valid, network: { mode: "bridge" } }, "network.network", /is required/],
    ["an address without bridge mode", { ...valid, network: { mode: "none", address: "10.0.0.2" } }, "network.address", /only allowed with network mode "bridge"/],
    ["a malformed address", { ...valid, network: { mode: "bridge", network: "lan", address: "10.0.0.256" } }, "network.address", /IPv4 address/],
    ["ports without bridge mode", { ...valid, ports: [{ hostPort: 8080, containerPort: 80 }] }, "ports", /need network mode "bridge"/],
    ["a port out of range", { ...valid, network: { mode: "bridge", network: "lan" }, ports: [{ hostPort: 70000, containerPort: 80 }] }, "ports[0].hostPort", /must be <= 65535/],
    ["a host port forwarded twice", { ...valid, network: { mode: "bridge", network: "lan" }, ports: [{ hostPort: 80, containerPort: 80 }, { hostPort: 80, containerPort: 81 }] }, "ports[1].hostPort", /already forwarded by ports\[0\]/],
    ["a bad protocol", { ...valid, network: { mode: "bridge", network: "lan" }, ports: [{ hostPort: 80, containerPort: 80, protocol: "sctp" }] }, "ports[0].protocol", /"tcp", "udp"/],
    ["too many nameservers", { ...valid, dns: { nameservers: ["1.1.1.1", "1.0.0.1", "8.8.8.8", "9.9.9.9"] } }, "dns.nameservers", /must NOT have more than 3/],
  ];
  for (const [what, inputs, property, reason] of cases) {
    it(`GIVEN ${what} THEN the failure names \`${property}\``, () => {
      const failures = checkContainer(inputs);
      const hit = failures.find((f) => f.property === property);
      assert.ok(hit, `no failure for ${property}; got ${JSON.stringify(failures)}`);
      assert.match(hit.reason, reason);
    });
  }

  it("GIVEN several mistakes THEN all are reported at once", () => {
    const failures = checkContainer({ name: "BAD", rootfs: { busybox: {} }, command: [], colour: 1 });
    assert.deepStrictEqual(failures.map((f) => f.property).sort(), ["colour", "command", "name"]);
  });

  it("GIVEN a value unknown at preview THEN it is not judged yet", () => {
    assert.deepStrictEqual(checkContainer({ ...valid, hostname: UNKNOWN }), []);
  });
});

describe("check: Network inputs", () => {
  const ok = { name: "lan", subnet: "10.77.0.0/24" };
  it("GIVEN a valid network THEN there are no failures", () => {
    assert.deepStrictEqual(checkNetwork({ ...ok, bridge: "br-lan", gateway: "10.77.0.254", nat: true, isolated: true }), []);
  });
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["a missing subnet", { name: "lan" }, "subnet", /is required/],
    ["a subnet without a prefix", { ...ok, subnet: "10.77.0.0" }, "subnet", /CIDR form/],
    ["a /31 subnet", { ...ok, subnet: "10.77.0.0/31" }, "subnet", /prefix from 8 to 30/],
    ["host bits set", { ...ok, subnet: "10.77.0.5/24" }, "subnet", /own address is 10\.77\.0\.0\/24/],
    ["a gateway outside the subnet", { ...ok, gateway: "10.78.0.1" }, "gateway", /not in the subnet/],
    ["the broadcast address as gateway", { ...ok, gateway: "10.77.0.255" }, "gateway", /broadcast/],
    ["a bridge name too long", { ...ok, bridge: "a-very-long-bridge-name" }, "bridge", /15 characters/],
    ["a bridge name with a space", { ...ok, bridge: "br lan" }, "bridge", /interface name/],
    ["nat as a string", { ...ok, nat: "yes" }, "nat", /must be boolean/],
    ["an unknown property", { ...ok, vlan: 5 }, "vlan", /not a known property/],
    ["the loopback interface as bridge", { ...ok, bridge: "lo" }, "bridge", /lo is the host's loopback interface, not a bridge/],
  ];
  for (const [what, inputs, property, reason] of cases) {
    it(`GIVEN ${what} THEN the failure names \`${property}\``, () => {
      const hit = checkNetwork(inputs).find((f) => f.property === property);
      assert.ok(hit, JSON.stringify(checkNetwork(inputs)));
      assert.match(hit.reason, reason);
    });
  }
});

describe("check: Volume inputs", () => {
  const olds = { name: "db", size: "64MiB", stateRoot: "/var/lib/paddock" };
  const props = (news: Record<string, unknown>, was: Record<string, unknown> = {}) => checkVolume(news, was).map((f) => f.property);
  const reason = (news: Record<string, unknown>, was: Record<string, unknown> = {}) => checkVolume(news, was)[0]?.reason ?? "";

  it("GIVEN a new volume THEN a size of 1MiB or more is fine, and less is refused naming size", () => {
    assert.deepStrictEqual(props({ name: "db", size: "1MiB" }), []);
    assert.deepStrictEqual(props({ name: "db" }), []);
    assert.match(reason({ name: "db", size: "512KiB" }), /at least 1MiB/);
  });

  it("GIVEN a sized volume THEN growing is fine, and shrinking or dropping the size is refused naming size", () => {
    assert.deepStrictEqual(props({ ...olds, size: "1GiB" }, olds), []);
    assert.deepStrictEqual(props({ ...olds, size: "65536KiB" }, olds), [], "the same size, spelt otherwise");
    assert.match(reason({ ...olds, size: "32MiB" }, olds), /cannot shrink from 64MiB to 32MiB/);
    assert.match(reason({ name: "db", stateRoot: "/var/lib/paddock" }, olds), /cannot be removed/);
  });

  it("GIVEN a volume made without a size THEN adding one is refused; a new name is a new volume, where no rule applies", () => {
    assert.match(reason({ ...olds }, { name: "db", stateRoot: "/var/lib/paddock" }), /cannot be added to a volume made without one/);
    assert.deepStrictEqual(props({ name: "other", size: "8MiB", stateRoot: "/var/lib/paddock" }, olds), []);
  });

  it("GIVEN a size not known until up THEN nothing is said yet", () => {
    assert.deepStrictEqual(props({ ...olds, size: UNKNOWN }, olds), []);
  });
});
