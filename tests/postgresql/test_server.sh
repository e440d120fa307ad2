#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL 15 server the test suite runs against (ctest fixture).
# Usage: test_server.sh start|stop DIR
#   start: a fresh cluster in DIR/data, listening only on the Unix socket DIR/.s.PGSQL.5432,
#          superuser "cdmype" with trust authentication; a server left in DIR by an
#          interrupted run is stopped and removed first.
#   stop:  immediate shutdown (nothing in it is worth keeping), then DIR is removed.
# Durability is switched off (fsync, synchronous_commit, full_page_writes): the cluster dies
# with the run, and this keeps it fast on the shared 2-core CI machine. CDMYPE_PG_DURABLE=1
# keeps it on (benchmarks).
# initdb and postgres refuse to run as root, so as root (CI) both run as the "postgres" user;
# as a normal user (a developer's PC) they run as that user.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "uso: $0 start|stop|restart|halt|resume CARPETA" >&2
  exit 2
fi
case "$dir" in
  /*) ;;
  *) echo "test_server: la carpeta debe ser una ruta absoluta: $dir" >&2; exit 2 ;;
esac
# The socket path DIR/.s.PGSQL.5432 must fit in sockaddr_un (107 bytes).
if [ $((${#dir} + 16)) -gt 107 ]; then
  echo "test_server: la carpeta $dir es demasiado larga para un socket Unix (máximo 91 caracteres)" >&2
  exit 2
fi

# Debian's binaries; pg_config --bindir may name another major version or the wrapper dir.
bin=${CDMYPE_PG_BINDIR:-/usr/lib/postgresql/15/bin}
need_binaries() {
  if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "test_server: no se encuentra PostgreSQL 15 en $bin; instálelo con: bash installer/install-deps.sh" >&2
    exit 1
  fi
}

if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "test_server: como root hace falta el usuario 'postgres' (paquete postgresql-common)" >&2
    exit 1
  fi
  as_server=(runuser -u postgres --)
else
  as_server=()
fi

# The postgres user may not be allowed into the caller's folder (a build under /root).
cd /

data=$dir/data
log=$dir/server.log

show_log() {
  if [ -f "$log" ]; then
    echo "---- $log ----" >&2
    cat "$log" >&2
    echo "----" >&2
  fi
}

stop_server() {
  # Only a cluster that still has a postmaster.pid can be running; -m immediate never waits
  # for clients, and a failure here (the server already died) is not an error.
  if [ -f "$data/postmaster.pid" ]; then
    "${as_server[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
  restart)
    # The server restarted under its seats (an update, a reboot): connections drop,
    # transactions in flight are rolled back, committed data survives (fsync is off here,
    # so a clean stop, not a crash).
    "${as_server[@]}" "$bin/pg_ctl" -D "$data" -m fast -w restart -l "$log" >/dev/null
    ;;
  halt)
    # The server out of reach for a while (a network cut, a reboot): stopped, data kept.
    "${as_server[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    ;;
  resume)
    # Back after a halt, as it was (pg_ctl reuses the options of the last start).
    "${as_server[@]}" "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "$(sed -n 's/^[^ ]* \(.*\)$/\1/p' "$data/postmaster.opts" | sed 's/"-D" "[^"]*" //')" \
      start >/dev/null
    ;;
  start)
    need_binaries
    stop_server
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    # Same encoding, byte-order collation (SQLite's BINARY) and data checksums as the
    # center's real server (installer/server).
    if ! "${as_server[@]}" "$bin/initdb" -D "$data" -A trust -U cdmype -E UTF8 \
        --locale=C.UTF-8 --data-checksums --no-sync >"$dir/initdb.log" 2>&1; then
      echo "test_server: initdb falló en $data:" >&2
      cat "$dir/initdb.log" >&2
      exit 1
    fi
    # CDMYPE_PG_DURABLE=1 (the benchmarks): a center's server as Debian installs it, every
    # commit on disk, so timings are what a center meets.
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${CDMYPE_PG_DURABLE:-0}" = 1 ]; then durability=""; fi
    if ! "${as_server[@]}" "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir $durability -c max_connections=200" \
        start >/dev/null; then
      echo "test_server: el servidor de pruebas no arrancó en $dir" >&2
      show_log
      exit 1
    fi
    if ! "$bin/pg_isready" -q -h "$dir" -U cdmype -d postgres; then
      echo "test_server: el servidor arrancó pero no contesta en $dir" >&2
      show_log
      exit 1
    fi
    echo "test_server: PostgreSQL de pruebas listo en $dir"
    ;;
  stop)
    if [ -f "$data/postmaster.pid" ]; then need_binaries; fi
    if [ -f "$data/postmaster.pid" ] && \
        ! "${as_server[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null; then
      echo "test_server: no se pudo detener el servidor de $dir" >&2
      show_log
      exit 1
    fi
    rm -rf "$dir"
    echo "test_server: servidor de pruebas detenido y $dir borrado"
    ;;
  *)
    echo "uso: $0 start|stop|restart|halt|resume CARPETA" >&2
    exit 2
    ;;
esac
