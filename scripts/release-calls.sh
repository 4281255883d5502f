# shellcheck shell=bash
# The calls ./coop release-check makes to an installed release: one through each surface, each
# over TLS verified against the installation's CA, each failing the check with what it got.
# Sourced by release-check.sh after its settings (CONFIG_DIR, the ports, ADMIN_SECRET).

TOKEN_URL() { echo "https://localhost:$IDENTITY_PORT/connect/token"; }

# token CLIENT_ID SECRET: an access token, or the token endpoint's answer on stderr and failure.
token() {
  local answer
  answer=$(curl -s --cacert "$CONFIG_DIR/tls/upstream-ca.crt" "$(TOKEN_URL)" -d grant_type=client_credentials \
    -d "client_id=$1" --data-urlencode "client_secret=$2")
  sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p' <<<"$answer" | grep . || {
    echo "$answer" >&2
    return 1
  }
}

# expect NAME PATTERN OUTPUT: OUTPUT must match PATTERN.
expect() {
  if grep -q -- "$2" <<<"$3"; then
    say "ok: $1"
  else
    printf '%s\n' "$3" | head -c 2000 >&2
    die "$1: expected $2"
  fi
}

# buf_call PROTOCOL PORT METHOD BODY. Reflection is a bidirectional stream, which gRPC-Web cannot
# carry: that call reads the schema from protos/ as a browser app compiles it in.
buf_call() {
  local protocol=$1 port=$2 method=$3 body=$4 schema=()
  [[ $protocol == grpcweb ]] && schema=(--schema "$ROOT")
  "$BUF" curl --protocol "$protocol" "${schema[@]}" --cacert "$CONFIG_DIR/tls/upstream-ca.crt" \
    -H "Authorization: Bearer $ACCESS_TOKEN" -d "$body" "https://localhost:$port/$method" 2>&1 || true
}

call_every_surface() {
  local out
  ACCESS_TOKEN=$(token vn30-release-admin "$ADMIN_SECRET") || die "the token endpoint gave the admin client no token"
  say "ok: token endpoint (client credentials, TLS)"

  out=$(token vn30-so-ngoai-vu dev-only-secret-dofa-gialai-never-use-outside-development 2>&1 || true)
  expect "development client refused in Production" "invalid_client" "$out"

  out=$(buf_call grpc "$GRPC_PORT" coopregistry.v1.DirectoryService/ListProvinces '{"filter": "country_code = \"KH\""}')
  expect "gRPC over TLS (HTTP/2): ListProvinces" '"provinces"' "$out"

  out=$(buf_call grpcweb "$HTTP_PORT" coopregistry.v1.DirectoryService/GetProvince '{"name": "provinces/VN-30"}')
  expect "gRPC-Web over TLS (HTTP/1.1): GetProvince" '"provinces/VN-30"' "$out"

  out=$(curl -s --cacert "$CONFIG_DIR/tls/upstream-ca.crt" -H "Authorization: Bearer $ACCESS_TOKEN" \
    "https://localhost:$HTTP_PORT/v1/provinces/VN-30")
  expect "JSON over TLS: GET /v1/provinces/VN-30" '"provinces/VN-30"' "$out"

  out=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$CONFIG_DIR/tls/upstream-ca.crt" \
    "https://localhost:$HTTP_PORT/v1/provinces/VN-30")
  expect "JSON without a token refused" '^401$' "$out"
}

# A browser app on an allowed origin gets its gRPC-Web preflight answered; any other origin does not.
check_cors() {
  local headers
  headers=$(curl -s -o /dev/null -D - -X OPTIONS --cacert "$CONFIG_DIR/tls/upstream-ca.crt" \
    -H "Origin: $1" -H "Access-Control-Request-Method: POST" \
    -H "Access-Control-Request-Headers: content-type,x-grpc-web,authorization" \
    "https://localhost:$HTTP_PORT/coopregistry.v1.DirectoryService/GetProvince")
  grep -i '^access-control-allow-origin:' <<<"$headers" || true
}

call_cors() {
  expect "CORS preflight from an allowed origin" "https://partner.example" "$(check_cors https://partner.example)"
  [[ -z $(check_cors https://elsewhere.example) ]] || die "CORS: an origin not in Registry:Cors:AllowedOrigins was allowed"
  say "ok: CORS preflight from another origin gets no allowance"
}

# Prometheus scrapes the HTTP port: the registry's own metrics are there, with the calls just made.
call_metrics() {
  local out
  out=$(curl -s --cacert "$CONFIG_DIR/tls/upstream-ca.crt" "https://localhost:$HTTP_PORT/metrics")
  expect "metrics: GET /metrics counts the calls" '^coopregistry_calls_total{.*DirectoryService/ListProvinces.*grpc_status="OK"' "$out"
  expect "metrics: the audit chain's length" '^coopregistry_audit_chain_length' "$out"
}
