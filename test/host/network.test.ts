import * as assert from "assert";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { container, network } from "../../provider";
import type { ContainerOutputs } from "../../provider/core/spec";
import type { NetworkOutputs } from "../../provider/core/network";
import { netnsName, networkTable } from "../../provider/linux/names";
import { inUnit, inventory, isAlive, makeTestStateRoot, networkInventory, removeTestStateRoot, requireRoot, unitRuntime, wgetFrom } from "../helpers/host";

describe("host: Networks and units on them (bridges, addresses, isolation, port forwards)", function () {
  let stateRoot: string;
  let initial: ReturnType<typeof inventory>;
  let initialNet: ReturnType<typeof networkInventory>;
  const units = new Map<string, ContainerOutputs>();
  const nets = new Map<string, NetworkOutputs>();

  const makeNet = async (name: string, over: Record<string, unknown>) => {
    const checked = await network.check({}, { name, stateRoot, __paddockOwner: `test/${name}`, ...over });
    assert.deepStrictEqual(checked.failures, []);
    const outs = (await network.create(checked.inputs)).outs as NetworkOutputs;
    nets.set(name, outs);
    return outs;
  };
  const unitInputs = (name: string, net: string, over: Record<string, unknown> = {}) => ({
    name, rootfs: { busybox: {} }, stateRoot, stopTimeout: "0s", __paddockOwner: `test/${name}`,
    // httpd serves the unit's own /etc, so a fetch of /hostname says who answered.
    command: ["/usr/sbin/httpd", "-f", "-p", "80", "-h", "/etc"],
    network: { mode: "bridge", network: net }, ...over,
  });
  const makeUnit = async (i: Record<string, unknown>) => {
    const checked = await container.check({}, i);
    assert.deepStrictEqual(checked.failures, []);
    const outs = (await container.create(checked.inputs)).outs as ContainerOutputs;
    units.set(outs.unitId, outs);
    return outs;
  };
  const dropUnit = async (u: ContainerOutputs) => {
    await container.delete(u.unitId, u as never);
    units.delete(u.unitId);
  };

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("net");
    initial = inventory(stateRoot);
    initialNet = networkInventory(stateRoot);
  });
  after(async () => {
    for (const u of units.values()) await container.delete(u.unitId, u as never).catch(() => undefined);
    for (const n of nets.values()) await network.delete(n.name, n as never).catch(() => undefined);
    try {
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
      assert.deepStrictEqual(networkInventory(stateRoot), initialNet);
    } finally {
      removeTestStateRoot(stateRoot);
    }
  });

  describe("GIVEN two units on one network", () => {
    let a: ContainerOutputs;
    let b: ContainerOutputs;
    before(async () => {
      await makeNet("lan", { subnet: "10.77.0.0/24", bridge: "pd-t-lan" });
      a = await makeUnit(unitInputs("a", "lan", { hostname: "a.lan", dns: { nameservers: ["10.77.0.1"], search: ["lan"] } }));
      b = await makeUnit(unitInputs("b", "lan", { network: { mode: "bridge", network: "lan", address: "10.77.0.50" } }));
    });

    it("THEN each has eth0 with its address, lo up and a default route via the gateway", () => {
      assert.strictEqual(b.address, "10.77.0.50");
      assert.match(a.address, /^10\.77\.0\.\d+$/);
      const addr = inUnit(a.pid, ["ip", "-o", "-4", "addr", "show", "dev", "eth0"]);
      assert.ok(addr.includes(`inet ${a.address}/24`), addr);
      assert.match(inUnit(a.pid, ["ip", "route"]), /default via 10\.77\.0\.1 dev eth0/);
      assert.match(inUnit(a.pid, ["ip", "-o", "link", "show", "lo"]), /UP/);
      for (const u of [a, b]) assert.strictEqual(inUnit(u.pid, ["cat", "/proc/sys/net/ipv4/ip_unprivileged_port_start"]), "0\n", "the unit's users may bind ports below 1024");
      // The host's own setting is left as it was.
      assert.notStrictEqual(fs.readFileSync("/proc/sys/net/ipv4/ip_unprivileged_port_start", "utf8"), "0\n");
    });

    it("GIVEN a unit with the host's ids on the network THEN its netns is made the same way: its address, lo up, low ports open, and nothing left after delete", async () => {
      const h = await makeUnit(unitInputs("h", "lan", { userns: "host" }));
      assert.strictEqual(h.idMap, undefined);
      assert.strictEqual(fs.readlinkSync(`/proc/${h.pid}/ns/user`), fs.readlinkSync("/proc/self/ns/user"));
      assert.ok(inUnit(h.pid, ["ip", "-o", "-4", "addr", "show", "dev", "eth0"]).includes(`inet ${h.address}/24`));
      assert.match(inUnit(h.pid, ["ip", "-o", "link", "show", "lo"]), /UP/);
      assert.strictEqual(inUnit(h.pid, ["cat", "/proc/sys/net/ipv4/ip_unprivileged_port_start"]), "0\n");
      const ns = `/run/netns/${netnsName(stateRoot, "h")}`;
      assert.strictEqual(fs.readlinkSync(`/proc/${h.pid}/ns/net`), `net:[${fs.statSync(ns).ino}]`, "the unit runs in its named netns");
      await dropUnit(h);
      assert.ok(!fs.existsSync(ns), "its netns goes with it");
    });

    it("THEN they reach each other, and the host reaches them", () => {
      assert.strictEqual(wgetFrom(b.pid, `http://${a.address}/hostname`), "a.lan\n");
      assert.strictEqual(wgetFrom(a.pid, `http://${b.address}/hostname`), "b\n");
      assert.strictEqual(wgetFrom(0, `http://${b.address}/hostname`), "b\n");
    });

    it("THEN /etc/hosts, /etc/hostname and /etc/resolv.conf are generated in the unit's own layer", () => {
      const upper = path.join(stateRoot, "units/a/upper/etc");
      assert.strictEqual(fs.readFileSync(path.join(upper, "hostname"), "utf8"), "a.lan\n");
      assert.match(fs.readFileSync(path.join(upper, "hosts"), "utf8"), new RegExp(`${a.address.replace(/\./g, "\\.")}\\ta\\.lan a`));
      assert.strictEqual(inUnit(a.pid, ["cat", "/etc/resolv.conf"]), "nameserver 10.77.0.1\nsearch lan\n");
    });

    it("WHEN a third unit asks for a taken address THEN create fails naming its holder and leaves nothing", async () => {
      const before = [inventory(stateRoot), networkInventory(stateRoot)];
      await assert.rejects(makeUnit(unitInputs("c", "lan", { network: { mode: "bridge", network: "lan", address: "10.77.0.50" } })), /10\.77\.0\.50 is already used by unit `b`/);
      assert.deepStrictEqual([inventory(stateRoot), networkInventory(stateRoot)], before);
    });

    it("WHEN a unit asks for the gateway or an address outside the subnet THEN create fails saying so", async () => {
      await assert.rejects(makeUnit(unitInputs("c", "lan", { network: { mode: "bridge", network: "lan", address: "10.77.0.1" } })), /network, broadcast or gateway address/);
      await assert.rejects(makeUnit(unitInputs("c", "lan", { network: { mode: "bridge", network: "lan", address: "10.99.0.5" } })), /not in network `lan`'s subnet 10\.77\.0\.0\/24/);
      await assert.rejects(makeUnit(unitInputs("c", "nosuch")), /no Paddock network `nosuch`/);
    });

    it("WHEN the network is deleted while units use it THEN delete refuses, naming them", async () => {
      await assert.rejects(network.delete("lan", nets.get("lan") as never), /units still use it: a \(10\.77\.0\.\d+\), b \(10\.77\.0\.50\)|units still use it: b \(10\.77\.0\.50\), a/);
      assert.ok(fs.existsSync("/sys/class/net/pd-t-lan"));
    });

    it("WHEN a unit's veth is deleted by hand THEN read shows the address gone, and an update re-plumbs it with the same address", async () => {
      const veth = fs.readdirSync("/sys/class/net").find((l) => l.startsWith("pd") && fs.existsSync(`/sys/class/net/${l}/master`) && fs.readlinkSync(`/sys/class/net/${l}/master`).endsWith("/pd-t-lan") && fs.readFileSync(`/sys/class/net/${l}/ifindex`, "utf8").trim() === inUnit(b.pid, ["cat", "/sys/class/net/eth0/iflink"]).trim())!;
      assert.ok(veth, "found b's host veth");
      require("child_process").execFileSync("ip", ["link", "del", veth]);
      const seen = (await container.read(b.unitId, b as never)).props as ContainerOutputs;
      assert.strictEqual(seen.address, "");
      const news = (await container.check({}, unitInputs("b", "lan", { network: { mode: "bridge", network: "lan", address: "10.77.0.50" } }))).inputs;
      const d = await container.diff(b.unitId, seen as never, news);
      assert.strictEqual(d.changes, true);
      const fixed = (await container.update(b.unitId, seen as never, news)).outs as ContainerOutputs;
      units.set("b", fixed);
      assert.strictEqual(fixed.address, "10.77.0.50");
      assert.strictEqual(wgetFrom(fixed.pid, `http://${a.address}/hostname`), "a.lan\n");
      b = fixed;
    });
  });

  describe("GIVEN a port forward on 127.0.0.1", () => {
    it("THEN the host reaches the unit's service there, and after delete nothing answers", async () => {
      await makeNet("fwd", { subnet: "10.77.1.0/24", bridge: "pd-t-fwd" });
      const u = await makeUnit(unitInputs("web", "fwd", { ports: [{ hostPort: 18081, containerPort: 80, hostAddress: "127.0.0.1" }] }));
      assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18081/hostname"), "web\n");
      assert.ok(networkInventory(stateRoot).tables.some((t) => t.endsWith("-u-web")));
      await dropUnit(u);
      assert.ok(!networkInventory(stateRoot).tables.some((t) => t.endsWith("-u-web")));
      assert.throws(() => wgetFrom(0, "http://127.0.0.1:18081/hostname", 1));
    });
  });

  describe("GIVEN an isolated network beside two open ones, with forwarding on", () => {
    let forward = "";
    before(() => {
      forward = fs.readFileSync("/proc/sys/net/ipv4/ip_forward", "utf8");
      fs.writeFileSync("/proc/sys/net/ipv4/ip_forward", "1");
    });
    after(() => fs.writeFileSync("/proc/sys/net/ipv4/ip_forward", forward));

    it("THEN open networks reach each other, and the isolated one neither reaches nor is reached", async () => {
      await makeNet("one", { subnet: "10.77.2.0/24", bridge: "pd-t-one" });
      await makeNet("two", { subnet: "10.77.3.0/24", bridge: "pd-t-two" });
      await makeNet("iso", { subnet: "10.77.4.0/24", bridge: "pd-t-iso", isolated: true });
      const one = await makeUnit(unitInputs("u-one", "one"));
      const two = await makeUnit(unitInputs("u-two", "two"));
      const iso = await makeUnit(unitInputs("u-iso", "iso"));
      assert.strictEqual(wgetFrom(one.pid, `http://${two.address}/hostname`), "u-two\n");
      assert.throws(() => wgetFrom(iso.pid, `http://${two.address}/hostname`, 1));
      assert.throws(() => wgetFrom(two.pid, `http://${iso.address}/hostname`, 1));
      assert.strictEqual(wgetFrom(0, `http://${iso.address}/hostname`), "u-iso\n", "the host itself still reaches it");
      // The control: the same units, with isolation turned off (a live change), do reach each other.
      const open = (await network.check({}, { name: "iso", subnet: "10.77.4.0/24", bridge: "pd-t-iso", isolated: false, stateRoot })).inputs;
      nets.set("iso", (await network.update("iso", nets.get("iso") as never, open)).outs as NetworkOutputs);
      assert.strictEqual(wgetFrom(iso.pid, `http://${two.address}/hostname`), "u-two\n");
    });
  });

  describe("GIVEN many units created at once with allocated addresses", () => {
    it("THEN all addresses are distinct and every unit answers on its own", async () => {
      await makeNet("many", { subnet: "10.77.5.0/27", bridge: "pd-t-many" });
      // Every create ends before the test judges them, so a failure leaves none half-way for the cleanup.
      // Twenty on a host of two CPUs or more; eight on a one-CPU v2 guest, where twenty at once outlast systemd's start timeout.
      const n = os.cpus().length >= 2 ? 20 : 8;
      const settled = await Promise.allSettled(Array.from({ length: n }, (_, i) => makeUnit(unitInputs(`m${i}`, "many"))));
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
      if (failed) throw failed.reason;
      const made = settled.map((s) => (s as PromiseFulfilledResult<ContainerOutputs>).value);
      const addresses = made.map((u) => u.address);
      assert.strictEqual(new Set(addresses).size, n, addresses.join(" "));
      for (const u of made) assert.strictEqual(wgetFrom(0, `http://${u.address}/hostname`), `${u.unitId}\n`);
      await Promise.all(made.map(dropUnit));
      assert.deepStrictEqual(networkInventory(stateRoot).leases.filter((l) => l.startsWith("many/")), []);
    });
  });

  describe("GIVEN a network whose bridge is deleted by hand", () => {
    it("THEN read reports it down, and an update puts it back", async () => {
      const n = await makeNet("gone", { subnet: "10.77.6.0/24", bridge: "pd-t-gone" });
      require("child_process").execFileSync("ip", ["link", "del", "pd-t-gone"]);
      const seen = (await network.read(n.name, n as never)).props as NetworkOutputs;
      assert.strictEqual(seen.bridgeUp, false);
      const news = (await network.check({}, { name: "gone", stateRoot, subnet: "10.77.6.0/24", bridge: "pd-t-gone" })).inputs;
      assert.strictEqual((await network.diff(n.name, seen as never, news)).changes, true);
      const fixed = (await network.update(n.name, seen as never, news)).outs as NetworkOutputs;
      nets.set("gone", fixed);
      assert.ok(fs.existsSync("/sys/class/net/pd-t-gone"));
      assert.strictEqual(((await network.read(n.name, fixed as never)).props as NetworkOutputs).bridgeUp, true);
    });
  });

  describe("GIVEN nat: true", () => {
    let forward = "";
    before(() => (forward = fs.readFileSync("/proc/sys/net/ipv4/ip_forward", "utf8")));
    after(() => fs.writeFileSync("/proc/sys/net/ipv4/ip_forward", forward));

    it("THEN the network's own table masquerades its subnet leaving other interfaces, and forwarding is on; nat: false (live) removes it", async () => {
      const n = await makeNet("natted", { subnet: "10.77.8.0/24", bridge: "pd-t-nat", nat: true });
      const table = networkInventory(stateRoot).tables.find((t) => t.endsWith("-n-natted"))!.split(" ").pop()!;
      const rules = require("child_process").execFileSync("nft", ["list", "table", "ip", table], { encoding: "utf8" });
      assert.match(rules, /ip saddr 10\.77\.8\.0\/24 oifname != "pd-t-nat" masquerade/);
      assert.strictEqual(fs.readFileSync("/proc/sys/net/ipv4/ip_forward", "utf8").trim(), "1");
      const news = (await network.check({}, { name: "natted", stateRoot, subnet: "10.77.8.0/24", bridge: "pd-t-nat", nat: false })).inputs;
      const d = await network.diff(n.name, n as never, news);
      assert.deepStrictEqual([d.changes, d.replaces], [true, []]);
      nets.set("natted", (await network.update(n.name, n as never, news)).outs as NetworkOutputs);
      assert.doesNotMatch(require("child_process").execFileSync("nft", ["list", "table", "ip", table], { encoding: "utf8" }), /masquerade/);
    });
  });

  it("GIVEN a unit whose port-forward table was deleted by hand THEN read shows no ports, and an update puts them back", async () => {
    await makeNet("pf", { subnet: "10.77.9.0/24", bridge: "pd-t-pf" });
    const u = await makeUnit(unitInputs("pf", "pf", { ports: [{ hostPort: 18082, containerPort: 80, hostAddress: "127.0.0.1" }] }));
    const table = networkInventory(stateRoot).tables.find((t) => t.endsWith("-u-pf"))!.split(" ").pop()!;
    require("child_process").execFileSync("nft", ["delete", "table", "ip", table]);
    const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
    assert.deepStrictEqual(seen.ports, []);
    const news = (await container.check({}, unitInputs("pf", "pf", { ports: [{ hostPort: 18082, containerPort: 80, hostAddress: "127.0.0.1" }] }))).inputs;
    const fixed = (await container.update(u.unitId, seen as never, news)).outs as ContainerOutputs;
    units.set("pf", fixed);
    assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18082/hostname"), "pf\n");
  });

  it("GIVEN forwards whose rules are changed by hand THEN read shows exactly the forwards in force, and an update restores them live", async () => {
    await makeNet("pr", { subnet: "10.77.10.0/24", bridge: "pd-t-pr" });
    const ports = [18083, 18084].map((hostPort) => ({ hostPort, containerPort: 80, hostAddress: "127.0.0.1" }));
    const u = await makeUnit(unitInputs("pr", "pr", { ports }));
    const table = networkInventory(stateRoot).tables.find((t) => t.endsWith("-u-pr"))!.split(" ").pop()!;
    const nft = (...args: string[]) => execFileSync("nft", args, { encoding: "utf8" });
    const handleOf = (chain: string, port: number) =>
      (JSON.parse(nft("-j", "-a", "list", "table", "ip", table)).nftables as { rule?: { chain: string; handle: number; expr: unknown[] } }[])
        .find((o) => o.rule?.chain === chain && JSON.stringify(o.rule.expr).includes(`"right":${port}`))!.rule!.handle;
    const readPorts = async () => ((await container.read(u.unitId, u as never)).props as ContainerOutputs).ports.map((p) => p.hostPort);
    // The control: untouched, read sees both.
    assert.deepStrictEqual(await readPorts(), [18083, 18084]);
    // One of 18084's three rules deleted (the host's own traffic no longer reaches it): that forward is not whole.
    nft("delete", "rule", "ip", table, "output", "handle", String(handleOf("output", 18084)));
    assert.throws(() => wgetFrom(0, "http://127.0.0.1:18084/hostname", 1));
    // A forward added to our table by hand shows up too.
    nft("add", "rule", "ip", table, "prerouting", "ip", "daddr", "127.0.0.1", "tcp", "dport", "18085", "dnat", "to", `${u.address}:80`);
    const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
    assert.deepStrictEqual(seen.ports.map((p) => p.hostPort), [18083, 18085]);
    const news = (await container.check({}, unitInputs("pr", "pr", { ports }))).inputs;
    const d = await container.diff(u.unitId, seen as never, news);
    assert.ok(d.changes && !(d.replaces ?? []).length, "a change of ports, not a replacement");
    const fixed = (await container.update(u.unitId, seen as never, news)).outs as ContainerOutputs;
    units.set("pr", fixed);
    assert.strictEqual(fixed.pid, u.pid, "applied live: the same init");
    assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18084/hostname"), "pr\n");
    assert.deepStrictEqual(await readPorts(), [18083, 18084]);
    assert.ok(!nft("list", "table", "ip", table).includes("18085"));
  });

  it("GIVEN a unit whose runtime state was deleted by hand THEN delete still kills it and cleans up", async () => {
    await makeNet("lost", { subnet: "10.77.7.0/24", bridge: "pd-t-lost" });
    const u = await makeUnit(unitInputs("lost", "lost"));
    fs.rmSync(path.join(stateRoot, "runtime", unitRuntime(stateRoot, "lost"), "lost"), { recursive: true, force: true });
    await dropUnit(u);
    assert.ok(!isAlive(u.pid));
    assert.ok(!fs.existsSync(path.join(stateRoot, "units/lost")));
  });

  describe("GIVEN a Network that exists already", () => {
    const recordOf = (name: string) => JSON.parse(fs.readFileSync(path.join(stateRoot, "networks", name, "network.json"), "utf8"));

    it("WHEN another stack adopts it THEN its bridge and units carry on; the old owner's delete only forgets it", async () => {
      const theirs = await makeNet("adopted", { subnet: "10.77.11.0/24", __paddockOwner: "old/stack/adopted" });
      const u = await makeUnit(unitInputs("onadopted", "adopted"));
      const mine = await makeNet("adopted", { subnet: "10.77.11.0/24", nat: true, adopt: true });
      assert.strictEqual(mine.bridge, theirs.bridge);
      assert.strictEqual(recordOf("adopted").owner, "test/adopted");
      assert.ok(execFileSync("nft", ["list", "table", "ip", networkTable(stateRoot, "adopted")], { encoding: "utf8" }).includes("masquerade"), "nat applied live");
      await network.delete(theirs.name, theirs as never);
      assert.strictEqual(wgetFrom(0, `http://${u.address}/hostname`), "onadopted\n", "the bridge is still there");
      await dropUnit(u);
    });

    it("WHEN this resource's network is missing from the stack (a crash before the checkpoint, or a lost state) THEN create takes it back as it is; one that differs is refused", async () => {
      const first = await makeNet("netlost", { subnet: "10.77.12.0/24" });
      const again = await makeNet("netlost", { subnet: "10.77.12.0/24" });
      assert.strictEqual(again.bridge, first.bridge);
      assert.strictEqual(again.bridgeCreated, true, "still Paddock's bridge: delete removes it");
      await assert.rejects(makeNet("netlost", { subnet: "10.77.13.0/24" }), /the network `netlost` on this host differs from the program \(subnet is 10\.77\.12\.0\/24 there/);
    });

    it("WHEN a crash left this resource's unfinished create THEN a retry removes it and creates it afresh", async () => {
      await makeNet("netretry", { subnet: "10.77.13.0/24" });
      const file = path.join(stateRoot, "networks", "netretry", "network.json");
      fs.writeFileSync(file, JSON.stringify({ ...recordOf("netretry"), complete: false }));
      const again = await makeNet("netretry", { subnet: "10.77.13.0/24" });
      assert.strictEqual(again.bridgeUp, true);
      assert.strictEqual(recordOf("netretry").complete, true);
    });

    it("WHEN adopt meets another subnet THEN it is refused, naming what differs", async () => {
      await makeNet("netother", { subnet: "10.77.14.0/24", __paddockOwner: "old/stack/netother" });
      await assert.rejects(makeNet("netother", { subnet: "10.77.15.0/24", adopt: true }), /adopt: the network `netother` on this host differs from the program \(subnet is 10\.77\.14\.0\/24 there, 10\.77\.15\.0\/24 in the program; gateway is 10\.77\.14\.1 there, 10\.77\.15\.1 in the program\)/);
      assert.strictEqual(recordOf("netother").owner, "old/stack/netother");
    });
  });

  it("GIVEN a unit whose veth was deleted by hand and refreshed (no address recorded) WHEN it is deleted THEN its lease is released and its Network can go", async () => {
    await makeNet("relnet", { subnet: "10.77.46.0/24" });
    const u = await makeUnit(unitInputs("rel", "relnet"));
    const veth = fs.readdirSync("/sys/class/net").find((l) => fs.existsSync(`/sys/class/net/${l}/master`) && fs.readlinkSync(`/sys/class/net/${l}/master`).endsWith("/pd-relnet"))!;
    assert.ok(veth, "found the unit's host veth");
    execFileSync("ip", ["link", "del", veth]);
    const seen = (await container.read(u.unitId, u as never)).props as ContainerOutputs;
    assert.strictEqual(seen.address, "");
    await container.delete(u.unitId, seen as never);
    units.delete("rel");
    assert.deepStrictEqual(fs.readdirSync(path.join(stateRoot, "networks/relnet/leases")), []);
    const n = nets.get("relnet")!;
    await network.delete(n.name, n as never);
    nets.delete("relnet");
  });

  describe("GIVEN host ports that are taken", () => {
    const fwd = (hostPort: number, hostAddress = "127.0.0.1") => ({ ports: [{ hostPort, containerPort: 80, hostAddress }] });
    before(async () => {
      await makeNet("portnet", { subnet: "10.77.45.0/24" });
    });

    it("WHEN a second unit forwards the same host port THEN up refuses it naming the first, and leaves nothing of it", async () => {
      await makeUnit(unitInputs("porta", "portnet", fwd(18481)));
      const inv = inventory(stateRoot);
      await assert.rejects(makeUnit(unitInputs("portb", "portnet", fwd(18481))), /ports\[0\]: 127\.0\.0\.1:18481\/tcp is already forwarded to unit `porta`/);
      assert.deepStrictEqual(inventory(stateRoot), inv);
      await assert.rejects(makeUnit(unitInputs("portc", "portnet", fwd(18481, "0.0.0.0"))), /ports\[0\]: 0\.0\.0\.0:18481\/tcp is already forwarded to unit `porta` \(127\.0\.0\.1:18481\)/);
    });

    it("WHEN the unit holding a port is deleted THEN another unit may take it", async () => {
      await dropUnit(units.get("porta")!);
      const b = await makeUnit(unitInputs("portb", "portnet", fwd(18481)));
      assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18481/hostname"), "portb\n");
    });

    it("WHEN a host service listens on the port THEN up refuses, naming the process, and the service keeps its traffic", async () => {
      const server = net.createServer((c) => c.end("host service\n"));
      await new Promise<void>((r) => server.listen(18483, "127.0.0.1", r));
      try {
        await assert.rejects(makeUnit(unitInputs("portd", "portnet", fwd(18483))), new RegExp(`ports\\[0\\]: 127\\.0\\.0\\.1:18483/tcp is where node \\(pid ${process.pid}\\) listens on this host`));
        const reply = await new Promise<string>((resolve, reject) => {
          const c = net.connect(18483, "127.0.0.1");
          let got = "";
          c.on("data", (d) => (got += d)).on("end", () => resolve(got)).on("error", reject);
        });
        assert.strictEqual(reply, "host service\n");
      } finally {
        await new Promise((r) => server.close(r));
      }
    });

    it("WHEN a live update moves a forward onto a taken port THEN it is refused before anything changes, and the unit keeps its old port", async () => {
      await makeUnit(unitInputs("porte", "portnet", fwd(18484)));
      const b = units.get("portb")!;
      const news = (await container.check(b as never, unitInputs("portb", "portnet", fwd(18484)))).inputs;
      await assert.rejects(container.update("portb", b as never, news), /ports\[0\]: 127\.0\.0\.1:18484\/tcp is already forwarded to unit `porte`/);
      assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18481/hostname"), "portb\n");
      assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18484/hostname"), "porte\n");
    });
  });

  describe("GIVEN host interfaces the Network must not harm (devices this test makes and removes)", () => {
    const ip = (...args: string[]) => execFileSync("ip", args, { encoding: "utf8" });
    const sysctl = (ifname: string) => fs.readFileSync(`/proc/sys/net/ipv4/conf/${ifname}/route_localnet`, "utf8").trim();
    const linkInfo = (ifname: string) => JSON.parse(ip("-j", "addr", "show", "dev", ifname))[0] as { group: string; flags: string[]; addr_info: { family: string; local: string }[] };
    before(() => {
      ip("link", "add", "pdt-v0", "type", "veth", "peer", "name", "pdt-v1");
      // The peer carries an address and a route of "the host" (this kernel has no dummy device).
      ip("addr", "add", "10.77.41.1/24", "dev", "pdt-v1");
      ip("link", "set", "pdt-v1", "up");
      ip("route", "add", "10.77.42.0/24", "dev", "pdt-v1");
      ip("link", "add", "pdt-br0", "type", "bridge");
    });
    after(() => {
      for (const l of ["pdt-v0", "pdt-br0"]) spawnSync("ip", ["link", "del", l]); // the veth's peer and its route go with it
    });

    it("WHEN bridge names a veth THEN up refuses, naming its kind, and the veth is untouched", async () => {
      await assert.rejects(makeNet("onveth", { subnet: "10.77.43.0/24", bridge: "pdt-v0" }), /bridge: `pdt-v0` is not a bridge but a veth device/);
      const v = linkInfo("pdt-v0");
      assert.deepStrictEqual([v.group, v.addr_info.filter((a) => a.family === "inet").length, sysctl("pdt-v0")], ["default", 0, "0"]);
      assert.ok(!fs.existsSync(path.join(stateRoot, "networks/onveth")));
    });

    it("WHEN the subnet overlaps an address of the host THEN up refuses, naming the interface", async () => {
      await assert.rejects(makeNet("onaddr", { subnet: "10.77.40.0/23" }), /subnet: 10\.77\.40\.0\/23 overlaps 10\.77\.41\.1\/24, an address of this host on `pdt-v1`/);
      assert.ok(!fs.existsSync(path.join(stateRoot, "networks/onaddr")));
      assert.ok(!fs.existsSync("/sys/class/net/pd-onaddr"));
    });

    it("WHEN the subnet overlaps a route of the host THEN up refuses, naming the route", async () => {
      await assert.rejects(makeNet("onroute", { subnet: "10.77.42.128/25" }), /subnet: 10\.77\.42\.128\/25 overlaps the host's route to 10\.77\.42\.0\/24 on `pdt-v1`/);
    });

    it("WHEN a Network uses an existing bridge THEN delete leaves it exactly as found: no address, its group, route_localnet and state", async () => {
      const was = linkInfo("pdt-br0");
      const n = await makeNet("onbridge", { subnet: "10.77.44.0/24", bridge: "pdt-br0" });
      assert.strictEqual(sysctl("pdt-br0"), "1", "in use: forwards from 127.0.0.1 reach its units");
      await network.delete(n.name, n as never);
      nets.delete("onbridge");
      const now = linkInfo("pdt-br0");
      assert.deepStrictEqual([now.group, now.flags.includes("UP"), now.addr_info.filter((a) => a.family === "inet").length, sysctl("pdt-br0")], [was.group, was.flags.includes("UP"), 0, "0"]);
    });
  });
});
