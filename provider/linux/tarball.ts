import { createHash } from "crypto";
import { spawn } from "child_process";
import { createReadStream } from "fs";
import type { Readable } from "stream";
import { createGunzip } from "zlib";
import type { Host } from "../host/host";
import { TarEntry, unsafeEntry } from "../core/tar-entries";

/** The file's sha256, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** How a tarball is compressed, told by its first bytes (never by its name), and how to undo it. */
export interface Compression {
  readonly name: "gzip" | "xz" | "zstd" | "bzip2" | "none";
  /** GNU tar's option for it. */
  readonly tarOption: string;
  /** The decompressor to stream through (gzip is done in-process), and the Debian package that has it. */
  readonly tool?: { readonly argv: readonly string[]; readonly pkg: string };
}

const COMPRESSIONS: readonly (Compression & { magic: readonly number[] })[] = [
  { name: "gzip", magic: [0x1f, 0x8b], tarOption: "--gzip" },
  { name: "xz", magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], tarOption: "--xz", tool: { argv: ["xz", "-dc"], pkg: "xz-utils" } },
  { name: "zstd", magic: [0x28, 0xb5, 0x2f, 0xfd], tarOption: "--zstd", tool: { argv: ["zstd", "-dc"], pkg: "zstd" } },
  { name: "bzip2", magic: [0x42, 0x5a, 0x68], tarOption: "--bzip2", tool: { argv: ["bzip2", "-dc"], pkg: "bzip2" } },
];
const NONE: Compression = { name: "none", tarOption: "--no-auto-compress" };

export async function compressionOf(file: string): Promise<Compression> {
  for await (const chunk of createReadStream(file, { start: 0, end: 5 })) {
    const b = chunk as Buffer;
    return COMPRESSIONS.find((c) => c.magic.every((m, i) => b[i] === m)) ?? NONE;
  }
  return NONE;
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
  const compression = await compressionOf(file);
  const bad = unsafeEntry(await listEntries(file, compression));
  if (bad) throw new Error(`rootfs.tarball: refusing ${file}: ${bad}`);
  await host.run(["tar", "-x", compression.tarOption, "-p", "--numeric-owner", "-f", file, "-C", dir], { timeoutMs: 30 * 60_000 });
}

/**
 * The archive's bytes, decompressed as they are read: gzip in-process, the
 * others through their own tool (argv, streamed; the Host seam captures whole
 * outputs, and a root filesystem can be hundreds of MB). done() says how the
 * tool ended.
 */
function tarStream(file: string, compression: Compression): { stream: Readable; done: () => Promise<void> } {
  if (compression.name === "gzip") return { stream: createReadStream(file).pipe(createGunzip()), done: async () => undefined };
  if (!compression.tool) return { stream: createReadStream(file), done: async () => undefined };
  const { argv, pkg } = compression.tool;
  const child = spawn(argv[0], [...argv.slice(1), file], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<void>((resolve, reject) => {
    child.on("error", (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === "ENOENT" ? `rootfs.tarball: ${file} is ${compression.name}-compressed and \`${argv[0]}\` is not installed on this host: apt-get install ${pkg}` : e.message)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`rootfs.tarball: ${argv[0]} could not decompress ${file}: ${stderr.trim() || `exit code ${code}`}`))));
  });
  exited.catch(() => undefined); // reported through done(); the stream just ends early
  return { stream: child.stdout, done: () => exited };
}

/** Reads the archive's headers (ustar, GNU long names, pax paths) without writing anything. */
export async function listEntries(file: string, compression: Compression): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const { stream, done } = tarStream(file, compression);
  let buf = Buffer.alloc(0);
  let skip = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  let pending: { kind: "L" | "K" | "x"; size: number } | undefined;
  try {
    await parse();
  } catch (e) {
    await done(); // a decompressor that failed says why better than the stream it cut short
    throw e;
  }
  await done();
  return entries;

  async function parse(): Promise<void> {
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
  }
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
