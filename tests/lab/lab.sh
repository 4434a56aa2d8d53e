#!/usr/bin/env bash
# shellcheck disable=SC2034 # the settings below are read by the sourced components
# BlihOps Console test lab: starts and stops the real servers the tests use.
#
#   lab.sh up     [component...]  start what is not running, reuse what is (idempotent)
#   lab.sh down   [component...]  stop only what this script started, remove its state
#   lab.sh env                    print `export VAR=value` lines for the tests (eval them)
#   lab.sh status [component...]  one line per component: running/stopped, port
#   lab.sh stop   ssh             stop sshd and its sessions, keep keys (`up ssh` brings them back)
#   lab.sh rekey  ssh             new sshd host key, restart sshd, rewrite lab.env
#
# Each component is one file, components/NN-name.sh, sourced in file-name order (its start
# order). It declares itself with `lab_component NAME [WHAT IT NEEDS...]` and defines
# NAME_up, NAME_down, NAME_status, NAME_env and NAME_running (optionally NAME_has_env,
# NAME_stop, NAME_rekey). `up X` also starts what X needs, `down X` also stops what needs X.
# Adding a component means adding a file; helpers they share are in lib/common.sh.
#
# Environment:
#   BLIHOPS_LAB_DIR       state dir (default /tmp/blihops-lab)
#   BLIHOPS_LAB_CACHE     persistent cache: docker data root, image tarballs, debs
#                         (default /var/lib/blihops-lab; ~/.cache/blihops-lab if not root)
#   BLIHOPS_LAB_PG_PORT   PostgreSQL port on 127.0.0.1 (default 55432)
#   BLIHOPS_LAB_SSH_PORT  sshd port on 127.0.0.1 (default 52222)
set -euo pipefail

LAB_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${BLIHOPS_LAB_DIR:-/tmp/blihops-lab}
if ((EUID == 0)); then
  CACHE=${BLIHOPS_LAB_CACHE:-/var/lib/blihops-lab}
else
  CACHE=${BLIHOPS_LAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/blihops-lab}
fi
PIDS_DIR=$STATE/pids
MARKER=$STATE/.blihops-lab
ENV_FILE=$STATE/lab.env
READY_TIMEOUT=60

# Components in start order, and what each needs running first (all earlier in the order).
COMPONENTS=()
declare -A DEPENDS=()
lab_component() { # name [needs...]
  local name=$1
  shift
  COMPONENTS+=("$name")
  DEPENDS[$name]="$*"
}

# shellcheck source=lib/common.sh
source "$LAB_SRC/lib/common.sh"
for component in "$LAB_SRC"/components/[0-9]*.sh; do
  # shellcheck source=/dev/null
  source "$component"
done
unset component

# ---------------------------------------------------------------------------
# dispatcher
# ---------------------------------------------------------------------------

# A component's variables go into lab.env while it runs (or, with a <c>_has_env hook,
# while that says so: ssh keeps them across `stop ssh`).
component_has_env() { # component
  if declare -F "${1}_has_env" >/dev/null; then "${1}_has_env"; else "${1}_running"; fi
}

write_env() {
  local c
  {
    printf 'export %s=%q\n' BLIHOPS_LAB_DIR "$STATE"
    for c in "${COMPONENTS[@]}"; do
      if component_has_env "$c"; then "${c}_env"; fi
    done
  } >"$ENV_FILE.tmp"
  mv -f "$ENV_FILE.tmp" "$ENV_FILE"
}

usage() {
  cat >&2 <<EOF
usage: ${0##*/} up|down|status [component...] | env | stop ssh | rekey ssh
components: ${COMPONENTS[*]}
EOF
  exit 2
}

select_components() { # args -> SELECTED
  local c k
  SELECTED=()
  if (($# == 0)); then
    SELECTED=("${COMPONENTS[@]}")
    return 0
  fi
  for c in "$@"; do
    for k in "${COMPONENTS[@]}"; do
      if [[ $c == "$k" ]]; then
        SELECTED+=("$c")
        continue 2
      fi
    done
    die "unknown component '$c' (known: ${COMPONENTS[*]})"
  done
}

needs() { # component other: does component need other, directly or not?
  local d
  for d in ${DEPENDS[$1]:-}; do
    if [[ $d == "$2" ]] || needs "$d" "$2"; then return 0; fi
  done
  return 1
}

# `up`: add what SELECTED needs; `down`: add what needs SELECTED. Result in COMPONENTS order.
expand_selection() { # up|down
  local c s
  local -a added=()
  local -A want=()
  for s in "${SELECTED[@]}"; do want[$s]=1; done
  for c in "${COMPONENTS[@]}"; do
    [[ -z ${want[$c]:-} ]] || continue
    for s in "${SELECTED[@]}"; do
      if { [[ $1 == up ]] && needs "$s" "$c"; } || { [[ $1 == down ]] && needs "$c" "$s"; }; then
        want[$c]=1
        added+=("$c")
        break
      fi
    done
  done
  if ((${#added[@]})); then msg "$1 also: ${added[*]} (dependencies)"; fi
  SELECTED=()
  for c in "${COMPONENTS[@]}"; do
    if [[ -n ${want[$c]:-} ]]; then SELECTED+=("$c"); fi
  done
}

main() {
  (($# >= 1)) || usage
  local cmd=$1 c i t0 t
  shift
  case $cmd in
  up)
    select_components "$@"
    expand_selection up
    state_lock
    t0=$(now_us)
    for c in "${SELECTED[@]}"; do
      t=$(now_us)
      "${c}_up"
      msg "$c: up in $(since "$t")"
    done
    write_env
    msg "up in $(since "$t0")"
    ;;
  down)
    select_components "$@"
    if [[ ! -d $STATE ]]; then
      msg "nothing to stop"
      return 0
    fi
    [[ -e $MARKER ]] || die "$STATE is not a lab state dir (no $MARKER)"
    expand_selection down
    state_lock
    for ((i = ${#SELECTED[@]} - 1; i >= 0; i--)); do
      t=$(now_us)
      "${SELECTED[i]}_down"
      msg "${SELECTED[i]}: down in $(since "$t")"
    done
    if (($# == 0)); then
      state_remove
      msg "down"
    else
      write_env
    fi
    ;;
  env)
    (($# == 0)) || usage
    [[ -s $ENV_FILE ]] || die "lab is not up ($ENV_FILE missing); run: ${0##*/} up"
    cat "$ENV_FILE"
    ;;
  status)
    select_components "$@"
    for c in "${SELECTED[@]}"; do "${c}_status"; done
    ;;
  stop | rekey)
    (($# >= 1)) || usage
    select_components "$@"
    for c in "${SELECTED[@]}"; do
      declare -F "${c}_$cmd" >/dev/null || die "'$cmd' is not supported by $c (only by ssh)"
    done
    state_lock
    for c in "${SELECTED[@]}"; do "${c}_$cmd"; done
    write_env
    ;;
  -h | --help | help) usage ;;
  *) usage ;;
  esac
}

main "$@"
