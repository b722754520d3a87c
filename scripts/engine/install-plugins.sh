#!/usr/bin/env bash
# Puts the two plugins the engine needs for Node programs with dynamic resources
# next to the pulumi binary, where the engine looks for "bundled" plugins first
# (and so prints no "using ... from $PATH" warning on every run). They point at
# this checkout; every setup rewrites them, so a fresh clone takes them over.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../engine-env.sh"
root="$(cd "$here/../.." && pwd)"

write() { # write NAME BODY: atomically, so a running engine never sees half a file
  printf '%s\n' "$2" >"$PADDOCK_PULUMI_BIN/$1.tmp"
  chmod 755 "$PADDOCK_PULUMI_BIN/$1.tmp"
  mv "$PADDOCK_PULUMI_BIN/$1.tmp" "$PADDOCK_PULUMI_BIN/$1"
}

write pulumi-language-nodejs "#!/bin/sh
# Paddock's Node language host (see $root/scripts/engine/language-host.js for why).
exec node '$root/scripts/engine/language-host.js' \"\$@\""

# The SDK's dynamic-provider entry point, from the program's own node_modules when
# it has one (the SDK that serialized the provider), else from this checkout's.
# It prints nothing itself: the engine reads the plugin's port from stdout.
write pulumi-resource-pulumi-nodejs "#!/bin/sh
entry=\$(node -e 'try { process.stdout.write(require.resolve(\"@pulumi/pulumi/cmd/dynamic-provider\", { paths: [process.cwd()] })) } catch { }')
[ -n \"\$entry\" ] || entry='$root/node_modules/@pulumi/pulumi/cmd/dynamic-provider/index.js'
exec node \"\$entry\" \"\$@\""
