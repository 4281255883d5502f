#!/usr/bin/env bash
# ./coop crash-test [ROUNDS]: the crash-safety test at full length on a cluster of its own (durable
# settings, unlike the test cluster), which it may kill: ROUNDS times the registry is SIGKILLed and
# PostgreSQL stopped with `pg_ctl stop -m immediate`, under a write load; figures in
# .data/log/crash-test.txt.
# ./coop crash-pg stop|start: what the test calls to kill and restart that cluster.
# The first argument is the command (crash-test or crash-pg).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=clusters.sh
source "$ROOT/scripts/clusters.sh"
# shellcheck source=tools.sh
source "$ROOT/scripts/tools.sh"

REPORT="$DATA/log/crash-test.txt"

crash_test() {
  local rounds=${1:-5} rc=0
  local database="Host=127.0.0.1;Port=$COOP_CRASH_PG_PORT;Username=postgres;Database=postgres"
  take_lock crash-test
  ensure_postgres
  ensure_dotnet_tools
  trap 'stop_cluster crash' EXIT
  cluster crash "$COOP_CRASH_PG_PORT"
  [[ -n ${COOP_NO_BUILD:-} ]] || dotnet_build
  mkdir -p "$DATA/log"
  rm -f "$REPORT"
  export COOP_CRASH_PG_PORT
  COOP_CRASH_PG="$ROOT/coop crash-pg" COOP_CRASH_ROUNDS="$rounds" COOP_CRASH_REPORT="$REPORT" \
    COOP_ROOT="$ROOT" COOP_TEST_DATABASE="$database" \
    dotnet test tests/CoopRegistry.EndToEnd.Tests -c Release --no-build -nologo \
    --filter "FullyQualifiedName~CrashSafety" --logger "console;verbosity=normal" || rc=$?
  [[ -f $REPORT ]] && cat "$REPORT"
  return "$rc"
}

# `stop` kills the crash cluster's server (immediate: no checkpoint, crash recovery at the next
# start), `start` starts it again.
crash_pg() {
  ensure_postgres
  case ${1:-} in
  stop) as_pg "$PG_BIN/pg_ctl" -D "$(pg_dir crash)" -m immediate -w -s stop ;;
  start) start_cluster crash "$COOP_CRASH_PG_PORT" ;;
  *) die "usage: ./coop crash-pg stop|start" ;;
  esac
}

command=$1
shift
case $command in
crash-test) crash_test "$@" ;;
crash-pg) crash_pg "$@" ;;
*) die "crash-test.sh: unknown command '$command'" ;;
esac
