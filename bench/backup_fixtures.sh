# Shared by bench_backup.sh and bench_verify.sh (sourced; not a benchmark of its own): the
# ratio and alternation helpers, the 150 MB storage tree and the 1.6-million-row database.
# shellcheck shell=bash

ratio() { # name value baseline
    awk -v n="$1" -v v="$2" -v b="$3" 'BEGIN { printf "%-40s %8.2f s   %5.2fx baseline\n", n, v, v / b }'
}
# alternate RUNS PREPARE NAME COMMAND [NAME COMMAND...]: one run of each command in turn, RUNS
# rounds (the machine is shared: alternating keeps a busy spell from landing on one command
# alone), PREPARE before each; prints "NAME<tab>median seconds" lines.
alternate() {
    python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
runs, prepare, pairs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
names, commands = pairs[0::2], pairs[1::2]
times = {name: [] for name in names}
for _ in range(runs + 1):  # the first round warms the caches and is not counted
    for name, command in zip(names, commands):
        subprocess.run(prepare, shell=True, check=True)
        start = time.perf_counter()
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times[name].append(time.perf_counter() - start)
for name in names:
    print(f"{name}\t{statistics.median(times[name][1:])}")
PY
}
median_of() { # alternate's output, name -> median seconds
    awk -F '\t' -v n="$2" '$1 == n { print $2 }' "$1"
}

# make_tree DIR: 150 MB like an application's storage volume.
# Two thirds text (request logs, JSON documents, CSV exports), one third binary: half of it
# random (photos, PDFs: incompressible), half structured records (small integers, padding).
make_tree() {
local tree=$1
python3 - "$tree" <<'PY'
import json, os, random, struct, sys
random.seed(7)
root = sys.argv[1]
paths = ["/v1/talents", "/v1/orders", "/v1/streams", "/v1/tasks", "/health", "/v1/profiles"]
words = "talent profile stream task review offer contract invoice skill status".split()
def log():
    return "".join(
        f"2025-05-{random.randint(1, 28):02d}T{random.randint(0, 23):02d}:{random.randint(0, 59):02d}:"
        f"{random.randint(0, 59):02d}Z INFO api request id={random.getrandbits(64):016x} "
        f"method=GET path={random.choice(paths)}/{random.randint(1, 99999)} "
        f"status={random.choice([200, 200, 200, 201, 404, 500])} duration_ms={random.randint(1, 900)}\n"
        for _ in range(random.randint(200, 4000)))
def document():
    return json.dumps([{"id": random.randint(1, 10**6), "name": " ".join(random.choices(words, k=3)),
                        "tags": random.choices(words, k=4), "score": round(random.random() * 100, 2),
                        "active": random.random() < 0.8} for _ in range(random.randint(100, 2000))], indent=2)
def csv():
    return "".join(f"{n},{random.choice(words)},{random.randint(0, 10**6)},{random.random():.6f}\n"
                   for n in range(random.randint(500, 6000)))
total, i = 0, 0
while total < 150 * 1024 * 1024:
    d = os.path.join(root, f"d{i % 30}", f"s{i % 11}")
    os.makedirs(d, exist_ok=True)
    kind = i % 6
    if kind == 4:
        data, name = os.urandom(random.randint(20, 400) * 1024), f"upload-{i}.jpg"
    elif kind == 5:
        data = b"".join(struct.pack("<IIHH8x", n, random.randint(0, 5000), random.randint(0, 9), 0)
                        for n in range(random.randint(2000, 20000)))
        name = f"records-{i}.bin"
    else:
        data = [log, document, csv, log][kind]().encode()
        name = f"data-{i}.{['log', 'json', 'csv', 'log'][kind]}"
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
    total += len(data)
    i += 1
print(f"storage tree: {i} files, {total / 1048576:.0f} MiB", file=sys.stderr)
PY
}

# make_database CONTAINER USER MAINTENANCE_DB NAME: the database, 1.6 million rows in 2 tables.
make_database() {
local cid=$1 pg_user=$2 pg_db=$3 db=$4
docker exec "$cid" psql -q -U "$pg_user" -d "$pg_db" -c "CREATE DATABASE $db"
docker exec -i "$cid" psql -q -U "$pg_user" -d "$db" >/dev/null <<'SQL'
CREATE TABLE orders (id bigint PRIMARY KEY, customer int NOT NULL, placed timestamptz NOT NULL,
    amount numeric(10, 2) NOT NULL, note text);
INSERT INTO orders SELECT g, g % 5000, timestamptz '2024-01-01' + g * interval '17 seconds',
    (g % 10000) / 7.0, 'order ' || md5(g::text) FROM generate_series(1, 1000000) AS g;
CREATE TABLE events (id bigint PRIMARY KEY, order_id bigint NOT NULL, kind text NOT NULL,
    payload jsonb NOT NULL);
INSERT INTO events SELECT g, g % 1000000 + 1, (ARRAY['created', 'paid', 'shipped'])[g % 3 + 1],
    jsonb_build_object('n', g, 'tag', md5((g * 7)::text)) FROM generate_series(1, 600000) AS g;
VACUUM ANALYZE;
SQL
}

# lab_postgres: the lab's development PostgreSQL, for the database figures: sets DOCKER_HOST,
# project, pg_user, pg_db and cid (its container); says why and fails when it is not there.
lab_postgres() {
    if [ ! -f /tmp/blihops-lab/lab.env ]; then
        echo "(lab not running: database figures skipped)"
        return 1
    fi
    # shellcheck disable=SC1091
    source /tmp/blihops-lab/lab.env
    export DOCKER_HOST=$BLIHOPS_TEST_DOCKER_HOST
    project=$BLIHOPS_LAB_DEV_PROJECT pg_user=$BLIHOPS_LAB_DEV_PG_USER pg_db=$BLIHOPS_LAB_DEV_PG_DB
    cid=$(docker ps -q --filter "label=com.docker.compose.project=$project" --filter label=com.docker.compose.service=postgres)
    [ -n "$cid" ] || { echo "(the lab's development PostgreSQL is not running: database figures skipped)"; return 1; }
}
