import * as assert from "assert";
import { diffContainer, diffNetwork } from "../../provider/core/diff";
import { changedLeaves, describeDiff } from "../../provider/core/explain";
import { normalizeNetwork } from "../../provider/core/network";
import { normalizeContainer } from "../../provider/core/spec";

const base = { name: "web", rootfs: { busybox: {} }, command: ["/bin/sleep", "1"] as [string, ...string[]] };
const olds = { ...normalizeContainer({ ...base, limits: { memory: "64MiB" } }), runtime: "runc", status: "running" };

describe("the preview message: what pulumi up will do, leaf by leaf", () => {
  it("GIVEN a live limit change THEN it says the unit keeps its init, with the leaf in full", () => {
    const news = { ...base, limits: { memory: "128MiB" } };
    const msg = describeDiff(olds, news, diffContainer(olds, news));
    assert.strictEqual(msg, 'paddock: live: pulumi up changes the running unit in place: it keeps running with the same init process.\n  limits.memory: "64MiB" → "128MiB" (live)');
  });

  it("GIVEN a port change of two digits THEN both values are shown whole, not cut", () => {
    const ports = (hostPort: number) => [{ hostPort, containerPort: 80, protocol: "tcp", hostAddress: "127.0.0.1" }];
    const o = { ...normalizeContainer({ ...base, network: { mode: "none" }, ports: ports(18461) } as never), runtime: "runc", status: "running" };
    const news = { ...base, network: { mode: "none" }, ports: ports(18463) };
    const msg = describeDiff(o, news, diffContainer(o, news as never));
    assert.match(msg, /\n {2}ports\[0\]\.hostPort: 18461 → 18463 \(live\)$/);
  });

  it("GIVEN state: stopped THEN it says the unit is stopped, not that it keeps running", () => {
    const news = { ...base, limits: { memory: "64MiB" }, state: "stopped" };
    const msg = describeDiff(olds, news, diffContainer(olds, news as never));
    assert.match(msg, /^paddock: stop: pulumi up stops the unit/);
    assert.match(msg, /state: "running" → "stopped" \(live\)/);
  });

  it("GIVEN a unit found stopped on the host THEN it says pulumi up starts it", () => {
    const found = { ...olds, state: "stopped", status: "stopped" };
    const news = { ...base, limits: { memory: "64MiB" } };
    assert.match(describeDiff(found, news, diffContainer(found, news)), /^paddock: start: pulumi up starts the unit/);
  });

  it("GIVEN a restart-class change THEN it says the writes are kept", () => {
    const news = { ...base, limits: { memory: "64MiB" }, env: { A: "1" } };
    const msg = describeDiff(olds, news, diffContainer(olds, news));
    assert.match(msg, /^paddock: restart: .* what it wrote in its root filesystem is kept\./);
    assert.match(msg, /env\.A: \(unset\) → "1" \(restart\)/);
  });

  it("GIVEN a replace-class change THEN it says the writes are lost", () => {
    const news = { ...base, limits: { memory: "64MiB" }, rootfs: { directory: "/srv/r" } };
    const msg = describeDiff(olds, news, diffContainer(olds, news));
    assert.match(msg, /^paddock: replace: .* what it wrote in its root filesystem is lost/);
    assert.match(msg, /rootfs\.busybox: \{\} → \(unset\) \(replace\)\n {2}rootfs\.directory: \(unset\) → "\/srv\/r" \(replace\)/);
  });

  it("GIVEN a network whose bridge was found down THEN it speaks of the network and of drift", () => {
    const n = { ...normalizeNetwork({ name: "lan", subnet: "10.1.0.0/24" } as never), bridgeUp: false };
    const news = { name: "lan", subnet: "10.1.0.0/24" };
    const msg = describeDiff(n, news, diffNetwork(n, news as never), normalizeNetwork as never, "network");
    assert.strictEqual(msg, "paddock: live: pulumi up changes the network in place: its units keep running.\n  bridge: found changed on the host → as declared (live)");
  });

  it("changedLeaves walks objects by key and arrays by index", () => {
    assert.deepStrictEqual(changedLeaves("command", ["/bin/sh", "-c", "a"], ["/bin/sh", "-c", "b", "c"]), [["command[2]", "a", "b"], ["command[3]", undefined, "c"]]);
    assert.deepStrictEqual(changedLeaves("x", { a: 1, b: { c: 2 } }, { a: 1, b: { c: 2 } }), []);
  });
});
