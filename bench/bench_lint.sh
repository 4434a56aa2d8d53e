#!/usr/bin/env bash
# `blihopsctl lint --json` over three compose files (-f order) with 60 services in all, the
# way CI lints a checkout: parse, interpolate, merge and run every rule. Baseline:
# `blihopsctl version`, which starts the same process and reads no file, so the ratio is
# the review's own cost. Budget: under 50 ms.
set -euo pipefail
ctl="$BUILD/src/cli/blihopsctl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/share"

# Each file declares 20 services of its own, with the keys the rules read; the .env beside
# the first file sets the variables they use.
for file in 1 2 3; do
    {
        echo "services:"
        for i in $(seq 1 20); do
            cat <<SERVICE
  svc-$file-$i:
    image: registry.example.org/app/svc:\${TAG:-1.0.$i}
    restart: unless-stopped
    environment:
      LOG_LEVEL: \${LOG_LEVEL:-info}
      DATABASE_URL: postgresql://app:\${DB_PASSWORD}@db:5432/app_$i
      API_TOKEN: \${API_TOKEN:?set API_TOKEN}
    ports:
      - "127.0.0.1:$((10000 + file * 100 + i)):8080"
    volumes:
      - data-$file-$i:/srv/data
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/health"]
      interval: 15s
    deploy:
      resources:
        limits:
          cpus: "0.5"
          memory: 256M
    logging:
      driver: json-file
      options:
        max-size: "10m"
SERVICE
        done
        echo "volumes:"
        for i in $(seq 1 20); do echo "  data-$file-$i: {}"; done
    } >"$work/compose-$file.yml"
done
printf 'DB_PASSWORD=secret\nAPI_TOKEN=token\n' >"$work/.env"

files="$work/compose-1.yml $work/compose-2.yml $work/compose-3.yml"
"$ctl" lint --json $files >/dev/null || { echo "bench_lint: lint failed" >&2; exit 1; }
hyperfine -N --warmup 3 --runs 30 --export-json "$work/result.json" \
    --command-name "baseline: version" "$ctl version" \
    --command-name "lint (3 files, 60 services)" "$ctl lint --json $files" >/dev/null
python3 - "$work/result.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
for r in results:
    print(f'{r["command"]:32s} median {r["median"]*1000:7.1f} ms   min {r["min"]*1000:7.1f} ms   {r["median"]/base:5.2f}x baseline')
PY
