#!/usr/bin/env bash
# A remote command (`true` on the lab's sshd) run through the app's SSH master against a
# fresh ssh connection each time, 30 of each, alternately (sshhelper). Goal: under 0.5x.
# Needs the lab's sshd (tests/lab/lab.sh up ssh).
set -euo pipefail
if [ ! -f /tmp/blihops-lab/lab.env ]; then
    echo "(lab not running: ssh figure skipped)"
    exit 0
fi
# shellcheck disable=SC1091
source /tmp/blihops-lab/lab.env
"$BUILD/bench/sshhelper" "${BENCH_SSH_RUNS:-30}"
