#!/usr/bin/env bash
# ./coop release-check: the production smoke test. Builds the release (./coop release, without
# images), installs it into a temporary prefix with the runbook's own commands (deploy/bin/*.sh:
# install, configure, make-keys, migrate, add-admin-client) against a fresh PostgreSQL cluster,
# starts the apps in Production with TLS on, calls every surface (the token endpoint, gRPC,
# gRPC-Web, JSON), checks that development secrets are refused; then, as the runbook's "More than
# one machine" and "Point-in-time recovery" say, a streaming replica serving listings, a second
# registry process on the same primary, and a restore to an instant before a bad change.
# Ports: the registry and token service on those of COOP_GRPC_URL, COOP_HTTP_URL and COOP_TOKEN_URL,
# the second registry process on those + 4; PostgreSQL on COOP_RELEASE_PG_PORT (test port + 6), its
# replica on COOP_REPLICA_PG_PORT (test port + 7).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=clusters.sh
source "$ROOT/scripts/clusters.sh"
# shellcheck source=tools.sh
source "$ROOT/scripts/tools.sh"
# shellcheck source=release-lib.sh
source "$ROOT/scripts/release-lib.sh"
# shellcheck source=release-calls.sh
source "$ROOT/scripts/release-calls.sh"
# shellcheck source=release-scale.sh
source "$ROOT/scripts/release-scale.sh"
# shellcheck source=release-pitr.sh
source "$ROOT/scripts/release-pitr.sh"

COOP_RELEASE_PG_PORT=${COOP_RELEASE_PG_PORT:-$((COOP_TEST_PG_PORT + 6))}
COOP_REPLICA_PG_PORT=${COOP_REPLICA_PG_PORT:-$((COOP_TEST_PG_PORT + 7))}
PRIMARY=release/primary # clusters in one folder of the cluster user, which restore-to-time.sh renames in
REPLICA=release/replica
CHECK="$DATA/release-check"
export CONFIG_DIR="$CHECK/etc"
PREFIX="$CHECK/opt"
LOGS="$DATA/log"
PIDS=()

