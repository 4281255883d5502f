#!/usr/bin/env bash
# verify-audit-chain.sh: recompute the registry's whole audit chain in the database (the registry's
# `verify-audit-chain` command, as the owner role) and print "audit chain intact: N entries, head
# SEQUENCE HASH"; exit 1 when an entry does not match. Run after a restore, before starting the
# registry again (docs/runbook.md "Point-in-time recovery").
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

main() {
  local dir
  load_settings
  dir="$PREFIX/current/apps/server"
  env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    "ConnectionStrings__Registry=$(owner_connection)" \
    dotnet "$dir/CoopRegistry.Server.dll" verify-audit-chain --contentRoot "$dir"
}

main "$@"
