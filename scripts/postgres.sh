# shellcheck shell=bash
# PostgreSQL on this machine: installed from Debian if missing, run by a user it accepts, its
# clusters kept in folders that user can reach. Sourced after lib.sh; clusters.sh builds on it.

# PostgreSQL will not run as root, so as root the clusters belong to this system user.
PG_SYSTEM_USER=coopregistry
PG_BIN="" # set by ensure_postgres; never taken from the environment
PG_USER=""
PG_HOME=""
PG_RUN=""

# Newest /usr/lib/postgresql/<version>/bin that has both initdb and pg_ctl.
find_pg_bin() {
  local dir
  while read -r dir; do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r)
  return 1
}

# The schema needs unaccent and pg_trgm, which Debian ships in the contrib part of the server.
pg_has_extensions() {
  local share
  share=$("$1/pg_config" --sharedir 2>/dev/null) || return 1
  [[ -f "$share/extension/unaccent.control" && -f "$share/extension/pg_trgm.control" ]]
}

ensure_postgres() {
  [[ -z $PG_BIN ]] || return 0
  local bin=""
  bin=$(find_pg_bin) || true
  if [[ -z $bin ]] || ! pg_has_extensions "$bin"; then
    apt_install postgresql postgresql-contrib
    bin=$(find_pg_bin) || die "PostgreSQL still not found under /usr/lib/postgresql after installing it"
    pg_has_extensions "$bin" || die "unaccent/pg_trgm extension files missing in $bin/../share"
  fi
  PG_BIN=$bin
  PATH="$PG_BIN:$PATH" # so psql here is this server's client, not a wrapper of another version
  ensure_pg_user
  pg_layout
}

ensure_pg_user() {
  if ! is_root; then
    PG_USER=$(id -un)
    return 0
  fi
  PG_USER=$PG_SYSTEM_USER
  if ! id -u "$PG_USER" >/dev/null 2>&1; then
    say "creating system user $PG_USER to run PostgreSQL (it refuses to run as root)"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "$PG_USER"
  fi
}

# Run a PostgreSQL server program as the cluster owner. From / because the owner may not be
# allowed into the caller's working directory, and pg_ctl/initdb complain about that. Without
# fd 9 (the lock of take_lock): a server that outlives a killed ./coop must not keep it locked.
as_pg() {
  if is_root; then
    (cd / && runuser -u "$PG_USER" -- "$@") 9>&-
  else
    "$@" 9>&-
  fi
}

# Where clusters, logs and sockets live. Normally .data/; but when the cluster owner cannot reach
# the checkout (a clone under /root, mode 700) or the socket path would exceed the kernel's
# 107-byte limit, fall back to a per-checkout folder under /var/tmp or /tmp.
pg_layout() {
  local tag
  tag=$(printf '%s' "$ROOT" | md5sum | cut -c1-8)
  PG_HOME="$DATA/pg"
  PG_RUN="$DATA/run"
  mkdir -p "$PG_HOME" "$PG_RUN"
  if ! as_pg test -x "$PG_HOME" -a -x "$PG_RUN"; then
    PG_HOME="/var/tmp/coopregistry-$tag/pg"
    PG_RUN="/var/tmp/coopregistry-$tag/run"
    say "note: $PG_USER cannot reach $DATA; clusters live in ${PG_HOME%/pg}"
    mkdir -p "$PG_HOME" "$PG_RUN"
    chmod 755 "${PG_HOME%/pg}" "$PG_HOME" "$PG_RUN"
  fi
  if ((${#PG_RUN} + 25 > 100)); then
    PG_RUN="/tmp/coopregistry-$tag"
    mkdir -p "$PG_RUN"
    chmod 755 "$PG_RUN"
  fi
}

# A folder owned by the cluster owner, mode 700 (PostgreSQL insists on it for data).
pg_owned_dir() {
  mkdir -p "$1"
  if is_root; then chown "$PG_USER:" "$1"; fi
  chmod 700 "$1"
}
