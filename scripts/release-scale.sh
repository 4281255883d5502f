# shellcheck shell=bash
# Beyond one machine, in ./coop release-check: a streaming replica serving the registry's
# read-only calls (ConnectionStrings:RegistryReadOnly), and a second registry process on the same
# primary, with the change feed crossing from one process to the other (docs/runbook.md "More
# than one machine"). Sourced by release-check.sh after release-calls.sh.

# The runbook's replica: a base backup of the primary that writes its own standby settings (-R),
# started on its own port, following the primary.
start_replica() {
  local dir
  dir=$(pg_dir "$REPLICA")
  as_pg pg_basebackup -h 127.0.0.1 -p "$COOP_RELEASE_PG_PORT" -U postgres -D "$dir" -R \
    --wal-method=stream --checkpoint=fast
  start_cluster "$REPLICA" "$COOP_REPLICA_PG_PORT"
  [[ $(psql_super "$COOP_REPLICA_PG_PORT" postgres -c 'SELECT pg_is_in_recovery()') == t ]] ||
    die "the replica is not in recovery (not a standby)"
}

# What the replica's own server says ran on it: the registry's read-only pool's connections (their
# application_name is the connection string's, then '/' and the row scope the session holds).
replica_queries() {
  psql_super "$COOP_REPLICA_PG_PORT" postgres -c "SELECT query FROM pg_stat_activity
    WHERE split_part(application_name, '/', 1) = 'coopregistry-read-replica' AND usename = '$DB_APP_ROLE'"
}

check_replica_serves_lists() {
  local out
  out=$(buf_call grpc "$GRPC_PORT" coopregistry.v1.DirectoryService/ListAgencies '{"filter": "province = \"provinces/VN-30\""}')
  expect "ListAgencies with a read replica configured" '"agencies/vn30-' "$out"
  expect "the replica ran the listing (pg_stat_activity on the replica)" 'agencies' "$(replica_queries)"
}

# watch_changes PORT FILE: WatchChanges of agencies on PORT in the background, into FILE.
watch_changes() {
  (timeout 120 "$BUF" curl --protocol grpc --cacert "$CONFIG_DIR/tls/upstream-ca.crt" \
    -H "Authorization: Bearer $ACCESS_TOKEN" -d '{"collections": ["agencies"]}' \
    "https://localhost:$1/coopregistry.v1.ChangeFeedService/WatchChanges" >"$2" 2>&1 9>&-) &
  WATCHER=$!
}

# wait_for FILE JQ WHAT: up to 30 s for a message of the stream in FILE to match JQ.
wait_for() {
  local tries
  for ((tries = 0; tries < 60; tries++)); do
    [[ -n $(jq -cn "inputs | select($2)" "$1" 2>/dev/null || true) ]] && return 0
    sleep 0.5
  done
  head -c 2000 "$1" >&2
  die "the change feed did not show $3 within 30 s"
}

# The second process answers, continues a listing the first began (one key ring seals page
# tokens), and a watcher on it, caught up, sees a change made through the first.
check_two_processes() {
  local out token feed="$LOGS/release-change-feed.json"
  out=$(buf_call grpc "$SECOND_GRPC_PORT" coopregistry.v1.DirectoryService/GetProvince '{"name": "provinces/VN-30"}')
  expect "a second registry process on the same primary answers" '"provinces/VN-30"' "$out"
  token=$(buf_call grpc "$GRPC_PORT" coopregistry.v1.DirectoryService/ListProvinces '{"pageSize": 2}' | jq -r '.nextPageToken')
  out=$(buf_call grpc "$SECOND_GRPC_PORT" coopregistry.v1.DirectoryService/ListProvinces "{\"pageSize\": 2, \"pageToken\": \"$token\"}")
  expect "the second process takes the next page of a listing begun on the first" '"provinces"' "$out"
  watch_changes "$SECOND_GRPC_PORT" "$feed"
  wait_for "$feed" '.change == null' "a heartbeat (caught up)"
  say "ok: the second process's change feed has caught up"
  buf_call grpc "$GRPC_PORT" coopregistry.v1.AdminService/SetAgencyContacts \
    '{"agency": "agencies/vn30-van-phong-ubnd", "contactEmails": ["vanphong@gialai.example"]}' >/dev/null
  wait_for "$feed" '.change.record == "agencies/vn30-van-phong-ubnd" and (.change.method | endswith("/SetAgencyContacts"))' \
    "the agency's contacts set through the first process"
  kill "$WATCHER" 2>/dev/null || true
  wait "$WATCHER" 2>/dev/null || true
  say "ok: a change made through the first process reached a watcher on the second"
}
