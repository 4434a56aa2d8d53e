#!/usr/bin/env bash
# Refreshing a compose project of 1,000 containers through the app (an EnvironmentMonitor
# snapshot: list, then inspect each container) against the engine's raw list call with
# the same filter, timed alternately in one process (refreshhelper). Goal: at most 1.2x.
# Needs the lab's engine (tests/lab/lab.sh up docker image). The containers are created,
# never started, and carry a label of this run's own; they are removed at the end.
set -euo pipefail
if [ ! -f /tmp/blihops-lab/lab.env ]; then
    echo "(lab not running: refresh figure skipped)"
    exit 0
fi
# shellcheck disable=SC1091
source /tmp/blihops-lab/lab.env
count=${BENCH_REFRESH_CONTAINERS:-1000}
project=bench-$count
label=blihops.bench=refresh-$$
dockercli=(docker -H "$BLIHOPS_TEST_DOCKER_HOST")

cleanup() {
    "${dockercli[@]}" ps -aq --filter "label=$label" | xargs -r -n 100 "${dockercli[@]}" rm -f >/dev/null
}
trap cleanup EXIT

# One docker CLI call per container, eight at a time: about 20 s for 1,000 here.
seq 1 "$count" | xargs -P 8 -I{} "${dockercli[@]}" create --label "$label" \
    --label "com.docker.compose.project=$project" --label "com.docker.compose.service=svc{}" \
    --network none "$BLIHOPS_LAB_IMAGE" true >/dev/null
"$BUILD/bench/refreshhelper" "$project" "${BENCH_REFRESH_RUNS:-10}"
