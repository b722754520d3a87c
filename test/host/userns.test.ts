import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { container, jail, volume } from "../../provider";
import { unitPaths, volumePaths } from "../../provider/linux/paths";
import { ID_LEASES } from "../../provider/linux/idmap";
import { cgroupRead, execInUnit, inventory, isAlive, makeTestStateRoot, requireRoot, testUnits } from "../helpers/host";

type Outs = Record<string, unknown> & { unitId: string; pid: number; idMap?: { hostId: number; size: number }; cgroupPath: string };

/** The ids a process runs as, from its /proc status: [real, effective, saved, filesystem]. */
function ids(pid: number, field: "Uid" | "Gid"): number[] {
  return new RegExp(`^${field}:\\s*(.*)$`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1].trim().split(/\s+/).map(Number);
}

/** The host's mount points at or below dir. */
const mountsUnder = (dir: string) =>
  fs.readFileSync("/proc/self/mountinfo", "utf8").split("\n").filter(Boolean).map((l) => l.split(" ")[4]).filter((m) => m === dir || m.startsWith(`${dir}/`));

const owner = (p: string) => {
  const st = fs.lstatSync(p);
  return [st.uid, st.gid];
};

/**
 * User namespaces by default: each unit's ids are a host range of its own,
 * leased like an address; its files keep their ids on disk through idmapped
 * mounts. Checked on what the kernel says (/proc status and uid_map, file
 * owners on disk) and against a unit with the host's ids as the control.
 */
