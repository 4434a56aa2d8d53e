#!/usr/bin/env bash
# Installs the Debian 12 packages BlihOps Console needs to build and run ("run"), or to
# build and pass its tests ("test"). Only missing packages are installed.
set -euo pipefail
what=${1:-run}

build=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql
    libyaml-cpp-dev libspdlog-dev libboost-dev libgl-dev openssh-client
    qtkeychain-qt6-dev libhiredis-dev
    libarchive-dev # storage backups: list, hash and extract tar.zst / tar.gz
    libssl-dev # OpenSSL's SHA-256: archives, dumps and files hashed with the CPU's SHA instructions
    libmd4c-dev libmd4c-html0 # md4c's CMake package names its HTML renderer too
    qt6-charts-dev libqt6opengl6-dev) # Debian's Qt6Charts CMake package needs Qt6OpenGL's
run=(xdg-utils)
test=(postgresql xvfb xauth dpkg-dev file appstream desktop-file-utils
    poppler-utils # pdftotext: the PDF exports' tests read them back
    clang libclang-rt-dev # clang and its sanitizer runtimes: the libFuzzer build
    dbus-daemon gnome-keyring # a real Secret Service for the keychain test
    python3-croniter # the reference for the cron schedule tests (/usr/bin/python3's)
    shellcheck zstd systemd) # the backup script: lint, archives; systemd-analyze checks units

packages=("${build[@]}")
case "$what" in
run) packages+=("${run[@]}") ;;
test) packages+=("${test[@]}") ;;
*) echo "usage: $0 [run|test]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$' ||
        missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
