import type { Host } from "../host/host";

/**
 * True while pid is a live process. An exited init waits as a zombie until the
 * host's PID 1 reaps it, which may be late: a zombie has exited.
 */
export async function isRunning(host: Host, pid: number): Promise<boolean> {
  if (!(pid > 0)) return false;
  const stat = await host.readFile(`/proc/${pid}/stat`).catch(() => undefined);
  // The state field follows the command name, which is in parentheses and may contain spaces.
  return stat !== undefined && stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}
