// Step "memory": limits are live. Preview shows `update`; the unit keeps its init (same pid).
import { Container } from "pulumi-paddock";

// The site to serve, bind-mounted read-only. Create it first: mkdir -p /srv/web
const site = process.env.PADDOCK_WEB_ROOT ?? "/srv/web";

const web = new Container("web", {
  rootfs: { busybox: {} },
  command: ["/usr/sbin/httpd", "-f", "-p", "8080", "-h", "/www"],
  user: { uid: 1000, gid: 1000 },
  workdir: "/",
  limits: { memory: "128MiB", memorySwap: "128MiB", cpus: 0.5, cpuset: "0", pids: 64 },
  mounts: [
    { type: "bind", source: site, target: "/www", readOnly: true },
    { type: "tmpfs", target: "/tmp", size: "16MiB" },
  ],
  rlimits: { nofile: 1024 },
  state: "running",
  // httpd as PID 1 does not act on SIGTERM; give it 2s, then SIGKILL.
  stopTimeout: "2s",
});

export const pid = web.pid;
export const status = web.status;
export const cgroupPath = web.cgroupPath;
export const rootfsPath = web.rootfsPath;
