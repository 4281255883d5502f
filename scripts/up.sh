#!/usr/bin/env bash
# ./coop up: build, migrate and seed the development database, run the token service, the
# registry and the console on it in the foreground, print how to use them; Ctrl-C stops it all.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=clusters.sh
source "$ROOT/scripts/clusters.sh"
# shellcheck source=tools.sh
source "$ROOT/scripts/tools.sh"
# shellcheck source=apps.sh
source "$ROOT/scripts/apps.sh"

token_endpoint() {
  local doc
  doc=$(curl -sf --max-time 2 "$COOP_TOKEN_URL/.well-known/openid-configuration" 2>/dev/null) || true
  sed -n 's/.*"token_endpoint" *: *"\([^"]*\)".*/\1/p' <<<"$doc"
}

print_endpoints() {
  cat <<EOF

CoopRegistry is running. Ctrl-C stops everything.
  gRPC (HTTP/2):    $COOP_GRPC_URL
  JSON (HTTP/1.1):  $COOP_HTTP_URL   e.g. curl -H "Authorization: Bearer \$TOKEN" $COOP_HTTP_URL/v1/provinces
EOF
  if has_console; then
    echo "  console (people): $COOP_WEB_URL   sign in as a development person, e.g. nguyen.van.an (seeds/dev-people.json)"
  fi
  if has_identity; then
    echo "  token service:    $COOP_TOKEN_URL/.well-known/openid-configuration"
    echo "  token endpoint:   $(token_endpoint || true)"
  fi
  cat <<EOF
  PostgreSQL:       127.0.0.1:$COOP_DEV_PG_PORT db=$DB_NAME user=$DB_ROLE (./coop psql; the apps run as $DB_APP_ROLE)
  logs:             .data/log/*.log

  # a token for the Department of Foreign Affairs (development client from seeds/dev-clients.json):
  TOKEN=\$(curl -s $COOP_TOKEN_URL/connect/token -d grant_type=client_credentials -d client_id=vn30-so-ngoai-vu \\
    -d client_secret=dev-only-secret-dofa-gialai-never-use-outside-development | sed -n 's/.*"access_token": *"\\([^"]*\\)".*/\\1/p')
  $BUF curl --http2-prior-knowledge --protocol grpc --list-services $COOP_GRPC_URL
  $BUF curl --http2-prior-knowledge --protocol grpc -H "Authorization: Bearer \$TOKEN" $COOP_GRPC_URL/coopregistry.v1.DirectoryService/ListProvinces

EOF
}

# Stay in the foreground. A signal runs on_signal (exit 0); an app that exits by itself
# brings everything down with a non-zero status.
watch_apps() {
  local rc=0 died="" i
  wait -n -p died "${APP_PIDS[@]}" || rc=$?
  for i in "${!APP_PIDS[@]}"; do
    [[ ${APP_PIDS[$i]} == "$died" ]] && say "${APP_NAMES[$i]} exited by itself (status $rc); stopping everything (log: .data/log/${APP_NAMES[$i]}.log)"
  done
  shutdown_all
  exit $((rc == 0 ? 1 : rc))
}

take_lock up
ensure_postgres
ensure_buf # only so the buf curl examples printed below work
stop_apps_on_exit
cluster dev "$COOP_DEV_PG_PORT"
say "building"
dotnet_build
export_app_env
migrate registry "$REGISTRY_DLL"
if has_identity; then migrate identity "$IDENTITY_DLL"; fi
use_db_role "$DB_APP_ROLE"
start_apps
start_console
print_endpoints
watch_apps
