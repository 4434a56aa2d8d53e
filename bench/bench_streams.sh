#!/usr/bin/env bash
# Stream documents: importing a generated 5 MB document against md4c's own parse of it,
# timed alternately in one process (streamhelper; goal: under 100 ms and at most 2x), and
# the Dashboard mode's first paint over 50 streams with 20 snapshots each (dashboardhelper;
# goal: under 300 ms). Neither needs the lab.
set -euo pipefail
"$BUILD/bench/streamhelper" "${BENCH_STREAM_RUNS:-15}"
QT_QPA_PLATFORM=offscreen "$BUILD/bench/dashboardhelper" "${BENCH_DASHBOARD_RUNS:-7}"
