#!/usr/bin/env bash
# ./coop release: what a province installs. Framework-dependent `dotnet publish` of every app
# project under src/ (an ASP.NET Core project: the registry, the token service, the console once it
# exists) into .data/release/coopregistry-VERSION/, with deploy/ and the seeds beside them, packed
# as one tarball; the .NET client as NuGet packages (packages/); and an OCI image of each app as a tar archive, built by the SDK's own container
# support (no container daemon). Prints the folder it wrote.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=release-lib.sh
source "$ROOT/scripts/release-lib.sh"

# A number MSBuild accepts as Version: 0.1.0 until the project tags its releases.
RELEASE_NUMBER=${COOP_RELEASE_NUMBER:-0.1.0}

# publish_app PROJECT_DIR OUT: the framework-dependent build the systemd units run.
publish_app() {
  local project=$1 out=$2
  say "publishing $(app_name "$project") into ${out#"$ROOT"/}"
  dotnet publish "$project" -c Release -nologo -v q --self-contained false -o "$out" \
    -p:Version="$RELEASE_NUMBER" -p:InformationalVersion="$RELEASE_VERSION" >&2
}

# image_app PROJECT_DIR ARCHIVE: the same app as an OCI image in a tar archive. The base image
# comes from its registry (mcr.microsoft.com); where that is out of reach the tarball of files
# above is the release and the image is reported missing, not faked.
image_app() {
  local project=$1 archive=$2 name log
  name=$(app_name "$project")
  log="$DATA/log/release-image-$name.log"
  say "building the OCI image of $name"
  if dotnet publish "$project" -c Release -nologo -v q -t:PublishContainer \
    -p:ContainerArchiveOutputPath="$archive" -p:ContainerRepository="coopregistry/$name" \
    -p:ContainerImageTag="$RELEASE_NUMBER" -p:Version="$RELEASE_NUMBER" >"$log" 2>&1; then
    IMAGES+=("$(basename "$archive")")
  else
    say "no OCI image of $name: the SDK could not build it (base image out of reach?); see ${log#"$ROOT"/}"
    MISSING_IMAGES+=("$name")
  fi
}

# pack_clients OUT: the .NET client and the contract it is built on, as the NuGet packages partners
# install (docs/clients.md); the client's package depends on the contract's, of the same version.
pack_clients() {
  local out=$1 project
  for project in src/CoopRegistry.Contracts clients/CoopRegistry.Client; do
    say "packing $(basename "$project") into ${out#"$ROOT"/}/packages"
    dotnet pack "$ROOT/$project" -c Release -nologo -v q -o "$out/packages" -p:Version="$RELEASE_NUMBER" \
      -p:InformationalVersion="$RELEASE_VERSION" >&2
  done
}

# The seeds a production migrate loads; the development clients and contacts stay behind.
copy_seeds() {
  local out=$1
  mkdir -p "$out/seeds"
  tar -C "$ROOT/seeds" --exclude='dev-*' -cf - . | tar -C "$out/seeds" -xf -
}

write_manifest() {
  local out=$1 project
  {
    echo "version=$RELEASE_VERSION"
    echo "commit=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)"
    for project in $(app_projects); do echo "app=$(app_name "$project")"; done
    echo "images=${IMAGES[*]}"
    echo "images_missing=${MISSING_IMAGES[*]}"
  } >"$out/RELEASE"
}

main() {
  local out project
  IMAGES=() MISSING_IMAGES=()
  out=$(release_dir)
  rm -rf "$out" "$out.tar.gz"
  mkdir -p "$out/apps" "$out/images" "$DATA/log"
  for project in $(app_projects); do
    publish_app "$project" "$out/apps/$(app_name "$project")"
  done
  pack_clients "$out"
  copy_seeds "$out"
  cp -R "$ROOT/deploy" "$out/deploy"
  if [[ ${COOP_RELEASE_IMAGES:-1} == 1 ]]; then
    for project in $(app_projects); do
      image_app "$project" "$out/images/$(app_name "$project").oci.tar.gz"
    done
  fi
  write_manifest "$out"
  tar -C "$(dirname "$out")" -czf "$out.tar.gz" "$(basename "$out")"
  say "release $RELEASE_VERSION: ${out#"$ROOT"/} and ${out#"$ROOT"/}.tar.gz"
  ((${#MISSING_IMAGES[@]} == 0)) || say "images not built: ${MISSING_IMAGES[*]} (the files above are the release)"
  echo "$out"
}

main "$@"
