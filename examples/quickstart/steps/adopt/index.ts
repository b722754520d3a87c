// Step "adopt": the stack lost its record of `hello` (`pulumi state delete`) while
// the unit kept running on the host. A plain `pulumi up` refuses to recreate it
// (it may hold data); `adopt: true` brings the running unit back under the stack
// as it is: same init process, same data.
import { Container } from "pulumi-paddock";

const rootfs = process.env.PADDOCK_EXAMPLE_ROOTFS;
if (!rootfs) throw new Error("set PADDOCK_EXAMPLE_ROOTFS to a directory holding a root filesystem");

const hello = new Container("hello", {
  rootfs: { directory: rootfs },
  command: ["/bin/sh", "-c", "echo hello again; exec sleep 2000000"],
  hostname: "hello",
  env: { GREETING: "hi" },
  network: { mode: "none" },
  stopTimeout: "1s",
  adopt: true,
});

export const unitId = hello.unitId;
export const pid = hello.pid;
export const status = hello.status;
export const runtime = hello.runtime;
export const rootfsPath = hello.rootfsPath;
