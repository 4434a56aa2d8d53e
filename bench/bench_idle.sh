#!/usr/bin/env bash
# CPU used by the app while idle for 60 s with three environments live (development and
# staging over the local socket, development over SSH), against the same process idling
# 60 s with no monitor (idlehelper). Goal: under 1 % of one core.
# Needs the lab's engine, stacks and sshd (tests/lab/lab.sh up).
set -euo pipefail
if [ ! -f /tmp/blihops-lab/lab.env ]; then
    echo "(lab not running: idle figure skipped)"
    exit 0
fi
# shellcheck disable=SC1091
source /tmp/blihops-lab/lab.env
"$BUILD/bench/idlehelper" "${BENCH_IDLE_SECONDS:-60}"
