import * as assert from "assert";
import { container, network } from "../../provider";
import { checkConnection, connectionChange, connectionShown, parseHostKey } from "../../provider/core/connection";

// A key and the fingerprint ssh-keygen -lf printed for it.
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIInO8Z2il/6jh8bX12qTKYzoyRFRltLW397dFZMwJjPq";
const FP = "SHA256:XtJrPl4J9tsEJGLQuBSZNNX2Ew5A9Oi8fx8rO5SV/RI";
const at = (host: string, over: Record<string, unknown> = {}) => ({ host, hostKey: KEY, privateKeyPath: "/k", ...over });

describe("connection: where a resource lives (pure)", () => {
  it("GIVEN a public key line or a fingerprint THEN both pin the same key, as ssh-keygen prints it; anything else is refused", () => {
    assert.deepStrictEqual(parseHostKey(`${KEY} comment`), { type: "ssh-ed25519", fingerprint: FP });
    assert.deepStrictEqual(parseHostKey(FP), { fingerprint: FP });
    for (const bad of ["AAAAC3Nza", "ssh-ed25519", "SHA256:short", "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIInO8Z2il/6jh8bX12qTKYzoyRFRltLW397dFZMwJjPq"]) {
      assert.strictEqual(parseHostKey(bad), undefined, bad);
    }
  });

  it("GIVEN a new host or port THEN a unit or volume moves and a Network is replaced; a new login, key or pin alone is recorded live; none is nothing", () => {
    for (const movable of [true, false]) {
      const far = movable ? "move" : "replace";
      assert.strictEqual(connectionChange({ connection: at("a") }, { connection: at("b") }, movable)?.update, far);
      assert.strictEqual(connectionChange({ connection: at("a") }, { connection: at("a", { port: 2222 }) }, movable)?.update, far);
      assert.strictEqual(connectionChange({}, { connection: at("a") }, movable)?.update, far, "from this machine to a host");
      assert.strictEqual(connectionChange({ connection: at("a") }, {}, movable)?.update, far, "from a host to this machine");
      assert.strictEqual(connectionChange({ connection: at("a") }, { connection: at("a", { hostKey: FP }) }, movable)?.update, "live");
      assert.strictEqual(connectionChange({ connection: at("a") }, { connection: at("a", { user: "ops" }) }, movable)?.update, "live");
      assert.strictEqual(connectionChange({ connection: at("a") }, { connection: at("a", { port: 22, user: "root" }) }, movable), undefined, "defaults written out");
      assert.strictEqual(connectionChange({}, {}, movable), undefined);
    }
  });

  it("GIVEN both key forms, or a bad pin THEN check names connection.privateKey and connection.hostKey; a new host is no failure", () => {
    assert.deepStrictEqual(checkConnection({ connection: at("b") }), [], "a move is an update");
    assert.deepStrictEqual(checkConnection({ connection: at("a", { privateKey: "x" }) }).map((f) => f.property), ["connection.privateKey"]);
    assert.deepStrictEqual(checkConnection({ connection: at("a", { hostKey: "nope" }) }).map((f) => f.property), ["connection.hostKey"]);
  });

  it("GIVEN the providers THEN check refuses a connection the schema does not allow, and diff replaces a Network on a new host but only records a unit's new key", async () => {
    const bad = await network.check({}, { name: "n", subnet: "10.9.0.0/24", connection: { host: "a" }, __paddockOwner: "t" });
    assert.ok(bad.failures?.some((f) => f.property.startsWith("connection")), JSON.stringify(bad.failures));
    const n = await network.check({}, { name: "n", subnet: "10.9.0.0/24", connection: at("a"), __paddockOwner: "t" });
    assert.deepStrictEqual(n.failures, []);
    const olds = { ...(n.inputs as Record<string, unknown>), bridgeUp: true };
    const moved = await network.check(olds, { name: "n", subnet: "10.9.0.0/24", connection: at("b"), __paddockOwner: "t" });
    assert.deepStrictEqual((await network.diff("n", olds, moved.inputs as never)).replaces, ["connection"]);
    const unit = { name: "u", rootfs: { busybox: {} }, command: ["/bin/true"], connection: at("a"), __paddockOwner: "t" };
    const c = await container.check({}, unit);
    assert.deepStrictEqual(c.failures, []);
    const outs = { ...(c.inputs as Record<string, unknown>), status: "running" };
    const rekeyed = await container.check(outs, { ...unit, connection: at("a", { hostKey: FP }) });
    const d = await container.diff("u", outs, rekeyed.inputs as never);
    assert.deepStrictEqual([d.changes, d.replaces], [true, []]);
    // A new host moves the unit: an update (its data goes with it), never a replace.
    const elsewhere = await container.check(outs, { ...unit, connection: at("b") });
    assert.deepStrictEqual(elsewhere.failures, []);
    const m = await container.diff("u", outs, elsewhere.inputs as never);
    assert.deepStrictEqual([m.changes, m.replaces, m.deleteBeforeReplace], [true, [], false]);
    assert.deepStrictEqual(connectionShown(at("a", { privateKey: "s3cret" })), { host: "a", port: 22, user: "root", privateKey: "[secret]", privateKeyPath: "/k", hostKey: KEY });
  });
});
