import * as pulumi from "@pulumi/pulumi";
import { Container, Network, Volume } from "pulumi-paddock";

/**
 * The hosts, from the stack's config (`pulumi config set --path 'hosts[0].host' 10.0.0.5`, ...):
 * where each is, how to log in, and its pinned host key (its /etc/ssh/ssh_host_ed25519_key.pub).
 */
interface FleetHost {
  name: string;
  host: string;
  port?: number;
  user?: string;
  privateKeyPath?: string;
  hostKey: string;
  /** Paddock's state directory on that host (default /var/lib/paddock). */
  stateRoot?: string;
}

const config = new pulumi.Config();
const hosts = config.requireObject<FleetHost[]>("hosts");
// A key kept as a secret in the stack's config, for the hosts that name no key file.
const secretKey = config.getSecret("privateKey");

const connectionOf = (h: FleetHost) => ({
  host: h.host,
  port: h.port,
  user: h.user,
  hostKey: h.hostKey,
  ...(h.privateKeyPath ? { privateKeyPath: h.privateKeyPath } : { privateKey: secretKey }),
});

export const web: Record<string, pulumi.Output<string>> = {};
export const webPid: Record<string, pulumi.Output<number>> = {};
const lans: Record<string, Network> = {};
for (const h of hosts) {
  const connection = connectionOf(h);
  // Names are per host: every host has its own "lan" and "web".
  const lan = new Network(`lan-${h.name}`, { name: "lan", subnet: "10.77.0.0/24", connection, stateRoot: h.stateRoot });
  lans[h.name] = lan;
  const unit = new Container(`web-${h.name}`, {
    name: "web",
    rootfs: { busybox: {} },
    // busybox httpd serving the unit's own /etc: /hostname says who answered.
    command: ["/usr/sbin/httpd", "-f", "-p", "80", "-h", "/etc"],
    hostname: `web-${h.name}`,
    network: { mode: "bridge", network: lan.name, address: "10.77.0.10" },
    limits: { memory: "32MiB" },
    stopTimeout: "1s",
    connection,
    stateRoot: h.stateRoot,
  });
  web[h.name] = unit.address;
  webPid[h.name] = unit.pid;
}

// And one on the machine that runs Pulumi: no connection.
const here = new Container("here", {
  rootfs: { busybox: {} },
  command: ["/bin/sleep", "1000000"],
  stopTimeout: "0s",
});
export const herePid = here.pid;

// A unit with data that lives on the host `dbHost` names (the first host unless set):
// naming another host moves it there with its volume, as an update
// (`pulumi config set dbHost h2`). It counts its starts in its own layer and keeps
// its records on its volume, and serves both.
const dbOn = hosts.find((h) => h.name === (config.get("dbHost") ?? hosts[0].name));
if (!dbOn) throw new Error(`dbHost: no host named ${config.get("dbHost")} in hosts`);
const dbData = new Volume("db-data", { name: "db-data", size: "16MiB", connection: connectionOf(dbOn), stateRoot: dbOn.stateRoot });
const db = new Container("db", {
  name: "db",
  rootfs: { busybox: {} },
  command: ["/bin/sh", "-c", "mkdir -p /srv; [ -e /data/records ] || echo first > /data/records; echo start >> /srv/starts; cp /data/records /srv/records; exec /usr/sbin/httpd -f -p 80 -h /srv"],
  network: { mode: "bridge", network: lans[dbOn.name].name, address: "10.77.0.20" },
  mounts: [{ type: "volume", source: dbData.name, target: "/data" }],
  stopTimeout: "1s",
  connection: connectionOf(dbOn),
  stateRoot: dbOn.stateRoot,
});
export const dbPid = db.pid;
