/**
 * Escape probes (shared by test/host/security.test.ts and bench/probes.ts, the side-by-side with podman), made from inside units as real system calls: Perl's syscall()
 * (perl-base is in every Debian, the guest's too), run through the runtime's exec
 * so they are the unit's own processes (its namespaces, capabilities and filter).
 * x86_64 numbers; each probe's arguments are harmless where a call goes through.
 */
export const PROBES: readonly (readonly [string, string])[] = [
  ["keyctl", "250, 0, -3, 0"], // KEYCTL_GET_KEYRING_ID of the session keyring
  ["add_key", '248, "paddock-no-such-type", "d", "x", 1, -3'],
  ["request_key", '249, "user", "paddock-probe", 0, 0'],
  ["bpf", "321, 0, 0, 0"],
  ["perf_event_open", "298, 0, 0, -1, -1, 0"],
  ["userfaultfd", "323, 0"],
  ["init_module", '175, 0, 0, ""'],
  ["finit_module", '313, -1, "", 0'],
  ["kexec_load", "246, 0, 0, 0, 0"],
  ["mount", '165, "none", "/tmp", "tmpfs", 0, 0'],
  ["umount2", '166, "/proc", 2'],
  ["pivot_root", '155, "/", "/"'],
  ["open_by_handle_at", "304, -100, 0, 0"],
  ["ptrace", "101, 0, 0, 0, 0"], // PTRACE_TRACEME
  ["io_uring_setup", "425, 1, 0"],
  ["swapon", '167, "/nonexistent", 0'],
  ["reboot", "169, 0, 0, 0, 0"],
  ["clock_settime", "227, 0, 0"],
  ["setns", "308, -1, 0"],
  ["clone3", "435, 0, 0"],
  ["raw socket", "41, 2, 3, 1"], // socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)
  ["packet socket", "41, 17, 3, 0"], // socket(AF_PACKET, SOCK_RAW, 0)
  ["unshare user namespace", "272, 0x10000000"], // last: it succeeds where nothing stops it
];
// syscall() passes a string as a pointer to its buffer, which must be a variable's (a literal is read-only).
export const PROBE_SCRIPT = PROBES.map(([name, args]) => {
  let n = 0;
  const strings: string[] = [];
  const list = args.replace(/"[^"]*"/g, (lit) => (strings.push(`my $s${n} = ${lit};`), `$s${n++}`));
  return `{ ${strings.join(" ")} $! = 0; my $r = syscall(${list}); print "${name} ", ($r == -1 ? $! + 0 : 0), "\\n"; }`;
}).join(" ");
export const EPERM = 1;
export const ENOSYS = 38;

/** The probe script's output, "name errno" per line, as { name: errno } (0: the call went through). */
export function probeResults(stdout: string): Record<string, number> {
  return Object.fromEntries(stdout.trim().split("\n").map((l) => [l.slice(0, l.lastIndexOf(" ")), Number(l.slice(l.lastIndexOf(" ") + 1))]));
}
