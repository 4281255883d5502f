# shellcheck shell=bash
# Shared by the deploy/bin scripts: the installation's settings (CONFIG_DIR/settings.env), messages.
# Sourced, never run. CONFIG_DIR comes from the environment (default /etc/coopregistry).
set -euo pipefail

CONFIG_DIR=${CONFIG_DIR:-/etc/coopregistry}
SETTINGS_FILE="$CONFIG_DIR/settings.env"
# The apps a release may hold, by folder under apps/ (the console only once it exists).
APPS=(identity server web)

say() { printf 'coopregistry: %s\n' "$*" >&2; }
die() {
  say "error: $*"
  exit 1
}

load_settings() {
  [[ -f $SETTINGS_FILE ]] || die "no $SETTINGS_FILE: copy deploy/config/settings.env.example there and fill it in"
  # shellcheck source=../config/settings.env.example
  source "$SETTINGS_FILE"
  PREFIX=${PREFIX:-/opt/coopregistry}
}

# The owner role's connection string (migrations, the audit chain's verification); never the apps'.
owner_connection() {
  echo "Host=$DB_HOST;Port=$DB_PORT;Database=$DB_NAME;Username=coopregistry;Password=$DB_OWNER_PASSWORD;SSL Mode=$DB_SSL_MODE"
}

# The apps a release holds: its apps/ folders.
release_apps() {
  local app
  for app in "${APPS[@]}"; do [[ -d "$1/apps/$app" ]] && echo "$app"; done
  return 0
}

# An OS user when running as root (systemd's User=); skipped for an unprivileged trial install.
ensure_user() {
  local user=$1 group=$2
  ((EUID == 0)) || return 0
  getent group "$group" >/dev/null || groupadd --system "$group"
  id -u "$user" >/dev/null 2>&1 || useradd --system --gid "$group" --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
}
