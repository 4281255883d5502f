#!/usr/bin/env bash
# ./coop cli [args]: the command-line client (clients/coop-cli), built first when its dll is
# missing or older than any source it is made from. The build's own output goes to stderr so that
# `./coop cli … --output json` stays clean on stdout.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CLI_PROJECT=clients/coop-cli
CLI_DLL=$CLI_PROJECT/bin/Release/net10.0/coop.dll

stale() {
  [[ ! -f $CLI_DLL ]] || [[ -n $(find "$CLI_PROJECT" clients/CoopRegistry.Client src/CoopRegistry.Contracts protos \
    Directory.Packages.props Directory.Build.props \( -path '*/bin' -o -path '*/obj' \) -prune -o \
    -type f -newer "$CLI_DLL" -print -quit) ]]
}

if stale; then
  say "building the CLI"
  dotnet build "$CLI_PROJECT" -c Release -nologo -v q >&2 || die "the CLI did not build"
fi
exec dotnet "$CLI_DLL" "$@"
