import type { Host } from "../host/host";

/** Mount points currently in this process's mount namespace (from /proc/self/mountinfo, octal escapes decoded). */
export async function listMountPoints(host: Host): Promise<string[]> {
  const info = (await host.readFile("/proc/self/mountinfo")) ?? "";
  return info
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split(" ")[4].replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8))));
}

export async function isMountPoint(host: Host, p: string): Promise<boolean> {
  return (await listMountPoints(host)).includes(p);
}

export async function mountOverlay(host: Host, lower: string, upper: string, work: string, target: string): Promise<void> {
  await host.run(["mount", "-t", "overlay", "overlay", "-o", `lowerdir=${lower},upperdir=${upper},workdir=${work}`, target]);
}

/** Unmounts every mount at p (stacked mounts included); "not mounted" is success. */
export async function unmountAll(host: Host, p: string): Promise<void> {
  while (await isMountPoint(host, p)) {
    await host.run(["umount", p]);
  }
}
