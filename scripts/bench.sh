#!/usr/bin/env bash
# Issue 8's performance benchmark on the national-scale dataset:
# ./coop generate [args]: load the dataset (100,000 agreements, 20,000 events, 1,000,000
#   commitments at --scale 1) by COPY into the development database, after migrate and seeds.
# ./coop bench [args]: the stack on that dataset (generated first if missing; COOP_BENCH_SCALE=0.1
#   for a tenth), each scenario against its baseline in the same run; first the same on a tenth of
#   the dataset in a database of its own (COOP_BENCH_GROWTH=0 skips it), for each scenario's cost
#   growth; prints the table and writes .data/bench/result.json. Each measures a copy of its database
#   (DB_run), so that no run measures what the runs before it wrote. Extra args go to the runner.
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
# Cost growth: the same scenarios against a registry on a tenth of the dataset, in its own database.
TENTH_DB_NAME=${DB_NAME}_tenth

owner_connection() { echo "Host=127.0.0.1;Port=$COOP_DEV_PG_PORT;Database=$DB_NAME;Username=$DB_ROLE;Command Timeout=0"; }

generate() {
  take_lock up
  ensure_postgres
  trap 'stop_cluster dev' EXIT
  cluster dev "$COOP_DEV_PG_PORT"
  dotnet build src/CoopRegistry.Server -c Release -nologo -v q >&2 || die "the registry did not build"
  dotnet build tests/CoopRegistry.Benchmarks -c Release -nologo -v q >&2 || die "the benchmark tools did not build"
  export_app_env
  migrate registry "$REGISTRY_DLL"
  dotnet "$BENCH_DLL" generate --connection "$(owner_connection)" "$@"
}

dataset_loaded() {
  [[ -n $(psql -h 127.0.0.1 -p "$COOP_DEV_PG_PORT" -U "$DB_ROLE" -d "$DB_NAME" -tAc \
    "SELECT 1 FROM registry.agreements WHERE id = 'ga0000000'") ]]
}

# prepare_database SCALE: DB_NAME migrated, seeded and holding the dataset at SCALE (generated if missing).
prepare_database() {
  ensure_database "$COOP_DEV_PG_PORT"
  ensure_extensions "$COOP_DEV_PG_PORT" "$DB_NAME"
  use_db_role "$DB_ROLE"
  migrate registry "$REGISTRY_DLL"
  migrate identity "$IDENTITY_DLL"
  dataset_loaded || dotnet "$BENCH_DLL" generate --connection "$(owner_connection)" --scale "$1"
}

# The scenarios write: 3 alone creates thousands of commitments a run, ahead of every generated one
# in create_time order, where each search of 6 then read past all of them (77,000 after a day of
# runs). So each run measures a copy of the dataset as generated and migrated, dropped after it.
drop_database() { psql_super "$COOP_DEV_PG_PORT" postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"; }

# copy_database FROM TO: TO made anew (a killed run's copy is dropped first).
copy_database() {
  drop_database "$2"
  psql_super "$COOP_DEV_PG_PORT" postgres -c "CREATE DATABASE $2 OWNER $DB_ROLE TEMPLATE $1 STRATEGY FILE_COPY"
}

# measure OUT [ARGS…]: the apps on a copy of DB_NAME, the runner against them (its JSON to OUT), the
# apps stopped and the copy dropped.
measure() {
  local out=$1 dataset=$DB_NAME
  shift
  DB_NAME=${dataset}_run
  copy_database "$dataset" "$DB_NAME"
  use_db_role "$DB_APP_ROLE"
  start_apps
  dotnet "$BENCH_DLL" run --registry "$COOP_GRPC_URL" --token-endpoint "$COOP_TOKEN_URL/connect/token" \
    --pg-port "$COOP_DEV_PG_PORT" --pg-user "$DB_ROLE" --pg-database "$DB_NAME" --pg-bin "$PG_BIN" \
    --registry-pid "${APP_PIDS[-1]}" --out "$out" "$@"
  stop_apps
  drop_database "$DB_NAME"
  DB_NAME=$dataset
}

bench() {
  local scale=${COOP_BENCH_SCALE:-1} whole_db=$DB_NAME tenth_json="$DATA/bench/tenth.json"
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
  prepare_database "$scale"
  rm -f "$tenth_json"
  # COOP_BENCH_GROWTH=0 skips the tenth-scale run (while measuring one change with --only).
  if [[ ${COOP_BENCH_GROWTH:-1} != 0 ]]; then
    DB_NAME=$TENTH_DB_NAME
    prepare_database "$(awk -v s="$scale" 'BEGIN { print s / 10 }')"
    say "measuring on a tenth of the dataset ($DB_NAME), for the cost growth"
    measure "$tenth_json" "$@"
    DB_NAME=$whole_db
  fi
  say "measuring on the whole dataset ($DB_NAME)"
  local growth=()
  [[ ! -f $tenth_json ]] || growth=(--tenth "$tenth_json")
  measure "$DATA/bench/result.json" "$@" "${growth[@]}"
}

command=$1
shift
case $command in
generate) generate "$@" ;;
bench) bench "$@" ;;
*) die "bench.sh: unknown command '$command'" ;;
esac
