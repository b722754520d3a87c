/** A Zone's host side: its inherited directories, dedicated CPUs, zonepath link and compile to a unit (see vocab-engine.ts). */
import { promises as fs } from "fs";
import * as path from "path";
import { compileZone, normalizeZone, observeZone, ZoneSpec } from "../core/zone";
import { leaseCpus, leasedCpus, releaseCpus } from "./cpus";
import { unitPaths } from "./paths";
import { servicePath } from "./systemd";
import type { VocabEngine } from "./vocab-engine";

/**
 * The host's top-level symlinks the sparse root repeats: those among the
 * inherited directories, and every other one that leads into an inherited
 * directory. On a merged-/usr host /lib64 -> usr/lib64 holds the ELF
 * interpreter: a zone inheriting only /usr needs the link, or no dynamic binary runs.
 */
async function hostLinks(dirs: readonly string[]): Promise<Record<string, string>> {
  const links: Record<string, string> = {};
  for (const name of await fs.readdir("/")) {
    const d = `/${name}`;
    const st = await fs.lstat(d).catch(() => undefined);
    if (!st?.isSymbolicLink()) continue;
    const target = await fs.readlink(d);
    const leadsTo = path.resolve("/", target);
    if (dirs.includes(d) || dirs.some((i) => leadsTo === i || leadsTo.startsWith(`${i}/`))) links[d] = target;
  }
  return links;
}

export const ZONE_ENGINE: VocabEngine<ZoneSpec> = {
  kind: "Zone",
  // A zone's hostname is its name: one changed inside is drift (observedHostname).
  ownHostname: false,
  normalize: (a) => normalizeZone(a as never),
  async facts(host, spec, owner) {
    return { links: spec.brand === "sparse" ? await hostLinks(spec.inheritPkgDir) : {}, cpuset: (await leasedCpus(host, spec.stateRoot, owner)) || undefined };
  },
  async prepare(host, spec, owner) {
    for (const d of spec.brand === "sparse" ? spec.inheritPkgDir : []) {
      if (!(await fs.stat(d).catch(() => undefined))) throw new Error(`inheritPkgDir: ${d} does not exist on this host: remove it from the list`);
    }
    if (!spec.dedicatedCpu) {
      await releaseCpus(host, spec.stateRoot, owner);
      return {};
    }
    return { cpuset: await leaseCpus(host, spec.stateRoot, owner, spec.dedicatedCpu.ncpus) };
  },
  /** zonepath becomes a link to the unit's directory. */
  async finish(host, spec, outs) {
    const target = unitPaths(spec.stateRoot, spec.name).dir;
    await fs.mkdir(path.dirname(spec.zonepath), { recursive: true });
    const current = await fs.readlink(spec.zonepath).catch(() => undefined);
    if (current !== target) {
      await fs.rm(spec.zonepath, { force: true });
      await fs.symlink(target, spec.zonepath);
    }
    // autoboot is the unit's start at boot: its systemd service, enabled, where systemd manages it.
    const autobootUnit = spec.autoboot && outs.cgroupPath.startsWith("/paddock.slice/") ? servicePath(spec.stateRoot, spec.name) : "";
    return { dedicatedCpuset: (await leasedCpus(host, spec.stateRoot, String((outs as unknown as Record<string, unknown>).__paddockOwner ?? ""))) || outs.limits.cpuset || "", autobootUnit };
  },
  async release(host, spec, owner) {
    await releaseCpus(host, spec.stateRoot, owner);
    // The zonepath link, only if it is ours (a link to this zone's unit directory).
    if ((await fs.readlink(spec.zonepath).catch(() => undefined)) === unitPaths(spec.stateRoot, spec.name).dir) await fs.rm(spec.zonepath, { force: true });
  },
  compile: (spec, facts) => compileZone(spec, facts as never),
  observe: observeZone,
  words: (spec, compiled) => ({
    "network.address": "net[0].address",
    "network.network": "net[0].network",
    "limits.memory": "cappedMemory.physical",
    "limits.memorySwap": "cappedMemory.swap",
    "limits.pids": "maxLwps",
    "limits.cpus": "cappedCpu.ncpus",
    "limits.cpuset": "dedicatedCpu",
    ...Object.fromEntries(compiled.mounts.flatMap((m, i) => {
      if (m.type !== "bind") return [];
      const f = spec.fs.findIndex((x) => x.special === m.source && x.dir === m.target);
      if (f >= 0) return [[`mounts[${i}].source`, `fs[${f}].special`]];
      const k = spec.inheritPkgDir.indexOf(m.source);
      return k >= 0 && m.target === m.source ? [[`mounts[${i}].source`, `inheritPkgDir[${k}]`]] : [];
    })),
  }),
};
