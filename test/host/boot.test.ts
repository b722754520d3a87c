/**
 * Across a reboot of the v2 guest (scripts/v2vm): PADDOCK_BOOT_PHASE=before
 * makes units and saves their outputs; the guest reboots; PADDOCK_BOOT_PHASE=after
 * finds the ones with startAtBoot (and a Zone's autoboot) running again with their
 * network, port forwards and data, refresh showing no drift on them, and cleans up.
 * Anywhere else the file is skipped: a test run does not reboot its host.
 */
import * as assert from "assert";
import * as fs from "fs";
import { container, network, zone } from "../../provider";
import type { ContainerOutputs } from "../../provider/core/spec";
import { inUnit, inventory, isAlive, removeTestStateRoot, requireRoot, wgetFrom } from "../helpers/host";

const SAVED = "/var/lib/v2vm-boot-outputs.json";
const stateRoot = "/var/lib/paddock-test-boot";
const phase = process.env.PADDOCK_BOOT_PHASE;

type Saved = { net: Record<string, unknown>; units: Record<string, Record<string, unknown>>; inputs: Record<string, Record<string, unknown>> };

const unitInputs = (name: string, over: Record<string, unknown>) => ({
  name, stateRoot, __paddockOwner: `test/${name}`, rootfs: { busybox: {} }, network: { mode: "bridge", network: "bootnet" }, stopTimeout: "1s", ...over,
});
// Serves the unit's own /root/www, which the test writes after the create (kept in its upper layer).
const web = ["/bin/sh", "-c", "mkdir -p /root/www && exec httpd -f -p 80 -h /root/www"];

describe("host: units with startAtBoot across a reboot (v2 guest under systemd)", function () {
  before(function () {
    requireRoot();
    if (phase !== "before" && phase !== "after") this.skip();
  });

  it("before the reboot: a Network, a unit that starts at boot serving a page through a port forward, one that does not, and a Zone with autoboot", async function () {
    if (phase !== "before") this.skip();
    fs.mkdirSync(stateRoot, { recursive: true });
    const netIn = { name: "bootnet", stateRoot, __paddockOwner: "test/bootnet", subnet: "10.77.90.0/24", bridge: "pd-t-boot" };
    const net = (await network.create((await network.check({}, netIn)).inputs)).outs;
    const inputs: Saved["inputs"] = {
      rebooter: unitInputs("rebooter", { command: web, startAtBoot: true, restart: "on-failure", ports: [{ hostPort: 18090, containerPort: 80, hostAddress: "127.0.0.1" }] }),
      manual: unitInputs("manual", { command: ["/bin/sleep", "1000000"] }),
    };
    const units: Saved["units"] = {};
    for (const [name, i] of Object.entries(inputs)) {
      const checked = await container.check({}, i);
      assert.deepStrictEqual(checked.failures, []);
      units[name] = (await container.create(checked.inputs)).outs;
    }
    inUnit(Number(units.rebooter.pid), ["sh", "-c", "echo served after a reboot > /root/www/index.html"]);
    assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18090/"), "served after a reboot\n", "the page answers before the reboot too");
    const zIn = { name: "zauto", stateRoot, __paddockOwner: "test/zauto", brand: "whole", rootfs: { busybox: {} } };
    units.zauto = (await zone.create((await zone.check({}, zIn)).inputs)).outs;
    inputs.zauto = zIn;
    fs.writeFileSync(SAVED, JSON.stringify({ net, units, inputs } satisfies Saved));
  });

  it("after the reboot: the boot units run again with their network, port forward and data; refresh finds no drift on them; the other is stopped, and up would start it", async function () {
    if (phase !== "after") this.skip();
    const saved = JSON.parse(fs.readFileSync(SAVED, "utf8")) as Saved;
    const netSeen = (await network.read("bootnet", saved.net as never)).props;
    assert.strictEqual(netSeen.bridgeUp, true, "the bridge is back");
    assert.strictEqual((await network.diff("bootnet", netSeen as never, (await network.check({}, { name: "bootnet", stateRoot, subnet: "10.77.90.0/24", bridge: "pd-t-boot" })).inputs)).changes, false);
    const kinds = { rebooter: container, manual: container, zauto: zone } as const;
    const seen: Record<string, ContainerOutputs> = {};
    for (const [name, kind] of Object.entries(kinds)) {
      seen[name] = (await kind.read(name, saved.units[name] as never)).props as ContainerOutputs;
    }
    for (const name of ["rebooter", "zauto"]) {
      assert.strictEqual(seen[name].status, "running", `${name} runs after the reboot`);
      assert.ok(isAlive(seen[name].pid));
      const d = await kinds[name as "rebooter" | "zauto"].diff(name, seen[name] as never, (await kinds[name as "rebooter" | "zauto"].check({}, saved.inputs[name])).inputs);
      assert.strictEqual(d.changes, false, `${name}: no drift after the reboot`);
    }
    assert.strictEqual(wgetFrom(0, "http://127.0.0.1:18090/"), "served after a reboot\n", "the port forward and the unit's data are back");
    assert.strictEqual(seen.manual.status, "stopped", "a unit without startAtBoot does not start at boot");
    const d = await container.diff("manual", seen.manual as never, (await container.check({}, saved.inputs.manual)).inputs);
    assert.strictEqual(d.changes, true, "up would start it");
    for (const [name, kind] of Object.entries(kinds)) await kind.delete(name, seen[name] as never);
    await network.delete("bootnet", netSeen as never);
    assert.deepStrictEqual(inventory(stateRoot).units, []);
    assert.deepStrictEqual(inventory(stateRoot).services, []);
    fs.rmSync(SAVED);
    removeTestStateRoot(stateRoot);
  });
});
