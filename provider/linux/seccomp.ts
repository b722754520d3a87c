/**
 * Paddock's default seccomp filter: deny by default (EPERM), allow what ordinary
 * services call. Written for this project from the Linux syscall tables and the
 * kernel's own rules on what each call needs; the container ecosystem's default
 * profile was the yardstick (at least as strict), not the source.
 *
 * What stays denied, and why: the kernel keyring is not namespaced (keyctl,
 * add_key, request_key); bpf, perf_event_open, userfaultfd and io_uring have
 * been the way in for a run of kernel exploits; module loading, kexec, reboot,
 * swap, the clock, accounting and quotas act on the whole host; the mount family
 * and pivot_root rearrange filesystems; unshare/clone/setns of namespaces (a user
 * namespace is the one an unprivileged process could make, and with it every
 * other); open_by_handle_at reaches files outside the root; ptrace and
 * process_vm_* read other processes. A unit given the capability a call needs
 * (capabilities.add) gets the calls that go with it, as the container default does.
 */
import type { SeccompSpec } from "../core/spec";

/** What any service may call. */
const ALLOWED = [
  // Files: data.
  "read", "write", "readv", "writev", "pread64", "pwrite64", "preadv", "pwritev", "preadv2", "pwritev2",
  "open", "openat", "openat2", "creat", "close", "close_range", "lseek", "_llseek", "sendfile", "sendfile64",
  "splice", "tee", "vmsplice", "copy_file_range", "dup", "dup2", "dup3", "fcntl", "fcntl64", "flock",
  "fsync", "fdatasync", "sync", "syncfs", "sync_file_range", "truncate", "truncate64", "ftruncate",
  "ftruncate64", "fallocate", "fadvise64", "fadvise64_64", "readahead", "ioctl",
  // Files: names and metadata.
  "stat", "stat64", "lstat", "lstat64", "fstat", "fstat64", "newfstatat", "fstatat64", "statx", "statfs",
  "statfs64", "fstatfs", "fstatfs64", "access", "faccessat", "faccessat2", "readlink", "readlinkat",
  "getdents", "getdents64", "chdir", "fchdir", "getcwd", "mkdir", "mkdirat", "rmdir", "rename", "renameat",
  "renameat2", "link", "linkat", "symlink", "symlinkat", "unlink", "unlinkat", "chmod", "fchmod", "fchmodat",
  "fchmodat2", "chown", "fchown", "lchown", "fchownat", "chown32", "fchown32", "lchown32", "umask", "utime",
  "utimes", "futimesat", "utimensat", "utimensat_time64", "mknod", "mknodat", "getxattr", "lgetxattr",
  "fgetxattr", "setxattr", "lsetxattr", "fsetxattr", "listxattr", "llistxattr", "flistxattr", "removexattr",
  "lremovexattr", "fremovexattr", "inotify_init", "inotify_init1", "inotify_add_watch", "inotify_rm_watch",
  // Memory.
  "brk", "mmap", "mmap2", "munmap", "mremap", "mprotect", "madvise", "mlock", "mlock2", "munlock",
  "mlockall", "munlockall", "mincore", "msync", "memfd_create", "membarrier", "remap_file_pages",
  "pkey_alloc", "pkey_free", "pkey_mprotect", "mseal", "cachestat",
  // Processes and threads (clone is below: its namespace flags are checked).
  "fork", "vfork", "execve", "execveat", "exit", "exit_group", "wait4", "waitid", "waitpid", "kill",
  "tkill", "tgkill", "getpid", "getppid", "gettid", "getpgid", "setpgid", "getpgrp", "getsid", "setsid",
  "getuid", "geteuid", "getgid", "getegid", "getuid32", "geteuid32", "getgid32", "getegid32", "setuid",
  "setgid", "setreuid", "setregid", "setresuid", "setresgid", "getresuid", "getresgid", "setfsuid",
  "setfsgid", "setuid32", "setgid32", "setreuid32", "setregid32", "setresuid32", "setresgid32",
  "getresuid32", "getresgid32", "setfsuid32", "setfsgid32", "getgroups", "setgroups", "getgroups32",
  "setgroups32", "capget", "capset", "prctl", "arch_prctl", "set_tid_address", "set_robust_list",
  "get_robust_list", "rseq", "futex", "futex_time64", "futex_waitv", "futex_wait", "futex_wake",
  "futex_requeue", "sched_yield", "sched_getaffinity", "sched_setaffinity", "sched_getparam",
  "sched_setparam", "sched_getscheduler", "sched_setscheduler", "sched_get_priority_max",
  "sched_get_priority_min", "sched_rr_get_interval", "sched_rr_get_interval_time64", "sched_getattr",
  "sched_setattr", "getpriority", "setpriority", "ioprio_get", "ioprio_set", "getrlimit", "setrlimit",
  "prlimit64", "ugetrlimit", "getrusage", "times", "uname", "olduname", "sysinfo", "getrandom",
  "restart_syscall", "pidfd_open", "pidfd_send_signal", "process_mrelease", "set_thread_area",
  "get_thread_area", "getcpu", "sethostname", "setdomainname", "seccomp", "landlock_create_ruleset",
  "landlock_add_rule", "landlock_restrict_self",
  // Time (reading it; setting it needs CAP_SYS_TIME, below).
  "pause", "nanosleep", "clock_nanosleep", "clock_nanosleep_time64", "clock_gettime", "clock_gettime64",
  "clock_getres", "clock_getres_time64", "gettimeofday", "time", "alarm", "getitimer", "setitimer",
  "timer_create", "timer_settime", "timer_settime64", "timer_gettime", "timer_gettime64",
  "timer_getoverrun", "timer_delete", "timerfd_create", "timerfd_settime", "timerfd_settime64",
  "timerfd_gettime", "timerfd_gettime64",
  // Signals.
  "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "rt_sigsuspend", "rt_sigpending", "rt_sigtimedwait",
  "rt_sigtimedwait_time64", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "sigaltstack", "signalfd", "signalfd4",
  "sigreturn", "sigaction", "sigprocmask", "sigsuspend", "sigpending", "signal",
  // Waiting on many things; asynchronous I/O (io_uring stays out); System V and POSIX IPC (in the unit's own namespace).
  "poll", "ppoll", "ppoll_time64", "select", "_newselect", "pselect6", "pselect6_time64", "epoll_create",
  "epoll_create1", "epoll_ctl", "epoll_wait", "epoll_pwait", "epoll_pwait2", "eventfd", "eventfd2", "pipe",
  "pipe2", "io_setup", "io_destroy", "io_submit", "io_cancel", "io_getevents", "io_pgetevents",
  "io_pgetevents_time64", "mq_open", "mq_unlink", "mq_timedsend", "mq_timedsend_time64", "mq_timedreceive",
  "mq_timedreceive_time64", "mq_notify", "mq_getsetattr", "msgget", "msgsnd", "msgrcv", "msgctl", "semget",
  "semop", "semtimedop", "semtimedop_time64", "semctl", "shmget", "shmat", "shmdt", "shmctl", "ipc",
  // Sockets (raw and packet sockets need CAP_NET_RAW, which the kernel checks).
  "socket", "socketpair", "bind", "listen", "accept", "accept4", "connect", "getsockname", "getpeername",
  "sendto", "recvfrom", "send", "recv", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg", "recvmmsg_time64",
  "shutdown", "setsockopt", "getsockopt", "socketcall",
] as const;

