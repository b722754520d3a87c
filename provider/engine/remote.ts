/**
 * A remote host's engine: one SSH connection per host per provider process,
 * opened on first use and shared by every resource on that host. The engine's
 * code (bundle.ts) goes to the host once per version, under the login's home
 * (.cache/paddock/agent/<hash>), and the agent (agent.ts) runs there with the
 * host's own `node`, answering whole operations over the channel's stdio. The
 * host's key is pinned: a key other than the one the stack names fails, naming
 * both. A lost connection is opened again once; then the operation fails,
 * naming the host. Only the operations of an unreachable host fail.
 */
import { promises as fsp } from "fs";
import * as net from "net";
import * as path from "path";
import { StringDecoder } from "string_decoder";
import type { Client, ClientChannel, SFTPWrapper } from "ssh2";
import { ConnectionArgs, fingerprint, parseHostKey } from "../core/connection";
import type { EngineRequest, Progress } from "../linux/engine-ops";
import { AGENT_PROTOCOL, AgentError } from "./agent";
import { agentBundle } from "./bundle";
import type { Engine } from "./engine";

/** Where a resource's host is, and how to log in (the schema's `connection`, defaults filled or not). */
export type Connection = ConnectionArgs;

const CONNECT_TIMEOUT_MS = 20_000;
const AGENT_DIR = ".cache/paddock/agent";
/**
 * What every version's agent is started through: one small script that reads the
 * version (a hash) as its first line of input and runs that copy's agent on the
 * rest. The command line SSH sends is this constant: no value is ever put in it.
 */
const LAUNCHER = `${AGENT_DIR}/launch-v1.js`;
const LAUNCH_COMMAND = `node ${LAUNCHER}`;
const LAUNCHER_SOURCE = `"use strict";
// paddock's agent launcher: the first line of input names the version under this directory.
const path = require("path");
let first = "";
const take = (d) => {
  first += d.toString("latin1");
  const nl = first.indexOf("\\n");
  if (nl < 0) return;
  process.stdin.off("data", take);
  process.stdin.pause();
  const hash = first.slice(0, nl);
  if (!/^[0-9a-f]{24}$/.test(hash)) {
    process.stdout.write(JSON.stringify({ fatal: "the launcher was not given a version" }) + "\\n");
    process.exit(1);
  }
  require(path.join(__dirname, hash, "provider/engine/agent.js")).runAgent();
};
process.stdin.on("data", take);
`;

/** user@host:port, as errors and the CLI name a host. */
export function hostLabel(c: Connection): string {
  return `${c.user ?? "root"}@${c.host}:${c.port ?? 22}`;
}

/** The connection failed or was lost: the operation may be tried once more on a new one. */
class ConnectionLost extends Error {
  override name = "ConnectionLost";
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  progress: Progress;
}

/** One SSH connection with its agent. */
class Session {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The start of a line not yet whole, in pieces (a move's data comes in lines of megabytes). */
  private partial: string[] = [];
  private readonly decoder = new StringDecoder("utf8");
  private stderr = "";
  private closed?: Error;

  constructor(
    private readonly label: string,
    private readonly socket: net.Socket,
    private readonly client: Client,
    private readonly channel: ClientChannel,
    hello: string,
  ) {

    channel.stdout.on("data", (d: Buffer) => this.onData(d));
    channel.stderr.on("data", (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-4000)));
    const lost = (why: string) => this.fail(new ConnectionLost(`the connection to ${label} was lost (${why})${this.stderrTail()}`));
    channel.on("close", () => lost("the agent's channel closed"));
    client.on("close", () => lost("closed"));
    client.on("error", (e: Error) => lost(e.message));
    socket.unref();
    this.onText(hello);
  }

  get alive(): boolean {
    return !this.closed;
  }

  call(req: EngineRequest, progress: Progress): Promise<unknown> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      // Held open while an operation waits on the host, so this process stays for its answer.
      this.socket.ref();
      this.channel.stdin.write(`${JSON.stringify({ id, req })}\n`);
    });
  }

  close(): void {
    this.closed ??= new ConnectionLost(`the connection to ${this.label} was closed`);
    this.client.end();
  }

  private onData(d: Buffer): void {
    // A character may be split between two pieces.
    this.onText(this.decoder.write(d));
  }

  private onText(text: string): void {
    // Only the new piece is searched for the end of a line: searching all that came before would cost the square of a long line.
    let rest = text;
    let nl: number;
    while ((nl = rest.indexOf("\n")) >= 0) {
      const line = this.partial.join("") + rest.slice(0, nl);
      this.partial = [];
      rest = rest.slice(nl + 1);
      if (line.trim()) this.onLine(line);
    }
    if (rest) this.partial.push(rest);
  }

  private onLine(line: string): void {
    let m: { id?: number; progress?: string; result?: unknown; error?: AgentError; fatal?: string };
    try {
      m = JSON.parse(line);
    } catch {
      return;
    }
    if (m.fatal) return this.fail(new Error(`paddock's agent on ${this.label}: ${m.fatal}`));
    const p = m.id === undefined ? undefined : this.pending.get(m.id);
    if (!p) return;
    if (m.progress !== undefined) return p.progress(m.progress);
    this.pending.delete(m.id!);
    if (this.pending.size === 0) this.socket.unref();
    if (m.error) {
      const e = new Error(m.error.message);
      e.name = m.error.name;
      if (m.error.code) (e as NodeJS.ErrnoException).code = m.error.code;
      p.reject(e);
    } else p.resolve(m.result === null ? undefined : m.result);
  }

  private fail(e: Error): void {
    if (this.closed) return;
    this.closed = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.socket.unref();
    this.client.end();
  }

  private stderrTail(): string {
    const t = this.stderr.trim().split("\n").slice(-3).join(" / ");
    return t ? `: ${t}` : "";
  }
}

