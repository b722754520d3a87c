import * as assert from "assert";
import { normalizeContainer, normalizeLimits } from "../../provider/core/spec";
import { blkioToIoWeight } from "../../provider/linux/blockio";
import { buildOciConfig, DEFAULT_CAPABILITIES, MASKED_PATHS } from "../../provider/linux/oci-spec";

const spec = normalizeContainer({
  name: "hello",
  rootfs: { busybox: {} },
  command: ["/bin/sh", "-c", "echo hi; exec sleep 1000000"],
  hostname: "hello.example",
  env: { GREETING: "hi" },
});
const ctx = { rootPath: "rootfs", cgroupsPath: "/paddock/hello", volumeDir: (n: string) => `/var/lib/paddock/volumes/${n}/data` };
type Config = {
  process: { args: string[]; env: string[]; noNewPrivileges: boolean; capabilities: Record<string, string[]>; user: { uid: number } };
  hostname: string;
  root: { path: string };
  linux: { namespaces: { type: string }[]; cgroupsPath: string; maskedPaths: string[]; readonlyPaths: string[] };
  mounts: { destination: string; options?: string[] }[];
};

describe("OCI config from a Container spec", () => {
  const config = buildOciConfig(spec, ctx) as unknown as Config;

  it("runs the declared argv, unchanged (no shell added)", () => {
    assert.deepStrictEqual(config.process.args, ["/bin/sh", "-c", "echo hi; exec sleep 1000000"]);
  });

  it("sets PATH, HOSTNAME and the declared env", () => {
    assert.ok(config.process.env.includes("GREETING=hi"));
    assert.ok(config.process.env.includes("HOSTNAME=hello.example"));
    assert.ok(config.process.env.some((e) => e.startsWith("PATH=/usr/local/sbin:")));
  });

  it("isolates pid, mount, uts, ipc and network by default", () => {
    assert.deepStrictEqual(config.linux.namespaces.map((n) => n.type).sort(), ["ipc", "mount", "network", "pid", "uts"]);
  });

  it("shares the host network only in host mode", () => {
    const host = buildOciConfig({ ...spec, network: { mode: "host" } }, ctx) as unknown as Config;
    assert.ok(!host.linux.namespaces.some((n) => n.type === "network"));
  });

  it("drops to Paddock's default capabilities (the OCI default without NET_RAW and MKNOD) with no new privileges", () => {
    assert.ok(!DEFAULT_CAPABILITIES.includes("CAP_NET_RAW") && !DEFAULT_CAPABILITIES.includes("CAP_MKNOD"));
    assert.strictEqual(config.process.noNewPrivileges, true);
    for (const set of ["bounding", "effective", "permitted"]) {
      assert.deepStrictEqual(config.process.capabilities[set], [...DEFAULT_CAPABILITIES].sort());
    }
    assert.ok(!config.process.capabilities.bounding.includes("CAP_SYS_ADMIN"));
  });

  it("masks kernel interfaces and mounts /sys read-only", () => {
    assert.deepStrictEqual(config.linux.maskedPaths, [...MASKED_PATHS]);
    assert.ok(config.linux.readonlyPaths.includes("/proc/sys"));
    assert.ok(config.mounts.find((m) => m.destination === "/sys")?.options?.includes("ro"));
  });

  it("GIVEN a user namespace THEN the unit's ids map to its range, its mounts come from their idmapped copies, and /sys shows its own network", () => {
    const idMap = { hostId: 0x90000, size: 65536 };
    type Mapped = Omit<Config, "mounts"> & { linux: { uidMappings: unknown[]; gidMappings: unknown[] }; mounts: { destination: string; type: string; source: string; options?: string[] }[] };
    const withIds = { ...spec, idMap, mounts: [{ type: "bind" as const, source: "/srv/www", target: "/www", readOnly: false }] };
    const bridged = buildOciConfig({ ...withIds, network: { mode: "bridge", network: "lan" } }, { ...ctx, netnsPath: "/run/netns/x", mappedDir: "/u/mapped", usernsPath: "/u/userns", sysDir: "/u/sys" }) as unknown as Mapped;
    // On a Network, the user namespace Paddock made its network namespace in, joined.
    assert.deepStrictEqual(bridged.linux.namespaces.find((n) => n.type === "user"), { type: "user", path: "/u/userns" });
    assert.deepStrictEqual(bridged.linux.uidMappings, [{ containerID: 0, hostID: 0x90000, size: 65536 }]);
    assert.deepStrictEqual(bridged.linux.gidMappings, bridged.linux.uidMappings);
    assert.strictEqual(bridged.mounts.find((m) => m.destination === "/www")?.source, "/u/mapped/0");
    const sys = (c: Mapped) => c.mounts.find((m) => m.destination === "/sys")!;
    // On a Network: the sysfs Paddock mounted inside its network namespace, read-only.
    assert.deepStrictEqual([sys(bridged).type, sys(bridged).source, sys(bridged).options?.includes("ro")], ["bind", "/u/sys", true]);
    // In the host's network namespace: the host's /sys, which is that network's view.
    const shared = buildOciConfig({ ...withIds, network: { mode: "host" } }, ctx) as unknown as Mapped;
    assert.deepStrictEqual([sys(shared).type, sys(shared).source], ["bind", "/sys"]);
    // No network at all: a network namespace Paddock made in the user namespace too (lo only), with its sysfs.
    const alone = buildOciConfig({ ...withIds, network: { mode: "none" } }, { ...ctx, netnsPath: "/run/netns/y", usernsPath: "/u/userns", sysDir: "/u/sys" }) as unknown as Mapped;
    assert.deepStrictEqual(alone.linux.namespaces.filter((n) => n.type === "user" || n.type === "network"), [{ type: "user", path: "/u/userns" }, { type: "network", path: "/run/netns/y" }]);
    assert.deepStrictEqual([sys(alone).type, sys(alone).source], ["bind", "/u/sys"]);
    // The host's network: the runtime makes the user namespace; the host's /sys.
    assert.deepStrictEqual(shared.linux.namespaces.filter((n) => n.type === "user" || n.type === "network"), [{ type: "user" }]);
    // The control: no user namespace, no mappings, the declared source.
    assert.ok(!config.linux.namespaces.some((n) => n.type === "user"));
    assert.strictEqual((config as unknown as Mapped).linux.uidMappings, undefined);
    assert.strictEqual(sys(config as unknown as Mapped).type, "sysfs");
  });

  it("puts the unit in Paddock's cgroup and its own hostname", () => {
    assert.strictEqual(config.linux.cgroupsPath, "/paddock/hello");
    assert.strictEqual(config.hostname, "hello.example");
    assert.strictEqual(config.root.path, "rootfs");
  });

  it("carries limits.io as blockIO: the weight, and each cap as a rate on its disk's number", () => {
    const limits = normalizeLimits({ io: { weight: 300, devices: [{ path: "/dev/vda", readBps: "1MiB", writeIops: 120 }, { path: "/dev/vdb", writeBps: "2MB" }] } });
    const disks = new Map([["/dev/vda", { major: 254, minor: 0 }], ["/dev/vdb", { major: 254, minor: 16 }]]);
    const c = buildOciConfig({ ...spec, limits }, { ...ctx, disks }) as unknown as { linux: { resources: { blockIO: unknown } } };
    assert.deepStrictEqual(c.linux.resources.blockIO, {
      weight: 300,
      throttleReadBpsDevice: [{ major: 254, minor: 0, rate: 1048576 }],
      throttleWriteBpsDevice: [{ major: 254, minor: 16, rate: 2000000 }],
      throttleWriteIOPSDevice: [{ major: 254, minor: 0, rate: 120 }],
    });
    assert.strictEqual((config.linux as unknown as { resources: Record<string, unknown> }).resources.blockIO, undefined, "no io, no blockIO");
  });

  it("applies capabilities.add and drop to the kind's set (drop wins), any spelling", () => {
    const s2 = normalizeContainer({ name: "c", rootfs: { busybox: {} }, command: ["/bin/sh"], capabilities: { add: ["net_raw", "CAP_SYS_PTRACE"], drop: ["chown", "SYS_PTRACE"] } });
    const caps = (buildOciConfig(s2, ctx) as unknown as Config).process.capabilities.bounding;
    assert.ok(caps.includes("CAP_NET_RAW"));
    assert.ok(!caps.includes("CAP_CHOWN") && !caps.includes("CAP_SYS_PTRACE"));
  });

  it("filters system calls by default: EPERM unless allowed; clone and unshare without namespace flags; clone3 ENOSYS", () => {
    type Rule = { names: string[]; action: string; errnoRet?: number; args?: unknown[] };
    const sc = (config.linux as unknown as { seccomp: { defaultAction: string; defaultErrnoRet: number; architectures: string[]; syscalls: Rule[] } }).seccomp;
    assert.strictEqual(sc.defaultAction, "SCMP_ACT_ERRNO");
    assert.strictEqual(sc.defaultErrnoRet, 1);
    const allowed = new Set(sc.syscalls.filter((r) => r.action === "SCMP_ACT_ALLOW" && !r.args).flatMap((r) => r.names));
    for (const ok of ["read", "openat", "execve", "socket", "epoll_wait", "futex", "sethostname", "chroot"]) assert.ok(allowed.has(ok), ok);
    for (const bad of ["keyctl", "add_key", "request_key", "bpf", "perf_event_open", "userfaultfd", "init_module", "finit_module", "kexec_load", "mount", "umount2", "pivot_root", "setns", "unshare", "clone", "open_by_handle_at", "ptrace", "io_uring_setup", "reboot", "swapon", "clock_settime"]) {
      assert.ok(!allowed.has(bad), bad);
    }
    assert.deepStrictEqual(sc.syscalls.find((r) => r.names[0] === "unshare"), { names: ["unshare"], action: "SCMP_ACT_ALLOW", args: [{ index: 0, value: 0x7e020000, valueTwo: 0, op: "SCMP_CMP_MASKED_EQ" }] });
    assert.deepStrictEqual(sc.syscalls.find((r) => r.names[0] === "clone3"), { names: ["clone3"], action: "SCMP_ACT_ERRNO", errnoRet: 38 });
  });

  it("lets a capability bring its calls, seccomp.allow add and seccomp.deny remove; unconfined has no filter", () => {
    const withCaps = normalizeContainer({ name: "c", rootfs: { busybox: {} }, command: ["/bin/sh"], capabilities: { add: ["SYS_ADMIN"] }, seccomp: { allow: ["ptrace"], deny: ["chroot"] } });
    const sc = (buildOciConfig(withCaps, ctx) as unknown as { linux: { seccomp: { syscalls: { names: string[]; args?: unknown[] }[] } } }).linux.seccomp;
    const allowed = new Set(sc.syscalls.filter((r) => !r.args).flatMap((r) => r.names));
    for (const ok of ["mount", "unshare", "clone", "setns", "ptrace"]) assert.ok(allowed.has(ok), ok);
    assert.ok(!allowed.has("chroot"));
    assert.ok(!sc.syscalls.some((r) => r.args), "with SYS_ADMIN, clone and unshare take any flags");
    const open = normalizeContainer({ name: "c", rootfs: { busybox: {} }, command: ["/bin/sh"], seccomp: { unconfined: true } });
    assert.strictEqual((buildOciConfig(open, ctx) as unknown as { linux: Record<string, unknown> }).linux.seccomp, undefined);
  });

  it("puts a weight on io.weight's scale as runc does (10 → 1, 500 → 4950, 750 → 7475, 1000 → 10000)", () => {
    assert.deepStrictEqual([10, 500, 750, 1000].map(blkioToIoWeight), [1, 4950, 7475, 10000]);
  });

  it("canonicalises limits.io: rates in their shortest unit, nothing limited is no io", () => {
    assert.deepStrictEqual(normalizeLimits({ io: { devices: [{ path: "/dev/vda", readBps: "1048576B" }] } }).io, { devices: [{ path: "/dev/vda", readBps: "1MiB" }] });
    assert.strictEqual(normalizeLimits({ io: { devices: [] } }).io, undefined);
  });
});
