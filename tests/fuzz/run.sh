#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ and runs the HTTP response
# parser's over its seed corpus for SECONDS (default 60). New inputs go to a temporary
# directory, never into the repository; a crash, leak or timeout fails the run and leaves
# the input that caused it in build-fuzz/artifacts/.
# Usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
seconds=${1:-60}
build=${BLIHOPS_FUZZ_BUILD:-$top/build-fuzz}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j2 >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/artifacts"
# The seed corpus comes second: libFuzzer writes new inputs to the first directory only.
"$build/fuzz_http_response" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/" \
    "$work" "$here/corpus/http"
