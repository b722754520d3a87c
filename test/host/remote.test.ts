import * as assert from "assert";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { closeRemoteEngines, container, network, volume } from "../../provider";
import type { NetworkOutputs } from "../../provider/core/network";
import type { ContainerOutputs } from "../../provider/core/spec";
import { fingerprint } from "../../provider/core/connection";
import { inventory, isAlive, killUnitInit, requireRoot } from "../helpers/host";
import { agentPids, netnsInode, netnsOf, SshTestHosts, startSshHosts } from "../helpers/ssh-hosts";

type Props = Record<string, unknown>;

describe("host: resources on remote hosts over SSH (one agent per host, pinned host keys)", function () {
  let t: SshTestHosts;
  const made: { kind: "container" | "network" | "volume"; outs: Props }[] = [];
  const kinds = { container, network, volume };

  const create = async (kind: keyof typeof kinds, inputs: Props) => {
    const checked = await kinds[kind].check({}, inputs);
    assert.deepStrictEqual(checked.failures, []);
    const outs = (await kinds[kind].create(checked.inputs as Props)).outs as Props;
    made.push({ kind, outs });
    return outs;
  };
  const unitInputs = (name: string, h: SshTestHosts["hosts"][number], over: Props = {}) => ({
    name, rootfs: { busybox: {} }, stateRoot: h.stateRoot, stopTimeout: "0s", __paddockOwner: `test/${h.name}/${name}`,
    command: ["/bin/sh", "-c", "echo hello from $(hostname); echo up > /data/seen; exec sleep 1000000"], connection: h.connection, ...over,
  });

  before(async function () {
    requireRoot();
    this.timeout(60_000);
    t = await startSshHosts(2, "ssh");
  });
  after(async function () {
    this.timeout(120_000);
    for (const m of made.reverse()) await kinds[m.kind].delete(String(m.outs.unitId ?? m.outs.name), m.outs as never).catch(() => undefined);
    await closeRemoteEngines();
    try {
      t?.removeStateRoots();
    } finally {
      await t?.stop();
    }
  });

  it("GIVEN two hosts WHEN a Network, a Volume and a Container of the same names are made on each THEN each runs on its own host, under its state root, served by one agent per host", async function () {
    this.timeout(120_000);
    const [h1, h2] = t.hosts;
    for (const h of [h1, h2]) {
      await create("network", { name: "lan", subnet: "10.88.0.0/24", stateRoot: h.stateRoot, connection: h.connection, __paddockOwner: `test/${h.name}/lan` });
      await create("volume", { name: "data", stateRoot: h.stateRoot, connection: h.connection, __paddockOwner: `test/${h.name}/data` });
    }
    const [u1, u2] = (await Promise.all([h1, h2].map((h) =>
      create("container", unitInputs("web", h, { network: { mode: "bridge", network: "lan" }, mounts: [{ type: "volume", source: "data", target: "/data" }] }))))) as unknown as ContainerOutputs[];
    for (const [u, h] of [[u1, h1], [u2, h2]] as const) {
      assert.ok(isAlive(u.pid), `${h.name}'s unit runs`);
      assert.ok(fs.existsSync(`${h.stateRoot}/units/web`), `its unit directory is under ${h.name}'s state root`);
      assert.strictEqual(fs.readFileSync(`${h.stateRoot}/volumes/data/data/seen`, "utf8"), "up\n", "it wrote to its volume on its host");
      // Its bridge and veth are in the host's network namespace, not this machine's.
      const links = execFileSync("ip", ["-n", h.netns, "-o", "link", "show"], { encoding: "utf8" });
      assert.match(links, new RegExp(`: ${(made.find((m) => m.kind === "network" && m.outs.stateRoot === h.stateRoot)!.outs as unknown as NetworkOutputs).bridge}:`));
      assert.deepStrictEqual((u as unknown as Props).connection, { ...h.connection }, "the connection is recorded with the outputs");
    }
    assert.strictEqual(u1.address, u2.address, "addresses are leased per host: both got the same one");
    const agents = agentPids();
    assert.strictEqual(agents.length, 2, `one agent per host: ${agents.join(", ")}`);
    assert.deepStrictEqual(agents.map(netnsOf).sort(), [h1, h2].map((h) => netnsInode(h.netns)).sort(), "each agent runs in its host's namespace");
  });

  it("WHEN a remote unit's init is killed THEN read reports it stopped (drift), and an update starts it again on its host", async function () {
    this.timeout(60_000);
    const h1 = t.hosts[0];
    const u = made.find((m) => m.kind === "container" && m.outs.stateRoot === h1.stateRoot)!.outs as unknown as ContainerOutputs;
    killUnitInit(u.pid);
    while (isAlive(u.pid)) await new Promise((r) => setTimeout(r, 20));
    const read = await container.read(u.unitId, u as never);
    assert.strictEqual(read.props.status, "stopped");
    const d = await container.diff(u.unitId, read.props, u as never);
    assert.strictEqual(d.changes, true);
    const again = (await container.update(u.unitId, read.props, (await container.check(read.props, unitInputs("web", h1, { network: { mode: "bridge", network: "lan" }, mounts: [{ type: "volume", source: "data", target: "/data" }] }))).inputs as Props)).outs as unknown as ContainerOutputs;
    assert.ok(isAlive(again.pid));
    assert.notStrictEqual(again.pid, u.pid);
    made.find((m) => m.outs === (u as unknown))!.outs = again as never;
  });

  it("WHEN the host's agent dies THEN the next operation opens the connection again once and succeeds", async function () {
    this.timeout(60_000);
    const h1 = t.hosts[0];
    const before = agentPids().filter((p) => netnsOf(p) === netnsInode(h1.netns));
    assert.strictEqual(before.length, 1);
    process.kill(before[0], "SIGKILL");
    const u = made.find((m) => m.kind === "container" && m.outs.stateRoot === h1.stateRoot)!.outs;
    const read = await container.read(String(u.unitId), u as never);
    assert.strictEqual(read.props.status, "running");
    const after = agentPids().filter((p) => netnsOf(p) === netnsInode(h1.netns));
    assert.strictEqual(after.length, 1);
    assert.notStrictEqual(after[0], before[0]);
  });

  it("WHEN the agent dies under twenty operations in flight THEN they all succeed over one new connection, not one each", async function () {
    this.timeout(60_000);
    const h1 = t.hosts[0];
    const mine = () => agentPids().filter((p) => netnsOf(p) === netnsInode(h1.netns));
    const [before] = mine();
    const u = made.find((m) => m.kind === "container" && m.outs.stateRoot === h1.stateRoot)!.outs;
    const reads = Array.from({ length: 20 }, () => container.read(String(u.unitId), u as never));
    process.kill(before, "SIGKILL");
    const done = await Promise.allSettled(reads);
    assert.deepStrictEqual(done.map((d) => d.status), done.map(() => "fulfilled"), JSON.stringify(done.find((d) => d.status === "rejected")));
    const after = mine();
    assert.strictEqual(after.length, 1, `one agent: ${after.join(", ")}`);
    assert.notStrictEqual(after[0], before);
  });

  it("WHEN paddock list, logs and exec name a remote host THEN they answer from that host's units, through its agent", function () {
    this.timeout(60_000);
    const h2 = t.hosts[1];
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(__dirname, "../../provider/cli/paddock.js"), ...args], { encoding: "utf8", env: { ...process.env, SSH_AUTH_SOCK: "" } });
    const remote = ["--host", `root@${h2.address}`, "--identity", t.keyPath, "--host-key", h2.hostKey];
    const list = cli("list", "--state-root", h2.stateRoot, ...remote);
    assert.strictEqual(list.status, 0, list.stderr);
    assert.match(list.stdout, new RegExp(`state root ${h2.stateRoot}`));
    assert.match(list.stdout, /\nweb +Container +running /);
    const logs = cli("logs", "web", "--state-root", h2.stateRoot, ...remote);
    assert.strictEqual(logs.status, 0, logs.stderr);
    assert.strictEqual(logs.stdout, "hello from web\n");
    const exec = cli("exec", "web", "--state-root", h2.stateRoot, ...remote, "--", "/bin/sh", "-c", "cat /etc/hostname; exit 3");
    assert.deepStrictEqual([exec.status, exec.stdout], [3, "web\n"]);
    const wrong = cli("list", ...remote.slice(0, 4), "--host-key", t.strangerHostKey);
    assert.strictEqual(wrong.status, 1);
    assert.match(wrong.stderr, /presented the host key SHA256:\S+, not the pinned SHA256:/);
  });

  it("GIVEN a host key other than the host's THEN create fails naming the host and both fingerprints, and nothing is made", async function () {
    this.timeout(60_000);
    const h2 = t.hosts[1];
    const units = fs.readdirSync(`${h2.stateRoot}/units`).sort();
    const wrong = { ...h2.connection, hostKey: t.strangerHostKey };
    const checked = await container.check({}, unitInputs("spoofed", h2, { connection: wrong }));
    const seen = fingerprint(Buffer.from(h2.hostKey.split(" ")[1], "base64"));
    const pinned = fingerprint(Buffer.from(t.strangerHostKey.split(" ")[1], "base64"));
    await assert.rejects(container.create(checked.inputs as Props), (e: Error) => {
      assert.ok(e.message.includes(`connection.hostKey: root@${h2.address}:22 presented the host key ${seen}, not the pinned ${pinned}`), e.message);
      return true;
    });
    assert.deepStrictEqual(fs.readdirSync(`${h2.stateRoot}/units`).sort(), units);
  });

  it("GIVEN an unreachable host THEN only its resources fail, naming it; the others' operations go on", async function () {
    this.timeout(60_000);
    const h2 = t.hosts[1];
    const dead = { ...h2.connection, host: t.deadAddress };
    const u2 = made.find((m) => m.kind === "container" && m.outs.stateRoot === h2.stateRoot)!.outs;
    const [down, up] = await Promise.allSettled([
      container.check({}, unitInputs("lost", h2, { connection: dead })).then((c) => container.create(c.inputs as Props)),
      container.read(String(u2.unitId), u2 as never),
    ]);
    assert.strictEqual(down.status, "rejected");
    assert.match((down as PromiseRejectedResult).reason.message, new RegExp(`cannot reach root@${t.deadAddress.replace(/\./g, "\\.")}:22: ECONNREFUSED`));
    assert.strictEqual(up.status, "fulfilled");
    assert.strictEqual((up as PromiseFulfilledResult<{ props: Props }>).value.props.status, "running");
  });

  it("GIVEN a unit on one host WHEN only its pinned key changes form THEN it is a change that touches nothing (moves: move.test.ts)", async () => {
    const h1 = t.hosts[0];
    const u = made.find((m) => m.kind === "container" && m.outs.stateRoot === h1.stateRoot)!.outs;
    const rekeyed = await container.check(u, unitInputs("web", h1, { network: { mode: "bridge", network: "lan" }, mounts: [{ type: "volume", source: "data", target: "/data" }], connection: { ...h1.connection, hostKey: fingerprint(Buffer.from(h1.hostKey.split(" ")[1], "base64")) } }));
    assert.deepStrictEqual(rekeyed.failures, []);
    const d = await container.diff(String(u.unitId), u as never, rekeyed.inputs as Props);
    assert.deepStrictEqual(d.replaces, []);
  });

  it("WHEN everything is deleted and the connections close THEN each host's state root is empty and no agent is left running", async function () {
    this.timeout(120_000);
    for (const m of made.splice(0).reverse()) await kinds[m.kind].delete(String(m.outs.unitId ?? m.outs.name), m.outs as never);
    await closeRemoteEngines();
    for (const h of t.hosts) assert.deepStrictEqual(inventory(h.stateRoot).units, []);
    const deadline = Date.now() + 10_000;
    while (agentPids().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepStrictEqual(agentPids(), []);
  });
});
