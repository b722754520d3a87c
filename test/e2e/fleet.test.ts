import * as assert from "assert";
import { execFile, execFileSync } from "child_process";
import { promisify } from "util";
import * as fs from "fs";
import * as path from "path";
import { endRun, inventory, isAlive, killUnitInit, makeTestStateRoot, requireRoot } from "../helpers/host";
import { ExampleRun } from "../helpers/pulumi";
import { agentPids, SshTestHosts, startSshHosts } from "../helpers/ssh-hosts";

const execFileP = promisify(execFile);

/** What a unit on a test host serves, fetched from inside that host's namespace (the time limit is ours: this busybox's `wget -T` crashes). */
function fetchOn(netns: string, url: string): string {
  return execFileSync("nsenter", [`--net=/run/netns/${netns}`, "--", "busybox", "wget", "-q", "-O-", url], { encoding: "utf8", timeout: 3000, killSignal: "SIGKILL" });
}

/** The stack's checkpoint as the backend stores it (an export decrypts its secrets). */
function storedState(backend: string): string {
  const find = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(path.join(dir, e.name)) : e.name === "e2e.json" ? [path.join(dir, e.name)] : []);
  const files = find(backend);
  assert.strictEqual(files.length, 1, `one checkpoint: ${files.join(", ")}`);
  return fs.readFileSync(files[0], "utf8");
}

