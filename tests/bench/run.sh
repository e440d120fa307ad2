#!/usr/bin/env bash
# Builds the report benchmarks and runs them; prints Google Benchmark's output and then the summary table.
# Usage: tests/bench/run.sh [BUILD_DIR]   (default build-bench; CDMYPE_BENCH_ENTERPRISES=10000)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-bench}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCDMYPE_BUILD_GUI=OFF -DCDMYPE_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target cdmype_report_bench
echo "Máquina: $(nproc) núcleos, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u +%Y-%m-%d)"
"$build/tests/bench/cdmype_report_bench" --benchmark_min_time=0.5 "${@:2}"
