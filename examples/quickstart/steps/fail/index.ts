// Step "fail": bad input fails at preview, naming each property and how to fix it.
import { Container } from "pulumi-paddock";

new Container("hello", {
  name: "Hello World",
  rootfs: { busybox: {} },
  command: ["sh", "-c", "echo hi"],
  network: { mode: "host" },
});
