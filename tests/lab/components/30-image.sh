# shellcheck shell=bash
# Lab component: Lab image. Sourced by lab.sh, which calls image_up, image_down, image_status,
# image_env and image_running (see lab.sh for the contract).
lab_component image docker

# The recipe: Debian minbase of the machine's own suite plus these packages, then
# image_customize. Bump IMAGE_RECIPE_VERSION whenever image_customize changes: the tag is a
# hash of all of it, so a new recipe gets a new image and an old cache is never reused.
IMAGE_RECIPE_VERSION=3
IMAGE_VARIANT=minbase
# systemd, sshd, dbus and pam_systemd: the systemd component boots the same image as a host
# with systemd as PID 1; zstd and openssl are what a backup script on such a host uses.
IMAGE_PACKAGES=postgresql,redis-server,busybox,systemd,systemd-sysv,openssh-server,dbus,libpam-systemd,zstd,openssl
IMAGE_REPO=blihops-lab
IMAGE_CACHE=$CACHE/image
IMAGE_NAME='' # set by image_resolve
IMAGE_HASH=''
IMAGE_SUITE=''
IMAGE_BUILD_ROOT='' # rootfs being built, removed on exit

image_resolve() {
  [[ -z $IMAGE_NAME ]] || return 0
  IMAGE_SUITE=$(os_codename)
  local arch
  arch=$(dpkg --print-architecture)
  IMAGE_HASH=$(printf 'recipe %s\nsuite %s\narch %s\nvariant %s\npackages %s\n' \
    "$IMAGE_RECIPE_VERSION" "$IMAGE_SUITE" "$arch" "$IMAGE_VARIANT" "$IMAGE_PACKAGES" |
    sha256sum | cut -c1-12)
  IMAGE_NAME=$IMAGE_REPO:$IMAGE_HASH
}

image_present() { dk image inspect "$IMAGE_NAME" >/dev/null 2>&1; }

