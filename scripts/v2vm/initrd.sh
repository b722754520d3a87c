#!/usr/bin/env bash
# A small initramfs for the v2 guest: static busybox, the virtio modules, and an
# /init that mounts /dev/vda and switches to it. Debian's own initrd spends ~24 s
# in udev under software emulation; this one reaches the real init in seconds.
# Usage: initrd.sh OUT.gz MODULES_DIR
set -euo pipefail
out="$1"; mods="$2"
d="$(mktemp -d)"; trap 'rm -rf "$d"' EXIT
mkdir -p "$d"/{bin,dev,proc,newroot,modules}
cp /bin/busybox "$d/bin/busybox"
for m in virtio/virtio_ring virtio/virtio virtio/virtio_pci_modern_dev virtio/virtio_pci_legacy_dev virtio/virtio_pci block/virtio_blk; do
  f="$mods/kernel/drivers/$m.ko"
  [[ -f $f ]] || f="$f.xz"
  [[ -f $f ]] || { echo "initrd: no module $m in $mods" >&2; exit 1; }
  cp "$f" "$d/modules/"
  echo "$(basename "$f")" >>"$d/modules/order"
done
cat >"$d/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox mount -t devtmpfs devtmpfs /dev
/bin/busybox mount -t proc proc /proc
for m in $(/bin/busybox cat /modules/order); do /bin/busybox insmod /modules/$m; done
i=0
while [ ! -b /dev/vda ] && [ $i -lt 200 ]; do /bin/busybox sleep 0.05; i=$((i+1)); done
/bin/busybox mount -t ext4 -o rw /dev/vda /newroot || { echo "v2vm initrd: cannot mount /dev/vda"; /bin/busybox poweroff -f; }
/bin/busybox umount /proc
/bin/busybox mount --move /dev /newroot/dev
exec /bin/busybox switch_root /newroot /sbin/init
INIT
chmod 755 "$d/init"
(cd "$d" && find . | cpio -o -H newc --quiet | gzip -1) >"$out"
