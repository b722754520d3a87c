// Step "adopt": the stack lost its record of `hello` (`pulumi state delete`) while
// the unit kept running on the host, and the program now differs from it (its env).
// A plain `pulumi up` refuses (the unit may hold data); `adopt: true` brings it back
// under the stack and applies the difference as an update would (here a restart),
// keeping what the unit wrote. Had the program matched, up would take it back as is.
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
  adopt: true,
});

export const unitId = hello.unitId;
export const pid = hello.pid;
export const status = hello.status;
export const runtime = hello.runtime;
export const rootfsPath = hello.rootfsPath;
