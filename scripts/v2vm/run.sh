#!/usr/bin/env bash
# The v2 test tier: the host suites in Debian 12 guests with systemd as PID 1 and
# unified cgroup v2: with crun under the systemd cgroup manager (the default
# there), with runc under cgroupfs, the systemd file with runc, and units that
# start at boot across a reboot (job.sh). The work is shared among guests that run
# side by side, one per host CPU (a guest's tests run one after another, and keep
# about one CPU busy under qemu's emulation).
# Prints each pass's mocha output; exits non-zero if any test failed.
# Usage: run.sh [mocha test files...]   (from a checkout with dist/ built)
# Environment: PADDOCK_V2VM_PASSES (crun runc systemd boot), PADDOCK_V2VM_ONCE (files
# the crun pass alone runs), PADDOCK_V2VM_GUESTS (how many guests; the host's CPUs, at most 4).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/scripts/v2vm"
cd "$root"
img="$(bash "$here/image.sh" "$root")" || exit 1
out="${PADDOCK_V2VM_OUT:-$root/.paddock/v2vm}"
mkdir -p "$out"
files=("$@")
((${#files[@]})) || files=(dist/test/host/container.test.js dist/test/host/lifecycle.test.js dist/test/host/network.test.js dist/test/host/vocab.test.js dist/test/host/rootfs.test.js dist/test/host/security.test.js dist/test/host/userns.test.js dist/test/host/move-engine.test.js dist/test/host/log-daemon.test.js)
sd=dist/test/host/systemd.test.js
# Run in the crun pass only, to keep the tier's time: the unit basics, networks, root filesystem
# sources, volumes and gc, the id mapping, the escape probes and the log daemon (a systemd service
# in every pass alike), which turn least on the runtime and the cgroup manager; the host suite runs
# them with runc on v1, and runc's v2 pass still runs the limits and lifecycle of units, jails and
# zones, with cgroupfs.
read -r -a once <<<"${PADDOCK_V2VM_ONCE-dist/test/host/container.test.js dist/test/host/network.test.js dist/test/host/rootfs.test.js dist/test/host/userns.test.js dist/test/host/security.test.js dist/test/host/move-engine.test.js dist/test/host/log-daemon.test.js}"
passes=" ${PADDOCK_V2VM_PASSES:-crun runc systemd boot} "
listed() { local f; for f in "${@:2}"; do [[ $f == "$1" ]] && return 0; done; return 1; }

# The plan: one "<pass> <file>" line per mocha file to run.
plan=()
if [[ $passes == *" crun "* ]]; then
  for f in "${files[@]}"; do plan+=("crun-systemd $f"); done
  listed "$sd" "${files[@]}" || plan+=("crun-systemd $sd")
fi
if [[ $passes == *" runc "* ]]; then
  for f in "${files[@]}"; do listed "$f" "${once[@]}" || plan+=("runc-cgroupfs $f"); done
  listed "$sd" "${files[@]}" || plan+=("runc-cgroupfs $sd")
fi
[[ $passes == *" systemd "* ]] && plan+=("runc-systemd $sd")
[[ $passes == *" boot "* ]] && plan+=("boot dist/test/host/boot.test.js")
((${#plan[@]})) || { echo "v2vm: nothing to run (PADDOCK_V2VM_PASSES=$passes)" >&2; exit 1; }

# Seconds each line took in a guest with one CPU beside another (measured 2026-12-02, crun's taken
# for runc's); an unknown line counts as 120. Lines go, longest first, to the guest with the least so far.
cost() {
  case "$1" in
    *" dist/test/host/network.test.js") echo 420 ;;
    *" dist/test/host/rootfs.test.js") echo 275 ;;
    *" dist/test/host/container.test.js") echo 237 ;;
    *" dist/test/host/lifecycle.test.js") echo 230 ;;
    *" dist/test/host/vocab.test.js") echo 204 ;;
    "runc-cgroupfs dist/test/host/systemd.test.js") echo 30 ;;
    *" dist/test/host/systemd.test.js") echo 190 ;;
    "boot "*) echo 160 ;;
    *" dist/test/host/security.test.js") echo 131 ;;
    *" dist/test/host/userns.test.js") echo 91 ;;
    *" dist/test/host/move-engine.test.js") echo 60 ;;
    *" dist/test/host/log-daemon.test.js") echo 30 ;;
    *) echo 120 ;;
  esac
}
guests="${PADDOCK_V2VM_GUESTS:-$(nproc)}"
((guests > 4)) && guests=4
((guests > ${#plan[@]})) && guests=${#plan[@]}
((guests < 1)) && guests=1
# Each guest gets its share of the CPUs, never more: with more virtual CPUs than real ones, a
# guest's kernel stalled at its reboot here (RCU stalls, soft lockups of PID 1 under emulation).
smp=$(($(nproc) / guests)); ((smp < 1)) && smp=1
declare -a load share
for ((g = 0; g < guests; g++)); do load[g]=0; share[g]=""; done
while IFS=$'\t' read -r c line; do
  best=0
  for ((g = 1; g < guests; g++)); do ((load[g] < load[best])) && best=$g; done
  load[best]=$((load[best] + c)); share[best]+="$line"$'\n'
done < <(for l in "${plan[@]}"; do printf '%s\t%s\n' "$(cost "$l")" "$l"; done | sort -t$'\t' -k1,1nr -s)

jobs_dir="$(mktemp -d)"; trap 'rm -rf "$jobs_dir"' EXIT
tar -C "$root" -cf "$jobs_dir/tree.tar" package.json schema dist test/.mocharc.json
start=$(date +%s)
declare -a pids
for ((g = 0; g < guests; g++)); do
  t="$jobs_dir/g$((g + 1))"; mkdir -p "$t/tree"
  tar -C "$t/tree" -xf "$jobs_dir/tree.tar"
  # In the order the passes were named: the guest runs each pass once, over its files.
  printf '%s' "${share[g]}" | awk 'NR == FNR { rank[$1] = NR; next } { print rank[$1] "\t" $0 }' <(printf '%s\n' "${plan[@]}" | awk '!seen[$1]++ {print $1}') - \
    | sort -t$'\t' -k1,1n -s | cut -f2- >"$t/tree/v2vm-plan"
  cp "$here/job.sh" "$t/tree/run.sh"
  tar -C "$t/tree" -cf "$t/job.tar" .
  echo "v2vm: guest $((g + 1)) of $guests ($smp CPU, ~$((load[g] / 60)) min): $(awk '{print $1 ":" $2}' "$t/tree/v2vm-plan" | sed 's#dist/test/host/##; s#\.test\.js##' | paste -sd' ')" >&2
  PADDOCK_V2VM_SMP=$smp bash "$here/boot.sh" "$img" "$t/job.tar" "$out/g$((g + 1))" "g$((g + 1))" &
  pids[g]=$!
done
rc=0
for ((g = 0; g < guests; g++)); do
  wait "${pids[g]}"; r=$?
  echo "v2vm: guest $((g + 1)) ended after $(($(date +%s) - start)) s, job exit $r" >&2
  ((r == 0)) || rc=1
done
echo "v2vm: the guests ran $(($(date +%s) - start)) s" >&2
# The mocha output of each pass, for the summary `npm test` prints.
for ((g = 0; g < guests; g++)); do
  for f in "$out/g$((g + 1))"/results/pass-*.log; do [[ -f $f ]] && { printf '\n=== v2vm guest %d %s ===\n' $((g + 1)) "$(basename "$f" .log)"; cat "$f"; }; done
done
exit "$rc"
