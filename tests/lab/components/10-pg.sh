# shellcheck shell=bash
# Lab component: PostgreSQL. Sourced by lab.sh, which calls pg_up, pg_down, pg_status,
# pg_env and pg_running (see lab.sh for the contract).
lab_component pg

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
