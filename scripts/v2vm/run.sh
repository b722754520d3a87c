#!/usr/bin/env bash
# The v2 test tier: the host suites in a Debian 12 guest with systemd as PID 1
# and unified cgroup v2: with crun under the systemd cgroup manager (the default
# there), with runc under cgroupfs, and the systemd file with runc (job.sh).
# Prints each pass's mocha output; exits non-zero if any test failed.
# Usage: run.sh [mocha test files...]   (from a checkout with dist/ built)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/scripts/v2vm"
cd "$root"
img="$(bash "$here/image.sh" "$root")" || exit 1
out="${PADDOCK_V2VM_OUT:-$root/.paddock/v2vm}"
mkdir -p "$out"
files=("$@")
((${#files[@]})) || files=(dist/test/host/container.test.js dist/test/host/lifecycle.test.js dist/test/host/network.test.js dist/test/host/vocab.test.js dist/test/host/rootfs.test.js dist/test/host/security.test.js dist/test/host/userns.test.js)
job="$(mktemp -d)"; trap 'rm -rf "$job"' EXIT
mkdir -p "$job/tree"
tar -C "$root" -cf - package.json schema dist test/.mocharc.json | tar -C "$job/tree" -xf -
printf '%s\n' "${files[@]}" >"$job/tree/v2vm-files"
# Run in the first pass only (crun under systemd), to keep the tier's time: networks, root filesystem
# sources, volumes and gc, the id mapping and the escape probes, which turn least on the runtime and
# the cgroup manager; the host suite runs them with runc on v1, and runc's v2 pass still runs units,
# jails and zones (limits, lifecycle, user namespaces) with cgroupfs.
printf '%s\n' ${PADDOCK_V2VM_ONCE-dist/test/host/network.test.js dist/test/host/rootfs.test.js dist/test/host/userns.test.js dist/test/host/security.test.js} >"$job/tree/v2vm-once"
# Which passes (all by default; see job.sh): crun runc systemd boot.
echo "${PADDOCK_V2VM_PASSES:-crun runc systemd boot}" >"$job/tree/v2vm-passes"
cp "$here/job.sh" "$job/tree/run.sh"
tar -C "$job/tree" -cf "$job/job.tar" .
start=$(date +%s)
bash "$here/boot.sh" "$img" "$job/job.tar" "$out"
rc=$?
echo "v2vm: guest ran $(( $(date +%s) - start )) s, job exit $rc" >&2
# The mocha output of each pass, for the summary `npm test` prints.
for f in "$out"/results/pass-*.log; do [[ -f $f ]] && { printf '\n=== v2vm %s ===\n' "$(basename "$f" .log)"; cat "$f"; }; done
exit "$rc"
