#!/usr/bin/env bash
# Builds the pinned Pulumi CLI from Go modules into a cache directory outside the
# repo, once per version. The CLI cannot be downloaded on our machines, and
# github.com/pulumi/pulumi/pkg/v3 carries replace directives, so `go install
# pkg@vX` refuses: we build from a throwaway wrapper module instead.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=engine-env.sh
source "$here/engine-env.sh"

version="$PADDOCK_PULUMI_VERSION"
bin="$PADDOCK_PULUMI_BUILD"
if [[ -x "$bin/pulumi" ]] && "$bin/pulumi" version 2>/dev/null | grep -qx "$version"; then
  exit 0
fi

echo "paddock: building the Pulumi CLI $version from Go modules into $bin (first time only, several minutes)" >&2
work="$(mktemp -d "${TMPDIR:-/tmp}/paddock-pulumi-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Only the non-local replace lines of pkg/go.mod matter to a consumer; the local
# ones (../sdk) point into pulumi's own checkout and are dropped.
pkgmod="$work/pkg.go.mod"
GOFLAGS=-mod=mod go mod download -json "github.com/pulumi/pulumi/pkg/v3@$version" >"$work/dl.json"
cp "$(sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p' "$work/dl.json")" "$pkgmod"
replaces="$(awk '
  /^replace \(/ { inblock = 1; next }
  inblock && /^\)/ { inblock = 0; next }
  inblock { print "replace " $0; next }
  /^replace / { print }
' "$pkgmod" | grep -v '=> \.' || true)"

cat >"$work/go.mod" <<MOD
module paddock.local/pulumi-engine

go 1.25

require (
	github.com/pulumi/pulumi/pkg/v3 $version
	github.com/pulumi/pulumi/sdk/v3 $version
)

$replaces

tool github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
MOD

cd "$work"
echo "paddock: resolving modules" >&2
GOTOOLCHAIN=local GOFLAGS=-mod=mod go mod tidy
echo "paddock: compiling pulumi (go build)" >&2
mkdir -p "$bin.tmp"
GOTOOLCHAIN=local CGO_ENABLED=0 go build -trimpath -tags osusergo,grpcnotrace \
  -ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$version" \
  -o "$bin.tmp/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
rm -rf "$bin"
mv "$bin.tmp" "$bin"
echo "paddock: built $("$bin/pulumi" version)" >&2
