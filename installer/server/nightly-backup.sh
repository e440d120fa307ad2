#!/usr/bin/env bash
# nightly-backup.sh: the center's nightly pg_dump -Fc, verified by restoring it into a scratch database and comparing row counts.
#
#   nightly-backup.sh                  dump, verify, keep the newest $CDMYPE_CONSERVAR verified copies
#   nightly-backup.sh --verificar F    verify an existing copy F against its F's .conteos file
#
# Runs as the OS user postgres (cdmype-respaldo.service), connecting over the
# local socket as cdmype_respaldo (pg_read_all_data, BYPASSRLS, CREATEDB);
# settings come from the environment (/etc/cdmype/respaldo.env, written by
# setup-server.sh). Logs go to the journal: names of tables and counts only,
# never a row's content. A failed copy or verification exits 1, so the unit
# shows as failed.
#
# Why the counts are exact: the row counts and the dump come from one
# snapshot. A REPEATABLE READ transaction exports its snapshot, counts every
# table, and pg_dump --snapshot dumps that same snapshot while the
# transaction stays open; seats writing during the copy change neither.
# The counts are kept beside the dump (.conteos), so any old copy can be
# verified again later with --verificar.
set -euo pipefail
umask 077
export LC_ALL=C   # join and sort below must agree with the C order of the count lists

BASE=${CDMYPE_BASE:-cdmype}
DIR=${CDMYPE_RESPALDOS:-/var/backups/cdmype}
KEEP=${CDMYPE_CONSERVAR:-30}
PG_BIN=${CDMYPE_PG_BIN:-/usr/lib/postgresql/15/bin}
export PGUSER=${PGUSER:-cdmype_respaldo}
SCRATCH=${BASE}_verificacion

# Under systemd, a "<3>" prefix gives the journal line error priority.
log() { printf 'cdmype-respaldo: %s\n' "$*"; }
complain() {
  if [ -n "${JOURNAL_STREAM:-}" ]; then printf '<3>' >&2; fi
  printf 'cdmype-respaldo: ERROR: %s\n' "$*" >&2
}
fail() { complain "$@"; exit 1; }

