// Step "update": a new command is a restart-class change. Preview shows `update`;
// the unit restarts with a new init and keeps what it wrote in its rootfs.
import { Container } from "pulumi-paddock";

const hello = new Container("hello", {
  rootfs: { busybox: {} },
  command: ["/bin/sh", "-c", "echo hello again; exec sleep 2000000"],
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
