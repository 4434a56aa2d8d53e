#!/usr/bin/env bash
# Restore verification (`blihopsctl verify`) against the tools it costs as much as:
#  database: the whole verification of a dump of a 1.6-million-row database in the lab's
#           development PostgreSQL (SHA-256 of the file, copy into the container, pg_restore
#           --jobs into a scratch database, the table checksums and object counts there, DROP)
#           against a bare `docker exec … pg_dump -Fc` of the same database (goal: at most
#           2.5x; pg_restore alone is timed too, for its share);
#  storage: the verification of the backup script's archive of the 150 MB tree (SHA-256 of
#           the archive, then every entry streamed through libarchive with its size and
#           SHA-256) against `sha256sum` over the extracted files (goal: at most 1.3x).
# Both verify a file here, without a manifest: the comparison with a manifest costs a lookup
# per table or file on top. Needs the lab's engine and stacks. BENCH_VERIFY_ONLY=database or
# =storage runs that part alone.
set -euo pipefail
work=$(mktemp -d)
db=''
cleanup() {
    if [ -n "$db" ]; then
        docker exec "$cid" psql -q -U "$pg_user" -d "$pg_db" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
        docker exec "$cid" psql -q -U "$pg_user" -d "$pg_db" -c "DROP DATABASE IF EXISTS ${db}_r WITH (FORCE)" >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
runs=${BENCH_VERIFY_RUNS:-3}
only=${BENCH_VERIFY_ONLY:-}
case "$only" in
'' | database | storage) ;;
*) echo "bench_verify: BENCH_VERIFY_ONLY is database or storage, not $only" >&2; exit 2 ;;
esac
# shellcheck source-path=SCRIPTDIR source=backup_fixtures.sh
source "$(dirname "$0")/backup_fixtures.sh"
lab_postgres || exit 0

# A workspace of its own with the lab's development stack on the local engine.
ctl() { "$BUILD/src/cli/blihopsctl" --workspace "$work/w.sqlite" "$@"; }
printf 'BLIHOPS_LAB_IMAGE=%s\nBLIHOPS_LAB_DEV_ENV_FILE=%s\n' "$BLIHOPS_LAB_IMAGE" \
    "$BLIHOPS_LAB_DEV_ENV_FILE" >"$work/dev.env"
ctl env add bench --engine "unix://$BLIHOPS_TEST_DOCKER_SOCKET" --compose "$BLIHOPS_LAB_DEV_COMPOSE" \
    --env-file "$work/dev.env" --project-name "$project" --tier development >/dev/null

# --- database ---------------------------------------------------------------------------------
if [ "$only" != storage ]; then
db="blihops_bench_$$"
make_database "$cid" "$pg_user" "$pg_db" "$db"
rows=$(docker exec "$cid" psql -At -U "$pg_user" -d "$db" -c "SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM events)")
docker exec "$cid" pg_dump -Fc -U "$pg_user" -d "$db" >"$work/db.dump"
ctl verify bench "$work/db.dump" --json >"$work/verify.json" 2>/dev/null ||
    { echo "bench_verify: the verification failed: $(head -c 400 "$work/verify.json")" >&2; exit 1; }
# pg_restore alone reads the same dump inside the container, as the container's own login.
docker exec -i "$cid" sh -c 'cat >/tmp/bench_restore.dump' <"$work/db.dump"
alternate "$runs" "rm -f $work/bare.dump; docker exec $cid psql -q -U $pg_user -d $pg_db -c 'DROP DATABASE IF EXISTS ${db}_r WITH (FORCE)' >/dev/null 2>&1" \
    bare "docker exec $cid pg_dump -Fc -U $pg_user -d $db >$work/bare.dump" \
    verify "$BUILD/src/cli/blihopsctl --workspace $work/w.sqlite verify bench $work/db.dump" \
    restore "docker exec $cid psql -q -U $pg_user -d $pg_db -c 'CREATE DATABASE ${db}_r' && docker exec $cid pg_restore --no-owner --no-privileges --jobs=$(docker exec "$cid" nproc) -U $pg_user -d ${db}_r /tmp/bench_restore.dump" \
    >"$work/database.times"
docker exec "$cid" rm -f /tmp/bench_restore.dump
bare=$(median_of "$work/database.times" bare)
app=$(median_of "$work/database.times" verify)
restore=$(median_of "$work/database.times" restore)
echo "database, $rows rows in 2 tables, dump $(( $(stat -c %s "$work/db.dump") / 1048576 )) MiB (medians of $runs alternating runs)"
ratio "bare pg_dump -Fc" "$bare" "$bare"
ratio "blihopsctl verify (whole)" "$app" "$bare"
ratio "pg_restore alone (its share)" "$restore" "$bare"
fi

# --- storage ----------------------------------------------------------------------------------
[ "$only" != database ] || exit 0
tree="$work/tree"
make_tree "$tree"
"$BUILD/bench/backupscripthelper" path "$tree" "$work/dest" >"$work/storage.sh"
sh "$work/storage.sh" 2>/dev/null
archive=$(ls "$work"/dest/bench/*.tar.*)
mkdir "$work/extracted"
tar -xf "$archive" -C "$work/extracted"
rm -rf "$tree"
ctl verify bench "$archive" --json >"$work/verify.json" 2>/dev/null ||
    { echo "bench_verify: the archive's verification failed" >&2; exit 1; }
alternate "$runs" "true" \
    sha256sum "cd $work/extracted && find . -type f -print0 | xargs -0 sha256sum >/dev/null" \
    verify "$BUILD/src/cli/blihopsctl --workspace $work/w.sqlite verify bench $archive" \
    >"$work/storage.times"
base=$(median_of "$work/storage.times" sha256sum)
app=$(median_of "$work/storage.times" verify)
echo "storage, $(du -sm "$work/extracted" | cut -f1) MiB tree, $(find "$work/extracted" -type f | wc -l) files (medians of $runs alternating runs)"
ratio "sha256sum over the extracted files" "$base" "$base"
ratio "blihopsctl verify (archive streamed)" "$app" "$base"
