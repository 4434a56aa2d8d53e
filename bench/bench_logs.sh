#!/usr/bin/env bash
# The logs viewer and blihopsctl logs against the engine (see README.md): model load and
# memory (logshelper load), the GUI event loop's longest stall while following 5,000 lines a
# second and 100 KiB lines (logshelper stall), and `blihopsctl logs --tail 100000` against
# `docker logs --tail 100000` (hyperfine). Its containers (never on a network) are removed on
# exit. Needs the lab's engine and image (tests/lab/lab.sh up).
set -euo pipefail
if [ ! -f /tmp/blihops-lab/lab.env ]; then
    echo "(lab not running: logs skipped)"
    exit 0
fi
# shellcheck disable=SC1091
source /tmp/blihops-lab/lab.env
project=blihops-bench-logs-$$
dir=$(mktemp -d)
dk() { docker -H "$BLIHOPS_TEST_DOCKER_HOST" "$@"; }
cleanup() {
    dk ps -aq --filter "label=com.docker.compose.project=$project" | xargs -r docker -H "$BLIHOPS_TEST_DOCKER_HOST" rm -f >/dev/null
    rm -rf -- "$dir"
}
trap cleanup EXIT
run() { # name awk-program: a container of the bench project running busybox awk
    dk run -d --network none --name "$project-$1" \
        --label "com.docker.compose.project=$project" --label "com.docker.compose.service=$1" \
        "$BLIHOPS_LAB_IMAGE" busybox awk "$2" >/dev/null
}
run load 'BEGIN { for (i = 1; i <= 300000; i++) printf "out %d of the log to load, about as long as a usual line\n", i; system("sleep 3600") }'
run fast 'BEGIN { for (;;) { for (i = 0; i < 260; i++) printf "out %d of a service that writes five thousand lines a second\n", n++; fflush(); system("sleep 0.05") } }'
run long 'BEGIN { for (i = 0; i < 10240; i++) s = s sprintf("%09d,", i); for (;;) { print s; fflush(); system("sleep 0.5") } }'
until [ "$(dk logs "$project-load" 2>/dev/null | wc -l)" -ge 300000 ]; do sleep 1; done

export QT_QPA_PLATFORM=offscreen
"$BUILD/bench/logshelper" load "$project-load" "$project" "${BENCH_LOGS_RUNS:-5}"
"$BUILD/bench/logshelper" stall "$project-fast" "$project" "${BENCH_LOGS_SECONDS:-20}"
"$BUILD/bench/logshelper" stall "$project-long" "$project" "${BENCH_LOGS_SECONDS:-20}"

printf 'services:\n  load:\n    image: %s\n' "$BLIHOPS_LAB_IMAGE" >"$dir/compose.yml"
ctl=("$BUILD/src/cli/blihopsctl" --workspace "$dir/workspace.sqlite")
"${ctl[@]}" env add bench --engine "$BLIHOPS_TEST_DOCKER_HOST" --compose "$dir/compose.yml" \
    --project-name "$project" >/dev/null
hyperfine --warmup 2 --runs "${BENCH_LOGS_CLI_RUNS:-10}" -N --export-json "$dir/cli.json" \
    "docker -H $BLIHOPS_TEST_DOCKER_HOST logs --tail 100000 $project-load" \
    "${ctl[*]} logs bench $project-load --tail 100000" >/dev/null
python3 - "$dir/cli.json" <<'PY'
import json, sys
docker, ours = json.load(open(sys.argv[1]))["results"]
print("%-44s %9.1f ms" % ("baseline: docker logs --tail 100000", docker["median"] * 1000))
print("%-44s %9.1f ms  %5.2fx  (goal: 1.2x)" % ("blihopsctl logs --tail 100000", ours["median"] * 1000, ours["median"] / docker["median"]))
PY