/** Calls that go with a capability: a unit that has it may make them (the kernel still checks the capability). */
const BY_CAPABILITY: Readonly<Record<string, readonly string[]>> = {
  CAP_SYS_ADMIN: ["mount", "umount", "umount2", "pivot_root", "setns", "unshare", "clone", "fanotify_init",
    "fanotify_mark", "quotactl", "quotactl_fd", "name_to_handle_at", "open_tree", "move_mount", "fsopen",
    "fsconfig", "fsmount", "fspick", "mount_setattr", "syslog", "lookup_dcookie", "bpf", "perf_event_open"],
  CAP_SYS_PTRACE: ["ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd", "process_madvise"],
  CAP_SYS_TIME: ["settimeofday", "stime", "clock_settime", "clock_settime64", "adjtimex", "clock_adjtime", "clock_adjtime64"],
  CAP_SYS_BOOT: ["reboot"],
  CAP_SYS_MODULE: ["init_module", "finit_module", "delete_module"],
  CAP_SYS_RAWIO: ["iopl", "ioperm"],
  CAP_SYS_NICE: ["mbind", "set_mempolicy", "get_mempolicy", "migrate_pages", "move_pages", "set_mempolicy_home_node"],
  CAP_SYS_PACCT: ["acct"],
  CAP_SYSLOG: ["syslog"],
  CAP_SYS_CHROOT: ["chroot"],
  CAP_DAC_READ_SEARCH: ["open_by_handle_at"],
  CAP_BPF: ["bpf"],
  CAP_PERFMON: ["perf_event_open"],
};

