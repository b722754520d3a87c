import { Container, Network } from "pulumi-paddock";

const n = Number(process.env.PADDOCK_BENCH_N ?? "1");
const memory = process.env.PADDOCK_BENCH_MEMORY ?? "32MiB";

const net = new Network("bench", { subnet: "10.79.0.0/23" });
for (let i = 0; i < n; i++) {
  new Container(`u${i}`, {
    rootfs: { busybox: {} },
    command: ["/bin/sleep", "2147483647"],
    network: { mode: "bridge", network: net.name },
    limits: { memory },
    stopTimeout: "0s",
  });
}
