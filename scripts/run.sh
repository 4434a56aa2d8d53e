#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and opens BlihOps Console on its built-in workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
scripts/build.sh -DBUILD_TESTING=OFF
exec build/src/app/blihops-console "$@"