/** The engine of one remote host. */
export class RemoteEngine implements Engine {
  private session?: Promise<Session>;
  readonly label: string;

  constructor(private readonly conn: Connection) {
    this.label = hostLabel(conn);
  }

  async run(req: EngineRequest, progress: Progress): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      try {
        const s = await this.open();
        return await s.call(req, progress);
      } catch (e) {
        // open() replaces a lost session once for every operation that waited on it: a hundred
        // operations losing one connection open one new one, not a hundred.
        if (e instanceof ConnectionLost && attempt < 2) continue;
        throw e;
      }
    }
  }

  /** Ends the connection (its agent exits when its input closes). */
  async close(): Promise<void> {
    const s = await this.session?.catch(() => undefined);
    this.session = undefined;
    s?.close();
  }

  private open(): Promise<Session> {
    const current = this.session;
    if (current) {
      return current.then((s) => {
        if (s.alive) return s;
        if (this.session === current) this.session = undefined;
        return this.open();
      });
    }
    const s = connect(this.conn, this.label);
    this.session = s;
    s.catch(() => {
      if (this.session === s) this.session = undefined;
    });
    return s;
  }
}

async function privateKeyOf(c: Connection, label: string): Promise<string | Buffer | undefined> {
  if (c.privateKey) return c.privateKey;
  if (!c.privateKeyPath) return undefined;
  return await fsp.readFile(c.privateKeyPath).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`connection.privateKeyPath: ${c.privateKeyPath} (for ${label}) cannot be read on this machine: ${e.code ?? e.message}`);
  });
}

/** Opens the TCP connection (no Nagle delay: each operation is a small write), logs in, ships the engine if the host lacks it, starts the agent. */
async function connect(c: Connection, label: string): Promise<Session> {
  const { Client } = await import("ssh2");
  const pinned = parseHostKey(c.hostKey);
  if (!pinned) throw new Error(`connection.hostKey: \`${c.hostKey}\` is neither a public key ("ssh-ed25519 AAAA...", from the host's /etc/ssh/ssh_host_ed25519_key.pub) nor a fingerprint ("SHA256:..."): pin the host's key`);
  const privateKey = await privateKeyOf(c, label);
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    const sock = net.connect({ host: c.host, port: c.port ?? 22 });
    const timer = setTimeout(() => sock.destroy(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
    sock.once("connect", () => {
      clearTimeout(timer);
      sock.setNoDelay(true);
      resolve(sock);
    });
    sock.once("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new ConnectionLost(`cannot reach ${label}: ${e.code ?? e.message}`));
    });
  });
  const client = new Client();
  let seen: string | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      client.once("ready", () => resolve());
      client.once("error", (e: Error) => {
        if (seen && seen !== pinned.fingerprint) {
          reject(new Error(`connection.hostKey: ${label} presented the host key ${seen}, not the pinned ${pinned.fingerprint}: if the host's key really changed, put its new key in connection.hostKey; otherwise something else answers at that address`));
        } else if ((e as { level?: string }).level === "client-authentication") {
          reject(new Error(`connection: ${label} refused the login (${e.message}): check connection.user and its key (connection.privateKey or privateKeyPath, or the ssh-agent at SSH_AUTH_SOCK)`));
        } else reject(new ConnectionLost(`cannot log in to ${label}: ${e.message}`));
      });
      client.connect({
        sock: socket,
        username: c.user ?? "root",
        ...(privateKey ? { privateKey } : process.env.SSH_AUTH_SOCK ? { agent: process.env.SSH_AUTH_SOCK } : {}),
        readyTimeout: CONNECT_TIMEOUT_MS,
        ...(pinned.type ? { algorithms: { serverHostKey: [pinned.type as never] } } : {}),
        hostVerifier: (key: Buffer) => {
          seen = fingerprint(key);
          return seen === pinned.fingerprint;
        },
      });
    });
    const hash = await ensureAgent(client, label);
    // SSH carries one command line: it is the constant LAUNCH_COMMAND; which version to run goes on stdin.
    const channel = await new Promise<ClientChannel>((resolve, reject) =>
      client.exec(LAUNCH_COMMAND, (err, ch) => (err ? reject(new ConnectionLost(`cannot start paddock's agent on ${label}: ${err.message}`)) : resolve(ch))),
    );
    channel.stdin.write(`${hash}\n`);
    const hello = await helloOf(channel, label);
    return new Session(label, socket, client, channel, hello);
  } catch (e) {
    client.end();
    socket.destroy();
    throw e;
  }
}

