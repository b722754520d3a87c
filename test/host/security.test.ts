import * as assert from "assert";
import * as fs from "fs";
import { container, jail, zone } from "../../provider";
import { execInUnit, inventory, makeTestStateRoot, requireRoot, testUnits } from "../helpers/host";
import { ENOSYS, EPERM, PROBES, PROBE_SCRIPT, probeResults } from "../helpers/probes";

type Outs = Record<string, unknown> & { unitId: string; pid: number };

/** The host's programs, read-only, for a busybox unit: /usr, and /lib and /lib64 where they lead (merged /usr or not). */
function hostTools(): { source: string; target: string; readOnly: true }[] {
  return ["/usr", "/lib", "/lib64"].filter((d) => fs.existsSync(d)).map((d) => ({ source: fs.realpathSync(d), target: d, readOnly: true as const }));
}

function status(pid: number, field: string): string {
  return new RegExp(`^${field}:\\s*(\\S+)`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1];
}

/** Whether a capability (its bit in capabilities(7)) is in a hex capability mask from /proc/<pid>/status. */
const hasCap = (mask: string, bit: number) => ((BigInt(`0x${mask}`) >> BigInt(bit)) & 1n) === 1n;
const CAP_MKNOD = 27;
const CAP_NET_RAW = 13;

describe("host: secure by default (user namespaces, seccomp, capabilities) — escape probes from inside each kind", function () {
  let stateRoot: string;
  let initial: ReturnType<typeof inventory>;
  const { make, finish } = testUnits<Outs>(() => stateRoot);
  const probe = (unit: string): Record<string, number> => {
    const r = execInUnit(stateRoot, unit, ["/usr/bin/perl", "-e", PROBE_SCRIPT]);
    assert.strictEqual(r.status, 0, r.stderr);
    return probeResults(r.stdout);
  };
  /** What the default filter and capabilities must answer: EPERM to every probe, ENOSYS to clone3 (so libc falls back to clone). */
  const denied = Object.fromEntries(PROBES.map(([n]) => [n, n === "clone3" ? ENOSYS : EPERM]));
  const units: Record<string, () => Promise<Outs>> = {};

  before(function () {
    requireRoot();
    if (!fs.existsSync("/usr/bin/perl")) this.skip();
    stateRoot = makeTestStateRoot("sec");
    initial = inventory(stateRoot);
  });
  after(async () => {
    if (!stateRoot) return;
    await finish(initial);
  });

  units.Container = () => make(container, { name: "probe-c", rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], network: { mode: "none" }, mounts: hostTools().map((m) => ({ type: "bind", ...m })) });
  units.Jail = () => make(jail, { name: "probe-j", rootfs: { busybox: {} }, persist: true, mountFstab: hostTools() });
  units.Zone = () => make(zone, { name: "probe-z", brand: "sparse", init: ["/usr/bin/sleep", "1000000"] });

  for (const kind of ["Container", "Jail", "Zone"]) {
    it(`GIVEN a default ${kind} THEN its root is no one on the host (a user namespace of its own range), its processes are filtered (Seccomp: 2), lack NET_RAW and MKNOD, and every escape probe fails with EPERM`, async () => {
      const u = await units[kind]();
      const idMap = (u as { idMap?: { hostId: number; size: number } }).idMap;
      assert.ok(idMap && idMap.hostId >= 0x80000, `an id range of its own: ${JSON.stringify(idMap)}`);
      assert.deepStrictEqual(fs.readFileSync(`/proc/${u.pid}/uid_map`, "utf8").trim().split(/\s+/).map(Number), [0, idMap.hostId, 65536]);
      assert.strictEqual(status(u.pid, "Uid"), String(idMap.hostId));
      assert.strictEqual(status(u.pid, "Seccomp"), "2");
      assert.strictEqual(status(u.pid, "NoNewPrivs"), "1");
      const bounding = status(u.pid, "CapBnd");
      assert.ok(!hasCap(bounding, CAP_NET_RAW) && !hasCap(bounding, CAP_MKNOD), `CapBnd ${bounding}`);
      assert.deepStrictEqual(probe(u.unitId), denied);
      if (kind === "Container") {
        const mknod = execInUnit(stateRoot, u.unitId, ["/bin/busybox", "mknod", "/tmp/mem", "c", "1", "1"]);
        assert.notStrictEqual(mknod.status, 0);
        assert.match(mknod.stderr, /Operation not permitted/);
      }
    });
  }

  it("GIVEN seccomp unconfined and NET_RAW added THEN the same probes get through where the kernel alone would let them (the control)", async () => {
    const u = await make(container, {
      name: "probe-open", rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], network: { mode: "none" },
      mounts: hostTools().map((m) => ({ type: "bind", ...m })), seccomp: { unconfined: true }, capabilities: { add: ["NET_RAW"] },
    });
    assert.strictEqual(status(u.pid, "Seccomp"), "0");
    const got = probe(u.unitId);
    for (const open of ["keyctl", "raw socket", "packet socket", "ptrace", "unshare user namespace"]) assert.strictEqual(got[open], 0, `${open}: errno ${got[open]}`);
    assert.notStrictEqual(got.clone3, ENOSYS);
  });

  it("GIVEN seccomp.allow and a capability added THEN those calls are let through, and seccomp.deny takes an ordinary one away", async () => {
    const u = await make(container, {
      name: "probe-tuned", rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], network: { mode: "none" },
      mounts: hostTools().map((m) => ({ type: "bind", ...m })), seccomp: { allow: ["keyctl"], deny: ["mkdir", "mkdirat"] }, capabilities: { add: ["SYS_PTRACE"] },
    });
    const got = probe(u.unitId);
    assert.strictEqual(got.keyctl, 0);
    assert.strictEqual(got.ptrace, 0, "CAP_SYS_PTRACE brings ptrace");
    assert.strictEqual(got.bpf, EPERM);
    const mkdir = execInUnit(stateRoot, u.unitId, ["/bin/busybox", "mkdir", "/tmp/made"]);
    assert.notStrictEqual(mkdir.status, 0, "mkdir is denied");
    assert.match(mkdir.stderr, /Operation not permitted/);
  });

  it("GIVEN a default Container THEN ordinary workloads run filtered: Python's http.server serves /etc, busybox wget fetches the listing", async function () {
    if (!fs.existsSync("/usr/bin/python3")) this.skip();
    const u = await make(container, {
      name: "probe-py", rootfs: { busybox: {} }, network: { mode: "none" }, mounts: hostTools().map((m) => ({ type: "bind", ...m })),
      command: ["/usr/bin/python3", "-m", "http.server", "8000", "--bind", "127.0.0.1", "--directory", "/etc"],
    });
    assert.strictEqual(status(u.pid, "Seccomp"), "2");
    let page = "";
    for (let i = 0; i < 100 && !page.includes("hostname"); i++) {
      page = execInUnit(stateRoot, u.unitId, ["/bin/busybox", "wget", "-qO-", "http://127.0.0.1:8000/"]).stdout;
      if (!page.includes("hostname")) await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(page, /Directory listing for \//);
    assert.match(page, /hostname/);
  });
});
