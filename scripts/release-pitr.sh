# shellcheck shell=bash
# Point-in-time recovery in ./coop release-check, with the runbook's own scripts (deploy/bin:
# wal-archiving.sh, base-backup.sh and restore-to-time.sh as the cluster's user, verify-audit-chain.sh):
# WAL archiving from the first start, a base backup after migrate, then a good change, the instant,
# a bad change, a restore to that instant, and the audit chain verified.
# Sourced by release-check.sh after release-calls.sh (buf_call, token, expect).

# Beside the clusters, in the cluster user's folder (PG_HOME is known once ensure_postgres ran).
pitr_archive() { echo "$PG_HOME/release/wal-archive"; }
pitr_backups() { echo "$PG_HOME/release/base-backups"; }

# as_cluster_user SCRIPT ARGS…: a deploy/bin script as the runbook runs it (sudo -u postgres),
# pointed at the primary by libpq's environment.
as_cluster_user() {
  as_pg env PGHOST=127.0.0.1 PGPORT="$COOP_RELEASE_PG_PORT" PGUSER=postgres "$@"
}

# The runbook's "Point-in-time recovery" set-up on the fresh primary: archiving on, then a restart.
archive_wal() {
  as_cluster_user "$CHECK/deploy/bin/wal-archiving.sh" "$(pitr_archive)"
  stop_cluster "$PRIMARY"
  start_cluster "$PRIMARY" "$COOP_RELEASE_PG_PORT"
}

take_base_backup() {
  BASE_BACKUP=$(as_cluster_user "$CHECK/deploy/bin/base-backup.sh" "$(pitr_backups)")
  [[ -f "$BASE_BACKUP/base.tar.gz" ]] || die "base-backup.sh wrote no base.tar.gz"
}

# create_partner: AdminService.CreateClient of a reader client; prints its secret.
create_partner() {
  local body out
  body='{"client": {"clientId": "vn30-release-partner", "displayName": "Đối tác (release-check)",
    "agency": "agencies/vn30-van-phong-ubnd", "province": "VN-30", "scopes": ["registry.read"]}}'
  out=$(buf_call grpc "$GRPC_PORT" coopregistry.v1.AdminService/CreateClient "$body")
  jq -er '.clientSecret' <<<"$out" 2>/dev/null || {
    printf '%s\n' "$out" >&2
    die "AdminService.CreateClient gave no secret"
  }
}

# chain_head: the runbook's verify-audit-chain.sh; prints the head ("SEQUENCE HASH") of an intact chain.
chain_head() {
  local out
  out=$("$CHECK/deploy/bin/verify-audit-chain.sh" 2>&1) || {
    printf '%s\n' "$out" | tail -n 20 >&2
    die "verify-audit-chain.sh: the audit chain is not intact"
  }
  sed -n 's/^audit chain intact: .* entries, head //p' <<<"$out" | grep . || die "verify-audit-chain.sh printed no head"
}

# Polls until the restored primary has replayed up to the instant and opened for writes.
wait_promoted() {
  local tries
  for ((tries = 0; tries < 120; tries++)); do
    [[ $(psql_super "$COOP_RELEASE_PG_PORT" postgres -c 'SELECT pg_is_in_recovery()' 2>/dev/null) == f ]] && return 0
    sleep 0.5
  done
  tail -n 30 "$(pg_log "$PRIMARY")" >&2
  die "the restored cluster did not leave recovery within 60 s"
}

check_point_in_time_recovery() {
  local secret head instant out
  # The good change: a partner's client (an audited change).
  secret=$(create_partner)
  head=$(chain_head)
  instant=$(psql_super "$COOP_RELEASE_PG_PORT" postgres -c 'SELECT clock_timestamp()')
  # The bad change, after the instant: the partner disabled by mistake.
  buf_call grpc "$GRPC_PORT" coopregistry.v1.AdminService/DisableClient '{"name": "clients/vn30-release-partner"}' >/dev/null
  out=$(token vn30-release-partner "$secret" 2>&1 || true)
  expect "the bad change took effect (the partner is refused a token)" "invalid_client" "$out"

  # The runbook's restore: stop the apps and PostgreSQL, restore-to-time.sh, start, wait, verify.
  stop_apps
  stop_cluster "$REPLICA"
  stop_cluster "$PRIMARY"
  as_pg "$CHECK/deploy/bin/restore-to-time.sh" "$(pg_dir "$PRIMARY")" "$BASE_BACKUP" "$(pitr_archive)" "$instant"
  start_cluster "$PRIMARY" "$COOP_RELEASE_PG_PORT"
  wait_promoted
  out=$(chain_head)
  [[ $out == "$head" ]] || die "after the restore the audit chain's head is $out; at the instant it was $head"
  say "ok: restored to $instant: the audit chain is intact and ends where it did then ($head)"
  start_app identity CoopRegistry.Identity.dll
  wait_https "https://localhost:$IDENTITY_PORT/.well-known/openid-configuration" identity
  token vn30-release-partner "$secret" >/dev/null || die "after the restore the partner (the good change) gets no token"
  say "ok: the good change is kept and the bad one undone (the partner gets a token again)"
}
