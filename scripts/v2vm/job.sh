#!/bin/sh
# Runs inside the v2 guest (see guest/paddock-job): the listed mocha files, once
# per runtime. PADDOCK_RUNTIME decides what runtime "auto" picks.
cd /job
ln -sfn /opt/paddock/node_modules node_modules
rc=0
for rt in auto runc; do
  echo "=== v2vm pass: runtime $rt ==="
  t0=$(cut -d' ' -f1 /proc/uptime)
  if [ "$rt" = auto ]; then unset PADDOCK_RUNTIME; else export PADDOCK_RUNTIME=$rt; fi
  # shellcheck disable=SC2046
  { PADDOCK_TEST_OFFLINE=1 node node_modules/.bin/mocha --config test/.mocharc.json $(cat v2vm-files); echo $? >/tmp/mocha-rc; } 2>&1 | tee /results/pass-$rt.log
  r=$(cat /tmp/mocha-rc)
  echo "=== v2vm pass $rt: exit $r in $(awk "BEGIN{print $(cut -d' ' -f1 /proc/uptime)-$t0}") s ==="
  [ $r -eq 0 ] || rc=1
done
echo $rc >/results/rc
