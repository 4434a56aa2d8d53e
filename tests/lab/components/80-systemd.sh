# shellcheck shell=bash disable=SC2153 # STATE and the other settings come from lab.sh
# Lab component: a host that runs systemd, so that a backup job installed as a systemd timer
# really fires. The lab image booted with systemd as PID 1 in a container of the lab engine,
# sharing the machine's network, with its own sshd (the ssh component's client key logs in as
# root and as an ordinary login with lingering on) and the lab engine's socket and docker CLI
# bound in, as on a Docker host. Sourced by lab.sh, which calls systemd_up, systemd_down,
# systemd_status, systemd_env and systemd_running (see lab.sh for the contract).
lab_component systemd docker image ssh

SYSTEMD_CONTAINER=blihops-lab-systemd
SYSTEMD_PORT=${BLIHOPS_LAB_SYSTEMD_SSH_PORT:-52223}
SYSTEMD_HOST=127.0.0.1
SYSTEMD_USER=lab
SYSTEMD_DIR=$STATE/systemd
SYSTEMD_HOSTKEY=$SYSTEMD_DIR/ssh_host_ed25519_key
# Inside the container: the folder SYSTEMD_DIR is bound to.
SYSTEMD_SSH_DIR=/etc/ssh/blihops-lab

[[ $SYSTEMD_PORT =~ ^[0-9]+$ ]] || die "BLIHOPS_LAB_SYSTEMD_SSH_PORT must be a number"

systemd_exec() { dk exec "$SYSTEMD_CONTAINER" "$@"; }

systemd_login() { # user
  ssh -F /dev/null -i "$SSH_CLIENTKEY" -p "$SYSTEMD_PORT" -o BatchMode=yes -o IdentitiesOnly=yes \
    -o IdentityAgent=none -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    -o GlobalKnownHostsFile=/dev/null -o LogLevel=ERROR -o ConnectTimeout=10 \
    "$1@$SYSTEMD_HOST" true </dev/null >/dev/null 2>&1
}

systemd_running() {
  docker_running || return 1
  [[ $(dk inspect -f '{{.State.Running}}' "$SYSTEMD_CONTAINER" 2>/dev/null) == true ]]
}

# The capabilities this machine's root lacks: docker would fail to hand them to the container
# (a VM's root may lack CAP_SYS_RESOURCE, which rules out --privileged).
systemd_missing_caps() {
  local bounding
  bounding=$(awk '$1 == "CapBnd:" { print $2 }' /proc/self/status)
  command -v capsh >/dev/null || apt_install libcap2-bin
  capsh --decode="$(printf '%x' $((~0x$bounding & 0x1ffffffffff)))" | sed 's/.*=//; s/,/ /g'
}

# The sshd settings of the host: its own key and port, keys from the lab's client only.
systemd_write_ssh() {
  mkdir -p "$SYSTEMD_DIR"
  chmod 0755 "$SYSTEMD_DIR"
  if [[ ! -s $SYSTEMD_HOSTKEY ]]; then
    rm -f -- "$SYSTEMD_HOSTKEY" "$SYSTEMD_HOSTKEY.pub"
    ssh-keygen -q -t ed25519 -N '' -C blihops-lab-systemd -f "$SYSTEMD_HOSTKEY" </dev/null
  fi
  # Read by sshd as the login, which must be able to read it.
  install -m 0644 -- "$SSH_CLIENTKEY.pub" "$SYSTEMD_DIR/authorized_keys"
  cat >"$SYSTEMD_DIR/sshd.conf" <<EOF
# written by tests/lab/lab.sh at each start
Port $SYSTEMD_PORT
ListenAddress $SYSTEMD_HOST
HostKey $SYSTEMD_SSH_DIR/ssh_host_ed25519_key
AuthorizedKeysFile $SYSTEMD_SSH_DIR/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AllowStreamLocalForwarding yes
StreamLocalBindUnlink yes
MaxSessions 64
MaxStartups 64:30:128
UseDNS no
EOF
}

# The ordinary login: in the group of the engine's socket, lingering (its user manager runs
# without a session, as `loginctl enable-linger` makes it on a real host).
systemd_add_user() {
  local gid
  gid=$(stat -c %g "$DOCKER_SOCK")
  # shellcheck disable=SC2016 # expanded by the container's shell, from its arguments
  systemd_exec sh -c '
    set -e
    group=$(getent group "$1" | cut -d: -f1)
    if [ -z "$group" ]; then group=docker-socket; groupadd -g "$1" "$group"; fi
    id -u "$2" >/dev/null 2>&1 || useradd -m -s /bin/sh -G "$group" "$2"
    loginctl enable-linger "$2"' sh "$gid" "$SYSTEMD_USER" ||
    die "systemd: could not add the login $SYSTEMD_USER"
}