# PGOPTIONS: "does not exist, skipping" notices are not news in the journal.
psql_q() { PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

# "table count" per table of schema public, sorted: the same text for the live snapshot and the restored copy.
COUNTS_SQL="SELECT c.relname || ' ' || (xpath('/row/n/text()',
    query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname;"

WORK=$(mktemp -d)
scratch_made=0
cleanup() {
  if [ "$scratch_made" -eq 1 ]; then
    psql_q -d "$BASE" -c "DROP DATABASE IF EXISTS $SCRATCH" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# First error line of a failed pg_restore, without what follows "ERROR:"
# (a COPY error quotes the row's values).
restore_error() {
  grep -m1 'error:' "$1" | sed -E 's/ERROR: .*/ERROR: (detalle omitido: puede contener datos)/' | cut -c1-300
}

# Restores DUMP into the scratch database and compares its row counts with
# COUNTS; sets TABLES and ROWS, or says what is wrong and returns 1. (Called
# in conditions, where set -e is off: every step checks its own status.)
verify() {
  local dump=$1 counts=$2 name
  name=$(basename "$dump")
  [ -s "$dump" ] || { complain "la copia $name no existe o está vacía."; return 1; }
  [ -f "$counts" ] || { complain "falta $(basename "$counts"): sin conteos no se puede verificar $name."; return 1; }
  psql_q -d "$BASE" -c "DROP DATABASE IF EXISTS $SCRATCH" -c \
    "CREATE DATABASE $SCRATCH TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'" >/dev/null ||
    { complain "no se pudo crear la base de verificación $SCRATCH."; return 1; }
  scratch_made=1
  # Everything but amcheck, which only a superuser may create and no restored table needs
  # (setup-server.sh installs it for `cdmype-cli check`; this role restores as itself).
  if ! "$PG_BIN/pg_restore" -l "$dump" 2>"$WORK/restore.err" |
         grep -Ev '(EXTENSION - amcheck|COMMENT - EXTENSION amcheck)( |$)' >"$WORK/restore.list"; then
    complain "la copia $name no se puede restaurar: $(restore_error "$WORK/restore.err")"
    return 1
  fi
  if ! "$PG_BIN/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
         -L "$WORK/restore.list" -d "$SCRATCH" "$dump" 2>"$WORK/restore.err"; then
    complain "la copia $name no se puede restaurar: $(restore_error "$WORK/restore.err")"
    return 1
  fi
  psql_q -d "$SCRATCH" -c "$COUNTS_SQL" >"$WORK/restored.counts" ||
    { complain "no se pudieron contar las filas restauradas de $name."; return 1; }
  psql_q -d "$BASE" -c "DROP DATABASE $SCRATCH" >/dev/null && scratch_made=0
  if ! cmp -s "$counts" "$WORK/restored.counts"; then
    local diffs
    diffs=$(join -a1 -a2 -e '-' -o 0,1.2,2.2 "$counts" "$WORK/restored.counts" |
            awk '$2 != $3 { printf "%s (copia %s, restaurada %s); ", $1, $2, $3 }')
    complain "la copia $name restaurada no tiene las filas de la base: ${diffs%; }"
    return 1
  fi
  TABLES=$(wc -l <"$counts")
  ROWS=$(awk '{ s += $2 } END { print s + 0 }' "$counts")
}

if [ "${1:-}" = --verificar ]; then
  [ $# -eq 2 ] || fail "uso: nightly-backup.sh --verificar COPIA.dump"
  verify "$2" "${2%.dump}.conteos" || exit 1
  log "copia $(basename "$2") verificada: $TABLES tablas, $ROWS filas restauradas."
  exit 0
fi
[ $# -eq 0 ] || fail "uso: nightly-backup.sh [--verificar COPIA.dump]"

[ -d "$DIR" ] || fail "no existe la carpeta de copias $DIR."
day=$(date +%F)
name=$BASE-$day.dump
final=$DIR/$name
partial=$DIR/.$name.parcial
psql_q -d "$BASE" -f - <<SQL
-- This session waits, idle in its transaction, while pg_dump runs.
SET idle_in_transaction_session_timeout = 0;
BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
SELECT pg_export_snapshot() AS snapshot \gset
\o $WORK/live.counts
$COUNTS_SQL
\o
\setenv CDMYPE_SNAPSHOT :snapshot
\! "$PG_BIN/pg_dump" -Fc --snapshot="\$CDMYPE_SNAPSHOT" -d "$BASE" -f "$partial" 2>"$WORK/dump.err"; echo \$? >"$WORK/dump.status"
COMMIT;
SQL
if [ "$(cat "$WORK/dump.status" 2>/dev/null)" != 0 ]; then
  rm -f "$partial"
  fail "pg_dump no pudo copiar la base $BASE: $(grep -m1 'error:' "$WORK/dump.err" | cut -c1-300)"
fi
mv -f "$partial" "$final"
cp "$WORK/live.counts" "${final%.dump}.conteos"

if ! verify "$final" "${final%.dump}.conteos"; then
  mv -f "$final" "${final%.dump}.no-verificada.dump"
  mv -f "${final%.dump}.conteos" "${final%.dump}.no-verificada.conteos"
  fail "la copia de hoy quedó como $(basename "${final%.dump}").no-verificada.dump; las copias anteriores no se tocaron."
fi

# Keep the newest $KEEP verified copies (names sort by date).
mapfile -t copies < <(find "$DIR" -maxdepth 1 -name "$BASE-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].dump" -printf '%f\n' | sort)
removed=0
for ((i = 0; i < ${#copies[@]} - KEEP; i++)); do
  rm -f "$DIR/${copies[i]}" "$DIR/${copies[i]%.dump}.conteos"
  removed=$((removed + 1))
done
size=$(du -h "$final" | cut -f1)
log "copia $name verificada: $TABLES tablas, $ROWS filas, $size; se conservan $((${#copies[@]} - removed)) copias (borradas $removed antiguas)."
