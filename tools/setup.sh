#!/usr/bin/env bash
# Set up everything cxlab needs on this machine: the system packages of tools/apt.txt (a CJK font, WeasyPrint's
# Pango libraries, poppler-utils, chromium) where apt-get exists, and a virtual environment in .venv with cxlab
# and its test tools. Safe to run again: it only does what is missing, and takes a second when nothing is.
#   bash tools/setup.sh            (make lab / make test call it)
#   CXLAB_SKIP_APT=1 bash tools/setup.sh   skips the system packages
# It also installs the hub extra (JupyterHub, nbgitpuller, jupyter-server-proxy) and JupyterHub's proxy,
# configurable-http-proxy, from npm into .hub/node_modules (ignored by git), for deploy/ and tests/test_hub*.py.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

"$PYTHON" - <<'PY' || { echo "cxlab needs Python 3.10 or newer (found: $($PYTHON --version 2>&1))." >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 10) else 1)
PY

# 1. System packages, from the one list in tools/apt.txt.
apt_wanted() { sed -e 's/#.*//' -e 's/[[:space:]]//g' tools/apt.txt | grep -v '^$'; }
apt_missing() {
  local pkg
  for pkg in $(apt_wanted); do
    dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}
have_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh file 2>/dev/null)" ]; then return 0; fi
  ls /usr/share/fonts/truetype/wqy/*.ttc /usr/share/fonts/opentype/noto/NotoSansCJK* \
     /System/Library/Fonts/PingFang.ttc /Library/Fonts/Arial\ Unicode.ttf >/dev/null 2>&1
}
if [ -n "${CXLAB_SKIP_APT:-}" ]; then
  :
elif command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=$(apt_missing | tr '\n' ' ')
  if [ -n "${missing// /}" ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "WARNING: missing system packages ($missing) and neither root nor sudo: install them with" \
             "apt-get install $missing" >&2
        missing=""
      fi
    fi
  fi
  if [ -n "${missing// /}" ]; then
    echo "Installing system packages: $missing"
    $SUDO apt-get update -qq
    installable=""
    for pkg in $missing; do   # a package this release does not have (chromium on Ubuntu) is skipped, not fatal
      if apt-cache show "$pkg" >/dev/null 2>&1 && \
         [ "$(apt-cache policy "$pkg" | awk '/Candidate:/ {print $2}')" != "(none)" ]; then
        installable="$installable $pkg"
      else
        echo "WARNING: $pkg is not available from apt here; skipped (see tools/apt.txt for what it is for)." >&2
      fi
    done
    if [ -n "${installable// /}" ]; then
      # shellcheck disable=SC2086
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $installable >/dev/null
    fi
  fi
elif ! have_cjk_font; then
  echo "WARNING: no Chinese font found and no apt-get here. Install one (macOS: brew install --cask" \
       "font-noto-sans-cjk-sc; Windows has Microsoft YaHei), or Chinese text will show as boxes." >&2
  echo "         For PDF handouts install Pango (macOS: brew install pango) and poppler for the tests." >&2
fi

# 2. The virtual environment with cxlab (editable, so the course notebooks use this checkout) and test tools.
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.cxlab-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip "setuptools>=68" wheel
  "$VENV/bin/python" -m pip install -q -e ".[test,hub]"
  touch "$stamp"
fi
"$VENV/bin/python" -m cxlab.labsetup   # JupyterLab: widget state saved, kit notebooks open unmodified
# 3. JupyterHub's proxy (npm package configurable-http-proxy, version pinned in deploy/chp-version.txt).
CHP=.hub/node_modules/.bin/configurable-http-proxy
CHP_VERSION=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' deploy/chp-version.txt | grep -v '^$' | head -n 1)
if [ -x "$CHP" ] && [ -f .hub/.version ] && [ "$(cat .hub/.version)" = "$CHP_VERSION" ]; then
  :
elif command -v npm >/dev/null 2>&1; then
  mkdir -p .hub
  npm install --silent --no-fund --no-audit --prefix .hub "configurable-http-proxy@$CHP_VERSION" >/dev/null
  echo "$CHP_VERSION" > .hub/.version
else
  echo "WARNING: npm not found: JupyterHub's proxy (configurable-http-proxy) is not installed, so the hub" \
       "tests are skipped. Install Node.js and npm (apt-get install nodejs npm) and run this again." >&2
fi
echo "cxlab is set up in $VENV"
