/**
 * The engine's own code as shipped to a remote host: the compiled files the
 * agent loads (followed from its requires), the ones the engine starts by path
 * (the spawner, the log daemon, `paddock unit-start` for systemd services) and
 * the schemas they read, with their paths under the package's dist/. Named by
 * the hash of their contents, so a host keeps one copy per version and a
 * provider finds it there without sending it again.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";

export interface Bundle {
  /** Hex digest of every file's path and contents. */
  readonly hash: string;
  /** Paths relative to the package's dist/, with their contents. */
  readonly files: ReadonlyMap<string, Buffer>;
}

/** The package's dist/ (this file is dist/provider/engine/bundle.js). */
const DIST = path.resolve(__dirname, "..", "..");
/** What the agent runs and what the engine starts by path. */
const ROOTS = ["provider/engine/agent.js", "provider/host/spawner-child.js", "provider/linux/log-daemon.js", "provider/cli/paddock.js"];

let cached: Bundle | undefined;

export function agentBundle(): Bundle {
  if (cached) return cached;
  const files = new Map<string, Buffer>();
  const visit = (rel: string) => {
    if (files.has(rel)) return;
    const data = readFileSync(path.join(DIST, rel));
    files.set(rel, data);
    if (!rel.endsWith(".js")) return;
    for (const m of data.toString("utf8").matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]));
      visit(/\.(js|json)$/.test(target) ? target : `${target}.js`);
    }
  };
  for (const r of ROOTS) visit(r);
  const h = createHash("sha256");
  for (const rel of [...files.keys()].sort()) h.update(rel).update("\0").update(files.get(rel)!).update("\0");
  cached = { hash: h.digest("hex").slice(0, 24), files };
  return cached;
}
