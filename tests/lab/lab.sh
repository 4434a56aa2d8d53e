#!/usr/bin/env bash
# BlihOps Console test lab: starts and stops the real servers the tests use.
#
#   lab.sh up     [component...]  start what is not running, reuse what is (idempotent)
#   lab.sh down   [component...]  stop only what this script started, remove its state
#   lab.sh env                    print `export VAR=value` lines for the tests (eval them)
#   lab.sh status [component...]  one line per component: running/stopped, port
#
# Components: pg (PostgreSQL). Each component has pg_up/pg_down/pg_status/pg_env/
# pg_running functions; add new ones to COMPONENTS in start order.
#
# Environment:
#   BLIHOPS_LAB_DIR      state dir (default /tmp/blihops-lab)
#   BLIHOPS_LAB_PG_PORT  PostgreSQL port on 127.0.0.1 (default 55432)
set -euo pipefail

COMPONENTS=(pg)

STATE=${BLIHOPS_LAB_DIR:-/tmp/blihops-lab}
PIDS_DIR=$STATE/pids
MARKER=$STATE/.blihops-lab
ENV_FILE=$STATE/lab.env
READY_TIMEOUT=60

# ---------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------

msg() { printf 'lab: %s\n' "$*" >&2; }
die() { msg "error: $*"; exit 1; }

# Create the state dir (world-traversable so service users can reach their subdirs).
state_init() {
  if [[ ! -d $STATE ]]; then
    mkdir -p "$STATE"
    chmod 0755 "$STATE"
  fi
  [[ -e $MARKER ]] || : >"$MARKER"
  mkdir -p "$PIDS_DIR"
}

# Serialise concurrent invocations (parallel test jobs calling `up`).
state_lock() {
  local lock=$STATE/.lock
  while :; do
    state_init
    exec 9>>"$lock"
    flock 9
    # `down` may have removed the dir while we waited: retry on a fresh lock file.
    if [[ -e $lock && $(stat -c %i "$lock") == $(stat -L -c %i /proc/self/fd/9) ]]; then
      return 0
    fi
    exec 9>&-
  done
}

# Remove the whole state dir, but only if it is ours.
state_remove() {
  [[ -d $STATE ]] || return 0
  [[ $STATE != / && -e $MARKER ]] || die "$STATE has no $MARKER marker; not removing it"
  rm -rf -- "$STATE"
}

# pid-file helpers: a pid file holds one pid; it counts only if the process is alive
# and its command line contains the expected string (guards against pid reuse).
pid_read() { # pidfile -> pid on stdout (empty if none)
  local pid=''
  if [[ -r $1 ]]; then IFS= read -r pid <"$1" || true; fi
  [[ $pid =~ ^[0-9]+$ ]] && printf '%s' "$pid"
  return 0
}
pid_matches() { # pid needle
  local cmdline
  [[ -n $1 && -r /proc/$1/cmdline ]] || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$2"* ]]
}
pid_alive() { # pidfile needle
  local pid
  pid=$(pid_read "$1")
  [[ -n $pid ]] && pid_matches "$pid" "$2"
}
pid_write() { printf '%s\n' "$2" >"$1"; } # pidfile pid
# Stop a process by pid: TERM, wait, then KILL.
pid_kill() { # pid needle
  local pid=$1 needle=$2 i
  pid_matches "$pid" "$needle" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    pid_matches "$pid" "$needle" || return 0
    sleep 0.1
  done
  msg "pid $pid did not stop on TERM; sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.5
  ! pid_matches "$pid" "$needle"
}

# Wait (up to 15 s) while pid is a zombie: a killed postmaster that init has not reaped
# yet still "exists" for PostgreSQL's stale-lock-file check.
pid_wait_reaped() { # pid
  local i state
  for ((i = 0; i < 75; i++)); do
    state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 0
    [[ $state == Z ]] || return 0
    sleep 0.2
  done
}

