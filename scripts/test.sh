#!/usr/bin/env bash
# ./coop test [args]: every check CI runs (ShellCheck, buf lint and format, build, dotnet format,
# the TypeScript client, dotnet test on the private test cluster, buf breaking against the previous
# commit, the release check); extra args go to dotnet test.
# ./coop test-quick [args]: build and dotnet test only, e.g. --filter FullyQualifiedName~Audit.
# The first argument is the command (test or test-quick).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=clusters.sh
source "$ROOT/scripts/clusters.sh"
# shellcheck source=tools.sh
source "$ROOT/scripts/tools.sh"

FAILED_STEP=""
TEST_LOG="$DATA/log/dotnet-test.log"

run_step() {
  local name=$1 rc=0
  shift
  say "== $name"
  "$@" || rc=$?
  if ((rc != 0)); then
    FAILED_STEP=$name
    say "FAILED: step '$name' (exit $rc)"
    return "$rc"
  fi
}

# Every shell script of the project, following the files they source.
shellcheck_scripts() {
  # -x follows `source`; SCRIPTDIR reads each `# shellcheck source=` relative to its script.
  shellcheck -x --source-path=SCRIPTDIR coop .ci/run scripts/*.sh deploy/bin/*.sh
}

dotnet_test() {
  mkdir -p "$DATA/log"
  COOP_TEST_DATABASE="Host=127.0.0.1;Port=$COOP_TEST_PG_PORT;Username=postgres;Database=postgres" \
    COOP_ROOT="$ROOT" \
    dotnet test "$(solution)" -c Release --no-build -nologo "$@" 2>&1 | tee "$TEST_LOG"
}

# Add up the per-assembly counts dotnet test prints ("Failed: 0, Passed: 12, Skipped: 1, ...");
# fall back to the terminal logger's "Test summary: total: …" line. Prints "PASSED FAILED SKIPPED".
count_tests() {
  [[ -f $TEST_LOG ]] || {
    echo "0 0 0"
    return
  }
  awk '
    function nums(s, a) { gsub(/[^0-9,]/, "", s); return split(s, a, ",") }
    match($0, /Failed: *[0-9]+, Passed: *[0-9]+, Skipped: *[0-9]+/) {
      nums(substr($0, RSTART, RLENGTH), a); vf += a[1]; vp += a[2]; vs += a[3]; v = 1 }
    match($0, /total: *[0-9]+, failed: *[0-9]+, succeeded: *[0-9]+, skipped: *[0-9]+/) {
      nums(substr($0, RSTART, RLENGTH), a); tf += a[2]; tp += a[3]; ts += a[4] }
    END { if (v) print vp+0, vf+0, vs+0; else print tp+0, tf+0, ts+0 }
  ' "$TEST_LOG"
}

print_test_summary() {
  local passed failed skipped
  read -r passed failed skipped < <(count_tests)
  echo "tests: $passed passed, $failed failed, $skipped skipped"
}

# The TypeScript client: install from package-lock.json, generate from protos/, compile and bundle
# the browser test's page (esbuild), run its unit tests, pack it (.data/packages/coopregistry-client-VERSION.tgz, what partners install). Its
# tests against a running registry run inside dotnet test (CoopRegistry.EndToEnd.Tests).
typescript_client() {
  [[ -f "$ROOT/clients/typescript/package.json" ]] || return 0
  ensure_npm
  mkdir -p "$DATA/packages"
  (cd "$ROOT/clients/typescript" &&
    npm ci --no-audit --no-fund --loglevel=error >/dev/null &&
    BUF="$BUF" npm run --silent build &&
    node --test dist/test/ &&
    npm pack --silent --pack-destination "$DATA/packages" >/dev/null)
}

# The contract may grow but not break: protos/ against the previous commit's (on main, the
# previous merge), read with git archive so it works in a worktree and offline. A first commit or
# a shallow clone has nothing to compare with.
contract_unbroken() {
  local previous
  previous=$(mktemp -d)
  if ! git -C "$ROOT" archive HEAD~1 protos buf.yaml 2>/dev/null | tar -x -C "$previous"; then
    say "no previous commit to compare the contract with; buf breaking skipped"
    rm -rf "$previous"
    return 0
  fi
  local rc=0
  "$BUF" breaking --against "$previous" || rc=$?
  rm -rf "$previous"
  return "$rc"
}

run_test_steps() {
  run_step "shellcheck" shellcheck_scripts &&
    run_step "buf lint" "$BUF" lint &&
    run_step "buf format" "$BUF" format --diff --exit-code &&
    run_step "dotnet build" dotnet_build &&
    run_step "dotnet format" dotnet format "$(solution)" --verify-no-changes --no-restore &&
    run_step "typescript client" typescript_client &&
    run_step "dotnet test" dotnet_test "$@" &&
    run_step "buf breaking" contract_unbroken &&
    run_step "release check" "$ROOT/scripts/release-check.sh"
}

test_all() {
  take_lock test
  ensure_postgres
  ensure_shellcheck
  ensure_buf
  ensure_dotnet_tools
  ensure_chromium
  trap 'stop_cluster test' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  cluster test "$COOP_TEST_PG_PORT"
  rm -f "$TEST_LOG"
  local rc=0
  run_test_steps "$@" || rc=$?
  [[ -f $TEST_LOG ]] && print_test_summary
  if ((rc != 0)); then
    echo "coop test: FAILED at step '$FAILED_STEP'"
    exit "$rc"
  fi
  echo "coop test: OK (shellcheck, buf lint, buf format, dotnet build, dotnet format, typescript client, dotnet test, buf breaking, release check)"
}

# A focused run while working: the test cluster, a build and dotnet test with the given filter,
# without the lint, format and TypeScript steps (`./coop test` is what CI runs).
test_quick() {
  take_lock test
  ensure_postgres
  ensure_dotnet_tools
  ensure_chromium
  trap 'stop_cluster test' EXIT
  cluster test "$COOP_TEST_PG_PORT"
  rm -f "$TEST_LOG"
  dotnet_build
  dotnet_test "$@"
  print_test_summary
}

command=$1
shift
case $command in
test) test_all "$@" ;;
test-quick) test_quick "$@" ;;
*) die "test.sh: unknown command '$command'" ;;
esac
