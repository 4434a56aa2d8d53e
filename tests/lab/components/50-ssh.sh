# shellcheck shell=bash
# Lab component: OpenSSH sshd. Sourced by lab.sh, which calls ssh_up, ssh_down, ssh_status,
# ssh_env and ssh_running (see lab.sh for the contract).
lab_component ssh

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