port_open() { # host port
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}
wait_port() { # host port timeout_s
  local deadline=$((SECONDS + $3))
  until port_open "$1" "$2"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

gen_password() { # 32 alnum chars on stdout; never passed on a command line
  local pw=''
  while ((${#pw} < 32)); do
    pw+=$(LC_ALL=C tr -dc 'A-Za-z0-9' < <(head -c 512 /dev/urandom))
  done
  printf '%s' "${pw:0:32}"
}

# Install Debian packages; `apt-get update` only if the install fails for lack of lists.
apt_install() { # pkg...
  ((EUID == 0)) || die "missing packages ($*); install them as root: apt-get install $*"
  local log=$STATE/apt.log
  local -a get=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
  msg "installing $*"
  if "${get[@]}" install -y --no-install-recommends "$@" >"$log" 2>&1; then
    return 0
  fi
  if grep -qE 'Unable to locate package|has no installation candidate' "$log"; then
    msg "package lists missing; running apt-get update"
    if "${get[@]}" update >>"$log" 2>&1 &&
      "${get[@]}" install -y --no-install-recommends "$@" >>"$log" 2>&1; then
      return 0
    fi
  fi
  tail -n 30 "$log" >&2
  die "apt-get install $* failed (log: $log)"
}

# Close every fd above 2 in the current (sub)shell, so daemons started from it do not
# hold our lock or the caller's pipes (a test runner would wait on them forever).
close_fds() {
  local f n
  for f in /proc/"$BASHPID"/fd/*; do
    n=${f##*/}
    if [[ $n =~ ^[0-9]+$ ]] && ((n > 2)); then exec {n}>&-; fi
  done
}

# Run a command as a service user (root: via runuser; otherwise as ourselves), from
# a directory that user can read (PostgreSQL binaries fail if getcwd() is denied),
# with stdin from /dev/null and no inherited fds beyond stdout/stderr.
run_as() { # user dir cmd...
  local user=$1 dir=$2
  shift 2
  (
    close_fds
    cd "$dir"
    if ((EUID == 0)) && [[ $user != root ]]; then
      exec runuser -u "$user" -- "$@" </dev/null
    else
      exec "$@" </dev/null
    fi
  )
}

# ---------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------

PG_PORT=${BLIHOPS_LAB_PG_PORT:-55432}
PG_HOST=127.0.0.1
PG_ROLE=blihops_lab
PG_DIR=$STATE/pg
PG_DATA=$PG_DIR/data
PG_RUN=$PG_DIR/run
PG_LOG=$PG_DIR/postgresql.log
PG_CTL_LOG=$PG_DIR/pg_ctl.log
PG_PIDFILE=$PIDS_DIR/pg.pid
PG_PASSFILE=$STATE/pgpass
PG_BIN=''
PG_OWNER=''

[[ $PG_PORT =~ ^[0-9]+$ ]] || die "BLIHOPS_LAB_PG_PORT must be a number"

# Newest /usr/lib/postgresql/<version>/bin that has a server; empty if none.
pg_find_bin() {
  local d best='' v bestv=0
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]] || continue
    v=${d#/usr/lib/postgresql/}
    v=${v%%/*}
    [[ $v =~ ^[0-9]+$ ]] || continue
    if ((v > bestv)); then
      bestv=$v
      best=$d
    fi
  done
  printf '%s' "$best"
}

pg_prepare() {
  PG_BIN=$(pg_find_bin)
  if [[ -z $PG_BIN ]]; then
    apt_install postgresql
    PG_BIN=$(pg_find_bin)
    [[ -n $PG_BIN ]] || die "postgresql installed but no server under /usr/lib/postgresql/*/bin"
  fi
  if ((EUID == 0)); then
    id -u postgres >/dev/null 2>&1 || die "system user 'postgres' does not exist"
    PG_OWNER=postgres
  else
    PG_OWNER=$(id -un)
  fi
}

# The postmaster pid: our pid file first, then the data dir's own postmaster.pid.
pg_pid() {
  local pid
  pid=$(pid_read "$PG_PIDFILE")
  if [[ -n $pid ]] && pid_matches "$pid" "$PG_DATA"; then
    printf '%s' "$pid"
    return 0
  fi
  pid=$(pid_read "$PG_DATA/postmaster.pid")
  if [[ -n $pid ]] && pid_matches "$pid" "$PG_DATA"; then
    printf '%s' "$pid"
  fi
  return 0
}
pg_running() { [[ -n $(pg_pid) ]]; }

# Port the running postmaster actually listens on (line 4 of postmaster.pid).
pg_actual_port() {
  sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || true
}

pg_psql() { # extra psql args...; authenticates over TCP with the lab password file
  env -u PGPASSWORD -u PGSERVICE -u PGSERVICEFILE -u PGSSLMODE PGPASSFILE="$PG_PASSFILE" \
    "$PG_BIN/psql" -X -w -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ROLE" -d postgres "$@"
}

pg_ready() { [[ $(pg_psql -tAc 'SELECT 1' 2>/dev/null) == 1 ]]; }

pg_write_passfile() { # password
  (
    umask 077
    printf '%s:%s:*:%s:%s\n' "$PG_HOST" "$PG_PORT" "$PG_ROLE" "$1" >"$PG_PASSFILE.tmp"
  )
  chmod 0600 "$PG_PASSFILE.tmp"
  mv -f "$PG_PASSFILE.tmp" "$PG_PASSFILE"
}

pg_fail() { # message
  local f
  for f in "$PG_CTL_LOG" "$PG_LOG"; do
    if [[ -s $f ]]; then
      msg "last 30 lines of $f:"
      tail -n 30 "$f" >&2
    fi
  done
  die "$1"
}

pg_initdb() {
  local pw pwfile=$PG_DIR/pwfile
  msg "pg: initdb in $PG_DATA"
  rm -rf -- "$PG_DIR" "$PG_PASSFILE"
  mkdir -p "$PG_DIR" "$PG_RUN"
  chmod 0700 "$PG_DIR"
  chown "$PG_OWNER" "$PG_DIR" "$PG_RUN"
  pw=$(gen_password)
  (
    umask 077
    printf '%s\n' "$pw" >"$pwfile"
  )
  chown "$PG_OWNER" "$pwfile"
  if ! run_as "$PG_OWNER" "$PG_DIR" "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_ROLE" \
    --pwfile="$pwfile" --auth-host=scram-sha-256 --auth-local=peer \
    --encoding=UTF8 --locale=C >"$PG_DIR/initdb.log" 2>&1; then
    rm -f -- "$pwfile"
    tail -n 30 "$PG_DIR/initdb.log" >&2
    die "pg: initdb failed"
  fi
  rm -f -- "$pwfile"
  # Allow TCP only from 127.0.0.1 with scram; local socket only for the OS owner (peer).
  cat >"$PG_DATA/pg_hba.conf" <<'EOF'
# written by tests/lab/lab.sh
local   all   all                  peer
host    all   all   127.0.0.1/32   scram-sha-256
EOF
  printf "\ninclude 'lab.conf'\n" >>"$PG_DATA/postgresql.conf"
  chown "$PG_OWNER" "$PG_DATA/pg_hba.conf"
  pg_write_passfile "$pw"
}

# Settings rewritten at every start so port/paths follow the current environment.
pg_write_conf() {
  cat >"$PG_DATA/lab.conf" <<EOF
# written by tests/lab/lab.sh at each start
listen_addresses = '$PG_HOST'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
password_encryption = 'scram-sha-256'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
log_checkpoints = off
log_min_messages = warning
log_line_prefix = '%m [%p] %q%u@%d '
EOF
  chown "$PG_OWNER" "$PG_DATA/lab.conf"
}

pg_up() {
  pg_prepare
  if pg_running; then
    local actual
    actual=$(pg_actual_port)
    if [[ -n $actual && $actual != "$PG_PORT" ]]; then
      die "pg: already running on port $actual, not $PG_PORT; run 'lab.sh down' first"
    fi
    pid_write "$PG_PIDFILE" "$(pg_pid)"
    if pg_ready; then
      msg "pg: reusing server on $PG_HOST:$PG_PORT (pid $(pg_pid))"
      return 0
    fi
    msg "pg: server running but not answering yet; waiting"
  else
    if port_open "$PG_HOST" "$PG_PORT"; then
      die "pg: port $PG_HOST:$PG_PORT is already in use by something else (set BLIHOPS_LAB_PG_PORT)"
    fi
    if [[ ! -s $PG_DATA/PG_VERSION || ! -s $PG_PASSFILE ]]; then
      pg_initdb
    else
      # Existing cluster: refresh the password file line for the current port.
      local pw
      IFS=: read -r _ _ _ _ pw <"$PG_PASSFILE"
      pg_write_passfile "$pw"
    fi
    pg_write_conf
    rm -f -- "$PG_PIDFILE"
    local stale
    stale=$(pid_read "$PG_DATA/postmaster.pid")
    [[ -z $stale ]] || pid_wait_reaped "$stale"
    msg "pg: starting on $PG_HOST:$PG_PORT"
    if ! run_as "$PG_OWNER" "$PG_DIR" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" \
      -w -t "$READY_TIMEOUT" start >"$PG_CTL_LOG" 2>&1; then
      pg_fail "pg: server did not start"
    fi
    local pid
    pid=$(pg_pid)
    [[ -n $pid ]] || pg_fail "pg: server exited right after start"
    pid_write "$PG_PIDFILE" "$pid"
  fi
  local deadline=$((SECONDS + READY_TIMEOUT))
  until pg_ready; do
    pg_running || pg_fail "pg: server exited"
    ((SECONDS < deadline)) || pg_fail "pg: not accepting connections after ${READY_TIMEOUT}s"
    sleep 0.2
  done
  msg "pg: ready on $PG_HOST:$PG_PORT"
}

pg_down() {
  local pid
  pid=$(pg_pid)
  if [[ -n $pid ]]; then
    msg "pg: stopping (pid $pid)"
    PG_BIN=$(pg_find_bin)
    if [[ -n $PG_BIN ]]; then
      local owner
      owner=$(stat -c %U "$PG_DATA")
      run_as "$owner" "$PG_DIR" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop \
        >>"$PG_CTL_LOG" 2>&1 || true
    fi
    pid_kill "$pid" "$PG_DATA" || die "pg: could not stop pid $pid"
  fi
  rm -rf -- "$PG_DIR" "$PG_PASSFILE" "$PG_PIDFILE"
}

pg_status() {
  local pid
  pid=$(pg_pid)
  if [[ -n $pid ]]; then
    printf 'pg: running port %s pid %s\n' "${PG_PORT}" "$pid"
  else
    printf 'pg: stopped port %s\n' "$PG_PORT"
  fi
}

pg_env() {
  printf 'export %s=%q\n' \
    BLIHOPS_TEST_PG_URL "postgresql://$PG_ROLE@$PG_HOST:$PG_PORT/postgres" \
    PGPASSFILE "$PG_PASSFILE"
}

# ---------------------------------------------------------------------------
# dispatcher
# ---------------------------------------------------------------------------

write_env() {
  local c
  {
    printf 'export %s=%q\n' BLIHOPS_LAB_DIR "$STATE"
    for c in "${COMPONENTS[@]}"; do
      if "${c}_running"; then "${c}_env"; fi
    done
  } >"$ENV_FILE.tmp"
  mv -f "$ENV_FILE.tmp" "$ENV_FILE"
}

usage() {
  cat >&2 <<EOF
usage: ${0##*/} up|down|status [component...] | env
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

main() {
  (($# >= 1)) || usage
  local cmd=$1 c i
  shift
  case $cmd in
  up)
    select_components "$@"
    state_lock
    for c in "${SELECTED[@]}"; do "${c}_up"; done
    write_env
    ;;
  down)
    select_components "$@"
    if [[ ! -d $STATE ]]; then
      msg "nothing to stop"
      return 0
    fi
    [[ -e $MARKER ]] || die "$STATE is not a lab state dir (no $MARKER)"
    state_lock
    for ((i = ${#SELECTED[@]} - 1; i >= 0; i--)); do "${SELECTED[i]}_down"; done
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
  -h | --help | help) usage ;;
  *) usage ;;
  esac
}

main "$@"
