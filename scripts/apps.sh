# shellcheck shell=bash
# Running the registry, the token service and the console as processes (for up and bench): their
# settings, migrate, start, wait until they answer, and stop them all together with the dev cluster.
# Sourced after lib.sh and clusters.sh.

REGISTRY_DLL=src/CoopRegistry.Server/bin/Release/net10.0/CoopRegistry.Server.dll
IDENTITY_DLL=src/CoopRegistry.Identity/bin/Release/net10.0/CoopRegistry.Identity.dll
WEB_DLL=src/CoopRegistry.Web/bin/Release/net10.0/CoopRegistry.Web.dll
APP_NAMES=()
APP_PIDS=()
STOPPED=

has_identity() { [[ -d "$ROOT/src/CoopRegistry.Identity" ]]; }
has_console() { [[ -d "$ROOT/src/CoopRegistry.Web" ]]; }

# Each process's share of the cluster's connections (docs/performance.md#connections): the
# registry's pool (and its one LISTEN connection), the token service's, the console's, and room
# for migrations, psql and pgbench. A call that finds its pool busy waits for a connection.
REGISTRY_POOL_SIZE=20
TOKEN_POOL_SIZE=10
CONSOLE_POOL_SIZE=10
HEADROOM_CONNECTIONS=20

dev_connection_string() { echo "Host=127.0.0.1;Port=$COOP_DEV_PG_PORT;Database=$DB_NAME;Username=$1"; }

# Connection strings for `migrate` (the owner role) or for running (the app role).
use_db_role() {
  local cs
  cs=$(dev_connection_string "$1")
  export ConnectionStrings__Registry="$cs;Maximum Pool Size=$REGISTRY_POOL_SIZE"
  export ConnectionStrings__Identity="$cs;Maximum Pool Size=$TOKEN_POOL_SIZE"
}

# Refuse to start apps whose pools could together take more connections than the dev cluster
# accepts: PostgreSQL would refuse the extra ones (SQLSTATE 53300) and calls would fail under load.
check_connection_budget() {
  local max reserved need
  max=$(psql_super "$COOP_DEV_PG_PORT" postgres -c "SHOW max_connections")
  reserved=$(psql_super "$COOP_DEV_PG_PORT" postgres -c "SHOW superuser_reserved_connections")
  need=$((REGISTRY_POOL_SIZE + 1 + TOKEN_POOL_SIZE + CONSOLE_POOL_SIZE + HEADROOM_CONNECTIONS))
  ((need <= max - reserved)) ||
    die "the apps' pools and headroom need $need connections; the dev cluster accepts $((max - reserved)) (max_connections $max)"
}

export_app_env() {
  use_db_role "$DB_ROLE"
  export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development
  export Registry__GrpcUrl="$COOP_GRPC_URL" Registry__HttpUrl="$COOP_HTTP_URL"
  export Registry__Authority="$COOP_TOKEN_URL" Identity__Url="$COOP_TOKEN_URL"
  export Identity__DataFolder="$DATA/identity" Audit__DataFolder="$DATA/audit" COOP_ROOT="$ROOT"
  # The console signs people in at the token service, which must know where the console runs.
  export Identity__ConsoleUrl="$COOP_WEB_URL" Console__Url="$COOP_WEB_URL" Console__Authority="$COOP_TOKEN_URL"
  export Console__RegistryUrl="$COOP_GRPC_URL" Console__DataFolder="$DATA/console"
  mkdir -p "$DATA/identity" "$DATA/console" "$DATA/log"
}

# migrate applies migrations and loads seeds/; its own message says what is wrong.
migrate() {
  local name=$1 dll=$2 rc=0
  say "migrating $name"
  dotnet "$dll" migrate --contentRoot "$ROOT/$(dirname "$dll")" || rc=$?
  ((rc == 0)) || die "$name migrate failed (exit $rc); see the message above"
}

start_app() {
  local name=$1 dll=$2 log="$DATA/log/$1.log"
  : >"$log"
  # The content root is the build output, where appsettings.json is; the working dir stays the repo root.
  dotnet "$dll" --contentRoot "$ROOT/$(dirname "$dll")" >>"$log" 2>&1 9>&- &
  APP_NAMES+=("$name")
  APP_PIDS+=("$!")
}

http_ok() {
  local url=$1 hostport
  if command -v curl >/dev/null; then
    curl -sf -o /dev/null --max-time 2 "$url"
    return
  fi
  # No curl: settle for the port accepting connections.
  hostport=${url#*://}
  hostport=${hostport%%/*}
  (exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}") 2>/dev/null
}

# Wait up to 60 s for the app started last to answer URL; fail with the tail of its log.
wait_ready() {
  local url=$1 i=$((${#APP_PIDS[@]} - 1)) name pid tries
  name=${APP_NAMES[$i]} pid=${APP_PIDS[$i]}
  for ((tries = 0; tries < 120; tries++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$DATA/log/$name.log" >&2
      die "$name exited during startup (log: .data/log/$name.log)"
    fi
    http_ok "$url" && return 0
    sleep 0.5
  done
  tail -n 40 "$DATA/log/$name.log" >&2
  die "$name did not answer $url within 60 s (log: .data/log/$name.log)"
}

# Token service first: the registry validates tokens against it.
start_apps() {
  check_connection_budget
  if has_identity; then
    start_app identity "$IDENTITY_DLL"
    wait_ready "$COOP_TOKEN_URL/.well-known/openid-configuration"
  fi
  start_app registry "$REGISTRY_DLL"
  wait_ready "$COOP_HTTP_URL/healthz"
}

# The console for people (only for up): a client of both, started after them.
start_console() {
  has_console || return 0
  start_app console "$WEB_DLL"
  wait_ready "$COOP_WEB_URL/healthz"
}

alive_apps() {
  local pid
  for pid in "${APP_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done
  return 1
}

# TERM every app, give them 10 s to drain, then KILL.
stop_apps() {
  local pid tries
  for pid in "${APP_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for ((tries = 0; tries < 20; tries++)); do
    alive_apps || break
    sleep 0.5
  done
  for pid in "${APP_PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  for pid in "${APP_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  APP_NAMES=()
  APP_PIDS=()
}

# Stop the apps, then the dev cluster. Runs once.
shutdown_all() {
  [[ -z $STOPPED ]] || return 0
  STOPPED=1
  stop_apps
  stop_cluster dev
}

on_signal() {
  echo >&2
  say "stopping"
  shutdown_all
  exit 0
}

# Stop everything on exit; Ctrl-C (or TERM) is a normal stop.
stop_apps_on_exit() {
  trap shutdown_all EXIT
  trap on_signal INT TERM
}
