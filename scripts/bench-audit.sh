#!/usr/bin/env bash
# ./coop bench-audit [args]: write throughput with the audit chain on and off
# (tests/CoopRegistry.AuditBenchmark) on the test cluster; extra args go to it
# (--clients 8 --seconds 10 --rounds 2). Prints figures, asserts none.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=clusters.sh
source "$ROOT/scripts/clusters.sh"

take_lock test
ensure_postgres
trap 'stop_cluster test' EXIT
cluster test "$COOP_TEST_PG_PORT"
dotnet build tests/CoopRegistry.AuditBenchmark -c Release -nologo -v q >&2 || die "the benchmark did not build"
COOP_TEST_DATABASE="Host=127.0.0.1;Port=$COOP_TEST_PG_PORT;Username=postgres;Database=postgres" \
  COOP_ROOT="$ROOT" dotnet tests/CoopRegistry.AuditBenchmark/bin/Release/net10.0/CoopRegistry.AuditBenchmark.dll "$@"
