#!/usr/bin/env bash
# Everything Paddock needs on a fresh machine, idempotent and quick when done:
# Debian packages, npm packages, the compiled TypeScript, and the Pulumi engine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf 'paddock setup: %s\n' "$*" >&2; }

# Debian packages: the host tooling the Linux engine drives.
need=()
command -v runc >/dev/null || need+=(runc)
[[ -x /bin/busybox ]] && ! ldd /bin/busybox >/dev/null 2>&1 || need+=(busybox-static)
command -v ip >/dev/null || need+=(iproute2)
command -v nsenter >/dev/null || need+=(util-linux)
command -v nft >/dev/null || need+=(nftables)
command -v debootstrap >/dev/null || need+=(debootstrap)
# Decompressors for xz, zstd and bzip2 rootfs tarballs (GNU tar runs them too).
command -v xz >/dev/null || need+=(xz-utils)
command -v zstd >/dev/null || need+=(zstd)
command -v bzip2 >/dev/null || need+=(bzip2)
# Sized volumes: an ext4 image each (mkfs.ext4, e2fsck, resize2fs).
command -v resize2fs >/dev/null || need+=(e2fsprogs)
# The remote-host tests: an sshd per test host, each in a network namespace of its own
# (Debian's package; its service is not started here, the tests start their own).
[[ -x /usr/sbin/sshd ]] || need+=(openssh-server)
if ((${#need[@]})); then
  if [[ $(id -u) -ne 0 ]]; then say "missing ${need[*]}: run as root, or apt-get install ${need[*]}"; exit 1; fi
  say "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm packages, reinstalled only when the lock file changed.
stamp=node_modules/.paddock-lock-sha
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi
# Programs (examples, the dynamic provider) import "pulumi-paddock" by name, as a
# user's program does; resolve that name to this checkout.
ln -sfn .. node_modules/pulumi-paddock

say "tsc"
npx --no-install tsc -p tsconfig.json

# The v2 guest's image (scripts/v2vm/image.sh: mostly downloads and unpacking) is built
# beside the engine (mostly compiling) when the caller will need it: npm test does.
image_pid=""
if [[ ${PADDOCK_SETUP_V2VM_IMAGE:-} == 1 ]]; then
  image_log="$(mktemp)"
  bash scripts/v2vm/image.sh "$root" >/dev/null 2>"$image_log" &
  image_pid=$!
fi
bash scripts/build-engine.sh
bash scripts/engine/install-plugins.sh
if [[ -n $image_pid ]]; then
  if ! wait "$image_pid"; then say "the v2 guest's image failed (run.sh tries again):"; cat "$image_log" >&2; fi
  rm -f "$image_log"
fi
