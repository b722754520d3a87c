/**
 * User namespaces: a unit's user and group ids 0-65535 are a range of 65536
 * host ids that no other unit on the host has, so its root is no one on the
 * host. Ranges are leased like addresses (a file per range, created with
 * O_EXCL), host-wide, since units of every state root share the host's ids.
 *
 * The unit's files keep their ids on disk: its root filesystem's shared base,
 * a jail's directory, bind sources and volumes reach it through idmapped mounts
 * (mount_setattr(2) with MOUNT_ATTR_IDMAP), which show on-disk id n as host id
 * hostId+n, that is as id n inside the unit. Only the unit's own upper layer
 * holds its ids as host ids (overlayfs writes it with the unit's credentials).
 */
import { createHash } from "crypto";
import { promises as fs, lchownSync } from "fs";
import * as path from "path";
import type { Host } from "../host/host";
import { HostCommandError, wrapError } from "../host/host";
import { ContainerSpec, ID_RANGE_SIZE, IdMap } from "../core/spec";
import { leasesIn, releaseLease, takeLease } from "./leases";
import { hasOtherFilesystem } from "./mounts";
import { removeIfEmpty } from "./paths";


/**
 * Where ranges are leased: one directory for the whole host, whatever a unit's
 * state root (a range is the host's, not a stack's). Removed with its last lease.
 */
export const ID_LEASES = "/var/lib/paddock-idmaps";

/**
 * The host ids Paddock hands out: systemd's range for containers' ids
 * (0x00080000-0x6FFFFFFF, "UIDS-GIDS" in systemd's documentation), which no
 * distribution gives to users, in 65536-aligned slots.
 */
const FIRST_SLOT = 0x00080000 / ID_RANGE_SIZE;
const END_SLOT = 0x70000000 / ID_RANGE_SIZE;

/** The spec with the unit's id range recorded, so restarts and later updates keep it. */
export function withIds(spec: ContainerSpec, idMap: IdMap | undefined): ContainerSpec {
  return idMap ? { ...spec, idMap } : spec;
}

const holderOf = (stateRoot: string, unit: string) => `${unit}@${path.resolve(stateRoot)}`;

/**
 * A range for the unit: the one it holds already (a retry, an adoption), or a
 * free one. The search starts at a slot derived from the unit's name and state
 * root and takes the first free one from there, so a lease costs one or two
 * attempts however many units the host has. Ranges that /etc/subuid or
 * /etc/subgid give to someone (rootless podman, Incus) are never taken.
 */
export async function leaseIdRange(host: Host, stateRoot: string, unit: string): Promise<IdMap> {
  const holder = holderOf(stateRoot, unit);
  const delegated = await delegatedRanges(host);
  const slots = END_SLOT - FIRST_SLOT;
  const start = createHash("sha256").update(holder).digest().readUInt32BE(0) % slots;
  for (let i = 0; i < slots; i++) {
    const hostId = (FIRST_SLOT + ((start + i) % slots)) * ID_RANGE_SIZE;
    if (delegated.some(([from, count]) => from < hostId + ID_RANGE_SIZE && hostId < from + count)) continue;
    if (await takeInDir(host, path.join(ID_LEASES, String(hostId)), holder)) return { hostId, size: ID_RANGE_SIZE };
  }
  throw new Error(`no free range of ${ID_RANGE_SIZE} user ids left on this host (${ID_LEASES} holds ${slots} leases)`);
}