url_port() {
  local rest=${1##*:}
  echo "${rest%%/*}"
}

GRPC_PORT=$(url_port "$COOP_GRPC_URL")
HTTP_PORT=$(url_port "$COOP_HTTP_URL")
IDENTITY_PORT=$(url_port "$COOP_TOKEN_URL")
SECOND_GRPC_PORT=$((GRPC_PORT + 4))
SECOND_HTTP_PORT=$((HTTP_PORT + 4))

# The .NET client's NuGet package is in the release and depends on the contract's, of its version.
check_packages() {
  local packages=$1/packages nuspec
  nuspec=$(unzip -p "$packages"/CoopRegistry.Client.*.nupkg CoopRegistry.Client.nuspec 2>/dev/null) ||
    die "the release has no CoopRegistry.Client package in ${packages#"$ROOT"/}"
  expect "the release's NuGet package of the .NET client depends on the contract's" \
    '<dependency id="CoopRegistry.Contracts" version="[0-9.]*"' "$nuspec"
  ls "$packages"/CoopRegistry.Contracts.*.nupkg >/dev/null || die "the release has no CoopRegistry.Contracts package"
}

# A fresh primary every run (the check is of a first install), archiving its WAL from the start.
fresh_cluster() {
  stop_cluster release # before the primary and replica had a folder of their own
  stop_cluster "$REPLICA"
  stop_cluster "$PRIMARY"
  rm -rf "$PG_HOME/release" # its parent is ours, not the cluster user's
  pg_owned_dir "$PG_HOME/release"
  cluster "$PRIMARY" "$COOP_RELEASE_PG_PORT"
  archive_wal
}

# What an operator writes into settings.env (deploy/config/settings.env.example), with secrets
# made here and the database roles given those passwords.
write_settings() {
  local owner app
  owner=$(openssl rand -hex 24)
  app=$(openssl rand -hex 24)
  psql_super "$COOP_RELEASE_PG_PORT" postgres -c "ALTER ROLE $DB_ROLE PASSWORD '$owner'" \
    -c "ALTER ROLE $DB_APP_ROLE PASSWORD '$app'"
  mkdir -p "$CONFIG_DIR"
  (umask 077 && cat >"$CONFIG_DIR/settings.env" <<EOF
PREFIX=$PREFIX
DB_HOST=127.0.0.1
DB_PORT=$COOP_RELEASE_PG_PORT
DB_NAME=$DB_NAME
DB_SSL_MODE=Disable
DB_OWNER_PASSWORD=$owner
DB_APP_PASSWORD=$app
DB_READONLY_HOST=127.0.0.1
DB_READONLY_PORT=$COOP_REPLICA_PG_PORT
REGISTRY_LISTEN=127.0.0.1
REGISTRY_GRPC_PORT=$GRPC_PORT
REGISTRY_HTTP_PORT=$HTTP_PORT
IDENTITY_LISTEN=127.0.0.1
IDENTITY_PORT=$IDENTITY_PORT
TOKEN_ISSUER=https://localhost:$IDENTITY_PORT
CORS_ORIGINS='"https://partner.example"'
SMTP_HOST=
SMTP_PORT=25
SMTP_TLS=false
SMTP_USER=
SMTP_PASSWORD=
SMTP_FROM=
SERVER_NAME=localhost
NGINX_PORT=443
WEB_PORT=5083
UPSTREAM_TLS_NAME=localhost
EOF
  )
}

# The runbook's install steps, in its order (docs/runbook.md "Install" and "First start").
install_release() {
  local tarball=$1
  "$CHECK/deploy/bin/install.sh" "$tarball"
  "$CHECK/deploy/bin/configure.sh"
  "$CHECK/deploy/bin/make-keys.sh" --self-signed-tls localhost 127.0.0.1
  "$CHECK/deploy/bin/migrate.sh"
  ADMIN_SECRET=$("$CHECK/deploy/bin/add-admin-client.sh" vn30-release-admin agencies/vn30-van-phong-ubnd provinces/VN-30 |
    tail -n 1)
  [[ -n $ADMIN_SECRET ]] || die "add-admin-client printed no secret"
}

# start_app APP DLL [LOG [SETTING=VALUE…]]: as its systemd unit does (deploy/systemd/*.service),
# in the foreground's stead; settings as environment variables (a second process's ports).
start_app() {
  local app=$1 dll=$2 log="$LOGS/release-${3:-$1}.log" dir="$PREFIX/current/apps/$1"
  shift $(($# < 3 ? $# : 3))
  : >"$log"
  (cd "$PREFIX/current" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    SSL_CERT_FILE="$CONFIG_DIR/tls/upstream-ca.crt" "$@" \
    dotnet "$dir/$dll" --contentRoot "$dir" >>"$log" 2>&1 9>&-) &
  PIDS+=("$!")
}

# wait_https URL LOG: up to 60 s for URL to answer over TLS verified against the installation CA.
wait_https() {
  local url=$1 log=$2 tries
  for ((tries = 0; tries < 120; tries++)); do
    kill -0 "${PIDS[-1]}" 2>/dev/null || {
      tail -n 30 "$LOGS/release-$log.log" >&2
      die "$log exited during start-up (log: .data/log/release-$log.log)"
    }
    curl -sf -o /dev/null --max-time 2 --cacert "$CONFIG_DIR/tls/upstream-ca.crt" "$url" && return 0
    sleep 0.5
  done
  tail -n 30 "$LOGS/release-$log.log" >&2
  die "$log did not answer $url within 60 s"
}

# The token service and two registry processes on the one primary.
start_apps() {
  start_app identity CoopRegistry.Identity.dll
  wait_https "https://localhost:$IDENTITY_PORT/.well-known/openid-configuration" identity
  start_app server CoopRegistry.Server.dll
  wait_https "https://localhost:$HTTP_PORT/healthz" server
  start_app server CoopRegistry.Server.dll server-2 Registry__GrpcUrl="https://127.0.0.1:$SECOND_GRPC_PORT" \
    Registry__HttpUrl="https://127.0.0.1:$SECOND_HTTP_PORT"
  wait_https "https://localhost:$SECOND_HTTP_PORT/healthz" server-2
}

stop_apps() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}

stop_all() {
  stop_apps
  stop_cluster "$REPLICA"
  stop_cluster "$PRIMARY"
}

main() {
  local out tarball
  take_lock release-check
  ensure_postgres
  ensure_buf
  command -v openssl >/dev/null || apt_install openssl
  command -v unzip >/dev/null || apt_install unzip
  trap stop_all EXIT
  COOP_RELEASE_IMAGES=${COOP_RELEASE_IMAGES:-0} "$ROOT/scripts/release.sh" >/dev/null
  out=$(release_dir)
  tarball="$out.tar.gz"
  check_packages "$out"
  rm -rf "$CHECK"
  mkdir -p "$CHECK" "$LOGS"
  # The operator's scripts come from the release itself, as on a real machine.
  tar -xzf "$tarball" -C "$CHECK" --strip-components=1 "$(basename "$out")/deploy"
  fresh_cluster
  write_settings
  install_release "$tarball"
  take_base_backup
  start_replica
  start_apps
  call_every_surface
  call_cors
  call_metrics
  check_replica_serves_lists
  check_two_processes
  check_point_in_time_recovery
  stop_all
  echo "release-check: OK ($(basename "$out") installed, started in Production with TLS, every surface answered;" \
    "a replica served a listing, two registry processes shared the change feed, a restore to an instant kept the audit chain intact)"
}

main "$@"
