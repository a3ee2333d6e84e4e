#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/e2e), and ShellCheck, with which
# actionlint also checks the `run:` scripts of the Pages workflow (tests/test_workflow.py),
# idempotently.
#
#   bash scripts/install_browser.sh
#
# * Chromium already there (/usr/bin/chromium, or $CHROMIUM_PATH when set) and `shellcheck` on
#   the PATH: does nothing.
# * Otherwise, as root or with passwordless sudo on a system with apt-get: installs the Debian
#   packages `chromium`, `fonts-liberation` and `shellcheck` with --no-install-recommends
#   (without it apt pulls in well over a hundred packages). Never runs `playwright install`: the
#   tests drive this system Chromium through Playwright's executable_path.
# * Otherwise: explains what will be skipped, and exits 0 -- unless CI is set, where a missing
#   browser or ShellCheck is an error (exit 1), so that CI never passes by skipping them.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=(chromium fonts-liberation shellcheck)

say() { printf 'install_browser: %s\n' "$*" >&2; }

have_chromium() { [ -x "$CHROMIUM" ]; }

have_shellcheck() { command -v shellcheck >/dev/null 2>&1; }

# What is missing, in words, for the messages below.
missing() {
  if ! have_chromium && ! have_shellcheck; then
    printf 'Chromium (at %s) and ShellCheck' "$CHROMIUM"
  elif ! have_chromium; then
    printf 'Chromium (at %s)' "$CHROMIUM"
  else
    printf 'ShellCheck'
  fi
}

give_up() {
  say "$*"
  if [ -n "${CI:-}" ]; then
    say "CI is set, so this is an error: the browser tests (tests/e2e) and the ShellCheck" \
        "checks of the workflow's scripts must run in CI."
    exit 1
  fi
  have_chromium || say "The browser tests (pytest -m browser, tests/e2e) will be skipped."
  have_shellcheck || say "actionlint will not check the workflow's run: scripts."
  say "To install what is missing, as root: apt-get install -y --no-install-recommends" \
      "${PACKAGES[*]} (or set CHROMIUM_PATH to a Chromium binary)."
  exit 0
}

if have_chromium && have_shellcheck; then
  say "Chromium found at $CHROMIUM and ShellCheck at $(command -v shellcheck); nothing to do."
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  say "CHROMIUM_PATH is set to $CHROMIUM_PATH, but there is no executable there."
fi

if ! command -v apt-get >/dev/null 2>&1; then
  give_up "Not installed: $(missing), and there is no apt-get to install it with."
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  give_up "Not installed: $(missing), and installing needs root (or passwordless sudo)."
fi

say "Installing ${PACKAGES[*]} from apt (--no-install-recommends) ..."
export DEBIAN_FRONTEND=noninteractive
# Another apt run may hold the lock (for example a provisioning step still in progress): wait for
# it for up to 5 minutes rather than failing at once.
APT_OPTS=(-o DPkg::Lock::Timeout=300)
if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" update -qq; then
  give_up "apt-get update failed, so $(missing) could not be installed."
fi
if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" install -y -qq \
    --no-install-recommends "${PACKAGES[@]}"; then
  give_up "apt-get install ${PACKAGES[*]} failed."
fi

if ! have_chromium; then
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x /usr/bin/chromium ]; then
    give_up "Installed /usr/bin/chromium, but CHROMIUM_PATH=$CHROMIUM_PATH has no executable;" \
            "unset CHROMIUM_PATH or point it at /usr/bin/chromium."
  fi
  give_up "apt-get finished, but there is still no Chromium at $CHROMIUM."
fi
if ! have_shellcheck; then
  give_up "apt-get finished, but there is still no shellcheck on the PATH."
fi
say "Installed: $("$CHROMIUM" --version 2>/dev/null | tail -n 1 || echo "$CHROMIUM")"
say "Installed: ShellCheck $(shellcheck --version 2>/dev/null | sed -n 's/^version: //p')"
