import * as assert from "assert";
import { CONTAINER_UPDATES, diffContainer, diffNetwork, diffVolume, NETWORK_UPDATES } from "../../provider/core/diff";
import { normalizeNetwork } from "../../provider/core/network";
import { UNKNOWN } from "../../provider/core/spec";
import { normalizeJail } from "../../provider/core/jail";
import { normalizeZone } from "../../provider/core/zone";
import { diffVocab } from "../../provider/vocab";
import { JAIL } from "../../provider/jail";
import { ZONE } from "../../provider/zone";
import { normalizeContainer } from "../../provider/core/spec";
import containerSchema from "../../schema/container.schema.json";

const base: { name: string; rootfs: { busybox: Record<string, never> }; command: [string, ...string[]] } = { name: "web", rootfs: { busybox: {} }, command: ["/bin/sleep", "1000"] };
const olds = (over: Record<string, unknown> = {}) => ({ ...normalizeContainer({ ...base, ...over } as never), runtime: "runc", pid: 42, status: "running" });

describe("diff: Container", () => {
  it("GIVEN the same inputs THEN nothing changes", () => {
    const d = diffContainer(olds(), { ...base });
    assert.deepStrictEqual(d, { changes: [], replaces: [], action: "none" });
  });

  it("GIVEN defaults written out THEN nothing changes", () => {
    const d = diffContainer(olds(), { ...base, hostname: "web", env: {}, network: { mode: "none" }, runtime: "auto", stateRoot: "/var/lib/paddock" });
    assert.strictEqual(d.action, "none");
  });

  it("GIVEN outputs of a Paddock before restart policies (none recorded) THEN the defaults are no change", () => {
    const old = olds() as Record<string, unknown>;
    for (const k of ["restart", "restartDelay", "restartLimit", "startAtBoot"]) delete old[k];
    assert.strictEqual(diffContainer(old, { ...base, restart: "no", restartDelay: "1000ms", startAtBoot: false } as never).action, "none");
  });

  it("GIVEN env in another key order THEN nothing changes", () => {
    const d = diffContainer(olds({ env: { A: "1", B: "2" } }), { ...base, env: { B: "2", A: "1" } });
    assert.strictEqual(d.action, "none");
  });

  const table: [string, Record<string, unknown>, "live" | "restart" | "replace"][] = [
    ["user", { user: { uid: 1000, gid: 1000 } }, "restart"],
    ["workdir", { workdir: "/srv" }, "restart"],
    ["limits", { limits: { memory: "64MiB" } }, "live"],
    ["mounts", { mounts: [{ type: "tmpfs", target: "/tmp" }] }, "restart"],
    ["rlimits", { rlimits: { nofile: 4096 } }, "restart"],
    ["state", { state: "stopped" }, "live"],
    ["stopTimeout", { stopTimeout: "30s" }, "live"],
    // hostname defaults to the name; pin it so only the name changes.
    ["name", { name: "web2", hostname: "web" }, "replace"],
    ["rootfs", { rootfs: { directory: "/srv/root" } }, "replace"],
    ["command", { command: ["/bin/sleep", "2000"] }, "restart"],
    ["hostname", { hostname: "other" }, "restart"],
    ["env", { env: { A: "1" } }, "restart"],
    ["network", { network: { mode: "host" } }, "restart"],
    ["ports", { ports: [{ hostPort: 8080, containerPort: 80 }] }, "live"],
    ["dns", { dns: { nameservers: ["10.77.0.1"] } }, "restart"],
    ["runtime", { runtime: "crun" }, "replace"],
    ["stateRoot", { stateRoot: "/srv/paddock" }, "replace"],
    ["restart", { restart: "on-failure" }, "live"],
    ["restartDelay", { restartDelay: "5s" }, "live"],
    ["restartLimit", { restartLimit: { attempts: 2 } }, "live"],
    ["startAtBoot", { startAtBoot: true }, "live"],
    ["userns", { userns: "host" }, "replace"],
    ["capabilities", { capabilities: { add: ["NET_RAW"] } }, "restart"],
    ["seccomp", { seccomp: { allow: ["ptrace"] } }, "restart"],
  ];
  for (const [prop, change, update] of table) {
    it(`GIVEN a change to ${prop} THEN it is a ${update}`, () => {
      const d = diffContainer(olds(), { ...base, ...change } as never);
      assert.deepStrictEqual(d.changes, [{ property: prop, update }]);
      assert.deepStrictEqual(d.replaces, update === "replace" ? [prop] : []);
      assert.strictEqual(d.action, update);
    });
  }

  it("covers every property of the schema, and the classes come from the schema", () => {
    const classOf = (def: unknown) => (def as Record<string, string>)["x-paddock-update"];
    // "none" (read at create) and "host" (where, not what: the provider compares it) are outside the table.
    const outside = (def: unknown) => classOf(def) === "none" || classOf(def) === "host";
    const props = Object.entries(containerSchema.properties).filter(([, def]) => !outside(def)).map(([p]) => p).sort();
    assert.deepStrictEqual(table.map(([p]) => p).sort(), props);
    for (const [p, def] of Object.entries(containerSchema.properties)) {
      assert.strictEqual(CONTAINER_UPDATES[p], outside(def) ? undefined : classOf(def));
    }
  });

  it("GIVEN outputs of a unit made before capabilities and seccomp existed, or the same capability written another way THEN nothing changes", () => {
    const o = olds();
    delete (o as Record<string, unknown>).capabilities;
    delete (o as Record<string, unknown>).seccomp;
    assert.strictEqual(diffContainer(o, { ...base } as never).action, "none");
    assert.strictEqual(diffContainer(olds({ capabilities: { add: ["CAP_NET_RAW"] } }), { ...base, capabilities: { add: ["net_raw"] } } as never).action, "none");
  });

  it("GIVEN adopt set or cleared after create THEN nothing changes: it is read only at create", () => {
    assert.strictEqual(diffContainer(olds(), { ...base, adopt: true } as never).action, "none");
    assert.strictEqual(diffContainer({ ...olds(), adopt: true }, { ...base } as never).action, "none");
  });

  it("GIVEN equal quantities written differently THEN nothing changes", () => {
    const o = olds({ limits: { memory: "64MiB", memorySwap: "1GiB", cpuset: "0-1" }, stopTimeout: "90s" });
    const d = diffContainer(o, { ...base, limits: { memory: "65536KiB", memorySwap: "1024MiB", cpuset: "1,0" }, stopTimeout: "1m30s" });
    assert.strictEqual(d.action, "none");
  });

  it("GIVEN a live and a restart change together THEN the unit restarts", () => {
    const d = diffContainer(olds(), { ...base, limits: { pids: 10 }, env: { A: "1" } });
    assert.strictEqual(d.action, "restart");
  });

  it("GIVEN a unit observed stopped while declared running THEN it is a live change (start it)", () => {
    const d = diffContainer({ ...olds(), state: "stopped" }, { ...base });
    assert.deepStrictEqual(d.changes, [{ property: "state", update: "live" }]);
  });

  it("GIVEN a bridge unit that was given an address THEN asking for none shows no change", () => {
    const o = olds({ network: { mode: "bridge", network: "lan", address: "10.77.0.5" } });
    assert.strictEqual(diffContainer(o, { ...base, network: { mode: "bridge", network: "lan" } }).action, "none");
    assert.strictEqual(diffContainer(o, { ...base, network: { mode: "bridge", network: "lan", address: "10.77.0.5" } }).action, "none");
  });

  it("GIVEN a bridge unit whose address was lost on the host THEN it is a restart (to re-plumb it)", () => {
    const o = olds({ network: { mode: "bridge", network: "lan" } });
    assert.deepStrictEqual(diffContainer(o, { ...base, network: { mode: "bridge", network: "lan" } }).changes, [{ property: "network", update: "restart" }]);
  });

  it("GIVEN another declared address or network THEN it is a restart", () => {
    const o = olds({ network: { mode: "bridge", network: "lan", address: "10.77.0.5" } });
    assert.strictEqual(diffContainer(o, { ...base, network: { mode: "bridge", network: "lan", address: "10.77.0.6" } }).action, "restart");
    assert.strictEqual(diffContainer(o, { ...base, network: { mode: "bridge", network: "dmz" } }).action, "restart");
  });

  it('GIVEN runtime "auto" THEN whichever runtime was chosen shows no change', () => {
    assert.strictEqual(diffContainer({ ...olds(), runtime: "crun" }, { ...base, runtime: "auto" }).action, "none");
    assert.strictEqual(diffContainer({ ...olds(), runtime: "runc" }, { ...base, runtime: "runc" }).action, "none");
  });

  it("GIVEN a new name and a default hostname THEN the hostname follows and the unit is replaced", () => {
    const d = diffContainer(olds(), { ...base, name: "web2" });
    assert.deepStrictEqual(d.changes, [{ property: "name", update: "replace" }, { property: "hostname", update: "restart" }]);
    assert.strictEqual(d.action, "replace");
  });

  it("GIVEN a restart and a replace together THEN the unit is replaced", () => {
    const d = diffContainer(olds(), { ...base, hostname: "x", rootfs: { directory: "/srv/r" } } as never);
    assert.strictEqual(d.action, "replace");
    assert.deepStrictEqual(d.replaces, ["rootfs"]);
  });
});

