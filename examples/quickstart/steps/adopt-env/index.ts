// Step "adopt-env": the program after adoption: the same unit, its env changed, no adopt.
import { Container } from "pulumi-paddock";

const rootfs = process.env.PADDOCK_EXAMPLE_ROOTFS;
if (!rootfs) throw new Error("set PADDOCK_EXAMPLE_ROOTFS to a directory holding a root filesystem");

const hello = new Container("hello", {
  rootfs: { directory: rootfs },
  command: ["/bin/sh", "-c", "echo hello again; exec sleep 2000000"],
  hostname: "hello",
  env: { GREETING: "adopted" },
  network: { mode: "none" },
  stopTimeout: "1s",
});

export const unitId = hello.unitId;
export const pid = hello.pid;
export const status = hello.status;
export const runtime = hello.runtime;
export const rootfsPath = hello.rootfsPath;
