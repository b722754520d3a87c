#!/usr/bin/env bash
# The v2 test guest: a Debian 12 root filesystem that boots with systemd as PID 1
# and one unified cgroup v2 hierarchy, Debian's cloud kernel, and a small initrd.
# Built from Debian packages at test time and cached under $PADDOCK_V2VM_CACHE,
# keyed on everything that goes in (this recipe, the kernel package, the Node
# binary, package-lock.json): a warm run costs nothing. Prints the image's directory.
# Usage: image.sh CHECKOUT   (root; CHECKOUT has node_modules installed)
set -euo pipefail
checkout="$(cd "${1:?checkout}" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${PADDOCK_V2VM_CACHE:-$HOME/.cache/paddock/v2vm}"
say() { printf 'v2vm image: %s\n' "$*" >&2; }

# Host tools: the emulator, and what builds the image without a loop mount.
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v mkfs.ext4 >/dev/null || need+=(e2fsprogs)
command -v cpio >/dev/null || need+=(cpio)
[[ -x /bin/busybox ]] && ! ldd /bin/busybox >/dev/null 2>&1 || need+=(busybox-static)
if ((${#need[@]})); then
  say "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The kernel: whatever Debian's cloud kernel metapackage points at today, unpacked
# into the cache (never installed on this host, whose /boot stays as it is).
kpkg="$(apt-cache depends linux-image-cloud-amd64 | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')"
[[ -n $kpkg ]] || { say "no linux-image-cloud-amd64 in the apt lists (apt-get update?)"; exit 1; }
kver="${kpkg#linux-image-}"
kdir="$cache/kernel/$kver"
if [[ ! -f $kdir/vmlinuz ]]; then
  say "fetch $kpkg"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get download -qq "$kpkg" >/dev/null)
  mkdir -p "$kdir.tmp"
  dpkg-deb -x "$tmp"/*.deb "$kdir.tmp/root"
  cp "$kdir.tmp/root/boot/vmlinuz-$kver" "$kdir.tmp/vmlinuz"
  rm -rf "$kdir" "$tmp"; mv "$kdir.tmp" "$kdir"
fi

node_bin="$(command -v node)"
key="$(
  {
    cat "$here/image.sh" "$here/initrd.sh" "$here"/guest/*
    echo "$kpkg" "$("$node_bin" --version)"
    sha256sum <"$checkout/package-lock.json"
  } | sha256sum | cut -c1-16
)"
out="$cache/image-$key"
if [[ -f $out/rootfs.img ]]; then echo "$out"; exit 0; fi

say "build $out (debootstrap bookworm, ~3 min cold)"
work="$cache/build-$key"
rm -rf "$work"; mkdir -p "$work" "$cache/debs"
r="$work/root"
packages=systemd,systemd-sysv,dbus,runc,crun,busybox-static,python3,iproute2,nftables,util-linux,mount,e2fsprogs,xz-utils,zstd,bzip2,kmod,procps,libstdc++6,ca-certificates
debootstrap --variant=minbase --include="$packages" --cache-dir="$cache/debs" bookworm "$r" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log" >&2; exit 1; }
# The kernel's modules (overlay, veth, bridge, nf_tables, loop are modules in the cloud kernel).
mkdir -p "$r/lib/modules"; cp -a "$kdir/root/lib/modules/$kver" "$r/lib/modules/"
chroot "$r" depmod "$kver"
# The Node that runs the tests here, and the checkout's npm packages (the job carries only its own files).
install -m 755 "$node_bin" "$r/usr/local/bin/node"
mkdir -p "$r/opt/paddock"; cp -a "$checkout/node_modules" "$r/opt/paddock/node_modules"
rm -f "$r/opt/paddock/node_modules/pulumi-paddock"
# The job protocol and the service that runs it once systemd is up.
install -m 755 "$here/guest/paddock-job" "$r/usr/local/sbin/paddock-job"
install -m 644 "$here/guest/paddock-job.service" "$r/etc/systemd/system/paddock-job.service"
ln -sfn /etc/systemd/system/paddock-job.service "$r/etc/systemd/system/multi-user.target.wants/paddock-job.service"
echo v2vm >"$r/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 v2vm\n' >"$r/etc/hosts"
printf 'LABEL=v2root / ext4 rw,relatime 0 1\n' >"$r/etc/fstab"
# The console carries the job's output only: no login prompts; a quick shutdown.
ln -sfn /dev/null "$r/etc/systemd/system/serial-getty@ttyS0.service"
ln -sfn /dev/null "$r/etc/systemd/system/getty@tty1.service"
mkdir -p "$r/etc/systemd/system.conf.d"
printf '[Manager]\nDefaultTimeoutStopSec=15s\n' >"$r/etc/systemd/system.conf.d/v2vm.conf"
chroot "$r" passwd -d root >/dev/null
rm -rf "$r/var/cache/apt/archives"/*.deb "$r/var/lib/apt/lists"/*
# Even with -q, mkfs says "Creating regular file" on stdout, which carries only the image path.
mkfs.ext4 -q -F -L v2root -d "$r" "$work/rootfs.img" 3G >&2
bash "$here/initrd.sh" "$work/initrd.gz" "$kdir/root/lib/modules/$kver"
cp "$kdir/vmlinuz" "$work/vmlinuz"
rm -rf "$r"
# Only the current image is kept.
for old in "$cache"/image-*; do [[ -e $old ]] && rm -rf "$old"; done
mv "$work" "$out"
echo "$out"
