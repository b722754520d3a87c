import * as assert from "assert";
import * as fs from "fs";
import { endRun, inventory, makeTestStateRoot, networkInventory, requireRoot, wgetFrom } from "../helpers/host";
import { ExampleRun } from "../helpers/pulumi";

const PORT = 18090;

describe("e2e: examples/lan — a Network, a port forward, 20 parallel units, veth drift, a live port change, subnet replacement", function () {
  let stateRoot: string;
  let run: ExampleRun;
  let initial: ReturnType<typeof inventory>;
  let initialNet: ReturnType<typeof networkInventory>;

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("lan");
    initial = inventory(stateRoot);
    initialNet = networkInventory(stateRoot);
    run = new ExampleRun("lan", { PADDOCK_STATE_ROOT: stateRoot, PADDOCK_EXAMPLE_REPLICAS: "20", PADDOCK_EXAMPLE_PORT: String(PORT) });
  });
  after(() => endRun(run, stateRoot, initial, initialNet));

  it("one up creates the network and 21 units; the 20 allocated addresses are distinct and all answer", async () => {
    const { ops, outputs } = await run.upOps();
    assert.strictEqual([...ops.entries()].filter(([name, o]) => name !== "default" && o.op === "create").length, 22);
    const addresses = outputs.replicaAddresses as string[];
    assert.strictEqual(new Set(addresses).size, 20);
    assert.ok(!addresses.includes("10.77.0.10") && !addresses.includes("10.77.0.1"));
    for (const [i, a] of addresses.entries()) assert.strictEqual(wgetFrom(0, `http://${a}/hostname`), `replica-${i}\n`);
    assert.strictEqual(wgetFrom(0, `http://127.0.0.1:${PORT}/hostname`), "web\n", "the port forward on 127.0.0.1 reaches web");
  });

  it("nothing changed: preview --refresh --expect-no-changes succeeds", async () => {
    await run.previewOps({ refresh: true, expectNoChanges: true });
  });

  it("drift: web's veth deleted by hand — refresh shows it, up repairs it with the same address", async () => {
    const stack = await run.stack();
    const webPid = (await stack.outputs()).webPid.value as number;
    const iflink = fs.readFileSync(`/proc/${webPid}/root/sys/class/net/eth0/iflink`, "utf8").trim();
    const veth = fs.readdirSync("/sys/class/net").find((l) => l.startsWith("pd") && fs.readFileSync(`/sys/class/net/${l}/ifindex`, "utf8").trim() === iflink);
    assert.ok(veth, "found web's host veth");
    require("child_process").execFileSync("ip", ["link", "del", veth]);
    const found = await run.refreshOps();
    assert.strictEqual(found.get("web")?.op, "update");
    assert.ok(found.get("web")?.diffs.includes("address"), JSON.stringify(found.get("web")));
    const { ops } = await run.upOps();
    assert.strictEqual(ops.get("web")?.op, "update");
    assert.strictEqual(wgetFrom(0, "http://10.77.0.10/hostname"), "web\n");
    assert.strictEqual(wgetFrom(0, `http://127.0.0.1:${PORT}/hostname`), "web\n");
  });

  it("a new host port previews as a live update of ports; after up the same init answers there, and the old port is closed", async () => {
    const webPid = (await (await run.stack()).outputs()).webPid.value as number;
    await run.setEnv("PADDOCK_EXAMPLE_PORT", String(PORT + 1));
    const ops = await run.previewOps();
    assert.deepStrictEqual(ops.get("web"), { op: "update", diffs: ["ports"], replaceKeys: [] });
    assert.ok(run.messages.get("web")?.some((m) => m.includes(`ports[0].hostPort: ${PORT} → ${PORT + 1} (live)`) && /^paddock: live:/.test(m)), JSON.stringify([...run.messages]));
    const { outputs } = await run.upOps();
    assert.strictEqual(outputs.webPid, webPid);
    assert.strictEqual(wgetFrom(0, `http://127.0.0.1:${PORT + 1}/hostname`), "web\n");
    assert.throws(() => wgetFrom(0, `http://127.0.0.1:${PORT}/hostname`, 1));
    // Back to the port the later steps use.
    await run.setEnv("PADDOCK_EXAMPLE_PORT", String(PORT));
    await run.upOps();
    assert.strictEqual(wgetFrom(0, `http://127.0.0.1:${PORT}/hostname`), "web\n");
  });

  it("a new subnet previews the Network as replace and every unit on it with it; up moves them all", async () => {
    run.useStep("subnet");
    const ops = await run.previewOps();
    assert.strictEqual(ops.get("lan")?.op, "replace");
    assert.strictEqual(ops.get("web")?.op, "replace");
    assert.strictEqual(ops.get("replica-0")?.op, "replace");
    const { outputs } = await run.upOps();
    assert.strictEqual(outputs.subnet, "10.88.0.0/24");
    assert.strictEqual(wgetFrom(0, "http://10.88.0.10/hostname"), "web\n");
    for (const a of outputs.replicaAddresses as string[]) assert.match(a, /^10\.88\.0\.\d+$/);
    assert.strictEqual(wgetFrom(0, `http://127.0.0.1:${PORT}/hostname`), "web\n");
  });

  it("destroy leaves no veth, bridge, netns, nftables table or lease behind", async () => {
    await (await run.stack()).destroy();
    assert.deepStrictEqual(networkInventory(stateRoot), initialNet);
    assert.ok(!fs.existsSync("/sys/class/net/pd-lan"));
  });
});
