#!/usr/bin/env bash
# Issue 8's performance benchmark on the national-scale dataset:
# ./coop generate [args]: load the dataset (100,000 agreements, 20,000 events, 1,000,000
#   commitments at --scale 1) by COPY into the development database, after migrate and seeds.
# ./coop bench [args]: the stack on that dataset (generated first if missing; COOP_BENCH_SCALE=0.1
#   for a tenth), each scenario against its baseline in the same run; prints the table and writes
#   .data/bench/result.json. Extra args go to the runner.
# The first argument is the command (generate or bench).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=clusters.sh
source "$ROOT/scripts/clusters.sh"
# shellcheck source=tools.sh
source "$ROOT/scripts/tools.sh"
# shellcheck source=apps.sh
source "$ROOT/scripts/apps.sh"

BENCH_DLL=tests/CoopRegistry.Benchmarks/bin/Release/net10.0/CoopRegistry.Benchmarks.dll
OWNER_CONNECTION="Host=127.0.0.1;Port=$COOP_DEV_PG_PORT;Database=$DB_NAME;Username=$DB_ROLE;Command Timeout=0"

generate() {
  take_lock up
  ensure_postgres
  trap 'stop_cluster dev' EXIT
  cluster dev "$COOP_DEV_PG_PORT"
  dotnet build src/CoopRegistry.Server -c Release -nologo -v q >&2 || die "the registry did not build"
  dotnet build tests/CoopRegistry.Benchmarks -c Release -nologo -v q >&2 || die "the benchmark tools did not build"
  export_app_env
  migrate registry "$REGISTRY_DLL"
  dotnet "$BENCH_DLL" generate --connection "$OWNER_CONNECTION" "$@"
}

dataset_loaded() {
  [[ -n $(psql -h 127.0.0.1 -p "$COOP_DEV_PG_PORT" -U "$DB_ROLE" -d "$DB_NAME" -tAc \
    "SELECT 1 FROM registry.agreements WHERE id = 'ga0000000'") ]]
}

bench() {
  take_lock up
  ensure_postgres
  command -v h2load >/dev/null || apt_install nghttp2-client
  stop_apps_on_exit
  cluster dev "$COOP_DEV_PG_PORT"
  say "building"
  dotnet_build
  export_app_env
  # The benchmark is one client calling as fast as it can: the per-client rate and in-flight limits
  # would measure themselves (h2load keeps 80 calls in flight, scenario 2 1,000).
  export Registry__Limits__RateLimitPerSecond=1000000 Registry__Limits__RateLimitBurst=1000000
  export Registry__Limits__MaxCallsInFlightPerClient=10000
  migrate registry "$REGISTRY_DLL"
  migrate identity "$IDENTITY_DLL"
  dataset_loaded || dotnet "$BENCH_DLL" generate --connection "$OWNER_CONNECTION" --scale "${COOP_BENCH_SCALE:-1}"
  use_db_role "$DB_APP_ROLE"
  start_apps
  dotnet "$BENCH_DLL" run --registry "$COOP_GRPC_URL" --token-endpoint "$COOP_TOKEN_URL/connect/token" \
    --pg-port "$COOP_DEV_PG_PORT" --pg-user "$DB_ROLE" --pg-database "$DB_NAME" --pg-bin "$PG_BIN" \
    --registry-pid "${APP_PIDS[-1]}" --out "$DATA/bench/result.json" "$@"
}

command=$1
shift
case $command in
generate) generate "$@" ;;
bench) bench "$@" ;;
*) die "bench.sh: unknown command '$command'" ;;
esac
