import * as assert from "assert";
import { normalizeContainer } from "../../provider/core/spec";
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

  it("drops to the OCI default capabilities with no new privileges", () => {
    assert.strictEqual(config.process.noNewPrivileges, true);
    for (const set of ["bounding", "effective", "permitted"]) {
      assert.deepStrictEqual(config.process.capabilities[set], [...DEFAULT_CAPABILITIES]);
    }
    assert.ok(!config.process.capabilities.bounding.includes("CAP_SYS_ADMIN"));
  });

  it("masks kernel interfaces and mounts /sys read-only", () => {
    assert.deepStrictEqual(config.linux.maskedPaths, [...MASKED_PATHS]);
    assert.ok(config.linux.readonlyPaths.includes("/proc/sys"));
    assert.ok(config.mounts.find((m) => m.destination === "/sys")?.options?.includes("ro"));
  });

  it("puts the unit in Paddock's cgroup and its own hostname", () => {
    assert.strictEqual(config.linux.cgroupsPath, "/paddock/hello");
    assert.strictEqual(config.hostname, "hello.example");
    assert.strictEqual(config.root.path, "rootfs");
  });
});
