#!/usr/bin/env bash
# migrate.sh: bring the database to the installed release's schema, as the owner role (the apps
# run as coopregistry_app, which may not change the schema). Loads seeds/ into the registry.
# Run after install.sh, before (re)starting the apps; safe to run again.
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

# migrate APP DLL SETTING: the app's own `migrate` command with the owner's connection string.
migrate() {
  local app=$1 dll=$2 setting=$3 dir="$PREFIX/current/apps/$1"
  say "migrating $app"
  env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production "ConnectionStrings__$setting=$(owner_connection)" \
    dotnet "$dir/$dll" migrate --contentRoot "$dir" || die "$app migrate failed; see the message above"
}

main() {
  load_settings
  [[ -n ${DB_OWNER_PASSWORD:-} ]] || die "DB_OWNER_PASSWORD is empty in $SETTINGS_FILE"
  # The token service first: the registry's migrations grant on its schema.
  migrate identity CoopRegistry.Identity.dll Identity
  migrate server CoopRegistry.Server.dll Registry
}

main "$@"
