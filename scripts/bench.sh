#!/usr/bin/env bash
# `npm run bench` (not part of npm test): setup, LXC for the baseline, Docker Engine and podman for the
# peers and the probes, then bench/run.ts.
#   PADDOCK_BENCH_N="1,10,50,100,250,500,1000" PADDOCK_BENCH_RUNS=3 npm run bench
#   PADDOCK_BENCH_ONLY=ids npm run bench   (the user-namespace costs and the probes beside podman only)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
if ! command -v lxc-create >/dev/null; then
  echo "paddock bench: apt-get install lxc (the LXC baseline)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends lxc >/dev/null
fi
if ! command -v podman >/dev/null; then
  echo "paddock bench: apt-get install podman (the security defaults side by side)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman >/dev/null
fi
if [ ! -x /usr/sbin/dockerd ]; then
  # The bench starts a dockerd of its own (own data root, socket, no iptables) and stops it after.
  # Under systemd the package would also start and enable the system's Docker (its bridge and
  # iptables rules): that is not the bench's to do, so there it is left to you.
  if [ "$(cat /proc/1/comm)" = systemd ]; then
    echo "paddock bench: no dockerd; the Docker Engine loop is skipped (apt-get install docker.io to run it)" >&2
  else
    echo "paddock bench: apt-get install docker.io (the Docker Engine loop)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io >/dev/null
  fi
fi
source scripts/engine-env.sh
export PULUMI_NODEJS_TRANSPILE_ONLY=true
exec node dist/bench/run.js
