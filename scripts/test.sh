#!/usr/bin/env bash
# `npm test`: sets up everything (scripts/setup.sh), then runs the four suites:
#   unit  pure code: check, diff, OCI config, rollback, generated files
#   host  real units on this machine, as root (runc, namespaces, overlayfs, cgroups)
#   e2e   the example programs through the real Pulumi CLI (Automation API)
#   package  the packed npm package in a fresh Pulumi project, through the real CLI
#   v2vm  the host suites again in a Debian 12 guest (qemu) with systemd as PID 1 and
#         unified cgroup v2, with crun and with runc (scripts/v2vm/run.sh)
# Pass suite names to run only those: npm test -- unit host
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
suites=("$@")
((${#suites[@]})) || suites=(unit host e2e package v2vm)
[[ " ${suites[*]} " == *" v2vm "* ]] && export PADDOCK_SETUP_V2VM_IMAGE=1
bash scripts/setup.sh || exit 1
unset PADDOCK_SETUP_V2VM_IMAGE
source scripts/engine-env.sh
# tsc type-checks the examples at build time; skip ts-node's second check per run.
export PULUMI_NODEJS_TRANSPILE_ONLY=true

passed=0 failed=0 pending=0 status=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for suite in "${suites[@]}"; do
  printf '\n=== %s tests ===\n' "$suite"
  if [[ $suite == v2vm ]]; then
    # The guest's console streams on stderr; each pass's mocha report comes on stdout and is counted.
    bash scripts/v2vm/run.sh | tee "$log"
  else
    npx --no-install mocha --config test/.mocharc.json "dist/test/$suite/**/*.test.js" 2>&1 | tee "$log"
  fi
  rc=${PIPESTATUS[0]}
  ((rc == 0)) || status=1
  # Summed: the v2vm suite reports one mocha run per runtime.
  count() { grep -Eo "^ +[0-9]+ $1" "$log" | grep -Eo '[0-9]+' | awk '{n += $1} END {print n + 0}'; }
  p=$(count passing) f=$(count failing) s=$(count pending)
  # A suite that crashed before reporting counts as a failure, never as a pass.
  if ((rc != 0 && f == 0)); then f=1; fi
  passed=$((passed + p)) failed=$((failed + f)) pending=$((pending + s))
done
echo
echo "tests: $passed passed, $failed failed, $pending skipped"
exit $status