/** The namespace flags of clone(2) and unshare(2): CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET. */
const NAMESPACE_FLAGS = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000;
const EPERM = 1;
const ENOSYS = 38;

/** libseccomp's names of the host's architectures (a 64-bit host also runs its 32-bit programs, filtered alike). */
export function seccompArchitectures(arch = process.arch): string[] {
  const table: Record<string, string[]> = {
    x64: ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"],
    arm64: ["SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"],
    arm: ["SCMP_ARCH_ARM"],
    ia32: ["SCMP_ARCH_X86"],
    ppc64: ["SCMP_ARCH_PPC64LE"],
    s390x: ["SCMP_ARCH_S390X", "SCMP_ARCH_S390"],
    riscv64: ["SCMP_ARCH_RISCV64"],
  };
  const out = table[arch];
  if (!out) throw new Error(`seccomp: no architecture table for ${arch}; set seccomp: { unconfined: true } on this host`);
  return out;
}

/** The calls the default filter lets a unit with these capabilities make (before the unit's own allow and deny). */
export function defaultAllowed(capabilities: readonly string[]): Set<string> {
  const out = new Set<string>(ALLOWED);
  for (const c of capabilities) for (const name of BY_CAPABILITY[c] ?? []) out.add(name);
  return out;
}

/**
 * The unit's filter as OCI linux.seccomp, or undefined for an unconfined unit.
 * clone and unshare are allowed without namespace flags; with CAP_SYS_ADMIN,
 * as they come. clone3 answers ENOSYS (its flags are out of a filter's reach),
 * so the C library falls back to clone, whose flags are checked.
 */
export function seccompProfile(spec: SeccompSpec, capabilities: readonly string[], arch = process.arch): Record<string, unknown> | undefined {
  if (spec.unconfined) return undefined;
  const allowed = defaultAllowed(capabilities);
  for (const name of spec.allow) allowed.add(name);
  for (const name of spec.deny) allowed.delete(name);
  const syscalls: Record<string, unknown>[] = [{ names: [...allowed].sort(), action: "SCMP_ACT_ALLOW" }];
  // Without namespace flags: a fork, a thread, unshare(CLONE_FILES). arg 0 is the flags on every architecture but s390's clone.
  const flagArg = arch === "s390x" ? 1 : 0;
  const noNamespaces = (index: number) => [{ index, value: NAMESPACE_FLAGS, valueTwo: 0, op: "SCMP_CMP_MASKED_EQ" }];
  for (const [name, index] of [["clone", flagArg], ["unshare", 0]] as const) {
    if (!allowed.has(name) && !spec.deny.includes(name)) syscalls.push({ names: [name], action: "SCMP_ACT_ALLOW", args: noNamespaces(index) });
  }
  if (!allowed.has("clone3") && !spec.deny.includes("clone3")) syscalls.push({ names: ["clone3"], action: "SCMP_ACT_ERRNO", errnoRet: ENOSYS });
  return { defaultAction: "SCMP_ACT_ERRNO", defaultErrnoRet: EPERM, architectures: seccompArchitectures(arch), syscalls };
}
