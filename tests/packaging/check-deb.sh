#!/usr/bin/env bash
# Builds the .deb with cpack, checks its contents and metadata, unpacks it and starts
# both installed binaries from the unpacked tree.
set -euo pipefail
build=${1:?usage: check-deb.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/blihops-console_*.deb)
dpkg-deb --info "$deb" >"$work/info"
dpkg-deb --contents "$deb" >"$work/contents"
for path in ./usr/bin/blihops-console ./usr/bin/blihopsctl \
    ./usr/share/applications/org.blihops.Console.desktop \
    ./usr/share/metainfo/org.blihops.Console.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.blihops.Console.svg; do
    grep -q " $path\$" "$work/contents" || { echo "missing from the package: $path"; exit 1; }
done
grep -q '^ Depends:.*libqt6sql6-sqlite' "$work/info" || { echo "Depends lacks the SQLite driver"; exit 1; }
grep -q '^ Depends:.*libqt6widgets6' "$work/info" || { echo "Depends lacks Qt Widgets (shlibdeps)"; exit 1; }

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.blihops.Console.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.blihops.Console.metainfo.xml" >"$work/as.log" 2>&1 ||
    { grep -vE '^[[:space:]]*(P:|I:)' "$work/as.log" | grep -E '^[[:space:]]*(E:|W:)' && exit 1 || true; }

export HOME="$work/home" XDG_DATA_HOME="$work/home/share" QT_QPA_PLATFORM=offscreen
"$root/usr/bin/blihopsctl" version | grep -q '^blihopsctl 0.1.0'
"$root/usr/bin/blihopsctl" env list | grep -q '^staging '
"$root/usr/bin/blihops-console" --version | grep -q '0.1.0'
# The installed console starts and keeps running until it is told to stop.
"$root/usr/bin/blihops-console" &
pid=$!
sleep 3
kill -0 "$pid" || { echo "blihops-console exited early"; exit 1; }
kill "$pid"
wait "$pid" || true
echo "package ok: $(basename "$deb")"
