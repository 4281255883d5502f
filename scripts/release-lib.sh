# shellcheck shell=bash
# What the release and its check share: which projects are apps, their short names, the version
# and where a release is written. Sourced after lib.sh.

# The release's version: the nearest tag and commit (git describe), "dev" outside git.
RELEASE_VERSION=$(git -C "$ROOT" describe --tags --always --dirty 2>/dev/null || echo dev)

# Every ASP.NET Core project under src/ is an app (the libraries use the plain SDK), so a new app
# such as the console is released as soon as it exists.
app_projects() {
  local csproj
  for csproj in "$ROOT"/src/*/*.csproj; do
    grep -q 'Sdk="Microsoft.NET.Sdk.Web"' "$csproj" && dirname "$csproj"
  done
}

# src/CoopRegistry.Server -> server: the name of its folder, unit, image and user-facing paths.
app_name() {
  local base
  base=$(basename "$1")
  base=${base#CoopRegistry.}
  echo "${base,,}"
}

release_dir() { echo "$DATA/release/coopregistry-$RELEASE_VERSION"; }
