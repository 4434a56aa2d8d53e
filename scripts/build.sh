#!/usr/bin/env bash
# Configures and builds into build/ with both cores.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache, where installed, makes rebuilds after a pull or a branch switch cheap.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBLIHOPS_WERROR=ON "${launcher[@]}" "$@" \
    >build.log 2>&1 ||
    { cat build.log; exit 1; }
cmake --build build -j2
