import * as assert from "assert";
import * as fs from "fs";
import { container } from "../../provider";
import type { ContainerOutputs } from "../../provider/core/spec";
import { tokenPid } from "../../provider/host/pid";
import { statePaths, unitPaths } from "../../provider/linux/paths";
import { inventory, isAlive, makeTestStateRoot, removeTestStateRoot, requireRoot } from "../helpers/host";

/** The state root's one log daemon when what it stands on is taken away under it. */
describe("host: the log daemon of a state root deleted, or its socket taken, while it runs", function () {
  let stateRoot: string;
  let initial: ReturnType<typeof inventory>;
  const live: ContainerOutputs[] = [];
  const make = async (name: string, line: string): Promise<ContainerOutputs> => {
    const checked = await container.check({}, { name, rootfs: { busybox: {} }, command: ["/bin/sh", "-c", `echo ${line}; exec sleep 1000000`], network: { mode: "none" }, stopTimeout: "0s", stateRoot, __paddockOwner: `test/${name}` });
    assert.deepStrictEqual(checked.failures, []);
    const outs = (await container.create(checked.inputs)).outs as ContainerOutputs;
    live.push(outs);
    return outs;
  };
  const drop = async (u: ContainerOutputs) => {
    await container.delete(u.unitId, u as never);
    live.splice(live.indexOf(u), 1);
  };
  /** The daemon's pid, from its lock (pid, start time, boot). */
  const daemon = () => tokenPid(fs.readFileSync(statePaths(stateRoot).logDaemonLock, "utf8"))!;
  /** Waits for line in the unit's console log (the daemon writes what it reads a moment later). */
  const logged = async (name: string, line: string) => {
    const file = unitPaths(stateRoot, name).consoleLog;
    for (let i = 0; i < 100; i++) {
      if (fs.existsSync(file) && fs.readFileSync(file, "utf8").includes(line)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  };
  const gone = async (pid: number) => {
    for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    return !isAlive(pid);
  };

  before(() => {
    requireRoot();
    stateRoot = makeTestStateRoot("logd");
    initial = inventory(stateRoot);
  });
  after(async () => {
    for (const u of live.splice(0).reverse()) await container.delete(u.unitId, u as never).catch(() => undefined);
    try {
      assert.deepStrictEqual({ ...inventory(stateRoot), units: [] }, initial);
    } finally {
      removeTestStateRoot(stateRoot);
    }
  });

  it("GIVEN the state root deleted and made anew while its old daemon still runs THEN the old one's exit leaves the new one's socket, and later units are logged", async () => {
    const first = await make("first", "before the state root went");
    assert.ok(await logged("first", "before the state root went"));
    const old = daemon();
    await drop(first);
    fs.rmSync(stateRoot, { recursive: true, force: true }); // as an operator tidying up after the last unit
    fs.mkdirSync(stateRoot);
    await make("second", "in the new state root");
    assert.ok(await gone(old), "the old daemon exits once it sees its lock gone");
    assert.ok(fs.existsSync(statePaths(stateRoot).logDaemonSocket), "the new daemon's socket is still there");
    assert.ok(isAlive(daemon()) && daemon() !== old);
    await make("third", "after the old daemon left");
    assert.ok(await logged("second", "in the new state root"));
    assert.ok(await logged("third", "after the old daemon left"));
  });

  it("GIVEN the daemon's socket deleted while it runs THEN the next create waits for it to listen again (not for a second daemon), and the unit is logged", async () => {
    const pid = daemon();
    fs.rmSync(statePaths(stateRoot).logDaemonSocket);
    await make("fourth", "after the socket went");
    assert.strictEqual(daemon(), pid, "the same daemon serves");
    assert.ok(fs.existsSync(statePaths(stateRoot).logDaemonSocket));
    assert.ok(await logged("fourth", "after the socket went"));
  });
});