describe("e2e: examples/fleet — one stack, units on three SSH hosts and this machine", function () {
  let t: SshTestHosts;
  let run: ExampleRun;
  let stateRoot: string;
  let initial: ReturnType<typeof inventory>;
  // h1 and h3 log in with a key file; h2 with the key's text from a secret in the stack's config.
  const hostsConfig = (over: Record<string, Record<string, unknown>> = {}, extra: Record<string, unknown>[] = []) =>
    JSON.stringify([...t.hosts.map((h) => ({
      name: h.name, host: h.address, hostKey: h.hostKey, stateRoot: h.stateRoot,
      ...(h.name === "h2" ? {} : { privateKeyPath: t.keyPath }), ...(over[h.name] ?? {}),
    })), ...extra]);
  const setHosts = async (json: string) => (await run.stack()).setConfig("hosts", { value: json });

  before(async function () {
    requireRoot();
    this.timeout(120_000);
    t = await startSshHosts(3, "fleet");
    stateRoot = makeTestStateRoot("fleet");
    initial = inventory(stateRoot);
    run = new ExampleRun("fleet", { PADDOCK_STATE_ROOT: stateRoot });
    const stack = await run.stack();
    await stack.setConfig("privateKey", { value: fs.readFileSync(t.keyPath, "utf8"), secret: true });
    await setHosts(hostsConfig());
  });
  after(async function () {
    this.timeout(300_000);
    try {
      await endRun(run, stateRoot, initial);
      t?.removeStateRoots();
    } finally {
      await t?.stop();
    }
  });

  it("up places a Network and a unit on each host and one here; each host's unit answers in its own network, named per host", async function () {
    this.timeout(300_000);
    const { ops, outputs } = await run.upOps();
    // A Network and a unit per host, one unit here, and the db with its volume on h1.
    assert.strictEqual([...ops.entries()].filter(([name, o]) => name !== "default" && o.op === "create").length, 3 * 2 + 1 + 2);
    for (const h of t.hosts) {
      assert.strictEqual((outputs.web as Record<string, string>)[h.name], "10.77.0.10");
      assert.strictEqual(fetchOn(h.netns, "http://10.77.0.10/hostname"), `web-${h.name}\n`);
      assert.ok(fs.existsSync(path.join(h.stateRoot, "units", "web")));
    }
    assert.ok(isAlive(outputs.herePid as number));
    assert.ok(fs.existsSync(path.join(stateRoot, "units", "here")), "the unit without a connection is on this machine");
  });

  it("the state keeps h2's connection secret: its key's text is nowhere in the stored checkpoint", async () => {
    const key = fs.readFileSync(t.keyPath, "utf8").split("\n").find((l) => l.length > 40)!;
    const state = storedState(run.backend);
    assert.ok(state.includes("web-h2"), "the checkpoint holds the resources");
    assert.ok(!state.includes(key), "the private key's text is not in the checkpoint");
    const res = (JSON.parse(state).checkpoint.latest.resources as { urn: string; outputs: Record<string, unknown> }[]).find((r) => r.urn.endsWith("::web-h2"))!;
    assert.strictEqual((res.outputs.connection as Record<string, unknown>)["4dabf18193072939515e22adb298388d"], "1b47061264138c4ac30d75fd1eb44270", "its connection output is a secret value");
  });

  it("nothing changed: preview --refresh --expect-no-changes succeeds across every host", async function () {
    this.timeout(300_000);
    await run.previewOps({ refresh: true, expectNoChanges: true });
  });

  it("drift on a remote unit: its init killed on h3 — refresh shows it there only, up starts it again", async function () {
    this.timeout(300_000);
    const pids = (await (await run.stack()).outputs()).webPid.value as Record<string, number>;
    killUnitInit(pids.h3);
    const found = await run.refreshOps();
    assert.strictEqual(found.get("web-h3")?.op, "update");
    assert.ok(found.get("web-h3")?.diffs.includes("status"), JSON.stringify(found.get("web-h3")));
    for (const other of ["web-h1", "web-h2", "here"]) assert.strictEqual(found.get(other)?.op, "same", other);
    const { outputs } = await run.upOps();
    assert.notStrictEqual((outputs.webPid as Record<string, number>).h3, pids.h3);
    assert.strictEqual(fetchOn(t.hosts[2].netns, "http://10.77.0.10/hostname"), "web-h3\n");
  });

  it("a wrong pinned key for h1 fails h1's resources at up, naming the host and both fingerprints; its unit runs on, and the right key puts it back", async function () {
    this.timeout(300_000);
    const before = (await (await run.stack()).outputs()).webPid.value as Record<string, number>;
    await setHosts(hostsConfig({ h1: { hostKey: t.strangerHostKey } }));
    await assert.rejects(run.upOps(), (e: Error) => {
      assert.match(e.message, new RegExp(`connection.hostKey: root@${t.hosts[0].address.replace(/\./g, "\\.")}:22 presented the host key SHA256:\\S+, not the pinned SHA256:`));
      return true;
    });
    assert.ok(isAlive(before.h1));
    await setHosts(hostsConfig());
    await run.upOps();
    await run.previewOps({ refresh: true, expectNoChanges: true });
  });

  it("an unreachable fourth host fails its own resources at up, naming it; the other hosts' units are untouched", async function () {
    this.timeout(300_000);
    const before = (await (await run.stack()).outputs()).webPid.value as Record<string, number>;
    const dead = { name: "h4", host: t.deadAddress, hostKey: t.hosts[0].hostKey, privateKeyPath: t.keyPath, stateRoot: "/var/lib/paddock-test-fleet-nowhere" };
    await setHosts(hostsConfig({}, [dead]));
    await assert.rejects(run.upOps(), (e: Error) => {
      assert.match(e.message, new RegExp(`cannot reach root@${t.deadAddress.replace(/\./g, "\\.")}:22: ECONNREFUSED`));
      return true;
    });
    for (const h of t.hosts) assert.ok(isAlive(before[h.name]), `${h.name}'s unit runs on`);
    assert.ok(!fs.existsSync(dead.stateRoot));
    await setHosts(hostsConfig());
    const { ops } = await run.upOps();
    for (const [name, o] of ops) assert.ok(["same", "delete"].includes(o.op) || name === "default", `${name}: ${o.op}`);
  });

  it("dbHost set to h2: preview says the db and its volume are updated (moved), up moves them with their data, down for a short while measured from outside, and h1 keeps nothing of them", async function () {
    this.timeout(300_000);
    const [h1, h2] = t.hosts;
    fs.appendFileSync(path.join(h1.stateRoot, "volumes/db-data/data/records"), "second\n");
    await (await run.stack()).setConfig("dbHost", { value: "h2" });
    const planned = await run.previewOps();
    assert.strictEqual(planned.get("db")?.op, "update", JSON.stringify(planned.get("db")));
    assert.strictEqual(planned.get("db-data")?.op, "update");
    assert.ok((run.messages.get("db") ?? []).some((m) => m.includes("pulumi up moves the unit to its new host") && m.includes("(move)")), JSON.stringify(run.messages.get("db")));
    // From outside, as a client would see it: the last answer from h1, the first from h2.
    let lastOnH1 = 0;
    let firstOnH2 = 0;
    let polling = true;
    const ask = (netns: string) => execFileP("nsenter", [`--net=/run/netns/${netns}`, "--", "busybox", "wget", "-q", "-O-", "http://10.77.0.20/starts"], { timeout: 1000, killSignal: "SIGKILL" }).then(() => true, () => false);
    const poller = (async () => {
      while (polling && !firstOnH2) {
        if (await ask(h1.netns)) lastOnH1 = Date.now();
        else if (await ask(h2.netns)) firstOnH2 = Date.now();
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const { ops } = await run.upOps();
    await new Promise((r) => setTimeout(r, 1500));
    polling = false;
    await poller;
    assert.strictEqual(ops.get("db")?.op, "update");
    const said = (run.messages.get("db") ?? []).find((m) => /moved from .*: down \d+\.\d+ s from its stop there to its start here/.test(m));
    assert.ok(said, JSON.stringify(run.messages.get("db")));
    assert.ok(lastOnH1 > 0 && firstOnH2 > lastOnH1, `served by h1 until ${lastOnH1}, by h2 from ${firstOnH2}`);
    console.log(`      db moved h1 -> h2: ${said}; seen from outside: no answer for ${firstOnH2 - lastOnH1} ms (polling every ~20 ms)`);
    assert.strictEqual(fetchOn(h2.netns, "http://10.77.0.20/starts"), "start\nstart\n", "its layer came along: its second start on its first one's file");
    assert.strictEqual(fetchOn(h2.netns, "http://10.77.0.20/records"), "first\nsecond\n", "its volume's data came along");
    assert.ok(!inventory(h1.stateRoot).units.includes("db"));
    assert.ok(!fs.existsSync(path.join(h1.stateRoot, "volumes/db-data")), "the volume's copy on h1 went once the db left");
    await run.previewOps({ refresh: true, expectNoChanges: true });
  });

  it("destroy leaves every host clean, and no agent runs once it is done", async function () {
    this.timeout(300_000);
    const stack = await run.stack();
    await stack.destroy();
    for (const h of t.hosts) assert.deepStrictEqual(inventory(h.stateRoot).units, [], h.name);
    assert.deepStrictEqual(inventory(stateRoot).units, []);
    const deadline = Date.now() + 10_000;
    while (agentPids().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepStrictEqual(agentPids(), [], "every agent exits with its provider's connection");
  });
});
