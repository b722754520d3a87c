#!/bin/sh
# Runs inside a v2 guest (see guest/paddock-job), from /job. v2vm-plan says what
# this guest runs: lines of "<pass> <test file>" (run.sh shares the tier's passes
# and files among its guests). The passes, in the order the plan names them:
#   crun-systemd   the default cgroup manager here (systemd), runtime "auto" (crun here)
#   runc-cgroupfs  PADDOCK_RUNTIME=runc PADDOCK_CGROUP_MANAGER=cgroupfs (a v2 host without
#                  systemd's supervision)
#   runc-systemd   runc under systemd
#   boot           boot.test.js makes units that start at boot and the guest reboots;
#                  boot 2: boot.test.js checks them and cleans up.
# Each pass's mocha report goes to /results/pass-<name>.log and the console.
cd /job || exit 1
ln -sfn /opt/paddock/node_modules node_modules
export PADDOCK_TEST_OFFLINE=1

pass() {
  name=$1 envs=$2
  shift 2
  echo "=== v2vm pass: $name ==="
  t0=$(cut -d' ' -f1 /proc/uptime)
  # $envs is a list of NAME=value words for env(1).
  # shellcheck disable=SC2086
  { env $envs node node_modules/.bin/mocha "$@"; echo $? >/tmp/mocha-rc; } 2>&1 | tee "/results/pass-$name.log"
  r=$(cat /tmp/mocha-rc)
  echo "=== v2vm pass $name: exit $r in $(awk "BEGIN{print $(cut -d' ' -f1 /proc/uptime)-$t0}") s ==="
  if [ "$r" -ne 0 ]; then
    touch /results/failed
    # What systemd saw of Paddock's services in this boot: why one did not start is there, not in mocha's report.
    echo "=== v2vm pass $name: the journal of Paddock's services this boot ==="
    journalctl -b --no-pager -o short-monotonic -u 'paddock*' | tail -n 150
  fi
}

if [ "${PADDOCK_JOB_BOOT:-1}" = 2 ]; then
  # How the boot went for the units that start at boot: their services' starts, with times since boot.
  echo "=== v2vm boot 2: Paddock's services ==="
  journalctl -b --no-pager -o short-monotonic -u 'paddock*' | tail -n 60
  # Where the boot spent its time: each line of the journal that came 5 s or more after the one before it.
  journalctl -b --no-pager -o short-monotonic | awk -F'[][]' '{t = $2 + 0} t - last >= 5 {print "after " int(t - last) " s: " $0} {last = t}' | head -n 20
  pass boot-after "PADDOCK_BOOT_PHASE=after" --config test/.mocharc.json dist/test/host/boot.test.js
  if [ -f /results/failed ]; then echo 1 >/results/rc; else echo 0 >/results/rc; fi
  exit 0
fi
envs_of() {
  case $1 in
    crun-systemd) echo "" ;;
    runc-cgroupfs) echo "PADDOCK_RUNTIME=runc PADDOCK_CGROUP_MANAGER=cgroupfs" ;;
    runc-systemd) echo "PADDOCK_RUNTIME=runc" ;;
    *) echo "v2vm job: unknown pass $1" >&2; return 1 ;;
  esac
}
for name in $(awk '$1 != "boot" && !seen[$1]++ {print $1}' v2vm-plan); do
  envs=$(envs_of "$name") || { touch /results/failed; continue; }
  # shellcheck disable=SC2046
  # Under emulation, beside another guest, a test of ten or twenty units made at once takes
  # minutes: the guard against a hang is 10 minutes here (3 on the host).
  pass "$name" "$envs" --config test/.mocharc.json --timeout 600000 $(awk -v p="$name" '$1 == p {print $2}' v2vm-plan)
done
if grep -q '^boot ' v2vm-plan; then
  # Leaves its units for after the reboot: no leak check on this one.
  pass boot-before "PADDOCK_BOOT_PHASE=before" --no-config --timeout 180000 --reporter spec dist/test/host/boot.test.js
  touch /results/reboot
elif [ -f /results/failed ]; then echo 1 >/results/rc; else echo 0 >/results/rc; fi
