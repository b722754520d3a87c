/**
 * What keeps a jail with `persist` or a zone without `init` alive: a sleeping
 * process from the host's static busybox, bind-mounted read-only into the unit
 * (its root may have no programs at all). It ignores SIGTERM as PID 1, so such
 * units are stopped at once.
 */
export const HOLDER = {
  command: ["/.paddock/busybox", "sleep", "2147483647"],
  mount: { type: "bind" as const, source: "/bin/busybox", target: "/.paddock/busybox", readOnly: true },
} as const;
