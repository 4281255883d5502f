# shellcheck shell=bash
# The tools the commands need besides the .NET SDK, installed on first use (buf through npm into
# .tools/, npm, ShellCheck and chromium from Debian, the dotnet local tools), and the one build.
# Sourced after lib.sh.

TOOLS="$ROOT/.tools"
BUF="$TOOLS/node_modules/.bin/buf"
BUF_VERSION=1.75.0 # checked with `npm view @bufbuild/buf version`

ensure_npm() {
  command -v npm >/dev/null || apt_install npm
}

ensure_buf() {
  if [[ -x $BUF ]] && [[ $("$BUF" --version 2>/dev/null) == "$BUF_VERSION" ]]; then
    return 0
  fi
  ensure_npm
  say "installing buf $BUF_VERSION into .tools/"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error --save-exact "@bufbuild/buf@$BUF_VERSION" >/dev/null
  [[ -x $BUF ]] || die "buf not found at $BUF after npm install"
}

# Debian's package: the version varies with the release, and the checks this project's scripts
# pass are the same from 0.8 on (the -x and --source-path options need it).
ensure_shellcheck() {
  command -v shellcheck >/dev/null || apt_install shellcheck
}

# The console's browser tests drive Debian's chromium at this path: Playwright's own browser
# download needs a host this machine cannot reach.
CHROMIUM=/usr/bin/chromium
ensure_chromium() {
  [[ -d "$ROOT/src/CoopRegistry.Web" ]] || return 0
  [[ -x $CHROMIUM ]] || apt_install chromium
  [[ -x $CHROMIUM ]] || die "chromium not found at $CHROMIUM after installing it"
}

ensure_dotnet_tools() {
  [[ -f "$ROOT/.config/dotnet-tools.json" ]] || return 0
  dotnet tool restore >/dev/null
}

dotnet_build() {
  dotnet build "$(solution)" -c Release -nologo -v q
}
