import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { wrapError } from "../host/host";
import type { Rootfs } from "../../schema/types/container";
import { exists, statePaths } from "./paths";
import { extractTarball } from "./tarball";

const BUSYBOX_CANDIDATES = ["/bin/busybox", "/usr/bin/busybox"];
/** Written last into a finished base: a base without it is a half-built one and is never used. */
export const BASE_MARKER = ".paddock-base.json";

/** Progress of a long build, for the person watching `pulumi up`. */
export type Progress = (message: string) => void;

/** What a finished base records about itself (read by `paddock list` and `paddock gc`). */
export interface BaseInfo {
  readonly key: string;
  readonly source: Rootfs;
  readonly builtAt: string;
  readonly buildSeconds: number;
}

/** How to make one kind of base: its content address, and how to fill a fresh directory. */
interface BaseBuilder {
  readonly key: string;
  readonly label: string;
  build(host: Host, dir: string, progress: Progress): Promise<void>;
}

/**
 * The read-only lower layer for a rootfs source: a directory of the user's, or a
 * base in the content-addressed cache under the state root, built once however
 * many units (and parallel creates) ask for it. A failed build leaves nothing.
 */
export async function ensureBase(host: Host, stateRoot: string, rootfs: Rootfs, progress: Progress = () => undefined): Promise<string> {
  if ("directory" in rootfs) {
    const st = await fs.stat(rootfs.directory).catch(() => undefined);
    if (!st?.isDirectory()) throw new Error(`rootfs.directory: ${rootfs.directory} is not a directory on this host`);
    return rootfs.directory;
  }
  const builder = await builderFor(host, rootfs);
  const paths = statePaths(stateRoot);
  const base = path.join(paths.bases, builder.key);
  if (await exists(path.join(base, BASE_MARKER))) return base;
  return host.withLock(path.join(paths.locks, `base-${builder.key}.lock`), async () => {
    if (await exists(path.join(base, BASE_MARKER))) return base; // another create built it while we waited
    const tmp = `${base}.tmp-${process.pid}`;
    await fs.rm(tmp, { recursive: true, force: true });
    const t0 = Date.now();
    try {
      progress(`building base ${builder.label} (once; later units share it)`);
      await fs.mkdir(tmp, { recursive: true, mode: 0o755 });
      await builder.build(host, tmp, progress);
      const info: BaseInfo = { key: builder.key, source: rootfs, builtAt: new Date().toISOString(), buildSeconds: (Date.now() - t0) / 1000 };
      await fs.writeFile(path.join(tmp, BASE_MARKER), JSON.stringify(info, null, 2));
      await fs.rm(base, { recursive: true, force: true });
      await fs.rename(tmp, base);
      progress(`built base ${builder.label} in ${info.buildSeconds.toFixed(1)} s`);
    } catch (e) {
      await fs.rm(tmp, { recursive: true, force: true });
      throw wrapError(`build base ${builder.label}`, e);
    }
    return base;
  });
}

