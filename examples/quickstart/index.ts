import { Container } from "pulumi-paddock";

const hello = new Container("hello", {
  rootfs: { busybox: {} },
  command: ["/bin/sh", "-c", "echo hi; exec sleep 1000000"],
  hostname: "hello",
  env: { GREETING: "hi" },
  network: { mode: "none" },
  // sleep as the unit's PID 1 ignores SIGTERM: do not wait the default 10s for it on stop.
  stopTimeout: "1s",
});

export const unitId = hello.unitId;
export const pid = hello.pid;
export const status = hello.status;
export const runtime = hello.runtime;
export const rootfsPath = hello.rootfsPath;
