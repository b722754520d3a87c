// Step "replace": a different root filesystem source is a replace-class change.
// Preview shows `replace`; the old unit is deleted before the new one is created
// because both would have the same name on the host.
import { Container } from "pulumi-paddock";

const rootfs = process.env.PADDOCK_EXAMPLE_ROOTFS;
if (!rootfs) throw new Error("set PADDOCK_EXAMPLE_ROOTFS to a directory holding a root filesystem");

const hello = new Container("hello", {
  rootfs: { directory: rootfs },
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
