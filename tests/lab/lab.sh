#!/usr/bin/env bash
# BlihOps Console test lab: starts and stops the real servers the tests use.
#
#   lab.sh up     [component...]  start what is not running, reuse what is (idempotent)
#   lab.sh down   [component...]  stop only what this script started, remove its state
#   lab.sh env                    print `export VAR=value` lines for the tests (eval them)
#   lab.sh status [component...]  one line per component: running/stopped, port
#   lab.sh stop   ssh             stop sshd and its sessions, keep keys (`up ssh` brings them back)
#   lab.sh rekey  ssh             new sshd host key, restart sshd, rewrite lab.env
#
# Components, in start order: pg (PostgreSQL), docker (Docker Engine), image (the lab image,
# built locally with debootstrap), stacks (two compose stacks), ssh (OpenSSH sshd). Each has
# <c>_up/<c>_down/<c>_status/<c>_env/<c>_running functions; add new ones to COMPONENTS in
# start order and name what they need in DEPENDS: `up X` also starts what X needs, `down X`
# also stops what needs X.
#
# Environment:
#   BLIHOPS_LAB_DIR       state dir (default /tmp/blihops-lab)
#   BLIHOPS_LAB_CACHE     persistent cache: docker data root, image tarballs, debs
#                         (default /var/lib/blihops-lab; ~/.cache/blihops-lab if not root)
#   BLIHOPS_LAB_PG_PORT   PostgreSQL port on 127.0.0.1 (default 55432)
#   BLIHOPS_LAB_SSH_PORT  sshd port on 127.0.0.1 (default 52222)
set -euo pipefail

COMPONENTS=(pg docker image stacks ssh)
# What each component needs running first (space-separated, all earlier in COMPONENTS).
declare -A DEPENDS=([image]=docker [stacks]='docker image')

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
# Stop a process by pid: TERM, wait (default 10 s), then KILL.
pid_kill() { # pid needle [timeout_s]
  local pid=$1 needle=$2 i
  pid_matches "$pid" "$needle" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < ${3:-10} * 10; i++)); do
    pid_matches "$pid" "$needle" || return 0
    sleep 0.1
  done
  msg "pid $pid did not stop on TERM; sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.5
  ! pid_matches "$pid" "$needle"
}

# Wait (up to 15 s) while pid is a zombie: a killed daemon that init has not reaped yet
# still "exists" (for PostgreSQL's stale-lock-file check, and for `pgrep` after `down`).
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

# Every live pid whose command line contains needle (a fixed string, not a pattern).
pids_matching() { # needle -> pids on stdout, one a line
  local pid args
  while read -r pid args; do
    if [[ "$args " == *"$1"* ]] && pid_matches "$pid" "$1"; then printf '%s\n' "$pid"; fi
  done < <(ps -e -ww -o pid= -o args=)
}

# A pid and all its descendants, children first (so a parent cannot respawn them).
pid_tree() { # pid -> pids on stdout
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do pid_tree "$child"; done
  printf '%s\n' "$1"
}

# Unmount whatever is still mounted below dir (deepest first), so `rm -rf` never walks
# into a container's or a chroot's mount.
umount_under() { # dir
  local m
  [[ -d $1 ]] || return 0
  while IFS= read -r m; do
    umount -l -- "$m" 2>/dev/null || msg "could not unmount $m"
  done < <(awk -v d="$1" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/self/mounts |
    sort -r)
}

# Start a daemon in its own session with nothing inherited but a log file: it must not hold
# our lock fd or the caller's pipes, nor die with the caller's terminal or process group.
spawn_detached() { # logfile cmd...
  local log=$1
  shift
  (
    close_fds
    cd /
    exec setsid "$@" </dev/null >>"$log" 2>&1
  ) &
}

# Microseconds since the epoch, and a duration since then as "1.2s".
now_us() { printf '%s' "${EPOCHREALTIME//[!0-9]/}"; }
since() { # start_us
  local ds=$((($(now_us) - $1) / 100000))
  printf '%d.%ds' $((ds / 10)) $((ds % 10))
}

# The machine's Debian suite (e.g. bookworm).
os_codename() {
  local codename
  codename=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release 2>/dev/null | tr -d "\"'")
  [[ -n $codename ]] || die "no VERSION_CODENAME in /etc/os-release"
  printf '%s' "$codename"
}