# Kill anything still running inside a chroot (a package's daemon), unmount, remove it.
image_remove_root() { # dir
  local d root
  [[ -n $1 && -d $1 ]] || return 0
  for d in /proc/[0-9]*; do
    root=$(readlink "$d/root" 2>/dev/null) || continue
    if [[ $root == "$1" || $root == "$1"/* ]]; then kill -KILL "${d#/proc/}" 2>/dev/null || true; fi
  done
  umount_under "$1"
  rm -rf --one-file-system -- "$1"
}
image_cleanup() {
  image_remove_root "$IMAGE_BUILD_ROOT"
  IMAGE_BUILD_ROOT=''
}

# Adjust the debootstrapped tree: no apt caches, docs or translations (a smaller image
# imports faster), no Debian default cluster (the stacks run initdb into their own
# volume), a data dir and a socket dir owned by postgres.
image_customize() { # root
  local root=$1 ids
  rm -rf -- "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin \
    "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* \
    "$root"/usr/share/info/* "$root"/usr/share/locale/* "$root"/usr/share/i18n \
    "$root"/etc/postgresql/*/main "$root"/var/lib/postgresql/*/main
  # Booted by the systemd component, the image starts no database or Redis of its own (the
  # host's network is shared), and has no sshd host key baked in: that host brings its own.
  rm -f -- "$root"/etc/systemd/system/multi-user.target.wants/postgresql.service \
    "$root"/etc/systemd/system/multi-user.target.wants/redis-server.service \
    "$root"/etc/ssh/ssh_host_*
  ids=$(awk -F: '$1 == "postgres" { print $3 ":" $4 }' "$root/etc/passwd")
  [[ -n $ids ]] || die "image: the image has no postgres user"
  # $root/run, never $root/var/run: that is an absolute symlink to the host's /run.
  install -d -m 0700 -o "${ids%:*}" -g "${ids#*:}" "$root/var/lib/postgresql/data"
  install -d -m 2775 -o "${ids%:*}" -g "${ids#*:}" "$root/run/postgresql"
}

image_build() { # tarball
  local tarball=$1 mirror log=$IMAGE_CACHE/$IMAGE_HASH.debootstrap.log
  ((EUID == 0)) || die "image: building $IMAGE_NAME needs root (debootstrap)"
  command -v debootstrap >/dev/null || apt_install debootstrap
  mirror=$(apt_mirror "$IMAGE_SUITE")
  [[ -n $mirror ]] ||
    die "image: no deb source for suite $IMAGE_SUITE in /etc/apt/sources.list{,.d/*}"
  mkdir -p "$IMAGE_CACHE/debs"
  IMAGE_BUILD_ROOT=$(mktemp -d "$IMAGE_CACHE/rootfs.XXXXXX")
  trap image_cleanup EXIT
  msg "image: building $IMAGE_NAME: debootstrap $IMAGE_VARIANT $IMAGE_SUITE + $IMAGE_PACKAGES" \
    "from the machine's apt mirror (a few minutes; log $log)"
  if ! debootstrap --variant="$IMAGE_VARIANT" --include="$IMAGE_PACKAGES" \
    --cache-dir="$IMAGE_CACHE/debs" "$IMAGE_SUITE" "$IMAGE_BUILD_ROOT" "$mirror" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "image: debootstrap failed (log: $log)"
  fi
  image_customize "$IMAGE_BUILD_ROOT"
  tar --numeric-owner -C "$IMAGE_BUILD_ROOT" -cf "$tarball.tmp" . ||
    die "image: could not write $tarball"
  mv -f "$tarball.tmp" "$tarball"
  image_cleanup
  trap - EXIT
  # Tarballs and logs of older recipes are never used again.
  find "$IMAGE_CACHE" -maxdepth 1 \( -name '*.tar' -o -name '*.debootstrap.log' \) \
    ! -name "$IMAGE_HASH.*" -delete
  msg "image: cached $tarball ($(du -m "$tarball" | cut -f1) MB)"
}

image_up() {
  docker_resolve || die "image: docker is not running (lab.sh up docker)"
  image_resolve
  if image_present; then
    msg "image: reusing $IMAGE_NAME"
    return 0
  fi
  local tarball=$IMAGE_CACHE/$IMAGE_HASH.tar
  [[ -s $tarball ]] || image_build "$tarball"
  msg "image: importing $tarball as $IMAGE_NAME"
  dk import --message "BlihOps lab image (tests/lab/lab.sh, recipe $IMAGE_RECIPE_VERSION)" \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' --change 'CMD ["/bin/bash"]' \
    --change "LABEL org.blihops.lab.recipe=$IMAGE_HASH" - "$IMAGE_NAME" <"$tarball" >/dev/null ||
    die "image: docker import failed"
  image_present || die "image: $IMAGE_NAME missing after import"
  # Images of older recipes in the lab's own engine (a system engine's are left alone).
  if [[ $DOCKER_SOCK == "$DOCKER_OWN_SOCK" ]]; then
    local old
    for old in $(dk images --format '{{.Repository}}:{{.Tag}}' "$IMAGE_REPO"); do
      if [[ $old != "$IMAGE_NAME" ]]; then
        msg "image: removing $old (older recipe)"
        dk rmi "$old" >/dev/null || true
      fi
    done
  fi
}

# The image is a cache: `down` keeps it in the engine and the tarball in $IMAGE_CACHE.
image_down() {
  image_resolve
  msg "image: keeping $IMAGE_NAME and $IMAGE_CACHE/$IMAGE_HASH.tar (cache)"
}

image_running() { docker_running && image_resolve && image_present; }

image_status() {
  image_resolve
  if ! docker_running; then
    printf 'image: unknown %s (docker not running)\n' "$IMAGE_NAME"
  elif image_present; then
    printf 'image: present %s\n' "$IMAGE_NAME"
  elif [[ -s $IMAGE_CACHE/$IMAGE_HASH.tar ]]; then
    printf 'image: missing %s (cached tarball, import is fast)\n' "$IMAGE_NAME"
  else
    printf 'image: missing %s (not built)\n' "$IMAGE_NAME"
  fi
}

image_env() { printf 'export %s=%q\n' BLIHOPS_LAB_IMAGE "$IMAGE_NAME"; }
