import { Container } from "pulumi-paddock";

const hello = new Container("hello", {
  rootfs: { busybox: {} },
  command: ["/bin/sh", "-c", "echo hi; exec sleep 1000000"],
  hostname: "hello",
  env: { GREETING: "hi" },
  network: { mode: "none" },
});

export const unitId = hello.unitId;
export const pid = hello.pid;
export const status = hello.status;
export const runtime = hello.runtime;
export const rootfsPath = hello.rootfsPath;