/** Takes the lease, making the directory first; a release may remove it between the two, so that is tried again. */
async function takeInDir(host: Host, file: string, holder: string): Promise<boolean> {
  for (;;) {
    await fs.mkdir(ID_LEASES, { recursive: true, mode: 0o755 });
    try {
      return await takeLease(host, file, holder);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
}

/** Gives the unit's range back (only if the unit holds it). */
export async function releaseIdRange(host: Host, stateRoot: string, unit: string, idMap: IdMap): Promise<void> {
  await releaseLease(host, path.join(ID_LEASES, String(idMap.hostId)), holderOf(stateRoot, unit));
  await removeIfEmpty(ID_LEASES);
}

/** Gives back every range the unit holds, whatever its record says: a crash's leftovers (reads every lease). */
export async function releaseIdRangesOf(host: Host, stateRoot: string, unit: string): Promise<void> {
  const holder = holderOf(stateRoot, unit);
  for (const l of await leasesIn(host, ID_LEASES)) if (l.holder === holder) await releaseLease(host, path.join(ID_LEASES, l.name), holder);
  await removeIfEmpty(ID_LEASES);
}

/** [first, count] of every range /etc/subuid and /etc/subgid delegate ("name:first:count" lines). */
async function delegatedRanges(host: Host): Promise<[number, number][]> {
  const out: [number, number][] = [];
  for (const file of ["/etc/subuid", "/etc/subgid"]) {
    for (const line of ((await host.readFile(file)) ?? "").split("\n")) {
      const [, first, count] = line.trim().split(":");
      if (/^\d+$/.test(first ?? "") && /^\d+$/.test(count ?? "")) out.push([Number(first), Number(count)]);
    }
  }
  return out;
}

/** The OCI runtime's view: the unit's ids 0..size-1 are the range's host ids. */
export function ociIdMappings(idMap: IdMap): Record<string, unknown> {
  const m = [{ containerID: 0, hostID: idMap.hostId, size: idMap.size }];
  return { uidMappings: m, gidMappings: m };
}

/** A source to show under the unit's ids at target (a directory or a file, made like the source). */
export interface IdmappedMount {
  readonly source: string;
  readonly target: string;
  /** Where an error points the user (`mounts[2].source`, `path`, the base). */
  readonly property: string;
  /** Read-only (MOUNT_ATTR_RDONLY): a shared base, which no one writes through its unit's mount. */
  readonly readOnly?: boolean;
}

/**
 * Mounts each source at its target as an idmapped mount (recursively: the
 * mounts below a source come with it): open_tree(2) clones the source,
 * mount_setattr(2) gives the clone the range's idmapping, move_mount(2) puts it
 * in place. util-linux 2.38's mount ignores X-mount.idmap and runc 1.1 ignores a
 * mount's idmap option, so Paddock does it itself, with Perl (part of every
 * Debian system: perl-base is essential) calling the system calls by number.
 * One process for all of a unit's mounts.
 */
export async function mountIdmapped(host: Host, idMap: IdMap, mounts: readonly IdmappedMount[]): Promise<void> {
  if (mounts.length === 0) return;
  for (const m of mounts) {
    const st = await fs.stat(m.source);
    if (st.isDirectory()) await fs.mkdir(m.target, { recursive: true, mode: 0o755 });
    else {
      await fs.mkdir(path.dirname(m.target), { recursive: true, mode: 0o755 });
      await (await fs.open(m.target, "a")).close();
    }
  }
  const argv = ["perl", "-e", IDMAP_SCRIPT, perlArch(), String(idMap.hostId), String(idMap.size), ...mounts.flatMap((m) => [m.source, m.target, m.readOnly ? "ro" : "rw"])];
  try {
    await host.run(argv);
  } catch (e) {
    if (!(e instanceof HostCommandError)) throw e;
    const said = e.stderr.trim().split("\n").pop() ?? "";
    // The script's own messages name the path it failed on ("open_tree <source>: <errno text>").
    const failed = mounts.find((m) => said.includes(` ${m.source}:`) || said.includes(` ${m.target}:`));
    if (!failed) throw wrapError("userns: idmapped mount", new Error(said || e.message));
    const fix = /Invalid argument|Operation not permitted|not supported/i.test(said)
      ? `: the filesystem of ${failed.source} cannot be idmapped (a user namespace needs ext4, xfs, btrfs, tmpfs, overlayfs or another filesystem that supports idmapped mounts). Move it to one, or set userns: "host" on the unit (its root is then the host's root)`
      : "";
    throw new Error(`${failed.property}: ${said}${fix}`);
  }
}

/** Makes Paddock's own files in a unit's upper layer the unit's (its root owns them inside). */
export async function giveToUnit(idMap: IdMap | undefined, paths: readonly string[]): Promise<void> {
  if (!idMap) return;
  for (const p of paths) lchownSync(p, idMap.hostId, idMap.hostId);
}

/** Node's name for the host's architecture, as the Perl helpers know it (for their system call numbers). */
export function perlArch(): string {
  const arch = PERL_ARCH[process.arch];
  if (!arch) throw new Error(`userns: Paddock does not know this host's architecture (${process.arch}) for user namespaces: set userns: "host" on the unit`);
  return arch;
}

const PERL_ARCH: Readonly<Record<string, string>> = { x64: "x86_64", arm64: "aarch64", riscv64: "riscv64", ppc64: "ppc64", s390x: "s390x", arm: "arm", ia32: "i386" };

/**
 * What the helpers share: unshare(2), setns(2) and mount(2) by number (open_tree,
 * move_mount and mount_setattr share one number everywhere), and a child that
 * makes a user namespace with the range's maps, written by the parent (root), and
 * waits. No modules beyond Fcntl and Errno: POSIX alone costs a helper 8 ms of
 * start-up, twice in every create.
 */
export const PRELUDE = String.raw`
use strict; use warnings; use Fcntl qw(O_RDONLY O_CREAT O_EXCL);
my %unshare = (x86_64 => 272, aarch64 => 97, riscv64 => 97, ppc64 => 282, s390x => 303, arm => 337, i386 => 310);
my %setns = (x86_64 => 308, aarch64 => 268, riscv64 => 268, ppc64 => 350, s390x => 339, arm => 375, i386 => 346);
my %mount = (x86_64 => 165, aarch64 => 40, riscv64 => 40, ppc64 => 21, s390x => 21, arm => 21, i386 => 21);
my ($CLONE_NEWUSER, $CLONE_NEWNET) = (0x10000000, 0x40000000);
my ($MS_BIND, $MS_REC, $MS_SHARED) = (0x1000, 0x4000, 0x100000);
my $arch = shift @ARGV;
my ($UNSHARE, $SETNS, $MOUNT) = ($unshare{$arch} // die("no unshare(2) number for $arch\n"), $setns{$arch}, $mount{$arch});
# A child that runs $work (its failure message, or "" when done), tells the parent, and waits to be let go.
sub child { my ($work) = @_;
  pipe(my $go, my $wgo) or die "pipe: $!\n"; pipe(my $rdy, my $wrdy) or die "pipe: $!\n";
  my $pid = fork() // die "fork: $!\n";
  if ($pid == 0) { close $wgo; close $rdy; my $err = $work->(); print $wrdy ($err eq "" ? "ok\n" : $err); close $wrdy; my $w = <$go>; exit($err eq "" ? 0 : 1); }
  close $go; close $wrdy;
  my $said = <$rdy> // "the namespace's process ended\n";
  if ($said ne "ok\n") { close $wgo; waitpid($pid, 0); die $said; }
  return ($pid, $wgo);
}
sub done { my ($pid, $wgo) = @_; close $wgo; waitpid($pid, 0); }
# A child in a new user namespace whose ids 0..size-1 are host ids hostid...
sub userns_child { my ($hostid, $size) = @_;
  my ($pid, $wgo) = child(sub { syscall($UNSHARE, $CLONE_NEWUSER) == 0 ? "" : "unshare(CLONE_NEWUSER): $!\n" });
  for my $f ("uid_map", "gid_map") {
    open(my $m, '>', "/proc/$pid/$f") or die "$f: $!\n";
    print $m "0 $hostid $size\n"; close($m) or die "$f: $!\n";
  }
  return ($pid, $wgo);
}
`;

/**
 * Idmaps each source onto its target (AT_RECURSIVE | OPEN_TREE_CLONE |
 * OPEN_TREE_CLOEXEC, MOUNT_ATTR_IDMAP [| MOUNT_ATTR_RDONLY], MOVE_MOUNT_F_EMPTY_PATH) with a user
 * namespace of the range's. Messages name the path, so the caller can name the property.
 */
const IDMAP_SCRIPT = PRELUDE + String.raw`
my ($hostid, $size, @mounts) = @ARGV;
my ($pid, $wgo) = userns_child($hostid, $size);
open(my $ns, '<', "/proc/$pid/ns/user") or die "user namespace: $!\n";
my ($cwd, $empty) = (-100, "");
while (@mounts) {
  my ($src, $dst, $mode) = splice(@mounts, 0, 3);
  my $fd = syscall(428, $cwd, $src, 0x1 | 0x80000 | 0x8000);
  die "open_tree $src: $!\n" if $fd < 0;
  my $attr = pack("QQQQ", 0x100000 | ($mode eq "ro" ? 0x1 : 0), 0, 0, fileno($ns));
  syscall(442, $fd, $empty, 0x1000 | 0x8000, $attr, length($attr)) == 0 or die "mount_setattr $src: $!\n";
  syscall(429, $fd, $empty, $cwd, $dst, 0x4) == 0 or die "move_mount $dst: $!\n";
  # The clone's descriptor (close-on-exec) closes with this short-lived process.
}
done($pid, $wgo);
`;

/**
 * The unit's network namespace, named like one of `ip netns add` (a bind of it at
 * /run/netns/<name>, that directory a shared mount so the bind reaches every mount
 * namespace), made by a child that unshares it and, when lowports is set, lets the
 * namespace's users bind ports below 1024 (its sysctl, written from inside). In a
 * user namespace (hostid set), the child first joins the unit's user namespace,
 * kept at usernsfile: made with the range's maps and bound there unless it is
 * there already (keep).
 */
const NETNS_SCRIPT = PRELUDE + String.raw`
my ($name, $lowports, $hostid, $size, $usernsfile, $keep) = @ARGV;
defined($MOUNT) or die "no mount(2) number for $arch\n";
if ($hostid ne "") {
  defined($SETNS) or die "no setns(2) number for $arch\n";
  if (!$keep) {
    my ($pid, $wgo) = userns_child($hostid, $size);
    syscall($MOUNT, "/proc/$pid/ns/user", $usernsfile, 0, $MS_BIND, 0) == 0 or die "keeping the user namespace at $usernsfile: $!\n";
    done($pid, $wgo);
  }
}
my ($pid, $wgo) = child(sub {
  if ($hostid ne "") {
    open(my $u, '<', $usernsfile) or return "$usernsfile: $!\n";
    syscall($SETNS, fileno($u), $CLONE_NEWUSER) == 0 or return "setns(user): $!\n";
  }
  syscall($UNSHARE, $CLONE_NEWNET) == 0 or return "unshare(CLONE_NEWNET): $!\n";
  if ($lowports) {
    my $f = "/proc/sys/net/ipv4/ip_unprivileged_port_start";
    open(my $s, '>', $f) or return "$f: $!\n";
    print $s "0\n"; close($s) or return "$f: $!\n";
  }
  return "";
});
# syscall(2) arguments must be writable strings, not literals.
my ($dir, $none, $empty) = ("/run/netns", "none", "");
mkdir($dir, 0755) or $!{EEXIST} or die "mkdir $dir: $!\n";
# Shared, so the namespace's bind reaches other mount namespaces; bound onto itself first if it is no mount point.
my $bound = 0;
until (syscall($MOUNT, $empty, $dir, $none, $MS_SHARED | $MS_REC, 0) == 0) {
  die "making $dir a shared mount: $!\n" if $bound || !$!{EINVAL};
  syscall($MOUNT, $dir, $dir, $none, $MS_BIND | $MS_REC, 0) == 0 or die "binding $dir onto itself: $!\n";
  $bound = 1;
}
my $file = "$dir/$name";
sysopen(my $f, $file, O_RDONLY | O_CREAT | O_EXCL, 0) or die "creating $file: $!\n";
close($f);
if (syscall($MOUNT, "/proc/$pid/ns/net", $file, $none, $MS_BIND, 0) != 0) { my $e = "$!"; unlink($file); die "binding the network namespace at $file: $e\n"; }
done($pid, $wgo);
`;

/**
 * Makes the unit's network namespace `ns` (at /run/netns/<ns>, as `ip netns add`
 * does), one process for what took `ip netns add`, `nsenter` and `sysctl`.
 * lowPorts lets the namespace's users bind ports below 1024. With an id range, the
 * namespace is made inside the unit's user namespace, which is kept at usernsFile:
 * a namespace the unit's root owns, so the runtime joins it from inside the user
 * namespace (a start and every `paddock exec`), and the unit mounts its own sysfs.
 * A kept user namespace is reused (a re-plumb); one lost with a reboot is made again.
 */
export async function addUnitNetns(host: Host, ns: string, opts: { readonly lowPorts: boolean; readonly userns?: { readonly idMap: IdMap; readonly file: string } }): Promise<void> {
  const u = opts.userns;
  // A kept user namespace is a namespace file bound there (nsfs, another filesystem).
  const keep = u ? await hasOtherFilesystem(u.file) : false;
  if (u && !keep) await (await fs.open(u.file, "a", 0o600)).close();
  const ids = u ? [String(u.idMap.hostId), String(u.idMap.size), u.file, keep ? "1" : ""] : ["", "", "", ""];
  await host.run(["perl", "-e", NETNS_SCRIPT, perlArch(), ns, opts.lowPorts ? "1" : "", ...ids]);
}
