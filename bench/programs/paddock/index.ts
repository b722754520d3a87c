import { Container, Network } from "pulumi-paddock";

const n = Number(process.env.PADDOCK_BENCH_N ?? "1");
const memory = process.env.PADDOCK_BENCH_MEMORY ?? "32MiB";
// The remote-host bench (bench/remote.ts) puts everything on one SSH host.
const connection = process.env.PADDOCK_BENCH_CONNECTION ? JSON.parse(process.env.PADDOCK_BENCH_CONNECTION) : undefined;

const net = new Network("bench", { subnet: "10.79.0.0/22", connection });
for (let i = 0; i < n; i++) {
  new Container(`u${i}`, {
    rootfs: { busybox: {} },
    command: ["/bin/sleep", "2147483647"],
    network: { mode: "bridge", network: net.name },
    limits: { memory },
    stopTimeout: "0s",
    // The bench's units with the host's ids, as the raw floor makes them (PADDOCK_BENCH_HOST_IDS).
    ...(process.env.PADDOCK_BENCH_USERNS === "host" ? { userns: "host" as const } : {}),
    connection,
  });
}
