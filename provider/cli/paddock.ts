#!/usr/bin/env node
/**
 * `paddock`: what Paddock has on this host, like `lxc-ls --fancy` or `zoneadm list -cv`.
 *   paddock list [--state-root DIR] [--json]   units, bases and volumes with status and resource use
 *   paddock gc   [--state-root DIR] [--dry-run] remove bases no unit uses
 */
import { LocalHost } from "../host/local";
import { DEFAULT_STATE_ROOT } from "../core/spec";
import { formatBytes } from "../core/quantity";
import { collectGarbage, inventory } from "./inventory";

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd()).join("\n");
}

const size = (n: number | undefined) => (n === undefined ? "-" : formatBytes(n - (n % 1024)));

async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  const stateRoot = flag(args, "--state-root") ?? process.env.PADDOCK_STATE_ROOT ?? DEFAULT_STATE_ROOT;
  const host = new LocalHost();
  if (cmd === "list") {
    const inv = await inventory(host, stateRoot);
    if (args.includes("--json")) {
      console.log(JSON.stringify(inv, null, 2));
      return 0;
    }
    console.log(table([["UNIT", "STATUS", "PID", "ADDRESS", "BASE", "UPPER", "MEMORY"],
      ...inv.units.map((u) => [u.name, u.status, String(u.pid || "-"), u.address || "-", u.base || "-", size(u.upperBytes), size(u.memoryBytes)])]));
    console.log();
    console.log(table([["BASE", "SOURCE", "SIZE", "USED BY", "BUILT"],
      ...inv.bases.map((b) => [b.key, b.source, size(b.bytes), b.usedBy.length ? `${b.usedBy.length} unit(s)` : "unused", b.builtAt])]));
    console.log();
    console.log(table([["VOLUME", "USED", "SIZE", "MOUNTED BY"], ...inv.volumes.map((v) => [v.name, size(v.bytes), v.size ?? "-", v.usedBy.join(",") || "-"])]));
    return 0;
  }
  if (cmd === "gc") {
    const dry = args.includes("--dry-run");
    const removed = await collectGarbage(host, stateRoot, dry);
    for (const key of removed) console.log(`${dry ? "would remove" : "removed"} base ${key}`);
    if (removed.length === 0) console.log("no unused bases");
    return 0;
  }
  console.error("usage: paddock list [--state-root DIR] [--json]\n       paddock gc [--state-root DIR] [--dry-run]");
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`paddock: ${e.message}`);
    process.exit(1);
  },
);
