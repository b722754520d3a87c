/** A Jail's host side: its root, its user's ids, its compile to a unit (see vocab-engine.ts). */
import { promises as fs } from "fs";
import * as path from "path";
import { compileJail, JailSpec, normalizeJail, observeJail } from "../core/jail";
import type { Host } from "../host/host";
import { ensureBase } from "./rootfs";
import type { VocabEngine } from "./vocab-engine";

/** A user's numeric ids from a root's /etc/passwd. */
async function lookupUser(host: Host, root: string, user: string): Promise<{ uid: number; gid: number }> {
  if (user === "root") return { uid: 0, gid: 0 };
  const passwd = (await host.readFile(path.join(root, "etc/passwd"))) ?? "";
  const line = passwd.split("\n").find((l) => l.split(":")[0] === user);
  if (!line) throw new Error(`user: no user \`${user}\` in the jail's /etc/passwd (${path.join(root, "etc/passwd")}): add it to the jail, or run as another`);
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

export const JAIL_ENGINE: VocabEngine<JailSpec> = {
  kind: "Jail",
  ownHostname: true,
  normalize: (a) => normalizeJail(a as never),
  // Reads and deletes do not rewrite the bundle, so the user's ids do not matter there.
  facts: async () => ({ user: { uid: 0, gid: 0 } }),
  async prepare(host, spec) {
    const root = spec.path ?? (await ensureBase(host, spec.stateRoot, spec.rootfs!));
    if (spec.path && !(await fs.stat(spec.path).then((s) => s.isDirectory(), () => false))) {
      throw new Error(`path: ${spec.path} is not a directory on this host: create the jail's root first`);
    }
    return { user: await lookupUser(host, root, spec.user) };
  },
  compile: (spec, facts) => compileJail(spec, facts.user as { uid: number; gid: number }),
  observe: observeJail,
  words: (spec, compiled) => ({
    "network.address": "ip4[0]",
    "network.network": "interface",
    "limits.memory": "limits.memoryuse",
    "limits.pids": "limits.maxproc",
    "limits.cpus": "limits.pcpu",
    ...Object.fromEntries(compiled.mounts.flatMap((m, i) => {
      const j = spec.mountFstab.findIndex((f) => m.type === "bind" && f.source === m.source && f.target === m.target);
      return j < 0 ? [] : [[`mounts[${i}].source`, `mountFstab[${j}].source`]];
    })),
  }),
};