describe("diff: Network", () => {
  const net = { name: "lan", subnet: "10.77.0.0/24" };
  const old = { ...normalizeNetwork(net), bridgeCreated: true, bridgeUp: true };
  const table: [string, Record<string, unknown>, "live" | "replace"][] = [
    ["name", { name: "lan2", bridge: "pd-lan" }, "replace"],
    ["bridge", { bridge: "br0" }, "replace"],
    ["subnet", { subnet: "10.78.0.0/24", gateway: "10.78.0.1" }, "replace"],
    ["gateway", { gateway: "10.77.0.254" }, "replace"],
    ["nat", { nat: true }, "live"],
    ["isolated", { isolated: true }, "live"],
    ["stateRoot", { stateRoot: "/srv/paddock" }, "replace"],
  ];
  for (const [prop, change, update] of table) {
    it(`GIVEN a change to ${prop} THEN it is ${update}`, () => {
      const d = diffNetwork(old, { ...net, ...change } as never);
      assert.ok(d.changes.some((c) => c.property === prop && c.update === update), JSON.stringify(d));
      assert.strictEqual(d.action, update);
    });
  }
  it("covers every property of the schema", () => {
    assert.deepStrictEqual(table.map(([p]) => p).sort(), Object.keys(NETWORK_UPDATES).sort());
  });
  it("GIVEN defaults written out THEN nothing changes", () => {
    assert.strictEqual(diffNetwork(old, { ...net, bridge: "pd-lan", gateway: "10.77.0.1", nat: false, isolated: false } as never).action, "none");
  });
  it("GIVEN a bridge found broken THEN an update repairs it", () => {
    assert.deepStrictEqual(diffNetwork({ ...old, bridgeUp: false }, net as never).changes, [{ property: "bridge", update: "live" }]);
  });
});

