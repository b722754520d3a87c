/**
 * A resource's `connection` (which host it lives on) on the provider's side:
 * pure. The engine never sees it: the provider picks the host's engine with it
 * (../engine) and records it beside the engine's outputs.
 */
import { createHash } from "crypto";
import type { CheckFailure } from "../check";
import type { PropertyChange } from "./diff";

export interface ConnectionArgs {
  readonly host: string;
  readonly port?: number;
  readonly user?: string;
  /** A private key's text (a secret in the stack). */
  readonly privateKey?: string;
  /** A private key's file on the machine that runs Pulumi. */
  readonly privateKeyPath?: string;
  /** The host's public key ("ssh-ed25519 AAAA...", as in its /etc/ssh/ssh_host_*_key.pub) or its fingerprint ("SHA256:..."). */
  readonly hostKey: string;
}

type Props = Record<string, unknown>;

/** The connection as recorded: defaults filled, nothing else added. */
export function normalizeConnection(c: ConnectionArgs | undefined): ConnectionArgs | undefined {
  if (!c) return undefined;
  return {
    host: c.host,
    port: c.port ?? 22,
    user: c.user ?? "root",
    ...(c.privateKey !== undefined ? { privateKey: c.privateKey } : {}),
    ...(c.privateKeyPath !== undefined ? { privateKeyPath: c.privateKeyPath } : {}),
    hostKey: c.hostKey.trim(),
  };
}

/** The connection as a preview line may show it: its private key never. */
export function connectionShown(c: ConnectionArgs | undefined): Props | undefined {
  const n = normalizeConnection(c) as unknown as Props | undefined;
  return n?.privateKey === undefined ? n : { ...n, privateKey: "[secret]" };
}

/** Which machine: this one (""), or host:port. */
export function placeOf(c: unknown): string {
  const n = normalizeConnection(c as ConnectionArgs | undefined);
  return n ? `${n.host}:${n.port}` : "";
}

/**
 * What a change of connection does: a new host (or port) moves a unit or a
 * volume there with its data (../move.ts) and replaces a Network (it holds no
 * data); a new login, key or pinned host key changes nothing on the host, and
 * is recorded by an update so read and delete use it.
 */
export function connectionChange(olds: Props, news: Props, movable: boolean): PropertyChange | undefined {
  const a = normalizeConnection(olds.connection as ConnectionArgs | undefined);
  const b = normalizeConnection(news.connection as ConnectionArgs | undefined);
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (placeOf(a) === placeOf(b)) return { property: "connection", update: "live" };
  return { property: "connection", update: movable ? "move" : "replace" };
}

/** Rules only a change can break (the schema checks each field): both key forms at once, a host key of neither form. */
export function checkConnection(news: Props): CheckFailure[] {
  const c = news.connection as ConnectionArgs | undefined;
  const failures: CheckFailure[] = [];
  if (c && typeof c === "object" && c.privateKey !== undefined && c.privateKeyPath !== undefined) {
    failures.push({ property: "connection.privateKey", reason: "connection.privateKey and connection.privateKeyPath are both set: give one" });
  }
  if (c && typeof c === "object" && typeof c.hostKey === "string" && !parseHostKey(c.hostKey)) {
    failures.push({ property: "connection.hostKey", reason: `connection.hostKey: \`${c.hostKey.slice(0, 60)}\` is neither a public key ("ssh-ed25519 AAAA...", from the host's /etc/ssh/ssh_host_ed25519_key.pub or ssh-keyscan) nor a fingerprint ("SHA256:...", from ssh-keygen -lf): pin the host's key` });
  }
  return failures;
}

/** OpenSSH's fingerprint of a public key blob: SHA256:<base64, unpadded>. */
export function fingerprint(blob: Buffer): string {
  return `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
}

/** The pinned key as the schema takes it: its type (when given whole) and fingerprint; undefined when it is neither form. */
export function parseHostKey(hostKey: string): { type?: string; fingerprint: string } | undefined {
  const s = hostKey.trim();
  if (/^SHA256:[A-Za-z0-9+/]{43}$/.test(s)) return { fingerprint: s };
  const [type, b64] = s.split(/\s+/);
  if (!type || !b64 || !/^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-[a-z0-9@.-]+)$/.test(type) || !/^[A-Za-z0-9+/]+=*$/.test(b64)) return undefined;
  const blob = Buffer.from(b64, "base64");
  // The blob starts with its own type, as a length-prefixed string.
  if (blob.length < 4 || blob.subarray(4, 4 + blob.readUInt32BE(0)).toString() !== type) return undefined;
  return { type, fingerprint: fingerprint(blob) };
}