describe("host: user namespaces — every unit's ids are a host range of its own", function () {
  let stateRoot: string;
  let scratch: string;
  let initial: ReturnType<typeof inventory>;
  const { make, drop, replaced, finish } = testUnits<Outs>(() => stateRoot);
  const busybox = (name: string, over: Record<string, unknown> = {}) => ({ name, rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], stopTimeout: "0s", ...over });
  const sh = (unit: string, script: string) => {
    const r = execInUnit(stateRoot, unit, ["/bin/sh", "-c", script]);
    assert.strictEqual(r.status, 0, r.stderr);
    return r.stdout;
  };

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("userns");
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "userns-test-"));
    initial = inventory(stateRoot);
  });
  after(async () => {
    if (!stateRoot) return;
    try {
      await finish(initial);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("GIVEN two default Containers THEN each runs as root of its own 65536 host ids, leased apart, with the default process limit", async () => {
    const a = await make(container, busybox("ids-a"));
    const b = await make(container, busybox("ids-b"));
    for (const u of [a, b]) {
      assert.ok(u.idMap, "the range is in the outputs");
      assert.strictEqual(u.idMap.size, 65536);
      assert.ok(u.idMap.hostId >= 0x80000 && u.idMap.hostId + 65536 <= 0x70000000, `in systemd's container range: ${u.idMap.hostId}`);
      // What the kernel says: the init runs as the range's first id on the host, as 0 inside.
      assert.deepStrictEqual(ids(u.pid, "Uid"), [u.idMap.hostId, u.idMap.hostId, u.idMap.hostId, u.idMap.hostId]);
      assert.deepStrictEqual(ids(u.pid, "Gid"), [u.idMap.hostId, u.idMap.hostId, u.idMap.hostId, u.idMap.hostId]);
      assert.deepStrictEqual(fs.readFileSync(`/proc/${u.pid}/uid_map`, "utf8").trim().split(/\s+/).map(Number), [0, u.idMap.hostId, 65536]);
      assert.strictEqual(sh(u.unitId, "id -u; id -g").trim(), "0\n0");
      assert.ok(fs.existsSync(path.join(ID_LEASES, String(u.idMap.hostId))), "leased");
      // No limit declared: podman's default, in the unit's own cgroup file.
      assert.strictEqual(cgroupRead(u.cgroupPath, "pids.max"), "2048");
    }
    assert.ok(Math.abs(a.idMap!.hostId - b.idMap!.hostId) >= 65536, "the two ranges do not overlap");
    // The base they share is unchanged on disk, and shows as the unit's own inside.
    assert.strictEqual(sh(a.unitId, "stat -c '%u %g' /bin/busybox").trim(), "0 0");
    const base = fs.readdirSync(path.join(stateRoot, "bases")).map((d) => path.join(stateRoot, "bases", d))[0];
    assert.deepStrictEqual(owner(path.join(base, "bin/busybox")), [0, 0]);
    await drop(b);
    assert.ok(!fs.existsSync(path.join(ID_LEASES, String(b.idMap!.hostId))), "delete gives the range back");
  });

  it("GIVEN userns: \"host\" THEN the unit's ids are the host's (the control): uid 0 inside is uid 0 outside, and no range is leased", async () => {
    const u = await make(container, busybox("ids-host", { userns: "host" }));
    assert.strictEqual(u.idMap, undefined);
    assert.deepStrictEqual(fs.readFileSync(`/proc/${u.pid}/uid_map`, "utf8").trim().split(/\s+/).map(Number), [0, 0, 4294967295]);
    assert.deepStrictEqual(ids(u.pid, "Uid"), [0, 0, 0, 0]);
    assert.strictEqual(sh(u.unitId, "id -u").trim(), "0");
  });

  it("GIVEN writes by the unit's root and by its uid 33 THEN its own layer holds them as its host ids, and a bind source and a volume get them with the ids the unit sees", async () => {
    const data = path.join(scratch, "data");
    fs.mkdirSync(data);
    fs.writeFileSync(path.join(data, "from-host"), "x");
    fs.chownSync(path.join(data, "from-host"), 33, 33);
    await make(volume, { name: "uvol" });
    const u = await make(container, busybox("writer", {
      mounts: [{ type: "bind", source: data, target: "/data" }, { type: "volume", source: "uvol", target: "/vol" }],
    }));
    const hostId = u.idMap!.hostId;
    sh(u.unitId, "touch /by-root /data/by-root /vol/by-root && mkdir /data/d33 && chown 33:33 /data/d33 && touch /vol/f && chown 33:33 /vol/f");
    // Its own layer: the unit's ids as host ids (no other unit has them).
    assert.deepStrictEqual(owner(path.join(unitPaths(stateRoot, u.unitId).upper, "by-root")), [hostId, hostId]);
    // Host files and volumes: the ids as the unit sees them, so they read the same from any unit or the host.
    assert.deepStrictEqual(owner(path.join(data, "by-root")), [0, 0]);
    assert.deepStrictEqual(owner(path.join(data, "d33")), [33, 33]);
    assert.deepStrictEqual(owner(path.join(volumePaths(stateRoot, "uvol").data, "by-root")), [0, 0]);
    assert.deepStrictEqual(owner(path.join(volumePaths(stateRoot, "uvol").data, "f")), [33, 33]);
    assert.strictEqual(sh(u.unitId, "stat -c '%u %g' /data/from-host").trim(), "33 33");
    // A process of the unit as uid 33 (www-data in Debian) is host id hostId+33.
    const r = execInUnit(stateRoot, u.unitId, ["/bin/sh", "-c", "touch /data/d33/by-33 && id -u"], "33:33");
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout.trim(), "33");
    assert.deepStrictEqual(owner(path.join(data, "d33/by-33")), [33, 33]);
    // Running, the unit holds its own idmapped mounts: on the host its directory shows its overlay and the
    // file that keeps its user namespace only, so an `rm -rf` of it by hand can reach neither the shared
    // base, nor the bind source, nor the volume.
    const p = unitPaths(stateRoot, u.unitId);
    assert.deepStrictEqual(mountsUnder(p.dir).sort(), [p.rootfs, p.userns].sort());
  });

  it("GIVEN a restart and a stop and start THEN the unit keeps its range, and its writes stay its own", async () => {
    const u = await make(container, busybox("keeper"));
    sh(u.unitId, "echo kept > /root/note");
    const checked = await container.check(u as never, { ...busybox("keeper"), stateRoot, __paddockOwner: "test/keeper", command: ["/bin/sleep", "2000000"] });
    const d = await container.diff(u.unitId, u as never, checked.inputs);
    assert.ok(d.changes && !d.replaces?.length, "a command change restarts, it does not replace");
    const after = (await container.update(u.unitId, u as never, checked.inputs)).outs as Outs;
    replaced(u, after);
    assert.notStrictEqual(after.pid, u.pid);
    assert.deepStrictEqual(after.idMap, u.idMap);
    assert.deepStrictEqual(ids(after.pid, "Uid")[0], u.idMap!.hostId);
    assert.strictEqual(sh(u.unitId, "cat /root/note").trim(), "kept");
    // The range is part of what a refresh reads back: no drift.
    const read = (await container.read(u.unitId, after as never)).props as Outs;
    assert.deepStrictEqual(read.idMap, u.idMap);
  });

  it("GIVEN a path jail THEN it writes its directory with the ids it sees (root as 0, its user as 4242) while it runs as the range's host ids", async () => {
    const root = path.join(scratch, "jailroot");
    for (const d of ["bin", "etc", "proc", "sys", "dev", "tmp", "var"]) fs.mkdirSync(path.join(root, d), { recursive: true });
    fs.copyFileSync("/bin/busybox", path.join(root, "bin/busybox"));
    for (const a of ["sh", "sleep", "touch"]) fs.symlinkSync("busybox", path.join(root, "bin", a));
    fs.chmodSync(path.join(root, "var"), 0o777);
    fs.writeFileSync(path.join(root, "etc/passwd"), "root:x:0:0::/:/bin/sh\nsvc:x:4242:4242::/:/bin/sh\n");
    const j = await make(jail, { name: "idjail", path: root, user: "svc", execStart: ["/bin/sh", "-c", "touch /var/by-svc; exec sleep 1000000"], stopTimeout: "0s" });
    for (let i = 0; i < 50 && !fs.existsSync(path.join(root, "var/by-svc")); i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepStrictEqual(owner(path.join(root, "var/by-svc")), [4242, 4242]);
    assert.strictEqual(ids(j.pid, "Uid")[0], j.idMap!.hostId + 4242);
    // Once it runs, its directory is reached only from inside it: nothing under the unit's own directory leads there.
    assert.deepStrictEqual(mountsUnder(unitPaths(stateRoot, j.unitId).dir), []);
    await drop(j);
    assert.ok(!isAlive(j.pid));
    assert.deepStrictEqual(owner(path.join(root, "bin/busybox")), [0, 0], "the directory's files keep their ids");
  });
});
