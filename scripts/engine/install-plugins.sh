#!/usr/bin/env bash
# Makes this checkout's engine directory (.paddock/bin): the built pulumi binary
# (hard-linked from the cache, copied across filesystems) and, next to it, the two
# plugins the engine needs for Node programs with dynamic resources. The engine
# looks beside its own binary for bundled plugins first, so they are found
# without PATH tricks or "using ... from $PATH" warnings, and each checkout's
# plugins point at that checkout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../engine-env.sh"
root="$(cd "$here/../.." && pwd)"
mkdir -p "$PADDOCK_PULUMI_BIN"
# Temporary names carry this process's pid: two runs at once (two `scripts/pulumi` in one
# checkout) each rename their own file into place, and the last rename wins whole.
if ! cmp -s "$PADDOCK_PULUMI_BUILD/pulumi" "$PADDOCK_PULUMI_BIN/pulumi"; then
  tmp="$PADDOCK_PULUMI_BIN/pulumi.tmp.$$"
  ln "$PADDOCK_PULUMI_BUILD/pulumi" "$tmp" 2>/dev/null || cp "$PADDOCK_PULUMI_BUILD/pulumi" "$tmp"
  mv -f "$tmp" "$PADDOCK_PULUMI_BIN/pulumi"
fi

write() { # write NAME BODY: atomically, so a running engine never sees half a file
  local tmp="$PADDOCK_PULUMI_BIN/$1.tmp.$$"
  printf '%s\n' "$2" >"$tmp"
  chmod 755 "$tmp"
  mv -f "$tmp" "$PADDOCK_PULUMI_BIN/$1"
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
