#!/bin/sh
# Runs inside the v2 guest (see guest/paddock-job), from /job:
#   boot 1: the host test files listed in v2vm-files, with systemd.test.js:
#     crun-systemd   the default cgroup manager here (systemd), runtime "auto" (crun here)
#     runc-cgroupfs  PADDOCK_RUNTIME=runc PADDOCK_CGROUP_MANAGER=cgroupfs (a v2 host without
#                    systemd's supervision): the same files but those in v2vm-once, and
#                    systemd.test.js's refusals
#     runc-systemd   systemd.test.js with runc under systemd
#   so each runtime and each manager runs every file, and each pair the manager's own;
#   then boot.test.js makes units that start at boot, and the guest reboots;
#   boot 2: boot.test.js checks them and cleans up.
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
  [ "$r" -eq 0 ] || touch /results/failed
}

if [ "${PADDOCK_JOB_BOOT:-1}" = 2 ]; then
  pass boot-after "PADDOCK_BOOT_PHASE=after" --config test/.mocharc.json dist/test/host/boot.test.js
  if [ -f /results/failed ]; then echo 1 >/results/rc; else echo 0 >/results/rc; fi
  exit 0
fi
wanted() { grep -qw "$1" v2vm-passes; }
# The listed files and the systemd file (once, if it is listed too).
{ cat v2vm-files; grep -qx dist/test/host/systemd.test.js v2vm-files || echo dist/test/host/systemd.test.js; } >v2vm-files-sd
# shellcheck disable=SC2046
wanted crun && pass crun-systemd "" --config test/.mocharc.json $(cat v2vm-files-sd)
# The files listed in v2vm-once (what does not turn on the runtime or the cgroup manager) run in the first pass only.
touch v2vm-once
grep -vxF -f v2vm-once v2vm-files-sd >v2vm-files-runc || true
# shellcheck disable=SC2046
wanted runc && pass runc-cgroupfs "PADDOCK_RUNTIME=runc PADDOCK_CGROUP_MANAGER=cgroupfs" --config test/.mocharc.json $(cat v2vm-files-runc)
wanted systemd && pass runc-systemd "PADDOCK_RUNTIME=runc" --config test/.mocharc.json dist/test/host/systemd.test.js
if wanted boot; then
  # Leaves its units for after the reboot: no leak check on this one.
  pass boot-before "PADDOCK_BOOT_PHASE=before" --no-config --timeout 180000 --reporter spec dist/test/host/boot.test.js
  touch /results/reboot
elif [ -f /results/failed ]; then echo 1 >/results/rc; else echo 0 >/results/rc; fi
