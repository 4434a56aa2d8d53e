#!/usr/bin/env bash
# Event-to-model latency: from a container's start (the engine's start call returning) to a
# live monitor showing it running, 200 starts over the local socket and 200 over SSH
# (eventshelper). Goals: p99 under 200 ms locally, under 300 ms over SSH.
# Needs the lab's engine, image and sshd (tests/lab/lab.sh up).
set -euo pipefail
if [ ! -f /tmp/blihops-lab/lab.env ]; then
    echo "(lab not running: event latency skipped)"
    exit 0
fi
# shellcheck disable=SC1091
source /tmp/blihops-lab/lab.env
"$BUILD/bench/eventshelper" "${BENCH_EVENT_STARTS:-200}"
