#!/usr/bin/env bash
# install.sh RELEASE.tar.gz: unpack a release into PREFIX/releases/, link the installation's
# settings (CONFIG_DIR/<app>/appsettings.Production.json) into each app, and point PREFIX/current
# at it. The previous release stays for a rollback (docs/runbook.md). Migrate before restarting.
# shellcheck source=settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/settings.sh"

main() {
  local tarball=$1 name target app
  [[ -f $tarball ]] || die "usage: install.sh RELEASE.tar.gz"
  load_settings
  name=$(basename "$tarball" .tar.gz)
  if [[ $name != coopregistry-* ]] || ! tar -tzf "$tarball" "$name/RELEASE" >/dev/null 2>&1; then
    die "$tarball is not a CoopRegistry release (coopregistry-VERSION.tar.gz)"
  fi
  target="$PREFIX/releases/$name"
  mkdir -p "$PREFIX/releases"
  rm -rf "$target"
  tar -xzf "$tarball" -C "$PREFIX/releases"
  for app in $(release_apps "$target"); do
    ln -sfn "$CONFIG_DIR/$app/appsettings.Production.json" "$target/apps/$app/appsettings.Production.json"
  done
  ln -sfn "releases/$name" "$PREFIX/current.new"
  mv -T "$PREFIX/current.new" "$PREFIX/current"
  say "installed $name in $PREFIX/current"
}

main "$@"