systemd_up() {
  docker_resolve || die "systemd: docker is not running (lab.sh up docker)"
  image_resolve
  image_present || die "systemd: image $IMAGE_NAME is missing (lab.sh up image)"
  [[ -s $SSH_CLIENTKEY.pub ]] || die "systemd: the lab's client key is missing (lab.sh up ssh)"
  systemd_write_ssh
  if systemd_running && systemd_login root && systemd_login "$SYSTEMD_USER"; then
    msg "systemd: reusing $SYSTEMD_CONTAINER on $SYSTEMD_HOST:$SYSTEMD_PORT"
    return 0
  fi
  if port_open "$SYSTEMD_HOST" "$SYSTEMD_PORT" && ! systemd_running; then
    die "systemd: port $SYSTEMD_HOST:$SYSTEMD_PORT is already in use by something else" \
      "(set BLIHOPS_LAB_SYSTEMD_SSH_PORT)"
  fi
  dk rm -f "$SYSTEMD_CONTAINER" >/dev/null 2>&1 || true
  local docker_cli caps=() cap
  docker_cli=$(command -v docker)
  for cap in $(systemd_missing_caps); do caps+=(--cap-drop "$cap"); done
  msg "systemd: booting $IMAGE_NAME with systemd as PID 1 ($SYSTEMD_CONTAINER)"
  dk run -d --name "$SYSTEMD_CONTAINER" --hostname blihops-systemd-host --network host \
    --cap-add ALL "${caps[@]}" --security-opt seccomp=unconfined \
    --env container=docker --stop-signal SIGRTMIN+3 \
    --tmpfs /run --tmpfs /run/lock --tmpfs /tmp \
    --volume /sys/fs/cgroup:/sys/fs/cgroup:rw \
    --volume "$DOCKER_SOCK:$DOCKER_SOCK" --volume "$docker_cli:/usr/bin/docker:ro" \
    --volume "$SYSTEMD_DIR:$SYSTEMD_SSH_DIR:ro" \
    --volume "$SYSTEMD_DIR/sshd.conf:/etc/ssh/sshd_config.d/blihops-lab.conf:ro" \
    "$IMAGE_NAME" /lib/systemd/systemd >/dev/null ||
    die "systemd: docker run of $SYSTEMD_CONTAINER failed"
  local state='' deadline=$((SECONDS + READY_TIMEOUT))
  # running, or degraded (a unit that has no place in a container failed): booted either way.
  # Until systemd's own socket is up, systemctl says nothing.
  until [[ $state == running || $state == degraded ]]; do
    if ((SECONDS >= deadline)); then
      dk logs --tail 30 "$SYSTEMD_CONTAINER" >&2 || true
      die "systemd: $SYSTEMD_CONTAINER did not boot (state '${state:-none}')"
    fi
    sleep 0.2
    state=$(systemd_exec systemctl is-system-running 2>/dev/null) || true
  done
  systemd_add_user
  deadline=$((SECONDS + READY_TIMEOUT))
  until systemd_login root && systemd_login "$SYSTEMD_USER"; do
    if ((SECONDS >= deadline)); then
      systemd_exec journalctl -u ssh --no-pager -n 20 >&2 || true
      die "systemd: the lab key cannot log in to $SYSTEMD_HOST:$SYSTEMD_PORT"
    fi
    sleep 0.2
  done
  msg "systemd: ready on $SYSTEMD_HOST:$SYSTEMD_PORT as root and $SYSTEMD_USER ($state)"
}

systemd_down() {
  if docker_running && dk inspect "$SYSTEMD_CONTAINER" >/dev/null 2>&1; then
    msg "systemd: removing $SYSTEMD_CONTAINER"
    dk rm -f "$SYSTEMD_CONTAINER" >/dev/null || die "systemd: could not remove $SYSTEMD_CONTAINER"
  fi
  rm -rf -- "$SYSTEMD_DIR"
}

systemd_status() {
  if systemd_running; then
    printf 'systemd: running %s on %s:%s\n' "$SYSTEMD_CONTAINER" "$SYSTEMD_HOST" "$SYSTEMD_PORT"
  else
    printf 'systemd: stopped\n'
  fi
}

systemd_env() {
  printf 'export %s=%q\n' \
    BLIHOPS_LAB_SYSTEMD_CONTAINER "$SYSTEMD_CONTAINER" \
    BLIHOPS_LAB_SYSTEMD_SSH_HOST "$SYSTEMD_HOST" \
    BLIHOPS_LAB_SYSTEMD_SSH_PORT "$SYSTEMD_PORT" \
    BLIHOPS_LAB_SYSTEMD_USER "$SYSTEMD_USER" \
    BLIHOPS_LAB_SYSTEMD_HOST_FINGERPRINT \
    "$(ssh-keygen -lf "$SYSTEMD_HOSTKEY.pub" | awk '{ print $2 }')"
}
