#!/usr/bin/env bash
# base-backup.sh BACKUP_ROOT: a base backup of the whole cluster (pg_basebackup, compressed tar,
# with the WAL it needs) into BACKUP_ROOT/<UTC time>/, printed on stdout. With WAL archiving on
# (wal-archiving.sh), restore-to-time.sh brings it to any instant after it. Run as the PostgreSQL
# superuser (sudo -u postgres; PGHOST/PGPORT choose the cluster), e.g. nightly from a timer.
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

main() {
  local root=${1:-} target
  [[ $root == /* ]] || die "usage: base-backup.sh /ABSOLUTE/BACKUP_ROOT"
  target="$root/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$root"
  pg_basebackup -D "$target" --format=tar --gzip --wal-method=stream --checkpoint=fast
  say "base backup in $target"
  echo "$target"
}

main "$@"
