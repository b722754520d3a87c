/** The OCI runtime spec's default capability set (what `runc spec` and Docker grant). */
export const OCI_DEFAULT_CAPABILITIES = [
  "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW",
  "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE",
  "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE",
] as const;

/**
 * What a unit gets unless it asks for more: the OCI default without CAP_NET_RAW
 * (raw and packet sockets: sniffing and spoofing on the unit's network) and
 * CAP_MKNOD (device nodes, which the unit could then open). Ordinary services
 * need neither; ping works without NET_RAW where the host's
 * net.ipv4.ping_group_range allows ICMP datagram sockets.
 */
export const DEFAULT_CAPABILITIES: readonly string[] = OCI_DEFAULT_CAPABILITIES.filter((c) => c !== "CAP_NET_RAW" && c !== "CAP_MKNOD");

/** Every capability Linux defines (capability.h, up to 6.x), by its CAP_ name. */
export const ALL_CAPABILITIES = [
  "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
  "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
  "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE",
  "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT",
  "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE",
  "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN",
  "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF",
  "CAP_CHECKPOINT_RESTORE",
] as const;

/** A capability as the program may write it ("net_raw", "NET_RAW", "CAP_NET_RAW") in its CAP_ form, or undefined if Linux has none such. */
export function capabilityName(s: string): string | undefined {
  const name = s.toUpperCase().startsWith("CAP_") ? s.toUpperCase() : `CAP_${s.toUpperCase()}`;
  return (ALL_CAPABILITIES as readonly string[]).includes(name) ? name : undefined;
}

/** base, with add granted and drop taken away (drop wins), sorted. */
export function withCapabilities(base: readonly string[], add: readonly string[], drop: readonly string[]): string[] {
  const caps = new Set(base);
  for (const c of add) caps.add(c);
  for (const c of drop) caps.delete(c);
  return [...caps].sort();
}
