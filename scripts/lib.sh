# shellcheck shell=bash
# Shared by every ./coop command: where things are, the settings the environment may change,
# messages, root rights, apt-get, the one-at-a-time lock. Sourced, never run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
DATA="$ROOT/.data"

COOP_DEV_PG_PORT=${COOP_DEV_PG_PORT:-55432}
COOP_TEST_PG_PORT=${COOP_TEST_PG_PORT:-55433}
COOP_CRASH_PG_PORT=${COOP_CRASH_PG_PORT:-$((COOP_TEST_PG_PORT + 5))} # ./coop crash-test's own cluster
COOP_GRPC_URL=${COOP_GRPC_URL:-http://127.0.0.1:5080}
COOP_HTTP_URL=${COOP_HTTP_URL:-http://127.0.0.1:5082}
COOP_TOKEN_URL=${COOP_TOKEN_URL:-http://127.0.0.1:5081}
COOP_WEB_URL=${COOP_WEB_URL:-http://127.0.0.1:5083} # the console for people

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

say() { printf 'coop: %s\n' "$*" >&2; }
die() {
  say "error: $*"
  exit 1
}
is_root() { [[ $(id -u) -eq 0 ]]; }

# Run a command with root rights: directly as root, through sudo otherwise.
as_root() {
  if is_root; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

# A fresh Debian machine has only the .NET SDK: everything else comes from apt-get.
apt_install() {
  say "installing $* (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

solution() {
  if [[ -f "$ROOT/CoopRegistry.sln" ]]; then echo CoopRegistry.sln; else echo CoopRegistry.slnx; fi
}

# Only one `up` (or `test`) at a time: they share a cluster and ports, and each stops its
# cluster when done, which would pull the rug from under a second one.
take_lock() {
  mkdir -p "$DATA"
  exec 9>"$DATA/$1.lock"
  flock -n 9 || die "another ./coop $1 is already running in this checkout"
}

cd "$ROOT"