async function builderFor(host: Host, rootfs: Rootfs): Promise<BaseBuilder> {
  if ("sparse" in rootfs) {
    const links = (rootfs as unknown as { sparse: { links: Record<string, string> } }).sparse.links;
    const ldcache = (await fs.readFile("/etc/ld.so.cache").catch(() => Buffer.alloc(0))) as Buffer;
    const key = createHash("sha256").update(JSON.stringify(links)).update(ldcache).digest("hex").slice(0, 24);
    return { key: `sparse-${key}`, label: "sparse zone skeleton", build: (_h, dir) => buildSparseTree(dir, links) };
  }
  if ("tarball" in rootfs) {
    const { path: file, sha256 } = rootfs.tarball;
    return {
      key: `tarball-${sha256.toLowerCase().slice(0, 24)}`,
      label: `tarball ${path.basename(file)}`,
      build: (h, dir) => extractTarball(h, file, sha256, dir),
    };
  }
  if ("debootstrap" in rootfs) {
    const d = rootfs.debootstrap;
    const arch = (await host.run(["dpkg", "--print-architecture"]).catch(() => undefined))?.stdout.trim() || process.arch;
    const mirror = d.mirror ?? (await hostMirror(host));
    const include = [...new Set(d.include ?? [])].sort();
    const variant = d.variant ?? "minbase";
    const identity = JSON.stringify({ suite: d.suite, variant, include, arch, mirror });
    return {
      key: `debootstrap-${createHash("sha256").update(identity).digest("hex").slice(0, 24)}`,
      label: `debootstrap ${d.suite}/${variant}${include.length ? ` +${include.join(",")}` : ""} (${arch}, ${mirror})`,
      build: (h, dir, progress) => debootstrap(h, { suite: d.suite, variant, include, arch, mirror }, dir, progress),
    };
  }
  const busybox = await findStaticBusybox();
  const digest = await fileDigest(busybox);
  return { key: `busybox-${digest}`, label: `busybox (${busybox})`, build: (h, dir) => buildBusyboxTree(h, busybox, dir) };
}

interface DebootstrapPlan {
  readonly suite: string;
  readonly variant: string;
  readonly include: readonly string[];
  readonly arch: string;
  readonly mirror: string;
}

/** Runs debootstrap into dir, reporting its latest step every 10 s. */
async function debootstrap(host: Host, plan: DebootstrapPlan, dir: string, progress: Progress): Promise<void> {
  const log = `${dir}.log`;
  const argv = ["debootstrap", `--variant=${plan.variant}`, `--arch=${plan.arch}`];
  if (plan.include.length) argv.push(`--include=${plan.include.join(",")}`);
  // "default" is debootstrap's own default variant, named by giving none.
  if (plan.variant === "default") argv.splice(1, 1);
  argv.push(plan.suite, dir, plan.mirror);
  const timer = setInterval(async () => {
    const text = (await host.readFile(log).catch(() => undefined)) ?? "";
    const last = text.trim().split("\n").filter((l) => l.startsWith("I: ")).pop();
    if (last) progress(`debootstrap ${plan.suite}: ${last.slice(3)}`);
  }, 10_000);
  try {
    await host.run(argv, { outputFile: log, timeoutMs: 60 * 60_000 });
  } catch (e) {
    const tail = ((await host.readFile(log)) ?? "").trim().split("\n").slice(-3).join(" / ");
    throw wrapError(`debootstrap ${plan.suite}`, new Error(tail || (e as Error).message));
  } finally {
    clearInterval(timer);
    await fs.rm(log, { force: true });
  }
}

