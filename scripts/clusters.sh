# shellcheck shell=bash
# The private PostgreSQL clusters (dev, test, crash): created once, started on the port the
# environment asks for, stopped, and provisioned with the roles, database and extensions.
# Sourced after lib.sh.
# shellcheck source=postgres.sh
source "$ROOT/scripts/postgres.sh"

DB_ROLE=coopregistry         # owns the schema; migrations (DDL) run as it
DB_APP_ROLE=coopregistry_app # the running registry and token service: data rights only (docs/reliability.md)
DB_NAME=coopregistry
# Connections each cluster accepts (3 of them kept for the superuser). The running apps' pools
# must fit in the dev and crash clusters' with room to spare (check_connection_budget, apps.sh);
# the test cluster runs many registries at once, each with its own pool.
PG_MAX_CONNECTIONS=100
PG_TEST_MAX_CONNECTIONS=200

pg_dir() { echo "$PG_HOME/$1"; }
pg_log() { echo "$PG_HOME/$1.log"; }

# Settings that follow the environment; rewritten at every start, included from postgresql.conf.
write_pg_settings() {
  local name=$1 port=$2 sock="$PG_RUN/$1"
  {
    echo "# written by ./coop at every start; edits here are lost"
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '${sock//\'/\'\'}'"
    if [[ $name == test ]]; then
      echo "# throwaway test data: durability traded for speed"
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
      echo "max_connections = $PG_TEST_MAX_CONNECTIONS"
    else
      echo "max_connections = $PG_MAX_CONNECTIONS"
    fi
  } | as_pg tee "$(pg_dir "$name")/coop.conf" >/dev/null
}

pg_locale() {
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then echo C.UTF-8; else echo C; fi
}

# initdb into NAME.tmp and rename only on success, so a killed initdb never leaves a
# half-made cluster that later runs would mistake for a real one.
init_cluster() {
  local name=$1 dir tmp
  dir=$(pg_dir "$name")
  [[ -f "$dir/PG_VERSION" ]] && return 0
  tmp="$dir.tmp"
  rm -rf "$tmp"
  pg_owned_dir "$tmp"
  say "creating PostgreSQL cluster '$name' in $dir"
  if ! as_pg "$PG_BIN/initdb" -D "$tmp" -U postgres --auth=trust -E UTF8 \
    --locale="$(pg_locale)" >"$PG_HOME/$name.initdb.log" 2>&1; then
    tail -n 20 "$PG_HOME/$name.initdb.log" >&2
    die "initdb failed for cluster '$name'"
  fi
  echo "include_if_exists = 'coop.conf'" | as_pg tee -a "$tmp/postgresql.conf" >/dev/null
  rm -rf "$dir"
  mv "$tmp" "$dir"
}

# Alive and not a zombie: a killed postmaster lingers as one until something reaps it.
process_alive() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}

postmaster_pid() { head -n 1 "$(pg_dir "$1")/postmaster.pid" 2>/dev/null; }
postmaster_port() { sed -n 4p "$(pg_dir "$1")/postmaster.pid" 2>/dev/null; }

# Running means: the pid in postmaster.pid is alive (not a zombie) and is the postmaster of
# this very data folder (after a restart the pid may belong to anything, even another cluster).
cluster_running() {
  local pid cmdline
  pid=$(postmaster_pid "$1") || return 1
  [[ $pid =~ ^[0-9]+$ ]] && process_alive "$pid" || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ "$cmdline " == *" -D $(pg_dir "$1") "* ]]
}

# Lock files of a killed server: postmaster.pid and the socket's .lock hold its pid, and postgres
# refuses to start while that pid exists. Give the dead postmaster up to 5 s to be reaped (it is a
# zombie until then), then remove them: a reused pid (common after a container restart) would
# otherwise block start for good. Safe: backends still alive are caught by postgres's own
# shared-memory check, keyed on the data folder, not on these files.
remove_stale_locks() {
  local name=$1 pid tries
  pid=$(postmaster_pid "$name") || return 0
  for ((tries = 0; tries < 50; tries++)); do
    [[ -e /proc/$pid ]] || break
    sleep 0.1
  done
  say "removing lock files of cluster '$name' left by a server that was killed"
  rm -f "$(pg_dir "$name")/postmaster.pid" "$PG_RUN/$name"/.s.PGSQL.*.lock
}

start_cluster() {
  local name=$1 port=$2 dir log attempt
  dir=$(pg_dir "$name")
  log=$(pg_log "$name")
  if cluster_running "$name"; then
    [[ $(postmaster_port "$name") == "$port" ]] && return 0
    say "cluster '$name' runs on another port; restarting it on $port"
    stop_cluster "$name"
  fi
  remove_stale_locks "$name"
  pg_owned_dir "$PG_RUN/$name"
  touch "$log"
  if is_root; then chown "$PG_USER:" "$log"; fi
  write_pg_settings "$name" "$port"
  # Right after a crash, old backends may still hold shared memory for a moment: retry.
  for attempt in 1 2 3; do
    if as_pg "$PG_BIN/pg_ctl" -D "$dir" -l "$log" -w -t 60 -s start; then
      return 0
    fi
    say "start of cluster '$name' failed (attempt $attempt)"
    sleep 2
  done
  tail -n 20 "$log" >&2
  die "could not start PostgreSQL cluster '$name' on port $port (log: $log)"
}

stop_cluster() {
  local name=$1
  [[ -n $PG_BIN ]] || return 0
  cluster_running "$name" || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$(pg_dir "$name")" -m fast -w -s stop || say "could not stop cluster '$name'"
}

# psql as the superuser over loopback TCP (trust auth), quiet (no "already exists, skipping"
# notices), failing on the first error.
psql_super() {
  local port=$1 db=$2
  shift 2
  PGOPTIONS="-c client_min_messages=warning" \
    psql -X -h 127.0.0.1 -p "$port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"
}

# Password-less login roles: trust auth on the loopback of a private dev cluster is the
# development credential; nothing else can reach it. The owner migrates; the app role runs
# (its rights are granted by the migrations: data, no DDL, the audit chain append-only).
ensure_role() {
  psql_super "$1" postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_ROLE') THEN
        CREATE ROLE $DB_ROLE LOGIN CREATEDB;
      END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_APP_ROLE') THEN
        CREATE ROLE $DB_APP_ROLE LOGIN;
      END IF;
    END \$\$;"
}

ensure_database() {
  local port=$1
  if [[ -z $(psql_super "$port" postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'") ]]; then
    psql_super "$port" postgres -c "CREATE DATABASE $DB_NAME OWNER $DB_ROLE"
  fi
}

# Extensions need a superuser, so they are made here rather than by the app's migrations.
ensure_extensions() {
  psql_super "$1" "$2" -c "CREATE EXTENSION IF NOT EXISTS unaccent" \
    -c "CREATE EXTENSION IF NOT EXISTS pg_trgm"
}

# cluster NAME PORT — create or reuse, start, and provision a private cluster (after ensure_postgres).
cluster() {
  local name=$1 port=$2
  init_cluster "$name"
  start_cluster "$name" "$port"
  ensure_role "$port"
  if [[ $name == test || $name == crash ]]; then
    # Tests clone template1 for each database they create; give every clone the extensions.
    ensure_extensions "$port" template1
  else
    ensure_database "$port"
    ensure_extensions "$port" "$DB_NAME"
  fi
}
