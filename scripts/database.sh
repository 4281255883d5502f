#!/usr/bin/env bash
# The development database by hand: ./coop psql [args], ./coop stop, ./coop backup FILE,
# ./coop restore FILE. The first argument is the command.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=clusters.sh
source "$ROOT/scripts/clusters.sh"

psql_dev() {
  ensure_postgres
  cluster dev "$COOP_DEV_PG_PORT"
  exec psql -h 127.0.0.1 -p "$COOP_DEV_PG_PORT" -U "$DB_ROLE" -d "$DB_NAME" "$@"
}

stop_clusters() {
  ensure_postgres
  stop_cluster dev
  stop_cluster test
}

# The whole development database (schema, grants, row-level security, data, audit chain) in
# pg_dump's custom format, as the superuser (the extensions belong to it).
backup() {
  local file=${1:-}
  [[ -n $file ]] || die "usage: ./coop backup FILE"
  ensure_postgres
  cluster dev "$COOP_DEV_PG_PORT"
  pg_dump -h 127.0.0.1 -p "$COOP_DEV_PG_PORT" -U postgres -d "$DB_NAME" -Fc -f "$file" ||
    die "pg_dump failed"
  say "backed up $DB_NAME to $file ($(du -h "$file" | cut -f1))"
}

# Replace the development database's contents with FILE's. Refused while `./coop up` runs: the
# registry would serve half-restored tables, and its pooled connections would hold locks.
restore() {
  local file=${1:-}
  [[ -n $file ]] || die "usage: ./coop restore FILE"
  [[ -f $file ]] || die "no such file: $file"
  mkdir -p "$DATA"
  exec 8>"$DATA/up.lock"
  flock -n 8 || die "./coop up is running in this checkout: stop it (Ctrl-C) before restoring"
  ensure_postgres
  cluster dev "$COOP_DEV_PG_PORT"
  pg_restore -h 127.0.0.1 -p "$COOP_DEV_PG_PORT" -U postgres -d "$DB_NAME" --clean --if-exists \
    --single-transaction --exit-on-error "$file" || die "pg_restore failed; the database is as it was"
  say "restored $DB_NAME from $file"
}

command=$1
shift
case $command in
psql) psql_dev "$@" ;;
stop) stop_clusters ;;
backup) backup "$@" ;;
restore) restore "$@" ;;
*) die "database.sh: unknown command '$command'" ;;
esac
