# shellcheck shell=bash disable=SC2153 # STATE and the other settings come from lab.sh
# Helpers shared by the lab components (state dir, pid files, ports, packages, daemons).
# Sourced by lab.sh.

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
    cd "$dir" || exit
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
