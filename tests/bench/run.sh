#!/usr/bin/env bash
# Builds every benchmark executable, runs them one after the other, and prints Google Benchmark's
# output of each and then ONE summary table of all of them (the table of RESULTS.md).
# Usage: tests/bench/run.sh [BUILD_DIR] [benchmark flags…]
#   BUILD_DIR defaults to build-bench. CDMYPE_BENCH_ENTERPRISES (default 100000) picks the
#   database size; it is generated once (about 100 s at 100,000) and cached in the build folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-bench}
export CDMYPE_BENCH_ENTERPRISES=${CDMYPE_BENCH_ENTERPRISES:-100000}
benches=(cdmype_report_bench cdmype_exchange_bench cdmype_list_bench)
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCDMYPE_BUILD_GUI=OFF -DCDMYPE_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${benches[@]}"
table=$(mktemp)
trap 'rm -f "$table"' EXIT
export CDMYPE_BENCH_TABLE=$table
for bench in "${benches[@]}"; do
  echo "== $bench"
  "$build/tests/bench/$bench" --benchmark_min_time=0.5 "${@:2}"
done
echo
echo "== Resumen"
echo "Máquina: $(nproc) núcleos, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u +%Y-%m-%d); carga media $(cut -d' ' -f1-3 /proc/loadavg)"
grep -v '^|' "$table" || true
echo
echo "| Medida | Resultado | Objetivo |"
echo "|---|---|---|"
grep '^|' "$table"
