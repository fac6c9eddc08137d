#!/usr/bin/env bash
# Set up everything cxlab needs on this machine: a CJK font for Chinese chart labels (system package),
# a virtual environment in .venv with cxlab and its test tools. Safe to run again: it only does what is missing.
#   bash tools/setup.sh            (make lab / make test call it)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

"$PYTHON" - <<'PY' || { echo "cxlab needs Python 3.10 or newer (found: $($PYTHON --version 2>&1))." >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 10) else 1)
PY

# 1. A font with Chinese glyphs (matplotlib shows empty boxes without one).
have_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh file 2>/dev/null)" ]; then return 0; fi
  ls /usr/share/fonts/truetype/wqy/*.ttc /usr/share/fonts/opentype/noto/NotoSansCJK* \
     /System/Library/Fonts/PingFang.ttc /Library/Fonts/Arial\ Unicode.ttf >/dev/null 2>&1
}
if ! have_cjk_font; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing a CJK font (fonts-wqy-microhei) with apt-get ..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-wqy-microhei fontconfig >/dev/null
  else
    echo "WARNING: no Chinese font found and no apt-get here. Install one (macOS: brew install --cask" \
         "font-noto-sans-cjk-sc; Windows has Microsoft YaHei), or Chinese chart labels will show as boxes." >&2
  fi
fi

# 2. The virtual environment with cxlab (editable, so the course notebooks use this checkout) and test tools.
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.cxlab-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip "setuptools>=68" wheel
  "$VENV/bin/python" -m pip install -q -e ".[test]"
  touch "$stamp"
fi
echo "cxlab is set up in $VENV"
