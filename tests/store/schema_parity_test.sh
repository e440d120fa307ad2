#!/usr/bin/env bash
# Checks that the PostgreSQL migrations give, after every number, the schema the SQLite ones give.
#
# Usage: schema_parity_test.sh MIGRATIONS_DIR [DATA_SQL]
#   MIGRATIONS_DIR holds the SQLite files NNNN_name.sql and postgresql/ their twins;
#   DATA_SQL (default: schema_parity_data.sql beside this script) holds the edits whose
#   report aggregates (0007) must come out the same on both engines.
# Starts its own throwaway PostgreSQL server (initdb as postgres in a temp folder, socket only,
# fsync off, stopped by a trap: postgres refuses to run as root), applies
# 0001..N on both engines for each N and compares, per table: columns in order (type family,
# NOT NULL, default, identity, generated), primary key, unique column sets, foreign keys with
# their actions, number of CHECKs, indexes and triggers. Then, at the latest version, the
# aggregates after the same edits, search, the audit log's refusals and the change notices.
set -euo pipefail

migrations=${1:?usage: $0 MIGRATIONS_DIR [DATA_SQL]}
pg_migrations=$migrations/postgresql
data_sql=${2:-$(dirname "$0")/schema_parity_data.sql}
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}

# ---------------------------------------------------------------------------------------------
# The only differences allowed between the two schemas (db/migrations/postgresql/README.md
# points here). Extended regular expressions on the description lines printed on a failure.
# SQLite only: the FTS5 search table (virtual, its shadow tables are not listed) and the
# triggers that keep it in step.
sqlite_only=(
  '^table enterprise_fts$'
  '^enterprise trigger enterprise_fts_(insert|delete|update) '
)
# PostgreSQL only: the generated search column and its GIN index, the change notices for other
# seats, the TRUNCATE refusal on the audit log (TRUNCATE skips row triggers), and the covering
# index of enterprise_attendance (0014; SQLite stores that table in its key's order already).
postgresql_only=(
  '^enterprise column busqueda tsvector null - - generated$'
  '^enterprise index enterprise_busqueda \(busqueda\) using gin$'
  '^[a-z_]+ trigger cdmype_notify_change AFTER INSERT OR DELETE OR UPDATE row$'
  '^audit_log trigger audit_log_no_truncate BEFORE TRUNCATE statement$'
  '^enterprise_attendance index enterprise_attendance_covering '
)
# Written differently and meaning the same: from 0012 the server keeps the aggregates of new
# sessions once per statement (a COPY of a million rows), SQLite once per row; the rows come out
# the same (AggregateTablesFollowEveryInsertEditAndDelete on both engines). A sed expression.
# And from 0015 the server's list-order indexes on enterprise end with id, which every SQLite
# index holds unseen (the rowid is the id): "(estado,id)" there is "(estado)" here.
equivalent='s/^(advisory_session trigger report_aggregates_session_insert AFTER INSERT) (row|statement)$/\1 row-or-statement/
s/^(enterprise index enterprise_[a-z_]+ \(.*),id\)$/\1)/'
# Tables with an id that send no change notice: catalogs filled by migrations or by the program
# at first open (never edited by a seat), and the audit log (each change already notifies the
# table it changed), and the personal-data keys (written with the audit entry they seal, never
# shown on a screen), and the center's signing key (made once, never shown but its public half).
# setting notifies by its key.
notify_exempt='distrito size_law size_law_micro_band audit_log clave_personal center_signing_key'
# ---------------------------------------------------------------------------------------------

for tool in "$pgbin/initdb" "$pgbin/pg_ctl" psql sqlite3; do
  command -v "$tool" >/dev/null || {
    echo "FALLA: falta $tool (PostgreSQL 15 y sqlite3: installer/install-deps.sh los instala)"; exit 1; }
done

work=$(mktemp -d /tmp/sp.XXXXXX)  # short: the socket path must stay under 107 bytes
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_postgres "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres: "$work"
as_postgres "$pgbin/initdb" -D "$work/data" -A trust -U cdmype -E UTF8 --locale=C.UTF-8 --no-sync \
  >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
as_postgres "$pgbin/pg_ctl" -D "$work/data" -w -l "$work/server.log" \
  -o "-c listen_addresses='' -k $work -c fsync=off" start >/dev/null \
  || { cat "$work/server.log"; exit 1; }
