#!/usr/bin/env bash
# Refreshes the translations after the program's strings changed:
# re-extracts resources/i18n/cdmype.pot from app/ui, merges it into every
# <lang>.po (msgmerge keeps existing translations and marks guesses fuzzy),
# then lists what still needs a translator: untranslated and fuzzy entries.
# Usage: resources/i18n/update.sh            (from anywhere)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

"$here/extract.sh" "$root" "$here/cdmype.pot"
status=0
for po in "$here"/*.po; do
  msgmerge --quiet --update --backup=none --no-wrap --add-location=file "$po" "$here/cdmype.pot"
  echo "$(basename "$po"): $(msgfmt --statistics --output-file=/dev/null "$po" 2>&1)"
  todo=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$po"; msgattrib --untranslated --no-obsolete --no-wrap "$po")
  if [ -n "$todo" ]; then
    echo "Entradas por traducir o revisar (fuzzy) en $(basename "$po"):"
    echo "$todo" | grep -E '^(#, fuzzy|msgid )' | grep -v '^msgid ""$'
    status=1
  fi
done
exit $status
