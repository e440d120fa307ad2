#!/usr/bin/env bash
# Installs every Debian 12 package CDMYPE Desk needs to build, run and test.
# Idempotent and non-interactive; works as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git
  libwxgtk3.2-dev                 # desktop client (GTK 3)
  libsqlitecpp-dev libsqlite3-dev sqlite3
  libhpdf-dev                     # PDF report
  libxlsxwriter-dev               # Excel report
  libboost-date-time-dev
  libsodium-dev                   # Argon2id password hashes
  libpq-dev                       # PostgreSQL client (multi-seat centers)
  postgresql-15 postgresql-client-15  # the tests' throwaway server (unaccent, amcheck included)
  libgtest-dev libgmock-dev libbenchmark-dev
  gettext                         # msgfmt for translations
  poppler-utils                   # pdftotext/pdftoppm in report tests
  xvfb xauth imagemagick          # GUI tests and screenshots
  dpkg-dev file                   # cpack -G DEB
  clang libclang-rt-14-dev        # libFuzzer targets (-fsanitize=fuzzer) in CI
)

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: todos los paquetes ya están instalados." >&2
  exit 0
fi

echo "install-deps: instalando ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
