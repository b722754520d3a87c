import { Jail, Network } from "pulumi-paddock";

const net = new Network("jails", { subnet: "10.77.30.0/24" });

const www = new Jail("www", {
  rootfs: { busybox: {} },               // or path: "/srv/jails/www", used as is
  hostname: "www.example",
  ip4: ["10.77.30.80"],
  interface: net.name,
  vnet: true,
  execStart: ["/usr/sbin/httpd", "-f", "-p", "80", "-h", "/etc"],
  execStop: ["/bin/sh", "-c", "echo bye > /tmp/stopped"],
  stopTimeout: "1s",
  allow: { rawSockets: false },
  limits: { memoryuse: "64MiB", maxproc: 32, pcpu: 50 },
});

export const address = www.address;
export const pid = www.pid;
