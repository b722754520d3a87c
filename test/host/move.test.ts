import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { closeRemoteEngines, container, network, volume } from "../../provider";
import type { ContainerOutputs } from "../../provider/core/spec";
import { execInUnit, hostIdOf, inventory, isAlive, makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";
import { SshTestHosts, startSshHosts } from "../helpers/ssh-hosts";

type Props = Record<string, unknown>;
const kinds = { container, network, volume };
type KindName = keyof typeof kinds;

/**
 * Moves between hosts (a change of connection.host), through the provider as
 * Pulumi drives it: check, diff, update. Two SSH test hosts (network namespaces
 * with their own sshd and state root) and this machine.
 */
describe("host: moving units and volumes between hosts (cold migration)", function () {
  let t: SshTestHosts;
  let localRoot: string;
  // What the stack would hold, by resource: kind and current outputs.
  const stack = new Map<string, { kind: KindName; outs: Props }>();

  const create = async (key: string, kind: KindName, inputs: Props) => {
    const checked = await kinds[kind].check({}, inputs);
    assert.deepStrictEqual(checked.failures, []);
    const outs = (await kinds[kind].create(checked.inputs as Props)).outs as Props;
    stack.set(key, { kind, outs });
    return outs;
  };
  /** As `pulumi up` applies a changed program to one resource: check, diff, update. Answers the diff and the new outputs. */
  const up = async (key: string, inputs: Props) => {
    const r = stack.get(key)!;
    const checked = await kinds[r.kind].check(r.outs, inputs);
    assert.deepStrictEqual(checked.failures, []);
    const d = await kinds[r.kind].diff(String(r.outs.unitId ?? r.outs.name), r.outs, checked.inputs as Props);
    const outs = (await kinds[r.kind].update(String(r.outs.unitId ?? r.outs.name), r.outs, checked.inputs as Props)).outs as Props;
    r.outs = outs;
    return { d, outs };
  };
  const place = (h?: SshTestHosts["hosts"][number]) => (h ? { stateRoot: h.stateRoot, connection: h.connection } : { stateRoot: localRoot });

  before(async function () {
    requireRoot();
    this.timeout(60_000);
    t = await startSshHosts(2, "move");
    localRoot = makeTestStateRoot("move");
  });
  after(async function () {
    this.timeout(120_000);
    for (const [, r] of [...stack].reverse()) await kinds[r.kind].delete(String(r.outs.unitId ?? r.outs.name), r.outs as never).catch(() => undefined);
    await closeRemoteEngines();
    try {
      t?.removeStateRoots();
      if (localRoot) removeTestStateRoot(localRoot);
    } finally {
      await t?.stop();
    }
  });

  // The unit's root writes a file once and gives it to its uid 33, writes its volume, counts its starts,
  // and says goodbye in its layer when it is stopped (after the copy made while it ran).
  const script = [
    "[ -e /owned ] || { echo mine > /owned; chown 33:33 /owned; echo kept > /data/v; }",
    "echo start >> /starts",
    'trap "echo bye > /bye; exit 0" TERM',
    "while :; do sleep 0.1; done",
  ].join("; ");
  const webInputs = (h?: SshTestHosts["hosts"][number]) => ({
    name: "web", rootfs: { busybox: {} }, command: ["/bin/sh", "-c", script], stopTimeout: "5s",
    network: { mode: "bridge", network: "lan" }, mounts: [{ type: "volume", source: "data", target: "/data" }], __paddockOwner: "test/move/web", ...place(h),
  });

  it("GIVEN a unit and its Volume on one host WHEN both get another host's connection THEN diff says update (a move, no replace), and the unit runs there with its layer (its ids moved into its new range), its volume's data and what it wrote at its stop; the first host holds nothing of either", async function () {
    this.timeout(300_000);
    const [h1, h2] = t.hosts;
    for (const h of [h1, h2]) await create(`lan-${h.name}`, "network", { name: "lan", subnet: "10.89.0.0/24", __paddockOwner: `test/move/lan-${h.name}`, ...place(h) });
    await create("data", "volume", { name: "data", __paddockOwner: "test/move/data", ...place(h1) });
    const was = (await create("web", "container", webInputs(h1))) as unknown as ContainerOutputs;
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(fs.readFileSync(`${h1.stateRoot}/volumes/data/data/v`, "utf8"), "kept\n");

    const v = await up("data", { name: "data", __paddockOwner: "test/move/data", ...place(h2) });
    assert.deepStrictEqual([v.d.changes, v.d.replaces, v.d.deleteBeforeReplace], [true, [], false], "the volume moves: an update");
    assert.strictEqual(fs.readFileSync(`${h2.stateRoot}/volumes/data/data/v`, "utf8"), "kept\n", "its data is on the new host");
    assert.ok(fs.existsSync(`${h1.stateRoot}/volumes/data/data/v`), "its copy stays on the old host while the unit there mounts it");
    assert.ok(isAlive(was.pid), "the unit on the old host still runs");

    const m = await up("web", webInputs(h2));
    assert.deepStrictEqual([m.d.changes, m.d.replaces, m.d.deleteBeforeReplace], [true, [], false], "the unit moves: an update");
    const now = m.outs as unknown as ContainerOutputs;
    assert.ok(!isAlive(was.pid), "its old init is gone");
    assert.ok(isAlive(now.pid), "it runs on the new host");
    assert.strictEqual(now.stateRoot, h2.stateRoot);
    assert.deepStrictEqual((now as unknown as Props).connection, { ...h2.connection });
    assert.notStrictEqual(now.idMap?.hostId, was.idMap?.hostId, "the test hosts share one kernel: its range there is another");
    const upper = `${h2.stateRoot}/units/web/upper`;
    assert.strictEqual(fs.readFileSync(`${upper}/owned`, "utf8"), "mine\n");
    assert.strictEqual(fs.statSync(`${upper}/owned`).uid, hostIdOf(now, 33), "its uid 33's file is its new range's 33");
    assert.strictEqual(fs.statSync(`${upper}/starts`).uid, hostIdOf(now, 0));
    assert.strictEqual(fs.readFileSync(`${upper}/bye`, "utf8"), "bye\n", "what it wrote as it stopped (after the first copy) came too");
    assert.strictEqual(fs.readFileSync(`${upper}/starts`, "utf8"), "start\nstart\n", "its second start is on the first one's layer");
    assert.deepStrictEqual(execInUnit(h2.stateRoot, "web", ["/bin/sh", "-c", "stat -c %u /owned; cat /data/v"]).stdout.split("\n"), ["33", "kept", ""], "inside, the ids and the volume are as before");
    assert.deepStrictEqual(inventory(h1.stateRoot).units, [], "the old host has no unit left");
    assert.ok(!fs.existsSync(`${h1.stateRoot}/volumes/data`), "the volume's handed-over copy went with its last user");
    assert.ok(!fs.existsSync(`${h2.stateRoot}/incoming`), "nothing staged is left");
    // The stack now points at the new host: read sees it there, with no drift.
    const read = await container.read("web", m.outs as never);
    assert.strictEqual(read.props.status, "running");
    const again = await container.check(read.props, webInputs(h2));
    assert.strictEqual((await container.diff("web", read.props, again.inputs as Props)).changes, false);
  });

  it("GIVEN a unit on this machine WHEN it is given a host's connection and then none THEN it moves there and back with its writes, leaving nothing behind on either side", async function () {
    this.timeout(300_000);
    const h1 = t.hosts[0];
    const inputs = (h?: SshTestHosts["hosts"][number]) => ({
      name: "roamer", rootfs: { busybox: {} }, stopTimeout: "0s", __paddockOwner: "test/move/roamer", ...place(h),
      command: ["/bin/sh", "-c", "echo $(hostname) >> /where; exec sleep 1000000"],
    });
    await create("roamer", "container", inputs());
    await new Promise((r) => setTimeout(r, 200));
    await up("roamer", inputs(h1));
    assert.deepStrictEqual(inventory(localRoot).units, []);
    const back = (await up("roamer", inputs())).outs as unknown as ContainerOutputs;
    assert.ok(isAlive(back.pid));
    assert.strictEqual(fs.readFileSync(`${localRoot}/units/roamer/upper/where`, "utf8"), "roamer\nroamer\nroamer\n", "three starts, one layer");
    assert.ok(!inventory(h1.stateRoot).units.includes("roamer"));
  });

  it("GIVEN a move its new host refuses (a unit of that name there) THEN nothing stops or changes: the unit runs on with the same init", async function () {
    this.timeout(120_000);
    const [h1, h2] = t.hosts;
    const clash = (h: SshTestHosts["hosts"][number]) => ({ name: "clash", rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], stopTimeout: "0s", __paddockOwner: "test/move/clash", ...place(h) });
    const u = (await create("clash", "container", clash(h1))) as unknown as ContainerOutputs;
    await create("clash-other", "container", { name: "clash", rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], stopTimeout: "0s", __paddockOwner: "test/move/other", ...place(h2) });
    const r = stack.get("clash")!;
    const checked = await container.check(r.outs, clash(h2));
    await assert.rejects(container.update("clash", r.outs, checked.inputs as Props), (e: Error) => {
      assert.match(e.message, /^move `clash` from .* to .*: connection\.host: a unit named `clash` already exists on this host \(owned by test\/move\/other\)/);
      assert.match(e.message, /it stays on \S+ as it was$/);
      return true;
    });
    assert.ok(isAlive(u.pid), "same init, still running");
    assert.ok(!fs.existsSync(`${h2.stateRoot}/incoming`));
  });

  it("GIVEN a unit whose bind source the new host lacks THEN the move is refused before it stops, naming the path", async function () {
    this.timeout(120_000);
    const [h1, h2] = t.hosts;
    const src = fs.mkdtempSync("/tmp/paddock-move-bind-");
    const binder = (h: SshTestHosts["hosts"][number]) => ({ name: "binder", rootfs: { busybox: {} }, command: ["/bin/sleep", "1000000"], stopTimeout: "0s", __paddockOwner: "test/move/binder", mounts: [{ type: "bind", source: src, target: "/src", readOnly: true }], ...place(h) });
    const u = (await create("binder", "container", binder(h1))) as unknown as ContainerOutputs;
    // The test hosts share one filesystem: the source goes away from both once the unit has it.
    fs.rmSync(src, { recursive: true, force: true });
    const r = stack.get("binder")!;
    await assert.rejects(container.update("binder", r.outs, (await container.check(r.outs, binder(h2))).inputs as Props), (e: Error) => {
      assert.match(e.message, new RegExp(`the unit binds ${src} \\(its bind mount 1\\), which is not on this host: make it there first, or drop the mount; it stays on \\S+ as it was$`));
      return true;
    });
    assert.ok(isAlive(u.pid), "same init, still running");
    assert.ok(!fs.existsSync(`${h2.stateRoot}/incoming`));
  });

  it("GIVEN a move that fails after the unit stopped (its host port is taken on the new host) THEN it runs again on its old host with its data, and the new host keeps nothing of it", async function () {
    this.timeout(180_000);
    const [h1, h2] = t.hosts;
    const port = 18000 + (process.pid % 1000);
    const inputs = (h: SshTestHosts["hosts"][number]) => ({
      name: "porter", rootfs: { busybox: {} }, stopTimeout: "0s", __paddockOwner: "test/move/porter", network: { mode: "bridge", network: "lan" },
      ports: [{ hostPort: port, containerPort: 80 }], command: ["/bin/sh", "-c", "echo run >> /runs; exec httpd -f -p 80 -h /"], ...place(h),
    });
    const u = (await create("porter", "container", inputs(h1))) as unknown as ContainerOutputs;
    // A process of ours listens on that port in the new host's namespace.
    const listener: ChildProcess = spawn("nsenter", [`--net=/run/netns/${h2.netns}`, "--", "python3", "-c", `import socket,time\ns=socket.socket()\ns.bind(("0.0.0.0",${port}))\ns.listen()\ntime.sleep(120)`], { stdio: "ignore" });
    try {
      await new Promise((r) => setTimeout(r, 500));
      const idsBefore = fs.existsSync("/var/lib/paddock-idmaps") ? fs.readdirSync("/var/lib/paddock-idmaps").sort() : [];
      const r = stack.get("porter")!;
      const checked = await container.check(r.outs, inputs(h2));
      await assert.rejects(container.update("porter", r.outs, checked.inputs as Props), (e: Error) => {
        assert.match(e.message, new RegExp(`ports\\[0\\].*${port}`));
        assert.match(e.message, /it runs on \S+ again$/);
        return true;
      });
      const read = (await container.read("porter", r.outs as never)).props as unknown as ContainerOutputs;
      assert.strictEqual(read.status, "running");
      assert.notStrictEqual(read.pid, u.pid, "started again, by a new init");
      assert.strictEqual(fs.readFileSync(`${h1.stateRoot}/units/porter/upper/runs`, "utf8"), "run\nrun\n", "on its own layer");
      r.outs = read as never;
      assert.ok(!inventory(h2.stateRoot).units.includes("porter"));
      assert.ok(!fs.existsSync(path.join(h2.stateRoot, "incoming")), "nothing staged is left");
      assert.deepStrictEqual(fs.existsSync("/var/lib/paddock-idmaps") ? fs.readdirSync("/var/lib/paddock-idmaps").sort() : [], idsBefore, "the id range leased on the new host was given back");
    } finally {
      listener.kill("SIGKILL");
    }
  });

  it("WHEN everything is deleted THEN every host's state root is empty", async function () {
    this.timeout(120_000);
    for (const [key, r] of [...stack].reverse()) {
      await kinds[r.kind].delete(String(r.outs.unitId ?? r.outs.name), r.outs as never);
      stack.delete(key);
    }
    for (const root of [localRoot, ...t.hosts.map((h) => h.stateRoot)]) assert.deepStrictEqual(inventory(root).units, [], root);
  });
});
