#!/usr/bin/env bash
# Writes the template of every translatable string of the desktop program
# (app/ui) to $2: what _(), N_() and tr() wrap (see app/ui/i18n.hpp).
# Usage: extract.sh SOURCE_DIR OUTPUT.pot
set -euo pipefail
src=$1
out=$(realpath -m "$2")
cd "$src"
# File names only (no line numbers) so the template does not change with
# every edit that moves a string up or down.
find app/ui -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort |
  xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=N_ --keyword=tr \
    --add-comments=TRANSLATORS: --add-location=file --sort-by-file \
    --package-name="CDMYPE Desk" --msgid-bugs-address=soporte@cdmype.local \
    --files-from=- --output="$out"
