#!/usr/bin/env bash
# Fails when README's test command (command 2) and the first command of .ci/run drift apart.
set -eu
root=$1
cmd=$(awk '/<!-- command-2 -->/{found=1; next} found && /^```/{inblock=!inblock; if(!inblock) exit; next} found && inblock{print; exit}' "$root/README.md")
if [ -z "$cmd" ]; then
  echo "README.md has no command under <!-- command-2 -->" >&2; exit 1
fi
if ! grep -qxF -- "$cmd" "$root/.ci/run"; then
  echo "README command 2 is not a line of .ci/run:" >&2
  echo "  $cmd" >&2; exit 1
fi
first=$(grep -vE '^\s*(#|$|set |cd )' "$root/.ci/run" | head -n 1)
if [ "$first" != "$cmd" ]; then
  echo ".ci/run must run README command 2 first; it runs: $first" >&2; exit 1
fi
echo "README command 2 matches .ci/run"
