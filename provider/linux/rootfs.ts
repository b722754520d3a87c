import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { wrapError } from "../host/host";
import type { Rootfs } from "../../sdk/types/container";
import { statePaths } from "./paths";

const BUSYBOX_CANDIDATES = ["/bin/busybox", "/usr/bin/busybox"];

/** The read-only lower layer for a rootfs source: built once and shared, or the user's directory. */
export async function ensureBase(host: Host, stateRoot: string, rootfs: Rootfs): Promise<string> {
  if ("directory" in rootfs) {
    const st = await fs.stat(rootfs.directory).catch(() => undefined);
    if (!st?.isDirectory()) throw new Error(`rootfs directory \`${rootfs.directory}\`: not a directory on this host`);
    return rootfs.directory;
  }
  return ensureBusyboxBase(host, stateRoot);
}

async function ensureBusyboxBase(host: Host, stateRoot: string): Promise<string> {
  const busybox = await findStaticBusybox();
  const digest = createHash("sha256").update(await fs.readFile(busybox)).digest("hex").slice(0, 16);
  const paths = statePaths(stateRoot);
  const base = path.join(paths.bases, `busybox-${digest}`);
  if (await exists(path.join(base, ".paddock-complete"))) return base;
  return host.withLock(path.join(paths.locks, `base-busybox-${digest}.lock`), async () => {
    if (await exists(path.join(base, ".paddock-complete"))) return base;
    const tmp = `${base}.tmp-${process.pid}`;
    await fs.rm(tmp, { recursive: true, force: true });
    try {
      await buildBusyboxTree(host, busybox, tmp);
      await fs.rm(base, { recursive: true, force: true });
      await fs.rename(tmp, base);
    } catch (e) {
      await fs.rm(tmp, { recursive: true, force: true });
      throw wrapError(`build busybox base \`${base}\``, e);
    }
    return base;
  });
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
  await fs.writeFile(path.join(dir, ".paddock-complete"), `${busybox}\n`);
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

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(() => true, () => false);
}
