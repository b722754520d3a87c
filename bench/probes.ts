/**
 * The security defaults side by side (issue 14): the escape probes of
 * test/host/security.test.ts made from inside a default Paddock Container and a
 * default rootful podman container (Debian's podman, its own seccomp profile and
 * capabilities, same kernel, same runc), with the ids, the process limit and
 * no_new_privs each runs with. Run by `npm run bench` when podman is installed.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { container } from "../provider";
import { ensureBase } from "../provider/linux/rootfs";
import { LocalHost } from "../provider/host/local";
import { execInUnit } from "../test/helpers/host";
import { PROBES, PROBE_SCRIPT, probeResults } from "../test/helpers/probes";
import { ProbeResult } from "./report";


/** What the unit's process sees of itself: its uid map, its process limit, no_new_privs. */
const SELF = "cat /proc/self/uid_map; cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids.max; grep NoNewPrivs /proc/self/status";

/** The host's programs for a busybox root (Perl for the probes): /usr, and /lib and /lib64 where they lead. */
const hostTools = () => ["/usr", "/lib", "/lib64"].filter((d) => fs.existsSync(d)).map((d) => [fs.realpathSync(d), d] as const);

/** A probe's answer: EPERM and ENOSYS are a filter's or a missing capability's refusal; any other errno is the kernel's, past them. */
const errno = (e: number) => (e === 0 ? "allowed" : e === 1 ? "EPERM" : e === 38 ? "ENOSYS" : `let through (errno ${e})`);

function describeSelf(out: string): [string, string, string] {
  const [map, pids, nnp] = out.trim().split("\n");
  const [inside, outside] = map.trim().split(/\s+/).map(Number);
  return [inside === 0 && outside === 0 ? "host root" : `host id ${outside}`, pids.trim(), nnp.includes("1") ? "set" : "not set"];
}

export async function probeTable(stateRoot: string, log: (m: string) => void): Promise<ProbeResult | undefined> {
  if (spawnSync("podman", ["--version"]).status !== 0) return undefined;
  const base = await ensureBase(new LocalHost(), stateRoot, { busybox: {} });
  const rootfs = path.join(stateRoot, "podman-rootfs");
  fs.rmSync(rootfs, { recursive: true, force: true });
  execFileSync("cp", ["-a", base, rootfs]);
  log("probes: a default Paddock Container and a default podman container");
  const checked = await container.check({}, {
    name: "probes", rootfs: { busybox: {} }, command: ["/bin/sleep", "2147483647"], network: { mode: "none" }, stopTimeout: "0s", stateRoot, __paddockOwner: "bench/probes",
    mounts: hostTools().map(([source, target]) => ({ type: "bind", source, target, readOnly: true })),
  });
  const outs = (await container.create(checked.inputs)).outs as Record<string, unknown> & { unitId: string };
  try {
    const inPaddock = (argv: string[]) => execInUnit(stateRoot, outs.unitId, argv).stdout;
    // Podman's default open-files and process limits are above what runc may set here (even the host's own
    // hard limits are refused): 1024 for both, which no probe touches.
    const ulimits = ["--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1024:1024"];
    // --rootfs makes the next word the root filesystem and the rest the command: the options go before it.
    const podman = (argv: string[]) => execFileSync("podman", ["run", "--rm", "--network", "none", ...ulimits,
      ...hostTools().flatMap(([source, target]) => ["-v", `${source}:${target}:ro`]), "--rootfs", rootfs, ...argv], { encoding: "utf8" });
    const p = probeResults(inPaddock(["/usr/bin/perl", "-e", PROBE_SCRIPT]));
    const q = probeResults(podman(["/usr/bin/perl", "-e", PROBE_SCRIPT]));
    const [pIds, pPids, pNnp] = describeSelf(inPaddock(["/bin/sh", "-c", SELF]));
    const [qIds, qPids, qNnp] = describeSelf(podman(["/bin/sh", "-c", SELF]));
    const rows = [
      { what: "uid 0 inside is", paddock: pIds, podman: qIds },
      { what: "process limit (pids.max)", paddock: pPids, podman: qPids },
      { what: "no_new_privs", paddock: pNnp, podman: qNnp },
      ...PROBES.map(([name]) => ({ what: name, paddock: errno(p[name]), podman: errno(q[name]) })),
    ];
    const probes = PROBES.map(([name]) => name);
    const denied = (k: "paddock" | "podman") => rows.filter((r) => probes.includes(r.what) && (r[k] === "EPERM" || r[k] === "ENOSYS")).length;
    return { podmanVersion: execFileSync("podman", ["--version"], { encoding: "utf8" }).trim(), probes: probes.length, denied: { paddock: denied("paddock"), podman: denied("podman") }, rows };
  } finally {
    await container.delete(outs.unitId, outs as never);
    fs.rmSync(rootfs, { recursive: true, force: true });
  }
}
