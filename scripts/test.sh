#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, brings up the lab and runs every test.
# The lab is stopped again afterwards, whatever the outcome.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
scripts/install-deps.sh test
scripts/build.sh -DBUILD_TESTING=ON

"$top/tests/lab/lab.sh" up
trap '"$top/tests/lab/lab.sh" down' EXIT
eval "$("$top/tests/lab/lab.sh" env)"
# Store, CLI and GUI tests must not skip their PostgreSQL half.
export BLIHOPS_REQUIRE_LAB=1
cd build
ctest -j2 --output-on-failure --timeout 600
