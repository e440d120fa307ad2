#!/usr/bin/env bash
# Whole processes as a person meets them, timed in one run on both engines (the multi-seat issue's
# "as a person meets it" rows of RESULTS.md): `cdmype-cli report monthly` against a sqlite3 / psql
# process computing the month's session figures, and `cdmype-cli export sesiones` against the
# shell's own CSV output of the same join in the same order (sqlite3 -csv, psql \copy).
# Usage: tests/bench/whole_process.sh BUILD_DIR FILE.db POSTGRESQL_URI YYYY-MM [RUNS]
#   FILE.db and the URI hold the same center (the second made with `copy-to` of the first), signed
#   in as the demo's "directora" (CDMYPE_PASSWORD, default the demo's). Wall time, median of RUNS
#   (default 5) after one warm-up run, so both engines are measured with their caches warm.
set -euo pipefail
build=${1:?uso: $0 BUILD_DIR ARCHIVO.db URI AAAA-MM [VECES]}
file=${2:?falta el archivo}
uri=${3:?falta la dirección postgresql://}
month=${4:?falta el mes AAAA-MM}
runs=${5:-5}
cli=$build/app/cdmype-cli
export CDMYPE_PASSWORD=${CDMYPE_PASSWORD:-demo-cdmype-2026}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median wall time in ms of running "$@" RUNS times (after one warm-up), output discarded.
median_ms() {
  "$@" >/dev/null 2>&1
  local times=() i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] / 1000}'
}

first="$month-01"
last="$month-31"
session_figures="SELECT COUNT(*), SUM(duracion_min), COUNT(DISTINCT enterprise_id) FROM advisory_session WHERE fecha BETWEEN '$first' AND '$last';
SELECT area, COUNT(*) FROM advisory_session WHERE fecha BETWEEN '$first' AND '$last' GROUP BY area;
SELECT asesor_id, COUNT(*), SUM(duracion_min) FROM advisory_session WHERE fecha BETWEEN '$first' AND '$last' GROUP BY asesor_id;"
export_query="SELECT e.codigo, s.fecha, s.duracion_min, s.modalidad, s.area, u.username, s.tema, s.diagnostico, s.acuerdos, s.proximo_paso, s.fecha_proximo_paso FROM advisory_session s JOIN enterprise e ON e.id = s.enterprise_id JOIN app_user u ON u.id = s.asesor_id ORDER BY s.fecha, s.enterprise_id, s.id"

report() { "$cli" --db "$1" --user directora report monthly --month "$month" --json "$work/i.json" --pdf "$work/i.pdf"; }
export_sessions() { rm -f "$work/s.csv"; "$cli" --db "$1" --user directora export sesiones "$work/s.csv"; }
sqlite_figures() { sqlite3 "$file" "$session_figures"; }
psql_figures() { psql -X -q -d "$uri" -c "$session_figures"; }
sqlite_export() { sqlite3 -csv "$file" "$export_query" >"$work/r.csv"; }
sqlite_table() { sqlite3 -csv "$file" "SELECT * FROM advisory_session" >"$work/t.csv"; }
psql_table() { psql -X -q -d "$uri" -c "\\copy advisory_session TO '$work/t.csv' WITH (FORMAT csv)"; }
psql_export() { psql -X -q -d "$uri" -c "\\copy ($export_query) TO '$work/r.csv' WITH (FORMAT csv)"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "Máquina: $(nproc) núcleos, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u +%Y-%m-%dT%H:%MZ); carga media $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Centro: $(sqlite3 "$file" 'SELECT COUNT(*) FROM enterprise') empresas, $(sqlite3 "$file" 'SELECT COUNT(*) FROM advisory_session') sesiones; mes $month; mediana de $runs"
echo
echo "| Medida | Archivo (SQLite) | Servidor (PostgreSQL) | Objetivo |"
echo "|---|---|---|---|"
rs=$(median_ms report "$file"); rp=$(median_ms report "$uri")
fs=$(median_ms sqlite_figures); fp=$(median_ms psql_figures)
echo "| Proceso de referencia: cifras de sesiones del mes (sqlite3 / psql) | $fs ms | $fp ms | — |"
echo "| \`cdmype-cli report monthly\` (inicio → JSON y PDF escritos) | $rs ms = $(ratio "$rs" "$fs")× | $rp ms = $(ratio "$rp" "$fp")× | ≤ 3× |"
es=$(median_ms export_sessions "$file"); ep=$(median_ms export_sessions "$uri")
xs=$(median_ms sqlite_export); xp=$(median_ms psql_export)
echo "| Referencia: la misma consulta a CSV (sqlite3 -csv / psql \\\\copy) | $xs ms | $xp ms | — |"
ts=$(median_ms sqlite_table); tp=$(median_ms psql_table)
echo "| Referencia: la tabla de sesiones sola, sin unir ni ordenar | $ts ms | $tp ms | — |"
echo "| \`cdmype-cli export sesiones\` | $es ms = $(ratio "$es" "$xs")× ($(ratio "$es" "$ts")× la tabla sola) | $ep ms = $(ratio "$ep" "$xp")× ($(ratio "$ep" "$tp")× la tabla sola) | ≤ 2× |"