export PGHOST=$work PGDATABASE=parity PGUSER=cdmype_owner
# Migrations run as the database's owner, not a superuser, as on a center's server.
psql -X -q -v ON_ERROR_STOP=1 -U cdmype -d postgres \
  -c "CREATE ROLE cdmype_owner LOGIN" -c "CREATE DATABASE parity OWNER cdmype_owner"
pg() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
lite_db=$work/parity.sqlite
lite() { sqlite3 -bail "$lite_db" "$@"; }

# --- applying: as store/migrations.cpp does, one transaction per file with its version row ---
# On SQLite the program creates schema_version itself (this is its statement); on PostgreSQL
# 0001 creates it. The PostgreSQL file goes as one multi-statement string, as the program's
# PQexec sends it (psql -c does exactly that), inside BEGIN/COMMIT (--single-transaction).
schema_version_sqlite="CREATE TABLE IF NOT EXISTS schema_version (\
 version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT"
apply_sqlite() {  # file version name
  { echo "PRAGMA foreign_keys = ON; BEGIN; $schema_version_sqlite;"; cat "$1"; echo
    echo "INSERT INTO schema_version VALUES ($2, '$3', '2026-12-01T00:00:00Z'); COMMIT;"
  } | lite
}
apply_postgresql() {  # file version name
  pg --single-transaction -c "$(cat "$1")" \
     -c "INSERT INTO schema_version VALUES ($2, '$3', '2026-12-01T00:00:00Z')" >/dev/null
}

