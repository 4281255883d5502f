#!/usr/bin/env bash
# make-keys.sh [--rotate NAME] [--self-signed-tls NAME...]: the installation's private keys in
# CONFIG_DIR/keys/, made with openssl and never overwritten:
#   token-signing.pem, token-encryption.pem  RSA 3072, the token service (Identity:*KeyPath)
#   audit-checkpoint.pem                      ECDSA P-256, signs audit checkpoints (Audit:SigningKeyPath)
# --rotate NAME keeps NAME.pem as NAME.pem.<date> and makes a new one (docs/runbook.md says when).
# --self-signed-tls NAME... makes an installation CA (tls/upstream-ca.crt) and tls/apps.crt for the
# apps' own listeners, valid for the names and IP addresses given (e.g. localhost 127.0.0.1).
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

KEYS="$CONFIG_DIR/keys"
TLS="$CONFIG_DIR/tls"

new_key() {
  local file=$1
  shift
  [[ -f $file ]] && return 0
  (umask 027 && openssl genpkey "$@" -out "$file.tmp" 2>/dev/null)
  mv "$file.tmp" "$file"
  say "made $file"
}

make_keys() {
  mkdir -p "$KEYS"
  new_key "$KEYS/token-signing.pem" -algorithm RSA -pkeyopt rsa_keygen_bits:3072
  new_key "$KEYS/token-encryption.pem" -algorithm RSA -pkeyopt rsa_keygen_bits:3072
  new_key "$KEYS/audit-checkpoint.pem" -algorithm EC -pkeyopt ec_paramgen_curve:P-256
}

rotate() {
  local name=$1 file="$KEYS/$1.pem"
  [[ $name =~ ^(token-signing|token-encryption|audit-checkpoint)$ ]] || die "--rotate takes token-signing, token-encryption or audit-checkpoint"
  [[ -f $file ]] && mv "$file" "$file.$(date -u +%Y%m%dT%H%M%SZ)"
  make_keys
}

# An installation CA and a certificate signed by it for the apps' listeners (and, where no public
# certificate is bought, for nginx: copy apps.crt/apps.key to public.crt/public.key).
self_signed_tls() {
  local san="" name
  for name in "$@"; do
    if [[ $name =~ ^[0-9.]+$|: ]]; then san+="IP:$name,"; else san+="DNS:$name,"; fi
  done
  mkdir -p "$TLS"
  new_key "$TLS/upstream-ca.key" -algorithm EC -pkeyopt ec_paramgen_curve:P-256
  [[ -f "$TLS/upstream-ca.crt" ]] || openssl req -x509 -new -key "$TLS/upstream-ca.key" -days 3650 \
    -subj "/CN=CoopRegistry installation CA" -addext "basicConstraints=critical,CA:true" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$TLS/upstream-ca.crt" 2>/dev/null
  new_key "$TLS/apps.key" -algorithm EC -pkeyopt ec_paramgen_curve:P-256
  openssl req -new -key "$TLS/apps.key" -subj "/CN=$1" -out "$TLS/apps.csr" 2>/dev/null
  openssl x509 -req -in "$TLS/apps.csr" -CA "$TLS/upstream-ca.crt" -CAkey "$TLS/upstream-ca.key" \
    -CAcreateserial -days 825 -out "$TLS/apps.crt" \
    -extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "${san%,}") 2>/dev/null
  rm -f "$TLS/apps.csr"
  say "made $TLS/apps.crt for ${san%,}"
}

main() {
  command -v openssl >/dev/null || die "openssl is needed (apt-get install openssl)"
  case ${1:-} in
  --rotate) rotate "${2:?--rotate NAME}" ;;
  --self-signed-tls)
    shift
    (($# > 0)) || die "--self-signed-tls needs the names the apps are reached by"
    make_keys
    self_signed_tls "$@"
    ;;
  "") make_keys ;;
  *) die "usage: make-keys.sh [--rotate NAME | --self-signed-tls NAME...]" ;;
  esac
  if ((EUID == 0)) && getent group coopregistry >/dev/null; then
    chgrp -R coopregistry "$KEYS" "$TLS" 2>/dev/null || true
  fi
}

main "$@"
