#!/usr/bin/env bash
# restore-to-time.sh DATA_DIR BASE_BACKUP ARCHIVE_DIR 'TIME': prepare a stopped cluster's data
# folder to come back as it stood at TIME (a timestamp with zone, e.g. '2026-12-06 23:50:00+07'):
# the old folder is kept beside it as DATA_DIR.before-restore-<UTC time>, BASE_BACKUP (from
# base-backup.sh, taken before TIME) is unpacked, and PostgreSQL is told to replay the archived
# WAL up to TIME and then open for writes. Run as the PostgreSQL user with PostgreSQL stopped,
# then start it (docs/runbook.md "Point-in-time recovery").
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

main() {
  (($# == 4)) || die "usage: restore-to-time.sh DATA_DIR BASE_BACKUP ARCHIVE_DIR 'TIME'"
  local data=${1%/} backup=$2 archive=$3 time=$4 aside
  [[ -f "$data/PG_VERSION" ]] || die "$data is not a PostgreSQL data folder"
  [[ ! -f "$data/postmaster.pid" ]] || die "PostgreSQL still runs on $data (or was killed): stop it first"
  [[ -f "$backup/base.tar.gz" && -f "$backup/pg_wal.tar.gz" ]] || die "$backup is not a base backup of base-backup.sh"
  [[ $archive =~ ^/[A-Za-z0-9._/-]+$ && -d $archive ]] || die "$archive is not the WAL archive folder"
  [[ $time != *"'"* ]] || die "TIME may not contain a quote"
  aside="$data.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$data" "$aside"
  mkdir -m 700 "$data"
  tar -xzf "$backup/base.tar.gz" -C "$data"
  tar -xzf "$backup/pg_wal.tar.gz" -C "$data/pg_wal"
  # WAL written since the last archived segment is only in the old folder: replay it too
  # (the archive's copy of a segment wins where both have it).
  find "$aside/pg_wal" -maxdepth 1 -type f -name '[0-9A-F]*' -exec cp -f {} "$data/pg_wal/" \;
  cat >>"$data/postgresql.auto.conf" <<SETTINGS
# restore-to-time.sh $(date -u +%Y-%m-%dT%H:%M:%SZ): replay up to $time, then open for writes
restore_command = 'cp $archive/%f %p'
recovery_target_time = '$time'
recovery_target_action = 'promote'
SETTINGS
  touch "$data/recovery.signal"
  say "$data will come back as at $time when PostgreSQL starts (the old folder: $aside)"
}

main "$@"