# --- describing: one line per fact, "<table> <kind> ...", the same words on both engines ---
describe_sqlite() {
  lite <<'SQL'
CREATE TEMP VIEW t AS
  SELECT name, strict, wr,
         (SELECT count(*) FROM pragma_table_info(l.name) WHERE pk > 0) AS pk_columns
  FROM pragma_table_list l
  WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\_%' ESCAPE '\';
SELECT 'table ' || name FROM t ORDER BY name;
-- Columns in declared order. A rowid alias (INTEGER PRIMARY KEY) is the identity column; in
-- STRICT and WITHOUT ROWID tables primary key columns are NOT NULL.
SELECT t.name || ' column ' || c.name || ' ' ||
       CASE upper(c.type) WHEN 'INTEGER' THEN 'integer' WHEN 'INT' THEN 'integer'
         WHEN 'TEXT' THEN 'text' WHEN 'REAL' THEN 'real' WHEN 'BLOB' THEN 'blob'
         ELSE 'other:' || c.type END || ' ' ||
       CASE WHEN c."notnull" OR (c.pk > 0 AND (t.strict OR t.wr)) THEN 'notnull' ELSE 'null' END || ' ' ||
       CASE WHEN c.dflt_value IS NOT NULL THEN 'default' ELSE '-' END || ' ' ||
       CASE WHEN c.pk = 1 AND t.pk_columns = 1 AND NOT t.wr AND upper(c.type) = 'INTEGER'
            THEN 'identity' ELSE '-' END || ' ' ||
       CASE c.hidden WHEN 3 THEN 'generated' WHEN 2 THEN 'generated-virtual' ELSE '-' END
FROM t JOIN pragma_table_xinfo(t.name) c
WHERE EXISTS (SELECT 1 FROM pragma_table_list WHERE name = t.name AND type = 'table')
ORDER BY t.name, c.cid;
SELECT t.name || ' pk (' || (SELECT group_concat(name, ',') FROM
         (SELECT name FROM pragma_table_info(t.name) WHERE pk > 0 ORDER BY pk)) || ')'
FROM t WHERE t.pk_columns > 0;
SELECT t.name || ' unique (' || (SELECT group_concat(name, ',') FROM
         (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno)) || ')' ||
       CASE WHEN i.partial THEN ' partial' ELSE '' END
FROM t JOIN pragma_index_list(t.name) i WHERE i."unique" AND i.origin <> 'pk';
SELECT t.name || ' index ' || i.name || ' (' || (SELECT group_concat(col, ',') FROM
         (SELECT coalesce(name, '<expr>') || CASE WHEN "desc" THEN ' desc' ELSE '' END AS col
          FROM pragma_index_xinfo(i.name) WHERE "key" ORDER BY seqno)) || ')' ||
       CASE WHEN i."unique" THEN ' unique' ELSE '' END ||
       CASE WHEN i.partial THEN ' partial' ELSE '' END
FROM t JOIN pragma_index_list(t.name) i WHERE i.origin = 'c';
SELECT t.name || ' fk (' || group_concat(f."from", ',') || ') -> ' || f."table" || '(' ||
       group_concat(coalesce(f."to", '<pk>'), ',') || ') on delete ' || f.on_delete ||
       ' on update ' || f.on_update
FROM t JOIN pragma_foreign_key_list(t.name) f GROUP BY t.name, f.id;
SQL
  # CHECK constraints and triggers are read from the CREATE statements, with comments and
  # string literals taken out first (a comment or a message may say "check (").
  lite -separator $'\x01' -newline $'\x02' \
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' OR (type = 'table'
       AND name IN (SELECT name FROM pragma_table_list WHERE type = 'table'))" |
  perl -0777 -ne '
    for my $rec (split /\x02/) {
      my ($type, $name, $table, $sql) = split /\x01/, $rec, 4;
      next unless defined $sql;
      $sql =~ s/--[^\n]*//g; $sql =~ s/\x27(?:[^\x27]|\x27\x27)*\x27/\x27\x27/g; $sql =~ s/\s+/ /g;
      if ($type eq "table") {
        next if $name =~ /^sqlite_/ || $sql =~ /^CREATE VIRTUAL/i;
        my $n = () = $sql =~ /\bCHECK\s*\(/gi;
        print "$name checks $n\n";
      } elsif ($sql =~ /^CREATE\s+TRIGGER\s+\S+\s+(BEFORE|AFTER|INSTEAD OF)?\s*(INSERT|DELETE|UPDATE)(?:\s+OF\s+(.*?))?\s+ON\s+\S+\s+(?:FOR EACH ROW\s+)?(WHEN\b)?/i) {
        my ($timing, $event, $of, $when) = (uc($1 // "BEFORE"), uc $2, $3, $4);
        $of = defined $of ? " OF " . join(",", split /\s*,\s*/, $of) : "";
        print "$table trigger $name $timing $event$of row", ($when ? " when" : ""), "\n";
      } else {
        print "$table trigger $name unreadable\n";
      }
    }'
}

describe_postgresql() {
  pg <<'SQL'
CREATE TEMP VIEW t AS
  SELECT c.oid, c.relname AS name FROM pg_class c
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p');
CREATE FUNCTION pg_temp.col_list(rel oid, nums int2[]) RETURNS text LANGUAGE sql AS $$
  SELECT string_agg(coalesce(a.attname, '<expr>'), ',' ORDER BY k.ord)
  FROM unnest(nums) WITH ORDINALITY k(num, ord)
  LEFT JOIN pg_attribute a ON a.attrelid = rel AND a.attnum = k.num $$;
CREATE FUNCTION pg_temp.fk_action(a "char") RETURNS text LANGUAGE sql AS $$
  SELECT CASE a WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END $$;
SELECT 'table ' || name FROM t ORDER BY name;
SELECT t.name || ' column ' || a.attname || ' ' ||
       CASE format_type(a.atttypid, NULL) WHEN 'bigint' THEN 'integer' WHEN 'integer' THEN 'int32'
         WHEN 'smallint' THEN 'int16' WHEN 'text' THEN 'text' WHEN 'double precision' THEN 'real'
         WHEN 'bytea' THEN 'blob' ELSE format_type(a.atttypid, NULL) END || ' ' ||
       CASE WHEN a.attnotnull THEN 'notnull' ELSE 'null' END || ' ' ||
       CASE WHEN a.atthasdef AND a.attgenerated = '' THEN 'default' ELSE '-' END || ' ' ||
       CASE a.attidentity WHEN 'd' THEN 'identity' WHEN 'a' THEN 'identity-always' ELSE '-' END || ' ' ||
       CASE a.attgenerated WHEN 's' THEN 'generated' ELSE '-' END
FROM t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY t.name, a.attnum;
SELECT t.name || ' pk (' || pg_temp.col_list(t.oid, c.conkey) || ')'
FROM t JOIN pg_constraint c ON c.conrelid = t.oid AND c.contype = 'p';
SELECT t.name || ' unique (' || pg_temp.col_list(t.oid, i.indkey::int2[]) || ')' ||
       CASE WHEN i.indpred IS NOT NULL THEN ' partial' ELSE '' END
FROM t JOIN pg_index i ON i.indrelid = t.oid AND i.indisunique AND NOT i.indisprimary;
-- Named indexes: those that back no constraint (SQLite's autoindexes are left out likewise).
SELECT t.name || ' index ' || ic.relname || ' (' ||
       (SELECT string_agg(coalesce(a.attname, '<expr>') ||
                          CASE WHEN i.indoption[k.ord - 1] & 1 = 1 THEN ' desc' ELSE '' END,
                          ',' ORDER BY k.ord)
        FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)
        LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.num) || ')' ||
       CASE WHEN i.indisunique THEN ' unique' ELSE '' END ||
       CASE WHEN i.indpred IS NOT NULL THEN ' partial' ELSE '' END ||
       CASE WHEN am.amname <> 'btree' THEN ' using ' || am.amname ELSE '' END
FROM t JOIN pg_index i ON i.indrelid = t.oid
JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
                    AND c.conrelid = t.oid AND c.contype IN ('p', 'u', 'x'));
SELECT t.name || ' fk (' || pg_temp.col_list(t.oid, c.conkey) || ') -> ' || r.relname || '(' ||
       pg_temp.col_list(c.confrelid, c.confkey) || ') on delete ' ||
       pg_temp.fk_action(c.confdeltype) || ' on update ' || pg_temp.fk_action(c.confupdtype)
FROM t JOIN pg_constraint c ON c.conrelid = t.oid AND c.contype = 'f'
JOIN pg_class r ON r.oid = c.confrelid;
SELECT t.name || ' checks ' || (SELECT count(*) FROM pg_constraint c
                                 WHERE c.conrelid = t.oid AND c.contype = 'c') FROM t;
SELECT t.name || ' trigger ' || g.tgname || ' ' ||
       CASE WHEN g.tgtype & 2 <> 0 THEN 'BEFORE' WHEN g.tgtype & 64 <> 0 THEN 'INSTEAD OF'
            ELSE 'AFTER' END || ' ' ||
       concat_ws(' OR ', CASE WHEN g.tgtype & 4 <> 0 THEN 'INSERT' END,
                 CASE WHEN g.tgtype & 8 <> 0 THEN 'DELETE' END,
                 CASE WHEN g.tgtype & 16 <> 0 THEN 'UPDATE' END,
                 CASE WHEN g.tgtype & 32 <> 0 THEN 'TRUNCATE' END) ||
       coalesce(' OF ' || pg_temp.col_list(t.oid, g.tgattr::int2[]), '') ||
       CASE WHEN g.tgtype & 1 <> 0 THEN ' row' ELSE ' statement' END ||
       CASE WHEN g.tgqual IS NOT NULL THEN ' when' ELSE '' END
FROM t JOIN pg_trigger g ON g.tgrelid = t.oid AND NOT g.tgisinternal;
SQL
}

# Drops the allowed lines, numbers the columns in their order, sorts.
normalize() {  # patterns...
  local keep
  keep=$(printf '%s\n' "$@")
  grep -v -E -e "$keep" | sed -E "$equivalent" | awk '$2 == "column" { n[$1]++; $2 = sprintf("column %02d", n[$1]) } { print }' |
    LC_ALL=C sort
}

# Every table with an id, except the exempt ones, sends a change notice (set where it is created).
check_notify_coverage() {  # after
  local missing
  missing=$(pg -c "
    SELECT c.relname FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
      AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id')
           OR c.relname = 'setting')
      AND c.relname <> ALL (string_to_array('$notify_exempt', ' '))
      AND NOT EXISTS (SELECT 1 FROM pg_trigger g
                      WHERE g.tgrelid = c.oid AND g.tgname = 'cdmype_notify_change')
    ORDER BY 1")
  if [ -n "$missing" ]; then
    echo "FALLA después de $1: tablas sin trigger cdmype_notify_change: $missing"
    exit 1
  fi
}

# The edits of $data_sql, one file per step. The first step (rows of 0001's tables) goes in
# right after 0001, so the later migrations run over rows as on a center's database (0007 fills
# its aggregates from them, 0011 recomputes the search column).
awk -v dir="$work" '/^-- step: / { n++; file = sprintf("%s/step%02d.sql", dir, n); print substr($0, 10) > (dir "/steps.txt") }
                    n && !/^-- step: / { print > file }' "$data_sql"
[ -s "$work/steps.txt" ] || { echo "FALLA: $data_sql no tiene pasos"; exit 1; }
apply_data() {  # step-file
  { echo "PRAGMA foreign_keys = ON; BEGIN;"; cat "$1"; echo "COMMIT;"; } | lite
  pg --single-transaction -f "$1" >/dev/null
}

# --- 1. the schemas after each number ---
count=0
for f in "$migrations"/[0-9][0-9][0-9][0-9]_*.sql; do
  name=$(basename "$f")
  version=$((10#${name%%_*}))
  [ -f "$pg_migrations/$name" ] || { echo "FALLA: falta $pg_migrations/$name (mismo número y nombre que $f)"; exit 1; }
  apply_sqlite "$f" "$version" "$name"
  apply_postgresql "$pg_migrations/$name" "$version" "$name"
  [ "$count" = 0 ] && apply_data "$work/step01.sql"
  describe_sqlite | normalize "${sqlite_only[@]}" >"$work/sqlite.txt"
  describe_postgresql | normalize "${postgresql_only[@]}" >"$work/postgresql.txt"
  if ! diff -u --label "sqlite después de $name" --label "postgresql después de $name" \
         "$work/sqlite.txt" "$work/postgresql.txt"; then
    echo "FALLA: los esquemas difieren después de $name (- solo SQLite, + solo PostgreSQL;"
    echo "       las diferencias permitidas están al principio de $0)"
    exit 1
  fi
  check_notify_coverage "$name"
  count=$((count + 1))
  echo "ok $name: $(grep -c ' column ' "$work/sqlite.txt") columnas, $(grep -c '^table ' "$work/sqlite.txt") tablas iguales"
done
for f in "$pg_migrations"/[0-9][0-9][0-9][0-9]_*.sql; do
  [ -f "$migrations/$(basename "$f")" ] || { echo "FALLA: $f no tiene gemela SQLite en $migrations"; exit 1; }
done
[ "$count" -gt 0 ] || { echo "FALLA: no hay migraciones en $migrations"; exit 1; }

# --- 2. the report aggregates of 0007 after the same edits, step by step ---
aggregates='SELECT month, asesor_id, area, sessions, minutes FROM session_month_stats
              ORDER BY month, asesor_id, area;
            SELECT period, enterprise_id, first_fecha, sector, distrito_id, zona,
                   liderada_por_mujer, asociativa, titular_fecha_nacimiento,
                   ventas_anuales_centavos, trabajadores
              FROM enterprise_attendance ORDER BY period, enterprise_id;'
# The same figures from the sessions themselves (what the triggers must keep).
raw='SELECT substr(fecha, 1, 7), asesor_id, area, COUNT(*), SUM(duracion_min) FROM advisory_session
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
     SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
            e.asociativa, e.titular_fecha_nacimiento, e.ventas_anuales_centavos,
            e.empleados_mujeres + e.empleados_hombres
       FROM (SELECT substr(fecha, 1, 7) AS period, enterprise_id, MIN(fecha) AS first_fecha
               FROM advisory_session GROUP BY 1, 2
             UNION ALL
             SELECT substr(fecha, 1, 4), enterprise_id, MIN(fecha) FROM advisory_session GROUP BY 1, 2) p
       JOIN enterprise e ON e.id = p.enterprise_id ORDER BY 1, 2;'
steps=0
while IFS= read -r step; do
  steps=$((steps + 1))
  file=$(printf '%s/step%02d.sql' "$work" "$steps")
  [ "$steps" = 1 ] || apply_data "$file"  # step 1 went in after 0001
  lite -separator '|' "$aggregates" >"$work/agg_sqlite.txt"
  pg -F '|' -c "$aggregates" >"$work/agg_postgresql.txt"
  pg -F '|' -c "$raw" >"$work/agg_raw.txt"
  [ -s "$work/agg_sqlite.txt" ] || { echo "FALLA: agregados vacíos tras «$step»"; exit 1; }
  diff -u --label "sqlite tras «$step»" --label "postgresql tras «$step»" \
    "$work/agg_sqlite.txt" "$work/agg_postgresql.txt" \
    || { echo "FALLA: los agregados de 0007 difieren"; exit 1; }
  diff -u --label "postgresql (agregados)" --label "postgresql (desde las sesiones)" \
    "$work/agg_postgresql.txt" "$work/agg_raw.txt" \
    || { echo "FALLA: los agregados de 0007 no son los de las sesiones"; exit 1; }
  echo "ok agregados iguales tras «$step» ($(wc -l <"$work/agg_sqlite.txt") filas)"
done <"$work/steps.txt"

# --- 3. search: the same files found by FTS5 and by busqueda (accents, codes, DUIs, NITs) ---
search() {  # fts5-query tsquery expected-ids
  local lite_ids pg_ids
  lite_ids=$(lite "SELECT group_concat(rowid, ',') FROM
                     (SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH '$1' ORDER BY rowid)")
  pg_ids=$(pg -c "SELECT string_agg(id::text, ',' ORDER BY id) FROM enterprise
                  WHERE busqueda @@ to_tsquery('cdmype_busqueda', '$2')")
  if [ "$lite_ids" != "$3" ] || [ "$pg_ids" != "$3" ]; then
    echo "FALLA: búsqueda «$2»: SQLite encontró [$lite_ids], PostgreSQL [$pg_ids], se esperaba [$3]"
    exit 1
  fi
  echo "ok búsqueda «$2» encuentra [$3] en ambos"
}
search '"pena"* AND "cital"*' 'pena:* & cital:*' 1
search '"ch"* AND "2026"* AND "0001"*' 'ch:* & 2026:* & 0001:*' 1
search '"01234567"* AND "8"*' '01234567:* & 8:*' 1,2
search '"0614"* AND "010190"*' '0614:* & 010190:*' 3
search '"nandu"*' 'ÑANDÚ:*' 4
search '"nino"*' 'nino:*' 3
search '"v"*' 'v:*' 2        # S.A. de C.V.: split at the dots as FTS5 does
search '"ruiz"*' 'ruiz:*' 2  # Pedro Gómez/Ana Ruiz

# --- 4. the audit log refuses changes with the same messages ---
refused() {  # engine sql message
  local out ok
  if [ "$1" = sqlite ]; then out=$(lite "$2" 2>&1) && ok=1 || ok=0
  else out=$(pg -c "$2" 2>&1) && ok=1 || ok=0; fi
  if [ "$ok" = 1 ] || [[ "$out" != *"$3"* ]]; then
    echo "FALLA: $1 debía rechazar «$2» con «$3»; dijo: $out"
    exit 1
  fi
  echo "ok $1 rechaza «$2»: $3"
}
audit_row="INSERT INTO audit_log (id, at, user_id, username, operation, table_name, record_id, after_json)
           VALUES (1, '2026-12-01T00:00:00Z', 1, 'ana', 'insert', 'enterprise', 1, '{\"nombre\":\"Peña\"}')"
lite "$audit_row; UPDATE audit_log SET chain_hash = 'h1' WHERE id = 1"  # sealing is let through
pg -c "$audit_row" -c "UPDATE audit_log SET chain_hash = 'h1' WHERE id = 1"
for engine in sqlite postgresql; do
  refused "$engine" "UPDATE audit_log SET username = 'otro' WHERE id = 1" 'el registro de auditoría no se puede modificar'
  refused "$engine" "UPDATE audit_log SET chain_hash = 'h2' WHERE id = 1" 'el registro de auditoría no se puede modificar'
  refused "$engine" "DELETE FROM audit_log WHERE id = 1" 'el registro de auditoría no se puede borrar'
done
refused postgresql "TRUNCATE audit_log" 'el registro de auditoría no se puede borrar'

# --- 5. change notices carry table and key only, at commit ---
notices=$(pg -c "LISTEN cdmype" -c "UPDATE enterprise SET notas = 'Peña' WHERE id = 2" \
             -c "UPDATE setting SET value = '31' WHERE key = 'prioridad_peso_mujer'" \
             -c "DELETE FROM advisory_session WHERE id = 14" -c "SELECT 1" 2>&1)
for want in enterprise:2 setting:prioridad_peso_mujer advisory_session:14; do
  [[ "$notices" == *"payload \"$want\""* ]] || { echo "FALLA: no llegó el aviso $want; llegó: $notices"; exit 1; }
done
if [[ "$notices" == *Peña* ]]; then echo "FALLA: un aviso lleva datos del registro: $notices"; exit 1; fi
echo "ok avisos enterprise:2, setting:prioridad_peso_mujer, advisory_session:14"

echo "PASA: $count migraciones con el mismo esquema en SQLite y PostgreSQL, $steps pasos de agregados iguales"
