#!/usr/bin/env bash
# `blihopsctl env list --json` on a workspace of 200 environments, the way cron and CI call
# it: on a SQLite file and, when the lab runs, on PostgreSQL. Baseline: `blihopsctl version`,
# which starts the same process and opens no workspace, so the ratio is the workspace's cost.
set -euo pipefail
ctl="$BUILD/src/cli/blihopsctl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/share"
compose="$HERE/../tests/data/compose/base.yml"

fill() {
    local workspace=$1
    for i in $(seq 1 197); do
        "$ctl" --workspace "$workspace" env add "bench-$i" --engine unix:///var/run/docker.sock \
            --compose "$compose" --ports "db:$((20000 + i))" --database "db_$i" >/dev/null
    done
}

sqlite="$work/bench.sqlite"
fill "$sqlite"
targets=(--command-name "baseline: version" "$ctl version"
    --command-name "env list (SQLite, 200)" "$ctl --workspace $sqlite env list --json")

if [ -f /tmp/blihops-lab/lab.env ]; then
    # shellcheck disable=SC1091
    source /tmp/blihops-lab/lab.env
    db="bench_$$"
    psql -q "$BLIHOPS_TEST_PG_URL" -c "CREATE DATABASE $db"
    trap 'psql -q "$BLIHOPS_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; rm -rf "$work"' EXIT
    pg="${BLIHOPS_TEST_PG_URL%/*}/$db"
    fill "$pg"
    targets+=(--command-name "env list (PostgreSQL, 200)" "$ctl --workspace $pg env list --json")
else
    echo "(lab not running: PostgreSQL figure skipped)"
fi

hyperfine -N --warmup 3 --runs 30 --export-json "$work/result.json" "${targets[@]}" >/dev/null
python3 - "$work/result.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
for r in results:
    print(f'{r["command"]:32s} median {r["median"]*1000:7.1f} ms   min {r["min"]*1000:7.1f} ms   {r["median"]/base:5.2f}x baseline')
PY