# The first `deb` URI in the machine's own apt sources that serves suite: one-line entries
# in sources.list and sources.list.d/*.list, deb822 paragraphs in sources.list.d/*.sources.
# Never a host written into this script: the lab uses whatever mirror the machine uses.
apt_mirror() { # suite -> URI on stdout
  local f uri
  local -a lists=() deb822=()
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    if [[ -r $f ]]; then lists+=("$f"); fi
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    if [[ -r $f ]]; then deb822+=("$f"); fi
  done
  {
    if ((${#lists[@]})); then
      awk -v suite="$1" '
        { sub(/^[ \t]+/, "") }
        /^deb[ \t]/ {
          line = $0
          sub(/^deb[ \t]+/, "", line)
          if (substr(line, 1, 1) == "[") sub(/^\[[^]]*\][ \t]*/, "", line)
          n = split(line, f, /[ \t]+/)
          if (n >= 2 && f[2] == suite) print f[1]
        }' "${lists[@]}"
    fi
    if ((${#deb822[@]})); then
      awk -v suite="$1" '
        function flush(   i, n, s, u) {
          if (enabled != "no" && (" " types " ") ~ / deb /) {
            n = split(suites, s, /[ \t]+/)
            for (i = 1; i <= n; i++) {
              if (s[i] == suite) { split(uris, u, /[ \t]+/); print u[1]; break }
            }
          }
          types = uris = suites = ""; enabled = "yes"
        }
        FNR == 1 { flush() }
        /^[ \t]*#/ { next }
        /^[ \t]*$/ { flush(); next }
        /^[A-Za-z-]+:/ {
          key = tolower(substr($0, 1, index($0, ":") - 1))
          val = substr($0, index($0, ":") + 1)
          gsub(/^[ \t]+|[ \t]+$/, "", val)
          if (key == "types") types = val
          else if (key == "uris") uris = val
          else if (key == "suites") suites = val
          else if (key == "enabled") enabled = tolower(val)
        }
        END { flush() }' "${deb822[@]}"
    fi
  } | while IFS= read -r uri; do
    # debootstrap fetches over http(s), ftp or from a local file: tree.
    if [[ $uri =~ ^(https?|ftp|file):/ ]]; then
      printf '%s\n' "${uri%/}"
      break
    fi
  done
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
# Docker Engine
# ---------------------------------------------------------------------------

DOCKER_SYSTEM_SOCK=/var/run/docker.sock
DOCKER_DIR=$STATE/docker
DOCKER_OWN_SOCK=$DOCKER_DIR/docker.sock
DOCKER_EXEC=$DOCKER_DIR/exec
DOCKER_LOG=$DOCKER_DIR/dockerd.log
DOCKER_PIDFILE=$PIDS_DIR/docker.pid
DOCKER_REUSED=$DOCKER_DIR/reused-system-dockerd
# Outside $STATE so pulled/imported images survive `down`.
DOCKER_DATA=$CACHE/docker
DOCKER_STOP_TIMEOUT=40
# Lab containers use the host network, so the lab dockerd needs no docker0 bridge, no
# iptables rules and no ip_forward: the host's interfaces and firewall stay as they were.
DOCKERD_FLAGS=(--iptables=false --ip6tables=false --ip-forward=false --ip-masq=false
  --bridge=none --log-level=warn)
DOCKER_SOCK='' # the engine in use, set by docker_resolve
# The lab dockerd also listens on TCP with mutual TLS, for tcp:// engine tests.
DOCKER_TLS_PORT=${BLIHOPS_LAB_DOCKER_TLS_PORT:-52376}
DOCKER_TLS=$DOCKER_DIR/tls

# A CA, a server certificate for 127.0.0.1 and a client certificate, as `docker --tlsverify`
# expects them (client files named ca.pem, cert.pem, key.pem in one folder).
docker_tls_make() {
  local d=$DOCKER_TLS
  mkdir -p "$d/client"
  (
    umask 077
    openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
      -keyout "$d/ca-key.pem" -out "$d/ca.pem" -days 30 -subj /CN=blihops-lab-ca 2>/dev/null
    openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
      -keyout "$d/server-key.pem" -out "$d/server.csr" -subj /CN=127.0.0.1 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$d/server.ext"
    openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca-key.pem" \
      -CAcreateserial -days 30 -extfile "$d/server.ext" -out "$d/server-cert.pem" 2>/dev/null
    openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
      -keyout "$d/client/key.pem" -out "$d/client.csr" -subj /CN=blihops-lab-client 2>/dev/null
    printf 'extendedKeyUsage=clientAuth\n' >"$d/client.ext"
    openssl x509 -req -in "$d/client.csr" -CA "$d/ca.pem" -CAkey "$d/ca-key.pem" \
      -CAcreateserial -days 30 -extfile "$d/client.ext" -out "$d/client/cert.pem" 2>/dev/null
    cp "$d/ca.pem" "$d/client/ca.pem"
  ) || die "docker: could not make the TLS certificates (is openssl installed?)"
}

docker_prepare() {
  local -a missing=()
  if ! command -v dockerd >/dev/null || ! command -v docker >/dev/null; then
    missing+=(docker.io)
  fi
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v curl >/dev/null || missing+=(curl)
  command -v openssl >/dev/null || missing+=(openssl)
  if ((${#missing[@]})); then apt_install "${missing[@]}"; fi
}

docker_ping() { # socket
  [[ -S $1 ]] || return 1
  [[ $(curl -s --max-time 3 --unix-socket "$1" http://localhost/_ping 2>/dev/null) == OK ]]
}

# The dockerd this script started, if alive: our pid file first, then dockerd's own; each
# checked against the command line.
docker_own_pid() {
  local f pid
  for f in "$DOCKER_PIDFILE" "$DOCKER_DIR/dockerd.pid"; do
    pid=$(pid_read "$f")
    if [[ -n $pid ]] && pid_matches "$pid" "$DOCKER_OWN_SOCK"; then
      printf '%s' "$pid"
      return 0
    fi
  done
}

# The engine the lab talks to: its own dockerd, else a system one on /var/run/docker.sock.
docker_resolve() {
  DOCKER_SOCK=''
  if [[ -n $(docker_own_pid) ]]; then
    DOCKER_SOCK=$DOCKER_OWN_SOCK
  elif docker_ping "$DOCKER_SYSTEM_SOCK"; then
    DOCKER_SOCK=$DOCKER_SYSTEM_SOCK
  fi
  [[ -n $DOCKER_SOCK ]]
}
docker_running() { docker_resolve && docker_ping "$DOCKER_SOCK"; }

dk() { docker --host "unix://$DOCKER_SOCK" "$@"; }

docker_fail() { # message
  if [[ -s $DOCKER_LOG ]]; then
    msg "last 30 lines of $DOCKER_LOG:"
    tail -n 30 "$DOCKER_LOG" >&2
  fi
  die "$1"
}

# What a crashed lab dockerd leaves: its containerd and the container shims with their
# containers (still on the stack ports), and their mounts. Called with dockerd stopped.
docker_kill_leftovers() {
  local pid p
  local -a left
  mapfile -t left < <(pids_matching "$DOCKER_EXEC/")
  for pid in "${left[@]}"; do
    msg "docker: killing leftover $(cat "/proc/$pid/comm" 2>/dev/null) (pid $pid) and its children"
    for p in $(pid_tree "$pid"); do kill -KILL "$p" 2>/dev/null || true; done
  done
  for pid in "${left[@]}"; do pid_wait_reaped "$pid"; done
  umount_under "$DOCKER_DIR"
  # Only when no dockerd (another lab's, sharing the cache) works in the data root.
  if [[ -z $(pids_matching "--data-root $DOCKER_DATA ") ]]; then umount_under "$DOCKER_DATA"; fi
}

docker_start() {
  ((EUID == 0)) ||
    die "docker: no dockerd answers on $DOCKER_SYSTEM_SOCK, and starting one needs root"
  ((${#DOCKER_OWN_SOCK} < 100)) || die "docker: socket path $DOCKER_OWN_SOCK is too long"
  local other
  other=$(pids_matching "--data-root $DOCKER_DATA " | head -n 1)
  [[ -z $other ]] || die "docker: data root $DOCKER_DATA is in use by pid $other (another lab?)"
  docker_kill_leftovers
  rm -rf -- "$DOCKER_DIR" "$DOCKER_PIDFILE"
  mkdir -p "$DOCKER_EXEC" "$DOCKER_DATA"
  chmod 0711 "$DOCKER_DATA"
  # An empty config file: the host's /etc/docker/daemon.json is for the system dockerd.
  printf '{}\n' >"$DOCKER_DIR/daemon.json"
  ! port_open 127.0.0.1 "$DOCKER_TLS_PORT" ||
    die "docker: port 127.0.0.1:$DOCKER_TLS_PORT is already in use by something else (set BLIHOPS_LAB_DOCKER_TLS_PORT)"
  docker_tls_make
  msg "docker: starting dockerd on $DOCKER_OWN_SOCK and tcp://127.0.0.1:$DOCKER_TLS_PORT (TLS; data root $DOCKER_DATA)"
  spawn_detached "$DOCKER_LOG" dockerd --config-file "$DOCKER_DIR/daemon.json" \
    --host "unix://$DOCKER_OWN_SOCK" --host "tcp://127.0.0.1:$DOCKER_TLS_PORT" \
    --tlsverify --tlscacert "$DOCKER_TLS/ca.pem" --tlscert "$DOCKER_TLS/server-cert.pem" \
    --tlskey "$DOCKER_TLS/server-key.pem" --data-root "$DOCKER_DATA" --exec-root "$DOCKER_EXEC" \
    --pidfile "$DOCKER_DIR/dockerd.pid" "${DOCKERD_FLAGS[@]}"
  local spawned=$! pid='' deadline=$((SECONDS + READY_TIMEOUT))
  until docker_ping "$DOCKER_OWN_SOCK"; do
    # The spawned pid is a subshell that becomes dockerd by exec; gone or a zombie: exited.
    if [[ $(awk '{ print $3 }' "/proc/$spawned/stat" 2>/dev/null || echo Z) == Z ]]; then
      docker_fail "docker: dockerd exited"
    fi
    ((SECONDS < deadline)) ||
      docker_fail "docker: no answer on $DOCKER_OWN_SOCK after ${READY_TIMEOUT}s"
    sleep 0.2
  done
  pid=$(pid_read "$DOCKER_DIR/dockerd.pid")
  pid_matches "$pid" "$DOCKER_OWN_SOCK" || docker_fail "docker: dockerd wrote no usable pid file"
  pid_write "$DOCKER_PIDFILE" "$pid"
  DOCKER_SOCK=$DOCKER_OWN_SOCK
  msg "docker: ready on $DOCKER_OWN_SOCK (pid $pid)"
}

docker_up() {
  docker_prepare
  local pid
  pid=$(docker_own_pid)
  if [[ -n $pid ]]; then
    DOCKER_SOCK=$DOCKER_OWN_SOCK
    local deadline=$((SECONDS + READY_TIMEOUT))
    until docker_ping "$DOCKER_SOCK"; do
      ((SECONDS < deadline)) || docker_fail "docker: lab dockerd (pid $pid) does not answer"
      sleep 0.2
    done
    msg "docker: reusing the lab dockerd on $DOCKER_SOCK (pid $pid)"
  elif docker_ping "$DOCKER_SYSTEM_SOCK"; then
    DOCKER_SOCK=$DOCKER_SYSTEM_SOCK
    mkdir -p "$DOCKER_DIR"
    : >"$DOCKER_REUSED"
    msg "docker: reusing the system dockerd on $DOCKER_SOCK (lab.sh never stops it)"
  else
    docker_start
  fi
}

docker_down() {
  local pid
  pid=$(docker_own_pid)
  if [[ -n $pid ]]; then
    msg "docker: stopping the lab dockerd (pid $pid)"
    pid_kill "$pid" "$DOCKER_OWN_SOCK" "$DOCKER_STOP_TIMEOUT" ||
      die "docker: could not stop pid $pid"
    pid_wait_reaped "$pid"
  elif [[ -e $DOCKER_REUSED ]]; then
    msg "docker: leaving the system dockerd running"
  fi
  if [[ ! -e $DOCKER_REUSED ]]; then docker_kill_leftovers; fi
  rm -rf -- "$DOCKER_DIR" "$DOCKER_PIDFILE"
}

docker_status() {
  local pid
  pid=$(docker_own_pid)
  if [[ -n $pid ]] && docker_ping "$DOCKER_OWN_SOCK"; then
    printf 'docker: running socket %s pid %s (lab dockerd)\n' "$DOCKER_OWN_SOCK" "$pid"
  elif docker_ping "$DOCKER_SYSTEM_SOCK"; then
    printf 'docker: running socket %s (system dockerd)\n' "$DOCKER_SYSTEM_SOCK"
  else
    printf 'docker: stopped\n'
  fi
}

docker_env() {
  printf 'export %s=%q\n' \
    BLIHOPS_TEST_DOCKER_HOST "unix://$DOCKER_SOCK" \
    BLIHOPS_TEST_DOCKER_SOCKET "$DOCKER_SOCK"
  # Only the lab's own dockerd listens with TLS; a reused system one does not.
  if [[ $DOCKER_SOCK == "$DOCKER_OWN_SOCK" && -s $DOCKER_TLS/client/cert.pem ]]; then
    printf 'export %s=%q\n' \
      BLIHOPS_TEST_DOCKER_TLS_HOST "tcp://127.0.0.1:$DOCKER_TLS_PORT" \
      BLIHOPS_TEST_DOCKER_CERT_PATH "$DOCKER_TLS/client"
  fi
}

# ---------------------------------------------------------------------------
# Lab image
# ---------------------------------------------------------------------------

# The recipe: Debian minbase of the machine's own suite plus these packages, then
# image_customize. Bump IMAGE_RECIPE_VERSION whenever image_customize changes: the tag is a
# hash of all of it, so a new recipe gets a new image and an old cache is never reused.
IMAGE_RECIPE_VERSION=2
IMAGE_VARIANT=minbase
IMAGE_PACKAGES=postgresql,redis-server,busybox
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

# ---------------------------------------------------------------------------
# Compose stacks
# ---------------------------------------------------------------------------

STACKS=(dev staging)
STACK_SERVICES=(postgres redis api bot)
STACKS_DIR=$STATE/stacks
STACKS_TIMEOUT=120
STACK_PG_USER=blihops
declare -A STACK_PG_PORT=([dev]=56432 [staging]=56433)
declare -A STACK_PG_DB=([dev]=blihops_db [staging]=blihops_staging_db)
declare -A STACK_REDIS_PORT=([dev]=56379 [staging]=56380)
declare -A STACK_HTTP_PORT=([dev]=58080 [staging]=58081)

stack_project() { printf 'blihops-lab-%s' "$1"; }
stack_file() { printf '%s/stacks/lab-%s.yml' "$LAB_SRC" "$1"; }
stack_env_file() { printf '%s/%s.env' "$STACKS_DIR" "$1"; }
stack_log() { printf '%s/%s-compose.log' "$STACKS_DIR" "$1"; }
stack_var() { printf 'BLIHOPS_LAB_%s' "${1^^}"; } # dev -> BLIHOPS_LAB_DEV

# docker-compose (v1) for one stack, against the lab engine, with the variables the
# compose file interpolates. Without an env file yet (e.g. `down` after a lost state dir)
# an empty one stands in, so the file still loads (compose rejects /dev/null).
stack_compose() { # stack args...
  local s=$1 envfile
  shift
  envfile=$(stack_env_file "$s")
  if [[ ! -e $envfile ]]; then
    envfile=$STACKS_DIR/none.env
    mkdir -p "$STACKS_DIR"
    : >"$envfile"
  fi
  env -u COMPOSE_FILE -u COMPOSE_PROJECT_NAME -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY \
    -u DOCKER_CERT_PATH DOCKER_HOST="unix://$DOCKER_SOCK" BLIHOPS_LAB_IMAGE="$IMAGE_NAME" \
    "$(stack_var "$s")_ENV_FILE=$envfile" \
    docker-compose --ansi never -p "$(stack_project "$s")" -f "$(stack_file "$s")" "$@"
}

# Ids of a stack's containers (any state); extra docker ps args narrow it down.
stack_ids() { # stack [docker ps args...]
  local s=$1
  shift
  dk ps -aq --filter "label=com.docker.compose.project=$(stack_project "$s")" "$@"
}

stacks_fail() { # message
  local s
  for s in "${STACKS[@]}"; do
    msg "$(stack_project "$s"): docker-compose ps"
    stack_compose "$s" ps >&2 2>&1 || true
    msg "$(stack_project "$s"): last log lines"
    stack_compose "$s" logs --no-color --tail=20 >&2 2>&1 || true
  done
  die "$1"
}

# The env file with the stack's PostgreSQL password (0600, never printed).
stack_write_env_file() { # stack
  local f
  f=$(stack_env_file "$1")
  (
    umask 077
    printf '# written by tests/lab/lab.sh; secret, do not print\nPOSTGRES_PASSWORD=%s\n' \
      "$(gen_password)" >"$f.tmp"
  )
  chmod 0600 "$f.tmp"
  mv -f "$f.tmp" "$f"
}

# Before starting anything: a stack with no running container needs its ports free.
stack_check_ports() { # stack
  local s=$1 p
  [[ -z $(stack_ids "$s" --filter status=running) ]] || return 0
  for p in "${STACK_PG_PORT[$s]}" "${STACK_REDIS_PORT[$s]}" "${STACK_HTTP_PORT[$s]}"; do
    if port_open 127.0.0.1 "$p"; then
      die "stacks: $s: port 127.0.0.1:$p is already in use by something else"
    fi
  done
}

stack_up() { # stack
  local s=$1
  if [[ ! -s $(stack_env_file "$s") ]]; then
    # A new password: containers or volumes left from an earlier run (an engine killed
    # with them, a lost state dir) hold a database with another one, so drop them first.
    if [[ -n $(stack_ids "$s") ]]; then
      msg "stacks: $s: removing containers left from an earlier run"
    fi
    stack_compose "$s" down -v --remove-orphans >>"$(stack_log "$s")" 2>&1 || true
    stack_write_env_file "$s"
  fi
  if ! stack_compose "$s" up -d --remove-orphans >>"$(stack_log "$s")" 2>&1; then
    tail -n 20 "$(stack_log "$s")" >&2
    die "stacks: $s: docker-compose up failed"
  fi
}

# Wait until every service of both stacks runs and each healthcheck says healthy.
stacks_wait() {
  local deadline=$((SECONDS + STACKS_TIMEOUT)) want=$((${#STACKS[@]} * ${#STACK_SERVICES[@]}))
  local s name state health pending
  local fmt='{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}'
  fmt+='{{else}}none{{end}}'
  local -a ids
  while :; do
    ids=()
    for s in "${STACKS[@]}"; do
      mapfile -t -O "${#ids[@]}" ids < <(stack_ids "$s")
    done
    pending=''
    if ((${#ids[@]} != want)); then
      pending="${#ids[@]} of $want containers"
    else
      while read -r name state health; do
        [[ $health == unhealthy ]] && stacks_fail "stacks: ${name#/} is unhealthy"
        if [[ $state != running || ($health != healthy && $health != none) ]]; then
          pending+=" ${name#/}=$state/$health"
        fi
      done < <(dk inspect -f "$fmt" "${ids[@]}")
    fi
    [[ -n $pending ]] || return 0
    ((SECONDS < deadline)) || stacks_fail "stacks: not healthy after ${STACKS_TIMEOUT}s:$pending"
    sleep 1
  done
}

# End to end: the generated password opens the stack's database over TCP.
stack_check_login() { # stack
  local s=$1 pw
  command -v psql >/dev/null || return 0
  pw=$(sed -n 's/^POSTGRES_PASSWORD=//p' "$(stack_env_file "$s")")
  if ! env -u PGPASSFILE -u PGSERVICE PGPASSWORD="$pw" PGCONNECT_TIMEOUT=10 psql -X -w -q \
    -h 127.0.0.1 -p "${STACK_PG_PORT[$s]}" -U "$STACK_PG_USER" -d "${STACK_PG_DB[$s]}" \
    -tAc 'SELECT 1' >/dev/null 2>>"$(stack_log "$s")"; then
    tail -n 5 "$(stack_log "$s")" >&2
    stacks_fail "stacks: $s: cannot log in to ${STACK_PG_DB[$s]} on port ${STACK_PG_PORT[$s]}"
  fi
}

stacks_up() {
  docker_resolve || die "stacks: docker is not running (lab.sh up docker)"
  image_resolve
  image_present || die "stacks: image $IMAGE_NAME is missing (lab.sh up image)"
  command -v docker-compose >/dev/null || docker_prepare
  mkdir -p "$STACKS_DIR"
  chmod 0700 "$STACKS_DIR"
  local s
  if stacks_running; then
    msg "stacks: reusing ${STACKS[*]} (all containers running)"
  fi
  for s in "${STACKS[@]}"; do stack_check_ports "$s"; done
  # Both stacks at once: each docker-compose run takes seconds of mostly waiting.
  local -A job=()
  local failed=''
  for s in "${STACKS[@]}"; do
    stack_up "$s" &
    job[$s]=$!
  done
  for s in "${STACKS[@]}"; do wait "${job[$s]}" || failed+=" $s"; done
  [[ -z $failed ]] || stacks_fail "stacks: could not start:$failed"
  stacks_wait
  for s in "${STACKS[@]}"; do stack_check_login "$s"; done
  msg "stacks: healthy, ports (pg/redis/http) $(stacks_ports)"
}

stacks_down() {
  local i s
  if docker_running; then
    image_resolve
    mkdir -p "$STACKS_DIR"
    for ((i = ${#STACKS[@]} - 1; i >= 0; i--)); do
      s=${STACKS[i]}
      if [[ -n $(stack_ids "$s") ]]; then msg "stacks: $s: docker-compose down -v"; fi
      # Also when no container is left: it removes the project's volumes.
      stack_compose "$s" down -v --remove-orphans --timeout 10 >>"$(stack_log "$s")" 2>&1 ||
        stacks_fail "stacks: $s: docker-compose down failed"
    done
  elif [[ -d $STACKS_DIR ]]; then
    msg "stacks: docker is not running; nothing to take down"
  fi
  rm -rf -- "$STACKS_DIR"
}

# Running: every service of both stacks has a running container.
stacks_running() {
  docker_running || return 1
  local s n=0 want=$((${#STACKS[@]} * ${#STACK_SERVICES[@]}))
  for s in "${STACKS[@]}"; do
    n=$((n + $(stack_ids "$s" --filter status=running | wc -l)))
  done
  ((n == want))
}

stacks_ports() { # -> "dev 56432/56379/58080 staging ..."
  local s out=''
  for s in "${STACKS[@]}"; do
    out+="${out:+ }$s ${STACK_PG_PORT[$s]}/${STACK_REDIS_PORT[$s]}/${STACK_HTTP_PORT[$s]}"
  done
  printf '%s' "$out"
}

stacks_status() {
  if stacks_running; then
    printf 'stacks: running ports (pg/redis/http) %s\n' "$(stacks_ports)"
  else
    printf 'stacks: stopped ports (pg/redis/http) %s\n' "$(stacks_ports)"
  fi
}

stacks_env() {
  local s v
  for s in "${STACKS[@]}"; do
    v=$(stack_var "$s")
    printf 'export %s=%q\n' \
      "${v}_COMPOSE" "$(stack_file "$s")" \
      "${v}_PROJECT" "$(stack_project "$s")" \
      "${v}_ENV_FILE" "$(stack_env_file "$s")" \
      "${v}_PG_PORT" "${STACK_PG_PORT[$s]}" \
      "${v}_PG_DB" "${STACK_PG_DB[$s]}" \
      "${v}_PG_USER" "$STACK_PG_USER" \
      "${v}_REDIS_PORT" "${STACK_REDIS_PORT[$s]}" \
      "${v}_HTTP_PORT" "${STACK_HTTP_PORT[$s]}"
  done
}

# ---------------------------------------------------------------------------
# OpenSSH sshd
# ---------------------------------------------------------------------------

SSH_PORT=${BLIHOPS_LAB_SSH_PORT:-52222}
SSH_HOST=127.0.0.1
SSH_DIR=$STATE/ssh
SSH_CONFIG=$SSH_DIR/sshd_config
SSH_HOSTKEY=$SSH_DIR/ssh_host_ed25519_key
SSH_CLIENTKEY=$SSH_DIR/id_ed25519
SSH_AUTHKEYS=$SSH_DIR/authorized_keys
SSH_PIDFILE=$SSH_DIR/sshd.pid
SSH_LOG=$SSH_DIR/sshd.log
SSHD=/usr/sbin/sshd
SSH_USER=$(id -un)

[[ $SSH_PORT =~ ^[0-9]+$ ]] || die "BLIHOPS_LAB_SSH_PORT must be a number"

# Pids of every process running the sshd binary.
sshd_pids() {
  local d
  for d in /proc/[0-9]*; do
    if [[ $(readlink "$d/exe" 2>/dev/null) == "$SSHD" ]]; then printf '%s\n' "${d#/proc/}"; fi
  done
}

# Installing openssh-server starts the system sshd on port 22 (invoke-rc.d or systemd).
# It cannot have run before (there was no binary), so stop what the install started.
ssh_install() {
  local p
  local -A before=()
  for p in $(sshd_pids); do before[$p]=1; done
  apt_install openssh-server
  if [[ -d /run/systemd/system ]]; then
    systemctl stop ssh.socket ssh.service >/dev/null 2>&1 || true
  fi
  for p in $(sshd_pids); do
    [[ -z ${before[$p]:-} ]] || continue
    pid_matches "$p" "$SSH_CONFIG" && continue
    msg "ssh: stopping the system sshd (pid $p) that installing openssh-server started"
    pid_kill "$p" sshd || die "ssh: could not stop pid $p"
  done
}

ssh_prepare() {
  [[ -x $SSHD ]] || ssh_install
  if ! command -v ssh-keygen >/dev/null || ! command -v ssh >/dev/null; then
    apt_install openssh-client
  fi
}

ssh_pid() {
  local pid
  pid=$(pid_read "$SSH_PIDFILE")
  if [[ -n $pid ]] && pid_matches "$pid" "$SSH_CONFIG"; then printf '%s' "$pid"; fi
  return 0
}
ssh_running() { [[ -n $(ssh_pid) ]]; }
# lab.env keeps the ssh variables while the keys exist, also after `stop ssh`.
ssh_has_env() { [[ -s $SSH_HOSTKEY.pub && -s $SSH_CLIENTKEY ]]; }

ssh_fingerprint() { ssh-keygen -lf "$SSH_HOSTKEY.pub" | awk '{ print $2 }'; }

ssh_new_hostkey() {
  mkdir -p "$SSH_DIR"
  chmod 0700 "$SSH_DIR"
  rm -f -- "$SSH_DIR/new_host_key" "$SSH_DIR/new_host_key.pub"
  ssh-keygen -q -t ed25519 -N '' -C blihops-lab-host -f "$SSH_DIR/new_host_key" </dev/null
  mv -f "$SSH_DIR/new_host_key.pub" "$SSH_HOSTKEY.pub"
  mv -f "$SSH_DIR/new_host_key" "$SSH_HOSTKEY"
}

# Host key and client key pair, generated once per state dir (kept by `stop`).
ssh_keys() {
  mkdir -p "$SSH_DIR"
  chmod 0700 "$SSH_DIR"
  [[ -s $SSH_HOSTKEY && -s $SSH_HOSTKEY.pub ]] || ssh_new_hostkey
  if [[ ! -s $SSH_CLIENTKEY || ! -s $SSH_CLIENTKEY.pub ]]; then
    rm -f -- "$SSH_CLIENTKEY" "$SSH_CLIENTKEY.pub"
    ssh-keygen -q -t ed25519 -N '' -C blihops-lab-client -f "$SSH_CLIENTKEY" </dev/null
  fi
  chmod 0600 "$SSH_CLIENTKEY"
  cp -f "$SSH_CLIENTKEY.pub" "$SSH_AUTHKEYS"
  chmod 0600 "$SSH_AUTHKEYS"
}

# Rewritten at each start so port/paths follow the current environment.
ssh_write_config() {
  cat >"$SSH_CONFIG" <<EOF
# written by tests/lab/lab.sh at each start
Port $SSH_PORT
ListenAddress $SSH_HOST
AddressFamily inet
HostKey "$SSH_HOSTKEY"
PidFile "$SSH_PIDFILE"
AuthorizedKeysFile "$SSH_AUTHKEYS"
AllowUsers $SSH_USER
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
# No PAM session stack in a sandbox; key auth needs none.
UsePAM no
# The state dir lives under /tmp (world-writable), which StrictModes rejects.
StrictModes no
# The app forwards the remote docker socket over its ControlMaster connection.
AllowTcpForwarding yes
AllowStreamLocalForwarding yes
StreamLocalBindUnlink yes
X11Forwarding no
PermitTunnel no
MaxSessions 64
MaxStartups 64:30:128
UseDNS no
PrintMotd no
PrintLastLog no
LogLevel VERBOSE
Subsystem sftp internal-sftp
EOF
}

ssh_fail() { # message
  if [[ -s $SSH_LOG ]]; then
    msg "last 30 lines of $SSH_LOG:"
    tail -n 30 "$SSH_LOG" >&2
  fi
  die "$1"
}

# One real login with the lab client key (host key not recorded anywhere).
ssh_check_login() {
  ssh -F /dev/null -i "$SSH_CLIENTKEY" -p "$SSH_PORT" -o BatchMode=yes -o IdentitiesOnly=yes \
    -o IdentityAgent=none -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    -o GlobalKnownHostsFile=/dev/null -o LogLevel=ERROR -o ConnectTimeout=10 \
    "$SSH_USER@$SSH_HOST" true </dev/null >/dev/null 2>>"$SSH_LOG"
}

# Stop sshd and every session it serves (children first), as if the host went away.
ssh_kill() { # listener pid
  local p
  for p in $(pid_tree "$1"); do
    [[ $p == "$1" ]] || kill -TERM "$p" 2>/dev/null || true
  done
  pid_kill "$1" "$SSH_CONFIG" || die "ssh: could not stop pid $1"
  pid_wait_reaped "$1"
  rm -f -- "$SSH_PIDFILE"
}

ssh_up() {
  ssh_prepare
  ssh_keys
  local pid
  pid=$(ssh_pid)
  if [[ -n $pid ]]; then
    local port
    port=$(awk '$1 == "Port" { print $2 }' "$SSH_CONFIG" 2>/dev/null)
    if [[ $port != "$SSH_PORT" ]]; then
      die "ssh: already running on port $port, not $SSH_PORT; run 'lab.sh down ssh' first"
    fi
    ssh_check_login || ssh_fail "ssh: sshd (pid $pid) runs but the lab key cannot log in"
    msg "ssh: reusing sshd on $SSH_HOST:$SSH_PORT (pid $pid)"
    return 0
  fi
  if port_open "$SSH_HOST" "$SSH_PORT"; then
    die "ssh: port $SSH_HOST:$SSH_PORT is already in use by something else" \
      "(set BLIHOPS_LAB_SSH_PORT)"
  fi
  ssh_write_config
  # sshd's privilege separation dir, normally made by the package's service unit.
  if [[ ! -d /run/sshd ]] && ((EUID == 0)); then install -d -m 0755 /run/sshd; fi
  "$SSHD" -t -f "$SSH_CONFIG" >"$SSH_DIR/sshd-t.log" 2>&1 || {
    cat "$SSH_DIR/sshd-t.log" >&2
    die "ssh: sshd rejects $SSH_CONFIG"
  }
  rm -f -- "$SSH_PIDFILE"
  msg "ssh: starting sshd on $SSH_HOST:$SSH_PORT"
  # sshd forks into the background itself; -E logs to a file instead of syslog.
  (
    close_fds
    cd /
    exec "$SSHD" -f "$SSH_CONFIG" -E "$SSH_LOG" </dev/null >"$SSH_DIR/sshd-start.log" 2>&1
  ) || {
    cat "$SSH_DIR/sshd-start.log" >&2
    ssh_fail "ssh: sshd did not start"
  }
  local deadline=$((SECONDS + READY_TIMEOUT))
  until [[ -n $(ssh_pid) ]] && port_open "$SSH_HOST" "$SSH_PORT"; do
    ((SECONDS < deadline)) || ssh_fail "ssh: sshd not listening after ${READY_TIMEOUT}s"
    sleep 0.1
  done
  ssh_check_login || ssh_fail "ssh: the lab key cannot log in as $SSH_USER"
  msg "ssh: ready on $SSH_HOST:$SSH_PORT as $SSH_USER, host key $(ssh_fingerprint)"
}

# `lab.sh stop ssh`: the daemon goes, keys and config stay.
ssh_stop() {
  local pid
  pid=$(ssh_pid)
  if [[ -z $pid ]]; then
    msg "ssh: not running"
    return 0
  fi
  msg "ssh: stopping sshd (pid $pid) and its sessions; keys stay in $SSH_DIR"
  ssh_kill "$pid"
}

# `lab.sh rekey ssh`: a new host key, as after a reinstall of the host.
ssh_rekey() {
  ssh_prepare
  local pid
  pid=$(ssh_pid)
  if [[ -n $pid ]]; then ssh_kill "$pid"; fi
  ssh_new_hostkey
  ssh_up
}

ssh_down() {
  local pid
  pid=$(ssh_pid)
  if [[ -n $pid ]]; then
    msg "ssh: stopping sshd (pid $pid)"
    ssh_kill "$pid"
  fi
  rm -rf -- "$SSH_DIR"
}

ssh_status() {
  local pid
  pid=$(ssh_pid)
  if [[ -n $pid ]]; then
    printf 'ssh: running port %s pid %s\n' "$SSH_PORT" "$pid"
  elif ssh_has_env; then
    printf 'ssh: stopped port %s (keys kept)\n' "$SSH_PORT"
  else
    printf 'ssh: stopped port %s\n' "$SSH_PORT"
  fi
}

ssh_env() {
  printf 'export %s=%q\n' \
    BLIHOPS_TEST_SSH_HOST "$SSH_HOST" \
    BLIHOPS_TEST_SSH_PORT "$SSH_PORT" \
    BLIHOPS_TEST_SSH_USER "$SSH_USER" \
    BLIHOPS_TEST_SSH_IDENTITY "$SSH_CLIENTKEY" \
    BLIHOPS_TEST_SSH_HOST_FINGERPRINT "$(ssh_fingerprint)"
}

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
