import { createHash } from "crypto";
import { createReadStream } from "fs";
import { createGunzip } from "zlib";
import type { Host } from "../host/host";
import { TarEntry, unsafeEntry } from "../core/tar-entries";

/** The file's sha256, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function isGzip(file: string): Promise<boolean> {
  for await (const chunk of createReadStream(file, { start: 0, end: 1 })) {
    const b = chunk as Buffer;
    return b[0] === 0x1f && b[1] === 0x8b;
  }
  return false;
}

/**
 * Verifies a tarball and extracts it into dir: the digest first (nothing is
 * read further on a mismatch), then every entry's name and link (nothing is
 * extracted if one escapes), then GNU tar, preserving owners and modes.
 */
export async function extractTarball(host: Host, file: string, sha256: string, dir: string): Promise<void> {
  const actual = await sha256File(file);
  if (actual !== sha256.toLowerCase()) {
    throw new Error(`rootfs.tarball.sha256: ${file} has sha256 ${actual}, but the program declares ${sha256}: fix the digest or the file`);
  }
  const gz = await isGzip(file);
  const bad = unsafeEntry(await listEntries(file, gz));
  if (bad) throw new Error(`rootfs.tarball: refusing ${file}: ${bad}`);
  await host.run(["tar", "-x", gz ? "-z" : "--no-auto-compress", "-p", "--numeric-owner", "-f", file, "-C", dir], { timeoutMs: 30 * 60_000 });
}

/** Reads the archive's headers (ustar, GNU long names, pax paths) without writing anything. */
export async function listEntries(file: string, gzip: boolean): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const stream = gzip ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  let buf = Buffer.alloc(0);
  let skip = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  let pending: { kind: "L" | "K" | "x"; size: number } | undefined;
  for await (const chunk of stream) {
    buf = Buffer.concat([buf, chunk as Buffer]);
    for (;;) {
      if (skip > 0) {
        const n = Math.min(skip, buf.length);
        buf = buf.subarray(n);
        skip -= n;
        if (skip > 0) break;
      }
      if (pending) {
        const padded = Math.ceil(pending.size / 512) * 512;
        if (buf.length < padded) break;
        const data = buf.subarray(0, pending.size).toString("utf8");
        if (pending.kind === "L") longName = data.replace(/\0.*$/s, "");
        else if (pending.kind === "K") longLink = data.replace(/\0.*$/s, "");
        else pax = parsePax(data);
        buf = buf.subarray(padded);
        pending = undefined;
        continue;
      }
      if (buf.length < 512) break;
      const h = buf.subarray(0, 512);
      buf = buf.subarray(512);
      if (h.every((b) => b === 0)) continue; // end-of-archive blocks
      const size = parseOctal(h.subarray(124, 136));
      const flag = String.fromCharCode(h[156] || 0x30);
      if (flag === "L" || flag === "K" || flag === "x") {
        pending = { kind: flag, size };
        continue;
      }
      if (flag === "g") {
        skip = Math.ceil(size / 512) * 512;
        continue;
      }
      const prefix = cstr(h.subarray(345, 500));
      const base = cstr(h.subarray(0, 100));
      const name = pax.path ?? longName ?? (prefix ? `${prefix}/${base}` : base);
      const linkname = pax.linkpath ?? longLink ?? cstr(h.subarray(157, 257));
      const type = flag === "0" || flag === "7" ? "file" : flag === "5" ? "dir" : flag === "2" ? "symlink" : flag === "1" ? "hardlink" : "other";
      entries.push({ name, type, linkname: type === "symlink" || type === "hardlink" ? linkname : undefined });
      longName = longLink = undefined;
      pax = {};
      skip = type === "file" || type === "other" ? Math.ceil(size / 512) * 512 : 0;
    }
  }
  return entries;
}

function cstr(b: Buffer): string {
  const i = b.indexOf(0);
  return b.subarray(0, i < 0 ? b.length : i).toString("utf8");
}

function parseOctal(b: Buffer): number {
  if (b[0] & 0x80) return Number(b.readBigUInt64BE(4)); // base-256, for sizes over 8 GiB
  const s = cstr(b).trim();
  return s ? parseInt(s, 8) : 0;
}

function parsePax(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^\d+ ([^=]+)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
