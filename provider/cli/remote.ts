/**
 * `paddock ... --host [USER@]ADDR[:PORT]`: a command run where the units are,
 * by the agent on that host (engine/remote.ts), over one SSH connection with
 * the host's key pinned: given (--host-key) or found in ~/.ssh/known_hosts.
 */
import { createHmac } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { parseHostKey } from "../core/connection";
import type { Connection } from "../engine/remote";
import { RemoteEngine } from "../engine/remote";
import { flag, UsageError } from "./commands";

const FLAGS = ["--host", "--identity", "--host-key"];

/** The remote host the arguments name (if any), and the arguments without its flags (those after `--` are the command's own). */
export async function remoteFlags(all: string[]): Promise<{ remote?: Connection; args: string[] }> {
  const dash = all.indexOf("--");
  const mine = dash < 0 ? all : all.slice(0, dash);
  const theirs = dash < 0 ? [] : all.slice(dash);
  const target = flag(mine, "--host");
  const identity = flag(mine, "--identity");
  const hostKey = flag(mine, "--host-key");
  const args: string[] = [];
  for (let i = 0; i < mine.length; i++) {
    if (FLAGS.includes(mine[i])) i++;
    else args.push(mine[i]);
  }
  if (!target) {
    if (identity || hostKey) throw new UsageError("--identity and --host-key go with --host");
    return { args: all };
  }
  const m = /^(?:([a-z_][a-z0-9_.-]*)@)?(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(target);
  if (!m) throw new UsageError(`--host takes [USER@]ADDR[:PORT], not \`${target}\``);
  const host = m[2].replace(/^\[|\]$/g, "");
  const port = m[3] ? Number(m[3]) : 22;
  const key = hostKey ?? (await knownHostKey(host, port));
  if (!key) throw new Error(`no key for ${host}${port === 22 ? "" : `:${port}`} in ~/.ssh/known_hosts: pin it with --host-key (its /etc/ssh/ssh_host_ed25519_key.pub, or SHA256:... from ssh-keygen -lf)`);
  if (!parseHostKey(key)) throw new UsageError(`--host-key: \`${key}\` is neither a public key ("ssh-ed25519 AAAA...") nor a fingerprint ("SHA256:...")`);
  const privateKeyPath = identity ?? (process.env.SSH_AUTH_SOCK ? undefined : await defaultIdentity());
  return { remote: { host, port, user: m[1] ?? "root", hostKey: key, ...(privateKeyPath ? { privateKeyPath } : {}) }, args: [...args, ...theirs] };
}

/** Runs [cmd, ...args] on the remote host, its output here as it comes; resolves to its exit code. */
export async function runRemote(c: Connection, argv: string[]): Promise<number> {
  const engine = new RemoteEngine(c);
  try {
    const code = await engine.run({ kind: "Host", op: "cli", argv }, (m) => {
      const { fd, text } = JSON.parse(m) as { fd: 1 | 2; text: string };
      (fd === 2 ? process.stderr : process.stdout).write(`${text}\n`);
    });
    return Number(code);
  } finally {
    await engine.close();
  }
}

async function defaultIdentity(): Promise<string | undefined> {
  for (const f of ["id_ed25519", "id_ecdsa", "id_rsa"]) {
    const p = path.join(os.homedir(), ".ssh", f);
    if (await fs.stat(p).then(() => true, () => false)) return p;
  }
  return undefined;
}

/** The host's key from ~/.ssh/known_hosts (plain or hashed names, [host]:port for other ports); ed25519 first. */
export async function knownHostKey(host: string, port: number, file = path.join(os.homedir(), ".ssh", "known_hosts")): Promise<string | undefined> {
  const text = await fs.readFile(file, "utf8").catch(() => "");
  const name = port === 22 ? host : `[${host}]:${port}`;
  const keys: string[] = [];
  for (const line of text.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3 || line.startsWith("#") || fields[0].startsWith("@")) continue;
    const [names, type, b64] = fields;
    const hit = names.split(",").some((n) => {
      if (!n.startsWith("|1|")) return n === name;
      const [, , salt, hash] = n.split("|");
      return createHmac("sha1", Buffer.from(salt, "base64")).update(name).digest("base64") === hash;
    });
    if (hit) keys.push(`${type} ${b64}`);
  }
  return keys.find((k) => k.startsWith("ssh-ed25519 ")) ?? keys[0];
}