/** The host's own Debian mirror, from apt's sources (deb822 or one-line format). */
export async function hostMirror(host: Host): Promise<string> {
  const files = ["/etc/apt/sources.list", ...(await fs.readdir("/etc/apt/sources.list.d").catch(() => [] as string[]))
    .filter((f) => f.endsWith(".sources") || f.endsWith(".list"))
    .map((f) => path.join("/etc/apt/sources.list.d", f))];
  for (const f of files) {
    const text = (await host.readFile(f)) ?? "";
    const uris = [...text.matchAll(/^URIs:\s*(\S+)/gm), ...text.matchAll(/^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/gm)].map((m) => m[1]);
    const main = uris.find((u) => /^https?:\/\//.test(u) && !/security/.test(u) && /\/(debian|ubuntu)\/?$/.test(u));
    if (main) return main.replace(/\/+$/, "");
  }
  return "http://deb.debian.org/debian";
}

/**
 * A sparse zone's own root: empty top-level directories (the inherited ones are
 * bind-mounted over them read-only), the host's top-level symlinks repeated
 * (merged /usr), and the few /etc files that programs from the host's /usr need.
 */
async function buildSparseTree(dir: string, links: Readonly<Record<string, string>>): Promise<void> {
  for (const d of ["etc", "proc", "sys", "dev", "tmp", "root", "run", "var/tmp", "var/log", "var/lib", "home", "usr"]) {
    await fs.mkdir(path.join(dir, d), { recursive: true });
  }
  await fs.chmod(path.join(dir, "tmp"), 0o1777);
  for (const [link, target] of Object.entries(links)) await fs.symlink(target, path.join(dir, link.replace(/^\//, "")));
  for (const f of ["ld.so.cache", "ld.so.conf", "nsswitch.conf", "host.conf"]) {
    await fs.copyFile(path.join("/etc", f), path.join(dir, "etc", f)).catch(() => undefined);
  }
  await fs.cp("/etc/ld.so.conf.d", path.join(dir, "etc/ld.so.conf.d"), { recursive: true }).catch(() => undefined);
  await fs.writeFile(path.join(dir, "etc/passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n");
  await fs.writeFile(path.join(dir, "etc/group"), "root:x:0:\nnogroup:x:65534:\n");
}

async function buildBusyboxTree(host: Host, busybox: string, dir: string): Promise<void> {
  for (const d of ["bin", "sbin", "usr/bin", "usr/sbin", "etc", "proc", "sys", "dev", "tmp", "root", "run", "var/tmp", "home"]) {
    await fs.mkdir(path.join(dir, d), { recursive: true });
  }
  await fs.chmod(path.join(dir, "tmp"), 0o1777);
  await fs.copyFile(busybox, path.join(dir, "bin/busybox"));
  await fs.chmod(path.join(dir, "bin/busybox"), 0o755);
  const { stdout } = await host.run([busybox, "--list-full"]);
  for (const applet of stdout.split("\n").map((l) => l.trim()).filter(Boolean)) {
    if (applet === "bin/busybox" || applet.includes("..")) continue;
    await fs.mkdir(path.join(dir, path.dirname(applet)), { recursive: true });
    await fs.symlink("/bin/busybox", path.join(dir, applet)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "EEXIST") throw e;
    });
  }
  await fs.writeFile(path.join(dir, "etc/passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n");
  await fs.writeFile(path.join(dir, "etc/group"), "root:x:0:\nnogroup:x:65534:\n");
}

/** A dynamically linked busybox would find no libc inside the unit: insist on the static build. */
async function findStaticBusybox(): Promise<string> {
  for (const candidate of BUSYBOX_CANDIDATES) {
    const head = await readHead(candidate);
    if (head && isElf(head) && !hasInterpreter(head)) return candidate;
  }
  throw new Error("rootfs busybox: no statically linked busybox on this host. Install it: apt-get install busybox-static");
}

async function readHead(file: string): Promise<Buffer | undefined> {
  const fh = await fs.open(file, "r").catch(() => undefined);
  if (!fh) return undefined;
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function isElf(b: Buffer): boolean {
  return b.length > 64 && b[0] === 0x7f && b.toString("latin1", 1, 4) === "ELF" && b[4] === 2 && b[5] === 1;
}

/** True when a 64-bit little-endian ELF has a PT_INTERP program header (it needs a dynamic loader). */
function hasInterpreter(b: Buffer): boolean {
  const phoff = Number(b.readBigUInt64LE(0x20));
  const phentsize = b.readUInt16LE(0x36);
  const phnum = b.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    const off = phoff + i * phentsize;
    if (off + 4 > b.length) break;
    if (b.readUInt32LE(off) === 3) return true;
  }
  return false;
}

/** A file's sha256 (24 hex digits), remembered per path, size and mtime: every create asks, few files change. */
const digests = new Map<string, { key: string; digest: string }>();
async function fileDigest(file: string): Promise<string> {
  const st = await fs.stat(file);
  const key = `${st.size}:${st.mtimeMs}:${st.ino}`;
  const hit = digests.get(file);
  if (hit?.key === key) return hit.digest;
  const digest = createHash("sha256").update(await fs.readFile(file)).digest("hex").slice(0, 24);
  digests.set(file, { key, digest });
  return digest;
}

