#!/usr/bin/env bash
# `npm run bench` (not part of npm test): setup, LXC for the baseline, podman for the probes, then bench/run.ts.
#   PADDOCK_BENCH_N="1,10,50,100" PADDOCK_BENCH_RUNS=3 npm run bench
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
source scripts/engine-env.sh
export PULUMI_NODEJS_TRANSPILE_ONLY=true
exec node dist/bench/run.js
