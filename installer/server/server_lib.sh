# server_lib.sh: paths, messages and psql helpers shared by setup-server.sh and add-seat.sh (sourced, not run).
#
# Test mode: when CDMYPE_SERVER_TEST_ROOT names a folder, every path below
# moves under it, the cluster is a private one started with pg_ctl on the
# port CDMYPE_SERVER_TEST_PORT (TCP on 127.0.0.1 only, Unix socket in the
# folder), and apt-get and systemd are skipped. tests/server/setup_server_test.sh
# runs the real scripts that way; nothing of the machine's own PostgreSQL
# (the system clusters, /etc/postgresql) is read or changed.

PG_MAJOR=15
PG_BIN=/usr/lib/postgresql/$PG_MAJOR/bin
CLUSTER=cdmype
# Fixed role names: grants.sql (db/postgresql/grants.sql) and the README name them.
ROLE_OWNER=cdmype_propietario
ROLE_SEATS=cdmype_puestos
ROLE_READER=cdmype_consulta
ROLE_BACKUP=cdmype_respaldo

SCRIPT_NAME=${SCRIPT_NAME:-$(basename "$0")}
DRY_RUN=0
CHANGES=0

msg() { printf '%s: %s\n' "$SCRIPT_NAME" "$*"; }
step() { printf '\n== %s\n' "$*"; }
die() { printf '%s: ERROR: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }
changed() { CHANGES=$((CHANGES + 1)); msg "$*"; }

# Prints the command; runs it unless --dry-run.
run() {
  printf '  + %s\n' "$*"
  if [ "$DRY_RUN" -eq 0 ]; then "$@"; fi
}

# The same, for a command whose chatter on stdout (initdb's) helps nobody.
run_quiet() {
  printf '  + %s\n' "$*"
  if [ "$DRY_RUN" -eq 0 ]; then "$@" >/dev/null; fi
}

as_postgres() { runuser -u postgres -- "$@"; }

init_paths() {
  if [ -n "${CDMYPE_SERVER_TEST_ROOT:-}" ]; then
    TEST_MODE=1
    local r=$CDMYPE_SERVER_TEST_ROOT
    case $r in /*) ;; *) die "CDMYPE_SERVER_TEST_ROOT debe ser una ruta absoluta." ;; esac
    [ -n "${CDMYPE_SERVER_TEST_PORT:-}" ] || die "el modo de prueba necesita CDMYPE_SERVER_TEST_PORT."
    ETC_CDMYPE=$r/etc/cdmype
    PG_DATA=$r/data
    PG_CONF=$r/data
    PG_SOCKET=$r/run
    PG_PORT=$CDMYPE_SERVER_TEST_PORT
    BACKUP_DIR=$r/backups
    SYSTEMD_DIR=$r/systemd
    LIBEXEC_DIR=$r/lib
    LISTEN='127.0.0.1'
  else
    TEST_MODE=0
    ETC_CDMYPE=/etc/cdmype
    PG_DATA=/var/lib/postgresql/$PG_MAJOR/$CLUSTER
    PG_CONF=/etc/postgresql/$PG_MAJOR/$CLUSTER
    PG_SOCKET=/var/run/postgresql
    PG_PORT=""   # read from the cluster once it exists (cluster_port)
    BACKUP_DIR=/var/backups/cdmype
    SYSTEMD_DIR=/etc/systemd/system
    LIBEXEC_DIR=/usr/local/lib/cdmype-servidor
    # Every interface; pg_hba.conf admits only the office LAN, over TLS.
    LISTEN='*'
  fi
  CREDENTIALS=$ETC_CDMYPE/credenciales.pgpass
  CA_DIR=$ETC_CDMYPE/ca
  CA_FOR_SEATS=$ETC_CDMYPE/cdmype-ca.crt
  STATE_FILE=$ETC_CDMYPE/servidor.conf
  BACKUP_ENV=$ETC_CDMYPE/respaldo.env
  TLS_DIR=$PG_CONF/tls
}

require_root() {
  [ "$(id -u)" -eq 0 ] || die "ejecútelo como root (sudo bash $0 …)."
}

require_debian12() {
  local id="" version=""
  if [ -r /etc/os-release ]; then
    id=$(. /etc/os-release && echo "${ID:-}")
    version=$(. /etc/os-release && echo "${VERSION_ID:-}")
  fi
  if [ "$id" != debian ] || [ "$version" != 12 ]; then
    die "este programa prepara solo Debian 12 (bookworm); este equipo es '${id:-desconocido} ${version:-}'."
  fi
}

# Port of the cdmype cluster (Debian picks the first free one when it is created).
cluster_port() {
  if [ "$TEST_MODE" -eq 1 ]; then echo "$PG_PORT"; return; fi
  pg_lsclusters -h 2>/dev/null | awk -v v="$PG_MAJOR" -v c="$CLUSTER" '$1 == v && $2 == c { print $3 }'
}

server_running() {
  if [ "$TEST_MODE" -eq 1 ]; then
    [ -f "$PG_DATA/PG_VERSION" ] && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
  else
    pg_lsclusters -h 2>/dev/null |
      awk -v v="$PG_MAJOR" -v c="$CLUSTER" '$1 == v && $2 == c { print $4 }' | grep -q '^online'
  fi
}

# psql as the postgres superuser over the Unix socket; SQL on stdin, so
# passwords never appear on a command line. Extra arguments go to psql.
psql_super() {
  local db=$1; shift
  as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET" -p "$PG_PORT" -d "$db" "$@" -f -
}

# One value (or rows) from a query, unaligned, no headers.
query_super() {
  local db=$1 sql=$2
  printf '%s\n' "$sql" | psql_super "$db" -A -t
}

# 24 characters of base64url from /dev/urandom (144 bits): no ':' or '\' to
# escape in a .pgpass line, nothing a seat's dialog would mangle.
generate_password() {
  head -c 18 /dev/urandom | base64 | tr '+/' '-_'
}

# Writes stdin to PATH with MODE and OWNER when the content differs; says
# whether it changed. Under --dry-run it only says what it would write.
install_content() {
  local path=$1 mode=$2 owner=$3 tmp
  tmp=$(mktemp)
  cat >"$tmp"
  if [ -f "$path" ] && cmp -s "$tmp" "$path" &&
     [ "$(stat -c '%a %U' "$path")" = "${mode#0} ${owner%%:*}" ]; then
    rm -f "$tmp"
    msg "sin cambios: $path"
    return 0
  fi
  if [ "$DRY_RUN" -eq 1 ]; then
    printf '  + escribiría %s (modo %s, dueño %s):\n' "$path" "$mode" "$owner"
    if [ "$(wc -l <"$tmp")" -le 40 ]; then
      sed 's/^/      | /' "$tmp"
    else
      printf '      | %s\n      | … (%s líneas)\n' "$(head -n1 "$tmp")" "$(wc -l <"$tmp")"
    fi
    rm -f "$tmp"
    CHANGES=$((CHANGES + 1))
    return 0
  fi
  install -D -m "$mode" -o "${owner%%:*}" -g "${owner##*:}" "$tmp" "$path"
  rm -f "$tmp"
  changed "escrito: $path"
}

# Reads what setup-server.sh recorded (base, port, server name) for add-seat.sh.
load_state() {
  [ -r "$STATE_FILE" ] ||
    die "no encuentro $STATE_FILE: prepare antes el servidor con setup-server.sh."
  # shellcheck disable=SC1090
  . "$STATE_FILE"
  BASE=$CDMYPE_BASE
  PG_PORT=$CDMYPE_PUERTO
  SERVER_NAME=$CDMYPE_NOMBRE_SERVIDOR
}
