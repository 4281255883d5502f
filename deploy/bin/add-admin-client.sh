#!/usr/bin/env bash
# add-admin-client.sh CLIENT_ID AGENCY PROVINCE: the installation's first administrator client
# (scopes registry.admin and registry.read), who creates every other client through AdminService.
# Prints its secret once on stdout: keep it in the province's password safe.
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

main() {
  local dir
  (($# == 3)) || die "usage: add-admin-client.sh CLIENT_ID agencies/AGENCY provinces/PROVINCE"
  load_settings
  dir="$PREFIX/current/apps/identity"
  ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    dotnet "$dir/CoopRegistry.Identity.dll" add-admin-client "$@" --contentRoot "$dir"
}

main "$@"
