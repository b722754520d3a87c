#!/usr/bin/env bash
# The floor: the same units a Paddock Network + Containers make (overlay over the
# shared busybox base, named netns with a veth on a bridge, a user namespace of its
# own, runc), made by a plain script calling mount, ip and runc directly: no Pulumi,
# no Node per unit. The user namespace is in each config.json: runc makes it.
#   raw-floor.sh create|read|update|delete DIR N [MEMORY_BYTES]
# DIR holds bundles/u<i>/config.json (written by the harness) and base (the lower layer).
set -euo pipefail
op=$1 dir=$2 n=$3 mem=${4:-0}
root="$dir/runc"
for ((i = 0; i < n; i++)); do
  u="u$i" b="$dir/bundles/u$i" ns="pdraw-$i" veth="pdrw$i"
  case $op in
  create)
    mkdir -p "$b/upper" "$b/work" "$b/rootfs"
    mount -t overlay overlay -o "lowerdir=$dir/base,upperdir=$b/upper,workdir=$b/work" "$b/rootfs"
    ip netns add "$ns"
    ip link add "$veth" type veth peer name eth0 netns "$ns"
    ip link set "$veth" master pd-rawbench up
    ip -n "$ns" addr add "10.80.$((i / 250)).$((i % 250 + 2))/22" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" link set lo up
    runc --root "$root" run --detach --bundle "$b" "$u" >"$b/console.log" 2>&1
    ;;
  read)
    runc --root "$root" state "$u" >/dev/null
    cat "/sys/fs/cgroup/memory/paddock-rawbench/$u/memory.limit_in_bytes" >/dev/null
    ;;
  update)
    echo "$mem" >"/sys/fs/cgroup/memory/paddock-rawbench/$u/memory.limit_in_bytes"
    ;;
  delete)
    runc --root "$root" kill "$u" KILL || true
    runc --root "$root" delete --force "$u"
    ip netns del "$ns"
    umount "$b/rootfs"
    rm -rf "$b/upper" "$b/work" "$b/rootfs"
    ;;
  esac
done
