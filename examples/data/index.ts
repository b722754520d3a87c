import { Container, Volume } from "pulumi-paddock";

// A root filesystem you trust: a tar archive (plain, gzip, xz, zstd or bzip2) and
// its sha256, checked before anything is extracted.
const tarball = process.env.PADDOCK_EXAMPLE_TARBALL;
const sha256 = process.env.PADDOCK_EXAMPLE_TARBALL_SHA256;
if (!tarball || !sha256) {
  throw new Error("set PADDOCK_EXAMPLE_TARBALL to a root filesystem archive and PADDOCK_EXAMPLE_TARBALL_SHA256 to its sha256 (sha256sum prints it)");
}

// Data that outlives the container, in a filesystem of its own: writes past the
// size fail with "No space left on device" instead of filling the host. It can
// grow; shrinking it fails at preview.
const data = new Volume("data", { size: process.env.PADDOCK_EXAMPLE_VOLUME_SIZE ?? "32MiB" });

const app = new Container("app", {
  rootfs: { tarball: { path: tarball, sha256 } },
  // Logs each boot to the volume, then idles.
  command: ["/bin/sh", "-c", "date >> /data/boots.log; exec sleep 2147483647"],
  mounts: [{ type: "volume", source: data.name, target: "/data" }],
  // sleep as PID 1 ignores SIGTERM: do not wait for it.
  stopTimeout: "0s",
});

export const dataPath = data.path;
export const sizeEnforced = data.quotaEnforced;
export const appPid = app.pid;
