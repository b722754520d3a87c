// Step "limits": capped-memory is live. Preview shows `update`, applied without rebooting the zone.
import { Zone } from "pulumi-paddock";

const db = new Zone("db", {
  brand: "sparse",                       // the host's /usr, /lib, /bin, /sbin, read-only
  autoboot: true,
  ipType: "shared",
  dedicatedCpu: { ncpus: 1 },            // never given to another zone
  cappedMemory: { physical: "512MiB", swap: "512MiB" },
  cappedCpu: { ncpus: 0.5 },
  cpuShares: 20,
  maxLwps: 200,
  limitpriv: ["default", "-net_raw"],
  // What the zone boots; it leaves on SIGTERM (without init, a holder process keeps the zone up).
  init: ["/usr/bin/sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done"],
});

export const pid = db.pid;
export const cgroupPath = db.cgroupPath;