/** Waits for the agent's first line; what came after it stays for the session. */
function helloOf(channel: ClientChannel, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const onErr = (d: Buffer) => (err += d.toString());
    const onOut = (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf("\n");
      if (nl < 0) return;
      done();
      let m: { hello?: { protocol?: number; node?: string }; fatal?: string } = {};
      try {
        m = JSON.parse(out.slice(0, nl));
      } catch {
        /* judged below */
      }
      if (m.fatal) return reject(new Error(`paddock's agent on ${label}: ${m.fatal}`));
      if (m.hello?.protocol !== AGENT_PROTOCOL) return reject(new Error(`paddock's agent on ${label} answered ${JSON.stringify(out.slice(0, nl)).slice(0, 200)}, not its greeting (protocol ${AGENT_PROTOCOL})`));
      resolve(out.slice(nl + 1));
    };
    const onClose = (code: number | null) => {
      done();
      const why = err.trim().split("\n").slice(-3).join(" / ");
      const missing = code === 127 || /node: (command )?not found/.test(err);
      reject(new Error(missing ? `${label} has no \`node\` on the login's PATH: install Node.js 20 or later there (paddock's agent runs with it)` : `paddock's agent on ${label} exited (code ${code})${why ? `: ${why}` : ""}`));
    };
    const done = () => {
      channel.stdout.off("data", onOut);
      channel.stderr.off("data", onErr);
      channel.off("close", onClose);
    };
    channel.stdout.on("data", onOut);
    channel.stderr.on("data", onErr);
    channel.on("close", onClose);
  });
}

const sftpOf = (client: Client) => new Promise<SFTPWrapper>((resolve, reject) => client.sftp((err, s) => (err ? reject(err) : resolve(s))));
const promised = <T>(fn: (cb: (err: Error | undefined | null, v?: T) => void) => void) => new Promise<T>((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v as T))));

/**
 * The engine's code on the host, at .cache/paddock/agent/<hash> under the login's
 * home: sent once per version (into a fresh directory renamed into place, so a
 * half-sent copy is never used), reused by every later connection.
 */
async function ensureAgent(client: Client, label: string): Promise<string> {
  const bundle = agentBundle();
  const dir = `${AGENT_DIR}/${bundle.hash}`;
  const sftp = await sftpOf(client);
  const exists = (p: string) => promised<unknown>((cb) => sftp.stat(p, cb)).then(() => true, () => false);
  try {
    // The launcher is the same for every version (a new one would get a new name): written beside, then renamed into place.
    const writeLauncher = async () => {
      if (await exists(LAUNCHER)) return;
      const tmpLauncher = `${LAUNCHER}.${process.pid}.${Date.now()}`;
      await promised<void>((cb) => sftp.writeFile(tmpLauncher, LAUNCHER_SOURCE, { mode: 0o644 }, cb as never));
      await promised<void>((cb) => sftp.ext_openssh_rename(tmpLauncher, LAUNCHER, cb as never));
    };
    if (await exists(`${dir}/.complete`)) {
      await writeLauncher();
      return bundle.hash;
    }
    const tmp = `${AGENT_DIR}/.${bundle.hash}.${process.pid}.${Date.now()}`;
    const dirs = new Set<string>();
    for (const d of [".cache", ".cache/paddock", AGENT_DIR, tmp]) dirs.add(d);
    for (const rel of bundle.files.keys()) {
      for (let d = path.posix.dirname(rel); d !== "."; d = path.posix.dirname(d)) dirs.add(`${tmp}/${d}`);
    }
    for (const d of [...dirs].sort((a, b) => a.length - b.length)) {
      await promised<void>((cb) => sftp.mkdir(d, { mode: 0o755 }, cb as never)).catch(() => undefined);
    }
    await Promise.all([...bundle.files].map(([rel, data]) => promised<void>((cb) => sftp.writeFile(`${tmp}/${rel}`, data, { mode: 0o644 }, cb as never))));
    await promised<void>((cb) => sftp.writeFile(`${tmp}/.complete`, "", cb as never));
    await promised<void>((cb) => sftp.rename(tmp, dir, cb as never)).catch(async (e: Error) => {
      // Another provider sent the same version meanwhile: use its copy, and take ours away.
      if (!(await exists(`${dir}/.complete`))) throw new Error(`cannot install paddock's agent on ${label} at ~/${dir}: ${e.message}`);
      for (const rel of [...bundle.files.keys(), ".complete"]) await promised<void>((cb) => sftp.unlink(`${tmp}/${rel}`, cb as never)).catch(() => undefined);
      for (const d of [...dirs].filter((x) => x.startsWith(tmp)).sort((a, b) => b.length - a.length)) await promised<void>((cb) => sftp.rmdir(d, cb as never)).catch(() => undefined);
    });
    await writeLauncher();
    return bundle.hash;
  } finally {
    sftp.end();
  }
}
