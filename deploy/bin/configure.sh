#!/usr/bin/env bash
# configure.sh: write each app's appsettings.Production.json and the nginx site into CONFIG_DIR
# from the templates of the installed release, with every @NAME@ replaced by NAME from
# settings.env. Refuses an empty required secret; run again after editing settings.env.
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

REQUIRED=(DB_HOST DB_PORT DB_NAME DB_SSL_MODE DB_APP_PASSWORD DB_OWNER_PASSWORD TOKEN_ISSUER
  REGISTRY_LISTEN REGISTRY_GRPC_PORT REGISTRY_HTTP_PORT IDENTITY_LISTEN IDENTITY_PORT SMTP_PORT SMTP_TLS)

# JSON-escape a value (backslash and double quote) so any password is a valid string.
json_escape() {
  local value=${1//\\/\\\\}
  printf '%s' "${value//\"/\\\"}"
}

# render TEMPLATE OUT: replace every @NAME@ present in the template; fail on one left unset.
render() {
  local template=$1 out=$2 text name
  text=$(<"$template")
  for name in $(grep -o '@[A-Z_]*@' "$template" | sort -u | tr -d @); do
    [[ -v $name ]] || die "$template needs $name: add it to $SETTINGS_FILE"
    if [[ $name == CORS_ORIGINS ]]; then
      text=${text//"@$name@"/${!name}} # already a JSON list body
    else
      text=${text//"@$name@"/$(json_escape "${!name}")}
    fi
  done
  mkdir -p "$(dirname "$out")"
  (umask 027 && printf '%s\n' "$text" >"$out.tmp")
  mv "$out.tmp" "$out"
}

# The registry's read-only connection string: the replica named in settings.env, as the app role
# (replicated from the primary), or empty for none. Its application_name shows in pg_stat_activity
# (then '/' and the row scope each session holds).
read_only_connection() {
  [[ -n ${DB_READONLY_HOST:-} ]] || return 0
  echo "Host=$DB_READONLY_HOST;Port=${DB_READONLY_PORT:-5432};Database=$DB_NAME;Username=coopregistry_app;Password=$DB_APP_PASSWORD;SSL Mode=$DB_SSL_MODE;Application Name=coopregistry-read-replica"
}

main() {
  local name app templates
  load_settings
  for name in "${REQUIRED[@]}"; do
    [[ -n ${!name:-} ]] || die "$name is empty in $SETTINGS_FILE"
  done
  # shellcheck disable=SC2034 # read by render through ${!name}, as every template value
  DB_READONLY_CONNECTION=$(read_only_connection)
  templates="$PREFIX/current/deploy"
  [[ -d $templates ]] || die "no release installed in $PREFIX/current (run install.sh first)"
  for app in $(release_apps "$PREFIX/current"); do
    [[ -f "$templates/config/$app/appsettings.Production.json" ]] || continue
    render "$templates/config/$app/appsettings.Production.json" "$CONFIG_DIR/$app/appsettings.Production.json"
  done
  render "$templates/nginx/coopregistry.conf" "$CONFIG_DIR/nginx/coopregistry.conf"
  if ((EUID == 0)) && getent group coopregistry >/dev/null; then
    chgrp -R coopregistry "$CONFIG_DIR"
  fi
  say "settings written into $CONFIG_DIR"
}

main "$@"
