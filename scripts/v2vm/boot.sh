#!/usr/bin/env bash
# Boots the v2 guest under qemu (software emulation: /dev/kvm here hangs Debian
# kernels), runs one job in it, and exits with the job's exit code. The guest's
# console streams to stderr as it runs. The root image is opened copy-on-write
# (snapshot=on): every boot starts from the same image, and a reboot the job asks
# for keeps what the first boot wrote.
# Usage: boot.sh IMAGE_DIR JOB.tar OUT_DIR [LABEL]   (LABEL prefixes the console's lines;
# PADDOCK_V2VM_SMP: the guest's CPUs, the host's by default)
set -uo pipefail
img="$1"; job="$2"; out="$3"; label="${4:+[$4] }"
mkdir -p "$out"; rm -rf "$out/results"; rm -f "$out/results.img" "$out/console.log"
truncate -s 512M "$out/results.img"
: >"$out/console.log"
append="console=ttyS0 root=/dev/vda rw panic=-1 edd=off quiet systemd.unified_cgroup_hierarchy=1 systemd.show_status=0"
# The tier's time limit: timeout stops the qemu this script started, and nothing else.
timeout "${PADDOCK_V2VM_TIMEOUT:-2400}" qemu-system-x86_64 -accel tcg,thread=multi -cpu max -smp "${PADDOCK_V2VM_SMP:-$(nproc)}" -m "${PADDOCK_V2VM_MEM:-4096}" \
  -nographic -monitor none -display none -nic none \
  -kernel "$img/vmlinuz" -initrd "$img/initrd.gz" -append "$append" \
  -drive file="$img/rootfs.img",format=raw,if=virtio,snapshot=on \
  -drive file="$job",format=raw,if=virtio,readonly=on \
  -drive file="$out/results.img",format=raw,if=virtio \
  -serial file:"$out/console.log" >"$out/qemu.out" 2>&1 &
qemu=$!
tail -n +1 -f "$out/console.log" --pid=$qemu > >(sed -u "s/^/$label/" >&2) &
tailer=$!
wait "$qemu"
wait "$tailer" 2>/dev/null
mkdir -p "$out/results"
tar -C "$out/results" -xf "$out/results.img" 2>/dev/null || echo "v2vm: the guest sent no results" >&2
rc="$(grep -a -o 'PADDOCK-JOB-EXIT=[0-9]*' "$out/console.log" | tail -1 | cut -d= -f2)"
exit "${rc:-99}"
