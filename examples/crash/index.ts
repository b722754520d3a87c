import { Container, Network, Volume } from "pulumi-paddock";

// The crash test's program: every kind of record a create leaves (network, volume, units
// with a lease, a port forward and a volume mount). PADDOCK_EXAMPLE_GEN changes every
// unit's env: a restart-class update of all of them.
const gen = process.env.PADDOCK_EXAMPLE_GEN ?? "1";
const net = new Network("crashnet", { subnet: "10.77.60.0/24" });
const data = new Volume("crashdata", {});

for (let i = 0; i < 4; i++) {
  new Container(`crash${i}`, {
    rootfs: { busybox: {} },
    command: ["/usr/sbin/httpd", "-f", "-p", "80", "-h", "/etc"],
    env: { GEN: gen },
    network: { mode: "bridge", network: net.name },
    ...(i === 0 ? { ports: [{ hostPort: 18490, containerPort: 80, hostAddress: "127.0.0.1" }], mounts: [{ type: "volume" as const, source: data.name, target: "/data" }] } : {}),
    stopTimeout: "1s",
  });
}
