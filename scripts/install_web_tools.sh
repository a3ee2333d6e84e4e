#!/usr/bin/env bash
# Install the tools of the reader's-experience checks, idempotently: Java and the W3C Nu HTML
# checker (npm `vnu-jar`) for tests/e2e/test_valid_html.py, and Lighthouse (npm) for
# scripts/lighthouse.py and tests/e2e/test_lighthouse.py. Lighthouse drives Debian's Chromium,
# which scripts/install_browser.sh installs.
#
#   bash scripts/install_web_tools.sh
#
# * Java 11 or newer on the PATH, and both npm packages at their pinned versions in
#   .tools/node_modules (gitignored): does nothing.
# * Java missing or too old: as root or with passwordless sudo on a system with apt-get, installs
#   the Debian package `default-jre-headless` with --no-install-recommends.
# * npm packages missing: `npm install --prefix .tools` with exact versions. --ignore-scripts,
#   because vnu-jar's postinstall would try to download a JRE when it finds no Java; Java comes
#   from apt instead, and nothing else in the tree needs an install script.
# * Whatever cannot be installed: explains which checks will be skipped, and exits 0 -- unless CI
#   is set, where it is an error (exit 1), so that CI never passes by skipping them.
set -euo pipefail

cd "$(dirname "$0")/.."
TOOLS=.tools
VNU_VERSION=26.9.27
LIGHTHOUSE_VERSION=12.2.3
VNU_JAR="$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar"
NPM_PACKAGES=("vnu-jar@$VNU_VERSION" "lighthouse@$LIGHTHOUSE_VERSION")

say() { printf 'install_web_tools: %s\n' "$*" >&2; }

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

have_java() {
  command -v java >/dev/null 2>&1 || return 1
  local major
  major="$(java_major)"
  [ -n "$major" ] && [ "$major" -ge 11 ]
}

# The version of an npm package in .tools/node_modules, or nothing.
npm_version() {
  local manifest="$TOOLS/node_modules/$1/package.json"
  [ -f "$manifest" ] && command -v node >/dev/null 2>&1 || return 0
  node -p 'require(process.argv[1]).version' "$PWD/$manifest" 2>/dev/null || true
}

have_npm_packages() {
  [ -f "$VNU_JAR" ] && [ "$(npm_version vnu-jar)" = "$VNU_VERSION" ] \
    && [ "$(npm_version lighthouse)" = "$LIGHTHOUSE_VERSION" ]
}

give_up() {
  say "$*"
  if [ -n "${CI:-}" ]; then
    say "CI is set, so this is an error: the HTML validation and Lighthouse checks" \
        "(tests/e2e/test_valid_html.py, tests/e2e/test_lighthouse.py) must run in CI."
    exit 1
  fi
  say "The HTML validation and Lighthouse checks (tests/e2e) will be skipped."
  say "To install by hand: apt-get install -y --no-install-recommends default-jre-headless" \
      "(as root), then npm install --prefix $TOOLS --no-audit --no-fund --ignore-scripts" \
      "--save-exact ${NPM_PACKAGES[*]}"
  exit 0
}

if have_java && have_npm_packages; then
  say "Java $(java_major), vnu-jar $VNU_VERSION and lighthouse $LIGHTHOUSE_VERSION found;" \
      "nothing to do."
  exit 0
fi

if ! have_java; then
  if ! command -v apt-get >/dev/null 2>&1; then
    give_up "No Java 11 or newer, and there is no apt-get to install it with."
  fi
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    give_up "No Java 11 or newer, and installing it needs root (or passwordless sudo)."
  fi
  say "Installing default-jre-headless from apt (--no-install-recommends) ..."
  # Another apt run may hold the lock (install_browser.sh just before, or provisioning): wait for
  # it for up to 5 minutes rather than failing at once.
  APT_OPTS=(-o DPkg::Lock::Timeout=300)
  if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" update -qq; then
    give_up "apt-get update failed, so Java could not be installed."
  fi
  if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" install -y -qq \
      --no-install-recommends default-jre-headless; then
    give_up "apt-get install default-jre-headless failed."
  fi
  if ! have_java; then
    give_up "apt-get finished, but there is still no Java 11 or newer on the PATH."
  fi
  say "Installed: Java $(java_major)"
fi

if ! have_npm_packages; then
  if ! command -v npm >/dev/null 2>&1; then
    give_up "npm is not installed, so ${NPM_PACKAGES[*]} cannot be installed."
  fi
  say "Installing ${NPM_PACKAGES[*]} into $TOOLS/node_modules ..."
  mkdir -p "$TOOLS"
  if ! npm install --prefix "$TOOLS" --no-audit --no-fund --ignore-scripts --save-exact \
      --loglevel=error "${NPM_PACKAGES[@]}"; then
    give_up "npm install ${NPM_PACKAGES[*]} failed."
  fi
  if ! have_npm_packages; then
    give_up "npm finished, but $VNU_JAR or lighthouse $LIGHTHOUSE_VERSION is missing."
  fi
  say "Installed: vnu-jar $VNU_VERSION and lighthouse $LIGHTHOUSE_VERSION in $TOOLS/node_modules"
fi
