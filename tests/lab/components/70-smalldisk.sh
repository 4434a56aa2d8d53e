# shellcheck shell=bash disable=SC2153 # STATE and the other settings come from lab.sh
# Lab component: a small file system (a 4 MiB tmpfs, open to everyone), so that a test can
# fill a backup destination and see what a full disk does. Sourced by lab.sh, which calls
# smalldisk_up, smalldisk_down, smalldisk_status, smalldisk_env and smalldisk_running.
lab_component smalldisk

SMALLDISK_DIR=$STATE/small-disk
SMALLDISK_SIZE=4m

smalldisk_running() { mountpoint -q "$SMALLDISK_DIR" 2>/dev/null; }

smalldisk_up() {
  if smalldisk_running; then
    msg "smalldisk: reusing $SMALLDISK_DIR"
    return 0
  fi
  ((EUID == 0)) || die "smalldisk: mounting a tmpfs at $SMALLDISK_DIR needs root"
  mkdir -p "$SMALLDISK_DIR"
  mount -t tmpfs -o "size=$SMALLDISK_SIZE,mode=1777" blihops-lab-small "$SMALLDISK_DIR" ||
    die "smalldisk: could not mount a tmpfs at $SMALLDISK_DIR"
  msg "smalldisk: $SMALLDISK_SIZE at $SMALLDISK_DIR"
}

smalldisk_down() {
  if smalldisk_running; then
    umount "$SMALLDISK_DIR" || die "smalldisk: could not unmount $SMALLDISK_DIR (in use?)"
  fi
  rm -rf -- "$SMALLDISK_DIR"
}

smalldisk_status() {
  if smalldisk_running; then
    printf 'smalldisk: mounted %s (%s)\n' "$SMALLDISK_DIR" "$SMALLDISK_SIZE"
  else
    printf 'smalldisk: stopped\n'
  fi
}

smalldisk_env() {
  printf 'export %s=%q\n' BLIHOPS_TEST_SMALL_DISK "$SMALLDISK_DIR"
}
