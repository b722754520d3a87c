# Sourced by the scripts that build or run the Pulumi engine: one place for the
# pinned version and the cache layout.
# The CLI version must equal the @pulumi/pulumi version in package.json (a unit
# test checks it).
export PADDOCK_PULUMI_VERSION="v3.246.0"
export PADDOCK_CACHE="${PADDOCK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/paddock}"
# The CLI as built, shared by every checkout on this machine.
export PADDOCK_PULUMI_BUILD="$PADDOCK_CACHE/pulumi/$PADDOCK_PULUMI_VERSION/bin"
paddock_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# This checkout's engine directory: a hard link to the built CLI with our two
# plugins beside it (see engine/install-plugins.sh), so checkouts never share plugins.
export PADDOCK_PULUMI_BIN="$paddock_root/.paddock/bin"
# Offline and non-interactive: a local file backend, no update checks, no plugin
# downloads (our plugins sit next to the pulumi binary).
export PULUMI_HOME="${PULUMI_HOME:-$PADDOCK_CACHE/pulumi-home}"
export PULUMI_BACKEND_URL="${PULUMI_BACKEND_URL:-file://$PADDOCK_CACHE/state}"
# A documented demo default: stacks on the local backend are encrypted with it.
# Set your own PULUMI_CONFIG_PASSPHRASE for anything that is not a demo.
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE-paddock-demo}"
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
export PATH="$PADDOCK_PULUMI_BIN:$PATH"
