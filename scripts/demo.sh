#!/usr/bin/env bash
# `npm run demo`: sets up everything, then `pulumi up` on examples/quickstart with
# a local file backend. It leaves the container running and prints its outputs;
# run it again and Pulumi reports no changes. Clean up with:
#   cd examples/quickstart && ../../scripts/pulumi destroy --yes
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
cd "$root/examples/quickstart"
pulumi() { "$root/scripts/pulumi" "$@"; }
pulumi stack select dev --create --non-interactive
pulumi up --yes --non-interactive --skip-preview
echo
pulumi stack output
