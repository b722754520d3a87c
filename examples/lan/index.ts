import { Container, Network } from "pulumi-paddock";

// How many extra units to put on the network; each gets an address allocated in parallel.
const replicas = Number(process.env.PADDOCK_EXAMPLE_REPLICAS ?? "2");
// Where the port forward listens on the host.
const hostPort = Number(process.env.PADDOCK_EXAMPLE_PORT ?? "8080");

const lan = new Network("lan", {
  subnet: "10.77.0.0/24",
  gateway: "10.77.0.1",
  nat: false,
  isolated: false,
});

const web = new Container("web", {
  rootfs: { busybox: {} },
  // busybox httpd serving the unit's own /etc: /hostname says who answered.
  command: ["/usr/sbin/httpd", "-f", "-p", "80", "-h", "/etc"],
  network: { mode: "bridge", network: lan.name, address: "10.77.0.10" },
  ports: [{ hostPort, containerPort: 80, protocol: "tcp", hostAddress: "127.0.0.1" }],
  dns: { nameservers: ["10.77.0.1"], search: ["lan"] },
  stopTimeout: "1s",
});

const replicaUnits = Array.from({ length: replicas }, (_, i) =>
  new Container(`replica-${i}`, {
    rootfs: { busybox: {} },
    command: ["/usr/sbin/httpd", "-f", "-p", "80", "-h", "/etc"],
    network: { mode: "bridge", network: lan.name },
    stopTimeout: "1s",
  }),
);

export const network = lan.name;
export const subnet = lan.subnet;
export const webAddress = web.address;
export const webPid = web.pid;
export const replicaAddresses = replicaUnits.map((u) => u.address);
