import * as assert from "assert";
import * as fs from "fs";
import { container, volume } from "../../provider";
import { normalizeVolume } from "../../provider/core/network";
import { normalizeContainer } from "../../provider/core/spec";
import type { ContainerOutputs } from "../../provider/core/spec";
import { LocalEngine } from "../../provider/engine/engine";
import { moveUnit, moveVolume, Side } from "../../provider/move";
import { execFileSync } from "child_process";
import { LocalHost } from "../../provider/host/local";
import { dropSpool, packEntries } from "../../provider/linux/transfer";
import { execInUnit, hostIdOf, inventory, isAlive, makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";

type Props = Record<string, unknown>;

/**
 * Each host's half of a move, where no SSH test host can be made (the v2 guest):
 * a move between two state roots of this machine, each reached through its own
 * in-process engine, so the stop by record, the copy with its id shift and the
 * create from a staged layer run under this host's cgroup manager (systemd in the
 * v2 guest). The moves between SSH hosts are in move.test.ts.
 */
describe("host: a move's two halves on one machine (two state roots, this host's cgroup manager)", function () {
  let a: string;
  let b: string;
  const sides: Side[] = [{ engine: new LocalEngine(), place: "host-a" }, { engine: new LocalEngine(), place: "host-b" }];
  let unit: Props | undefined;
  let vol: Props | undefined;
  const script = "[ -e /owned ] || { echo mine > /owned; chown 33:33 /owned; echo kept > /data/v; }; echo start >> /starts; trap 'echo bye > /bye; exit 0' TERM; while :; do sleep 0.1; done";
  const inputs = (stateRoot: string) => ({ name: "mover", rootfs: { busybox: {} }, command: ["/bin/sh", "-c", script], stopTimeout: "5s", mounts: [{ type: "volume", source: "mdata", target: "/data" }], stateRoot, __paddockOwner: "test/move-engine/mover" });

  before(function () {
    requireRoot();
    a = makeTestStateRoot("move-a");
    b = makeTestStateRoot("move-b");
  });
  after(async function () {
    this.timeout(120_000);
    if (unit) await container.delete("mover", unit as never).catch(() => undefined);
    if (vol) await volume.delete("mdata", vol as never).catch(() => undefined);
    for (const root of [a, b]) if (root) removeTestStateRoot(root);
  });

  it("GIVEN a running unit with a volume WHEN both move to the other state root THEN it runs there with its layer in its new range, its volume and its last writes, and nothing is left where it was", async function () {
    this.timeout(300_000);
    const owner = "test/move-engine/mdata";
    vol = (await volume.create((await volume.check({}, { name: "mdata", stateRoot: a, __paddockOwner: owner })).inputs)).outs as Props;
    unit = (await container.create((await container.check({}, inputs(a))).inputs)).outs as Props;
    const was = unit as unknown as ContainerOutputs;
    await new Promise((r) => setTimeout(r, 500));
    const said: string[] = [];
    const progress = (m: string) => void said.push(m);

    const vSpec = normalizeVolume((await volume.check(vol, { name: "mdata", stateRoot: b, __paddockOwner: owner })).inputs as never);
    vol = await moveVolume({ kind: "Volume", from: sides[0], to: sides[1], olds: vol, spec: vSpec as unknown as Props, owner, progress });
    const spec = normalizeContainer((await container.check(unit, inputs(b))).inputs as never);
    unit = await moveUnit({ kind: "Container", from: sides[0], to: sides[1], olds: unit, spec: spec as unknown as Props, owner: "test/move-engine/mover", progress });
    const now = unit as unknown as ContainerOutputs;

    assert.ok(!isAlive(was.pid) && isAlive(now.pid), "a new init, in its new place");
    assert.ok(said.some((m) => /^moved from host-a to host-b: down \d+\.\d+ s/.test(m)), said.join("\n"));
    const upper = `${b}/units/mover/upper`;
    assert.notStrictEqual(now.idMap?.hostId, was.idMap?.hostId);
    assert.strictEqual(fs.statSync(`${upper}/owned`).uid, hostIdOf(now, 33));
    assert.strictEqual(fs.readFileSync(`${upper}/bye`, "utf8"), "bye\n", "written at its stop, after the first copy");
    assert.strictEqual(fs.readFileSync(`${upper}/starts`, "utf8"), "start\nstart\n");
    assert.deepStrictEqual(execInUnit(b, "mover", ["/bin/sh", "-c", "stat -c %u /owned; cat /data/v"]).stdout.split("\n"), ["33", "kept", ""]);
    const left = inventory(a);
    assert.deepStrictEqual([left.units, left.runtimeUnits, left.services, left.cgroups], [[], [], [], []], "nothing of it where it was");
    assert.ok(!fs.existsSync(`${a}/volumes/mdata`), "nor its volume's copy");
    // The engine reads it where it is now, and a refresh would show no drift.
    const read = await container.read("mover", unit as never);
    assert.strictEqual(read.props.status, "running");
    assert.strictEqual((await container.diff("mover", read.props, (await container.check(read.props, inputs(b))).inputs as Props)).changes, false);
  });

  it("GIVEN a tree whose directory became a link to a host path after it was listed THEN the copy reads nothing through the link: a running unit's copy leaves the entry out, a stopped one's fails", async function () {
    this.timeout(60_000);
    const host = new LocalHost();
    const data = `${a}/volumes/probe/data`;
    fs.mkdirSync(data, { recursive: true });
    // What a unit could do between the listing and tar's read: its "etc" is now the host's /etc.
    fs.symlinkSync("/etc", `${data}/etc`);
    const where = { stateRoot: a, volume: "probe" };
    const packed = await packEntries(host, where, ["etc", "etc/hostname"], true);
    try {
      const listed = execFileSync("tar", ["--list", `--file=${a}/transfer/${packed.token}.tar`], { encoding: "utf8" });
      assert.strictEqual(listed, "etc\n", "the link itself, nothing read through it");
      const bytes = fs.readFileSync(`${a}/transfer/${packed.token}.tar`);
      assert.ok(!bytes.includes(fs.readFileSync("/etc/hostname")), "no host file's content in the copy");
    } finally {
      await dropSpool(a, packed.token);
    }
    await assert.rejects(packEntries(host, where, ["etc", "etc/hostname"], false), /Too many levels of symbolic links/);
    assert.ok(!fs.readFileSync("/proc/self/mountinfo", "utf8").includes(`${a}/transfer`), "no view left mounted");
    fs.rmSync(`${a}/volumes`, { recursive: true, force: true });
  });
});
