#!/usr/bin/env bash
# ctest check: every string of app/ui has a finished (not fuzzy, not empty)
# translation in each <lang>.po, and the catalogs compile with their format
# strings (%s, %d…) intact. When it fails, run resources/i18n/update.sh and
# translate what it lists.
# Usage: check.sh SOURCE_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
here="$src/resources/i18n"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$here/extract.sh" "$src" "$tmp/current.pot"
status=0
for po in "$here"/*.po; do
  # msgcmp counts untranslated and fuzzy entries as missing.
  if ! msgcmp "$po" "$tmp/current.pot"; then
    echo "$(basename "$po"): faltan traducciones; ejecute resources/i18n/update.sh" >&2
    status=1
  fi
  if ! msgfmt --check --output-file=/dev/null "$po"; then status=1; fi
done
exit $status
