# shellcheck shell=bash disable=SC2153 # STATE and the other settings come from lab.sh
# Lab component: the cron daemon, so that a backup schedule installed with `crontab -` really
# fires. Sourced by lab.sh, which calls cron_up, cron_down, cron_status, cron_env and
# cron_running (see lab.sh for the contract).
#
# There is one crontab spool per machine and Debian's cron refuses a second daemon, so a cron
# already running (the system's) is reused and never stopped; otherwise the lab starts its
# own `cron -f` and `down` stops only that one.
lab_component cron

CRON_DIR=$STATE/cron
CRON_PIDFILE=$CRON_DIR/cron.pid
CRON_LOG=$CRON_DIR/cron.log
CRON=/usr/sbin/cron
# Debian's cron writes its pid here, whoever started it.
CRON_SYSTEM_PIDFILE=/var/run/crond.pid

# Pids of every process running the cron binary.
cron_pids() {
  local d
  for d in /proc/[0-9]*; do
    if [[ $(readlink "$d/exe" 2>/dev/null) == "$CRON" ]]; then printf '%s\n' "${d#/proc/}"; fi
  done
}

# The cron the lab started, if it still runs.
cron_own_pid() {
  local pid
  pid=$(pid_read "$CRON_PIDFILE")
  if [[ -n $pid && $(readlink "/proc/$pid/exe" 2>/dev/null) == "$CRON" ]]; then
    printf '%s' "$pid"
  fi
  return 0
}

# Any cron daemon at all (the lab's or the system's): the oldest one.
cron_any_pid() { cron_pids | sort -n | head -n 1; }

cron_running() { [[ -n $(cron_any_pid) ]]; }

# Installing cron may start the system's daemon (invoke-rc.d): stop only what it started.
cron_install() {
  local p
  local -A before=()
  for p in $(cron_pids); do before[$p]=1; done
  apt_install cron
  for p in $(cron_pids); do
    [[ -z ${before[$p]:-} ]] || continue
    msg "cron: stopping the cron (pid $p) that installing it started"
    kill -TERM "$p" 2>/dev/null || true
    pid_wait_reaped "$p"
  done
  rm -f -- "$CRON_SYSTEM_PIDFILE"
}

cron_up() {
  [[ -x $CRON ]] || cron_install
  command -v crontab >/dev/null || die "cron: crontab is missing (package cron)"
  local pid
  pid=$(cron_any_pid)
  if [[ -n $pid ]]; then
    msg "cron: reusing cron (pid $pid)"
    return 0
  fi
  mkdir -p "$CRON_DIR"
  # A pid file left by a cron that is gone would make the new one refuse to start.
  rm -f -- "$CRON_SYSTEM_PIDFILE"
  msg "cron: starting cron"
  # -f: in the foreground (so the pid is ours to stop); -L 15: log every job it starts.
  spawn_detached "$CRON_LOG" "$CRON" -f -L 15
  local spawned=$! deadline=$((SECONDS + READY_TIMEOUT))
  until [[ $(readlink "/proc/$spawned/exe" 2>/dev/null) == "$CRON" ]]; do
    if ! kill -0 "$spawned" 2>/dev/null || ((SECONDS >= deadline)); then
      tail -n 20 "$CRON_LOG" >&2 2>/dev/null || true
      die "cron: did not start"
    fi
    sleep 0.1
  done
  pid_write "$CRON_PIDFILE" "$spawned"
  msg "cron: ready (pid $spawned)"
}

cron_down() {
  local pid
  pid=$(cron_own_pid)
  if [[ -n $pid ]]; then
    msg "cron: stopping cron (pid $pid)"
    pid_kill "$pid" "$CRON" || die "cron: could not stop pid $pid"
    pid_wait_reaped "$pid"
    rm -f -- "$CRON_SYSTEM_PIDFILE"
  fi
  rm -rf -- "$CRON_DIR"
}

cron_status() {
  local pid own
  pid=$(cron_any_pid)
  own=$(cron_own_pid)
  if [[ -n $own ]]; then
    printf 'cron: running pid %s (lab cron)\n' "$own"
  elif [[ -n $pid ]]; then
    printf 'cron: running pid %s (reused)\n' "$pid"
  else
    printf 'cron: stopped\n'
  fi
}

cron_env() {
  printf 'export %s=%q\n' BLIHOPS_TEST_CRON_PID "$(cron_any_pid)"
}
