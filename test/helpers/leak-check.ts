/**
 * A mocha root hook for every suite: what Paddock-like objects the host holds
 * before the run must be exactly what it holds after. A test that leaves a
 * cgroup, netns, nftables table, veth, mount or state directory fails the run,
 * with the objects named, instead of leaving them for the next machine user.
 */
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

/** Kept on purpose between runs (slow base builds); everything else under /var/lib/paddock* must come and go. */
const KEPT = new Set(["/var/lib/paddock-test-cache"]);

function hostObjects(): Record<string, string[]> {
  const cgroups = cgroupHierarchies().flatMap((h) =>
    fs.readdirSync(path.join("/sys/fs/cgroup", h)).filter((d) => d.startsWith("paddock") && d !== "paddock.slice").map((d) => path.join(h, d)));
  const nft = execFileSync("nft", ["list", "tables"], { encoding: "utf8" }).split("\n").filter((t) => t.includes("paddock"));
  const netns = execFileSync("ip", ["netns", "list"], { encoding: "utf8" }).split("\n").filter((n) => n.startsWith("paddock"));
  const links = fs.readdirSync("/sys/class/net").filter((l) => l.startsWith("pd"));
  const mounts = fs.readFileSync("/proc/self/mountinfo", "utf8").split("\n").map((l) => l.split(" ")[4] ?? "").filter((m) => m.includes("paddock"));
  const dirs = fs.readdirSync("/var/lib").filter((d) => d.startsWith("paddock")).map((d) => `/var/lib/${d}`).filter((d) => !KEPT.has(d));
  const tmp = fs.readdirSync("/tmp").filter((d) => d.startsWith("paddock-"));
  return { cgroups: [...cgroups, ...systemdCgroups()], nft, netns, links, mounts, dirs, tmp, services: serviceFiles() };
}

/**
 * Units' services under systemd: their cgroups in paddock.slice (the slices are
 * systemd's to keep or drop; a state root's log daemon leaves by itself when idle).
 */
export function systemdCgroups(slice = "/sys/fs/cgroup/paddock.slice"): string[] {
  if (!fs.existsSync(slice)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(slice, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    if (e.name.endsWith(".slice")) out.push(...systemdCgroups(path.join(slice, e.name)));
    else if (e.name.endsWith(".service") && !e.name.endsWith("-logd.service")) out.push(path.join(slice, e.name));
  }
  return out;
}

/** Paddock's service files, where systemd reads them. */
export function serviceFiles(dir = "/etc/systemd/system"): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.startsWith("paddock")) : [];
}

/**
 * The cgroup hierarchies to look in: "" (the root itself) on a unified v2 host, where
 * /sys/fs/cgroup also holds files; each controller's directory on a v1 or hybrid host.
 */
export function cgroupHierarchies(): string[] {
  const root = "/sys/fs/cgroup";
  if (fs.existsSync(path.join(root, "cgroup.controllers"))) return [""];
  return fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
}

let before: Record<string, string[]>;

export const mochaHooks = {
  beforeAll(): void {
    before = hostObjects();
  },
  afterAll(): void {
    const after = hostObjects();
    for (const kind of Object.keys(after)) {
      const leaked = after[kind].filter((o) => !before[kind].includes(o));
      assert.deepStrictEqual(leaked, [], `the tests left ${kind} behind: ${leaked.join(", ")}`);
    }
  },
};
