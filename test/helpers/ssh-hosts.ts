/**
 * Test hosts reached over SSH, on this machine: each is a network namespace the
 * test makes, joined to this one by a veth pair of its own (a /30 between them),
 * with its own sshd (Debian's, started by the test with its own config, host key
 * and authorized key, killed by its pid) and its own Paddock state root. The
 * kernel and the filesystem are this machine's, so a test checks a remote unit's
 * effects as it checks a local one's; what runs there runs in the namespace,
 * where the agent makes its bridges, veths and tables. No traffic leaves the
 * pairs the test made.
 */
import * as assert from "assert";
import { ChildProcess, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import { agentBundle } from "../../provider/engine/bundle";
import { inventory, removeTestStateRoot } from "./host";

export interface SshTestHost {
  readonly name: string;
  readonly netns: string;
  /** The host's address (its end of the pair) and this machine's. */
  readonly address: string;
  readonly peer: string;
  /** The host's public key line, as `connection.hostKey` pins it. */
  readonly hostKey: string;
  /** The connection a resource on this host declares. */
  readonly connection: { host: string; port: number; user: string; privateKeyPath: string; hostKey: string };
  readonly stateRoot: string;
  /** The sshd's pid (ours). */
  readonly sshdPid: number;
}

export interface SshTestHosts {
  readonly hosts: SshTestHost[];
  /** An address on a pair of ours where nothing listens (an unreachable host: connections are refused). */
  readonly deadAddress: string;
  /** The client key's path (on this machine) and a second host key that no host has (a wrong pin). */
  readonly keyPath: string;
  readonly strangerHostKey: string;
  /** After the test deleted what it made: asserts each host's state root holds no unit, and removes it. */
  removeStateRoots(): void;
  /** Stops every sshd, removes the namespaces, the pairs, the keys and the agent's files (unless they were there before). Idempotent. */
  stop(): Promise<void>;
}

const run = (argv: string[]) => execFileSync(argv[0], argv.slice(1), { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** A /24 for this run's pairs, from our pid, in a range nothing here uses. */
function subnetBase(): string {
  return `10.231.${process.pid % 250}`;
}

/**
 * Starts n test hosts. label names their state roots (/var/lib/paddock-test-<label>-<pid>-h<i>,
 * made here, removed by the test with what it made in them); every other object the
 * harness makes carries this process's pid and goes with stop().
 */
export async function startSshHosts(n: number, label: string): Promise<SshTestHosts> {
  const agentDir = `/root/.cache/paddock/agent/${agentBundle().hash}`;
  const agentDirWasThere = fs.existsSync(agentDir);
  const launcher = "/root/.cache/paddock/agent/launch-v1.js";
  const launcherWasThere = fs.existsSync(launcher);
  const dir = fs.mkdtempSync("/tmp/paddock-ssh-");
  const made = { netns: [] as string[], links: [] as string[], procs: [] as ChildProcess[], runSshd: false };
  const stop = async () => {
    for (const p of made.procs) {
      if (p.exitCode === null && p.signalCode === null) {
        const gone = new Promise((r) => p.once("exit", r));
        p.kill("SIGTERM");
        await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
      }
    }
    made.procs.length = 0;
    for (const l of made.links.splice(0)) {
      try {
        run(["ip", "link", "del", l]);
      } catch {
        /* went with its namespace */
      }
    }
    for (const ns of made.netns.splice(0)) run(["ip", "netns", "del", ns]);
    fs.rmSync(dir, { recursive: true, force: true });
    if (made.runSshd) fs.rmSync("/run/sshd", { recursive: true, force: true });
    made.runSshd = false;
    if (!agentDirWasThere) fs.rmSync(agentDir, { recursive: true, force: true });
    if (!launcherWasThere) fs.rmSync(launcher, { force: true });
    try {
      fs.rmdirSync(path.dirname(launcher)); // only when empty: nothing of anyone else's goes
    } catch {
      /* not empty, or not there */
    }
  };
  try {
    // sshd's privilege separation directory, which its packaged service would have made.
    if (!fs.existsSync("/run/sshd")) {
      fs.mkdirSync("/run/sshd", { mode: 0o755 });
      made.runSshd = true;
    }
    const keyPath = path.join(dir, "client_ed25519");
    run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "paddock-test", "-f", keyPath]);
    const stranger = path.join(dir, "stranger_host_ed25519");
    run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "stranger", "-f", stranger]);
    const base = subnetBase();
    const hosts: SshTestHost[] = [];
    // n hosts, then one more pair whose end has no sshd: the unreachable host (refused, on our pair).
    let deadAddress = "";
    for (let i = 0; i <= n; i++) {
      const name = i < n ? `h${i + 1}` : "dead";
      const netns = `paddock-test-ssh-${process.pid}-${name}`;
      const outer = `pdks${process.pid % 100000}${name}`.slice(0, 15);
      const inner = "eth0";
      const peer = `${base}.${i * 4 + 1}`;
      const address = `${base}.${i * 4 + 2}`;
      run(["ip", "netns", "add", netns]);
      made.netns.push(netns);
      run(["ip", "link", "add", outer, "type", "veth", "peer", "name", inner, "netns", netns]);
      made.links.push(outer);
      run(["ip", "addr", "add", `${peer}/30`, "dev", outer]);
      run(["ip", "link", "set", outer, "up"]);
      run(["ip", "-n", netns, "addr", "add", `${address}/30`, "dev", inner]);
      run(["ip", "-n", netns, "link", "set", inner, "up"]);
      run(["ip", "-n", netns, "link", "set", "lo", "up"]);
      if (i === n) {
        deadAddress = address;
        break;
      }
      const hdir = path.join(dir, name);
      fs.mkdirSync(hdir, { mode: 0o700 });
      const hostKeyFile = path.join(hdir, "ssh_host_ed25519_key");
      run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", hostKeyFile]);
      fs.copyFileSync(`${keyPath}.pub`, path.join(hdir, "authorized_keys"));
      const config = path.join(hdir, "sshd_config");
      fs.writeFileSync(config, [
        `ListenAddress ${address}:22`,
        `HostKey ${hostKeyFile}`,
        `PidFile ${path.join(hdir, "sshd.pid")}`,
        `AuthorizedKeysFile ${path.join(hdir, "authorized_keys")}`,
        "PermitRootLogin prohibit-password",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "UsePAM no",
        "StrictModes no",
        "PrintMotd no",
        "MaxSessions 50",
        "MaxStartups 50",
        "Subsystem sftp /usr/lib/openssh/sftp-server",
        "",
      ].join("\n"));
      const stateRoot = `/var/lib/paddock-test-${label}-${process.pid}-${name}`;
      fs.mkdirSync(stateRoot, { recursive: true });
      // nsenter --net, not `ip netns exec`: that one gives its command a mount namespace of its own
      // with a fresh /sys (no cgroup mounts), where nothing the agent mounts would reach this machine.
      const sshd = spawn("nsenter", [`--net=/run/netns/${netns}`, "--", "/usr/sbin/sshd", "-D", "-e", "-f", config], { stdio: ["ignore", "ignore", "pipe"] });
      let errText = "";
      sshd.stderr!.on("data", (d: Buffer) => (errText = (errText + d.toString()).slice(-2000)));
      made.procs.push(sshd);
      await waitForPort(netns, address, 22, () => (sshd.exitCode !== null ? `sshd exited: ${errText}` : undefined));
      const hostKey = fs.readFileSync(`${hostKeyFile}.pub`, "utf8").trim().split(/\s+/).slice(0, 2).join(" ");
      hosts.push({
        name, netns, address, peer, hostKey, stateRoot, sshdPid: sshd.pid!,
        connection: { host: address, port: 22, user: "root", privateKeyPath: keyPath, hostKey },
      });
    }
    const strangerHostKey = fs.readFileSync(`${stranger}.pub`, "utf8").trim().split(/\s+/).slice(0, 2).join(" ");
    const removeStateRoots = () => {
      for (const h of hosts) {
        assert.deepStrictEqual(inventory(h.stateRoot).units, [], `${h.name} keeps no unit`);
        removeTestStateRoot(h.stateRoot);
      }
    };
    return { hosts, deadAddress, keyPath, strangerHostKey, removeStateRoots, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Waits until the sshd in netns accepts on address:port (connecting from this namespace, through the pair). */
async function waitForPort(netns: string, address: string, port: number, failed: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const why = failed();
    if (why) throw new Error(`the test host in ${netns}: ${why}`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: address, port }, () => {
        s.destroy();
        resolve(true);
      });
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the test host in ${netns}: sshd does not answer on ${address}:${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The agents running (processes started by the launcher, which runs whichever
 * version its input names; the test hosts share one home, so all are this run's).
 */
export function agentPids(): number[] {
  const pids: number[] = [];
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${d}/cmdline`, "utf8");
      if (cmd.includes("paddock/agent/launch-v1.js")) pids.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return pids;
}

/** The inode of a process's network namespace (to tell which host it runs on). */
export function netnsOf(pid: number): string {
  return fs.readlinkSync(`/proc/${pid}/ns/net`);
}

/** The inode of a named namespace's. */
export function netnsInode(name: string): string {
  return `net:[${fs.statSync(`/run/netns/${name}`).ino}]`;
}

/**
 * A TCP relay on 127.0.0.1 to address:port that holds every chunk oneWayMs in each
 * direction (order kept): a round trip longer by twice that, for a benchmark of a
 * host far away. This kernel has no netem, so the delay is the relay's.
 */
export async function delayRelay(address: string, port: number, oneWayMs: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const delayed = (from: net.Socket, to: net.Socket) => {
    let last = 0;
    from.on("data", (d: Buffer) => {
      // Each chunk leaves oneWayMs after it came, and never before the one ahead of it.
      const at = Math.max(Date.now() + oneWayMs, last);
      last = at;
      setTimeout(() => to.writable && to.write(d), at - Date.now());
    });
    from.on("end", () => setTimeout(() => to.end(), Math.max(0, last - Date.now())));
    from.on("error", () => to.destroy());
  };
  const server = net.createServer((client) => {
    client.setNoDelay(true);
    const upstream = net.connect({ host: address, port }, () => upstream.setNoDelay(true));
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
    }
    delayed(client, upstream);
    delayed(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