describe("diff: a unit whose Network is being replaced", () => {
  // The engine asks each dependent's diff with the property that names the network unknown.
  it("replaces a Container, a Jail and a Zone with it, so the old network can be deleted", () => {
    const base = { name: "u", rootfs: { busybox: {} }, command: ["/bin/sleep", "1"] };
    const olds = { ...normalizeContainer({ ...base, network: { mode: "bridge", network: "lan", address: "10.77.0.9" } } as never), runtime: "runc" };
    assert.deepStrictEqual(diffContainer(olds, { ...base, network: UNKNOWN } as never).replaces, ["network"]);
    assert.deepStrictEqual(diffContainer(olds, { ...base, network: { mode: "bridge", network: UNKNOWN } } as never).replaces, ["network"]);
    const jail = { name: "j", rootfs: { busybox: {} }, persist: true, vnet: true, ip4: ["10.77.0.5"], interface: "lan" };
    assert.deepStrictEqual(diffVocab(JAIL, { ...normalizeJail(jail as never), status: "running" }, { ...jail, interface: UNKNOWN }).replaces, ["interface"]);
    const zone = { name: "z", ipType: "exclusive", net: [{ network: "lan" }] };
    assert.deepStrictEqual(diffVocab(ZONE, { ...normalizeZone(zone as never), status: "running" }, { ...zone, net: UNKNOWN }).replaces, ["net"]);
  });
});

describe("diff: Volume", () => {
  const news = { name: "db", size: "64MiB", stateRoot: "/var/lib/paddock" };
  it("GIVEN a sized volume found with its filesystem unmounted THEN it is a live change of size; mounted, nothing", () => {
    assert.deepStrictEqual(diffVolume({ ...news, quotaEnforced: false }, news).changes, [{ property: "size", update: "live" }]);
    assert.deepStrictEqual(diffVolume({ ...news, quotaEnforced: true }, news).changes, []);
    assert.deepStrictEqual(diffVolume({ name: "db", stateRoot: "/var/lib/paddock", quotaEnforced: false }, { name: "db", stateRoot: "/var/lib/paddock" }).changes, [], "unsized: nothing to mount");
  });
});
