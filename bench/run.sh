#!/usr/bin/env bash
# Runs the benchmarks and prints their figures, each as a ratio against a baseline
# measured in the same run. Usage: bench/run.sh [BUILD_DIR]   (default: build)
# Needs the lab's PostgreSQL for the team-workspace figures (tests/lab/lab.sh up).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
command -v hyperfine >/dev/null || { echo "bench: installing hyperfine" >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine >/dev/null; }
export BUILD="$build" HERE="$here"
for bench in "$here"/bench_*.sh; do
    echo "== $(basename "$bench" .sh)"
    bash "$bench"
done
