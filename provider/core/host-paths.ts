/**
 * Host paths a unit must not get write access to by default: a writable bind of
 * one lets the unit's root change or destroy the host (its passwords, its
 * kernel interfaces, its programs) or Paddock's own state. Pure.
 */
const SYSTEM_DIRS = ["/etc", "/boot", "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];
const KERNEL_DIRS = ["/proc", "/sys", "/dev"];

export function within(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith("/") ? parent : `${parent}/`);
}

/** Why a writable bind of source is dangerous to the host, or undefined when it is not. */
export function writableBindRisk(source: string, stateRoot: string): string | undefined {
  const p = source.length > 1 ? source.replace(/\/+$/, "") : source;
  if (p === "/") return "the host's root directory";
  const kernel = KERNEL_DIRS.find((d) => within(p, d));
  if (kernel) return `a kernel interface of the host (${kernel})`;
  const system = SYSTEM_DIRS.find((d) => within(p, d));
  if (system) return `a system directory of the host (${system})`;
  if (within(p, stateRoot) || within(stateRoot, p)) return `Paddock's state root ${stateRoot}${p === stateRoot ? "" : ", or holds it"}`;
  if (SYSTEM_DIRS.some((d) => within(d, p)) || KERNEL_DIRS.some((d) => within(d, p))) return "a directory that holds system directories of the host";
  return undefined;
}

/** The words of the refusal, the same at preview and at up. */
export function writableBindReason(what: string, risk: string, readOnlyWord: string): string {
  return `${what} is ${risk}: a writable bind mount lets the unit change the host. Mount it read-only (${readOnlyWord}), or, if the unit must write there, set unsafeHostWrite: true on this mount (README: "Host safety")`;
}
