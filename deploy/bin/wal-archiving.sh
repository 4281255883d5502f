#!/usr/bin/env bash
# wal-archiving.sh ARCHIVE_DIR: turn on PostgreSQL's WAL archiving into ARCHIVE_DIR (a folder of
# the PostgreSQL user, on another disk or mounted from the backup server), with a segment switch
# at least every 5 minutes, so a restore loses at most that much. Run as the PostgreSQL superuser
# (sudo -u postgres; PGHOST/PGPORT choose the cluster), then restart PostgreSQL.
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

main() {
  local archive=${1:-}
  # Only plain path characters: the path goes into archive_command unquoted.
  [[ $archive =~ ^/[A-Za-z0-9._/-]+$ ]] || die "usage: wal-archiving.sh /ABSOLUTE/ARCHIVE_DIR (letters, digits, . _ - /)"
  mkdir -p "$archive"
  chmod 700 "$archive"
  # test ! -f: never overwrite a segment already archived (PostgreSQL's documented recipe).
  psql -X -q -v ON_ERROR_STOP=1 -d postgres \
    -c "ALTER SYSTEM SET wal_level = 'replica'" \
    -c "ALTER SYSTEM SET archive_mode = 'on'" \
    -c "ALTER SYSTEM SET archive_command = 'test ! -f $archive/%f && cp %p $archive/%f'" \
    -c "ALTER SYSTEM SET archive_timeout = '5min'"
  say "WAL archiving into $archive set; restart PostgreSQL for it to take effect"
}

main "$@"
