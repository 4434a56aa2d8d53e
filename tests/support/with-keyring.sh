#!/bin/sh
# Runs a command in a D-Bus session of its own with a GNOME keyring unlocked in a temporary
# data folder: the tests reach a real OS keychain (the Secret Service, as QtKeychain uses it
# on a desktop) without touching the user's. Everything ends with the session.
set -eu
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME="$data"
dbus-run-session -- sh -c '
    printf "lab" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
