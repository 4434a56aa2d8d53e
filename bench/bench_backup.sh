#!/usr/bin/env bash
# Backups as the generated host script makes them, against the tools they replace:
#  storage: the script's archive of a generated 150 MB tree of mixed text and binary files
#           (tar | zstd -T0 while every file's size and SHA-256 are listed, then the archive's
#           SHA-256 and the manifest line) against `tar -czf` (the old script; goal: at least
#           8x faster at no worse size) and `tar -cf - | zstd -T0` (goal: at most 1.2x);
#  database: the script's backup of a 1.6-million-row database in the lab's development
#           PostgreSQL (exported snapshot, pg_dump -Fc inside the container, the table
#           checksums in the same snapshot, SHA-256, manifest) against a bare
#           `docker exec … pg_dump -Fc` of it (goal: at most 1.6x); the checksum statement
#           alone is timed too, for its share.
# Needs the lab's engine and stacks for the database figures; the storage ones run anywhere.
# BENCH_BACKUP_ONLY=storage or =database runs that part alone.
set -euo pipefail
helper="$BUILD/bench/backupscripthelper"
work=$(mktemp -d)
db=''
cleanup() {
    if [ -n "$db" ]; then
        docker exec "$cid" psql -q -U "$pg_user" -d "$pg_db" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
runs=${BENCH_BACKUP_RUNS:-5}
only=${BENCH_BACKUP_ONLY:-}
case "$only" in
'' | database | storage) ;;
*) echo "bench_backup: BENCH_BACKUP_ONLY is database or storage, not $only" >&2; exit 2 ;;
esac
# shellcheck source-path=SCRIPTDIR source=backup_fixtures.sh
source "$(dirname "$0")/backup_fixtures.sh"

# --- storage: 150 MB like an application's storage volume ------------------------------------
if [ "$only" != database ]; then
tree="$work/tree"
make_tree "$tree"
"$helper" path "$tree" "$work/dest" >"$work/storage.sh"
alternate "$runs" "rm -rf $work/dest $work/old.tgz $work/zstd.tar.zst" \
    gzip "tar -czf $work/old.tgz -C $tree ." \
    zstd "tar -cf - -C $tree . | zstd -q -T0 -o $work/zstd.tar.zst" \
    script "sh $work/storage.sh" >"$work/storage.times"
# Sizes of one more run of each.
tar -czf "$work/old.tgz" -C "$tree" .
tar -cf - -C "$tree" . | zstd -q -T0 -o "$work/zstd.tar.zst"
rm -rf "$work/dest"
sh "$work/storage.sh" 2>/dev/null
gz=$(median_of "$work/storage.times" gzip)
zs=$(median_of "$work/storage.times" zstd)
app=$(median_of "$work/storage.times" script)
echo "storage, $(du -sm "$tree" | cut -f1) MiB tree (medians of $runs alternating runs)"
ratio "tar -czf (old script)" "$gz" "$gz"
ratio "tar | zstd -T0" "$zs" "$zs"
ratio "backup script vs tar -czf" "$app" "$gz"
ratio "backup script vs tar | zstd -T0" "$app" "$zs"
awk -v a="$(awk -v g="$gz" -v p="$app" 'BEGIN{print g/p}')" 'BEGIN { printf "%-40s %8.1fx faster than tar -czf\n", "speed-up", a }'
printf '%-40s %8d KiB (tar -czf %d KiB, tar | zstd %d KiB)\n' "archive size" \
    "$(( $(stat -c %s "$work"/dest/bench/*.tar.*) / 1024 ))" "$(( $(stat -c %s "$work/old.tgz") / 1024 ))" \
    "$(( $(stat -c %s "$work/zstd.tar.zst") / 1024 ))"
rm -rf "$tree" "$work/dest" "$work/old.tgz" "$work/zstd.tar.zst"
fi
[ "$only" != storage ] || exit 0

# --- database ---------------------------------------------------------------------------------
lab_postgres || exit 0
db="blihops_bench_$$"
make_database "$cid" "$pg_user" "$pg_db" "$db"
rows=$(docker exec "$cid" psql -At -U "$pg_user" -d "$db" -c "SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM events)")
"$helper" database "$db" "$work/dbdest" "$project" >"$work/database.sh"
"$helper" checksum >"$work/checksum.sql"
docker exec -i "$cid" psql -X -q -At -U "$pg_user" -d "$db" <"$work/checksum.sql" | grep -q '"rows"' ||
    { echo "bench_backup: the checksum statement did not run" >&2; exit 1; }
alternate "$runs" "rm -rf $work/dbdest $work/bare.dump" \
    bare "docker exec $cid pg_dump -Fc -U $pg_user -d $db >$work/bare.dump" \
    script "sh $work/database.sh" \
    checksum "docker exec -i $cid psql -X -q -At -U $pg_user -d $db <$work/checksum.sql >/dev/null" \
    >"$work/database.times"
bare=$(median_of "$work/database.times" bare)
app=$(median_of "$work/database.times" script)
sum=$(median_of "$work/database.times" checksum)
echo "database, $rows rows in 2 tables (medians of $runs alternating runs)"
ratio "bare pg_dump -Fc" "$bare" "$bare"
ratio "backup script (snapshot, checksums, manifest)" "$app" "$bare"
ratio "checksum statement alone" "$sum" "$bare"
if [ "$(nproc)" -ge 3 ]; then where="beside pg_dump"; else where="after pg_dump, $(nproc) cores"; fi
awk -v s="$sum" -v a="$app" -v w="$where" 'BEGIN { printf "%-40s %8.0f %% of the script'"'"'s time (it runs %s)\n", "checksum share", 100 * s / a, w }'
