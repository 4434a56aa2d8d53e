# shellcheck shell=bash
# Lab component: Docker Engine. Sourced by lab.sh, which calls docker_up, docker_down, docker_status,
# docker_env and docker_running (see lab.sh for the contract).
lab_component docker

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
# The lab dockerd also listens on TCP with mutual TLS, for tcp:// engine tests. A reused
# system dockerd gets the same, from a socat TLS front on its socket: the TLS tests always run.
DOCKER_TLS_PORT=${BLIHOPS_LAB_DOCKER_TLS_PORT:-52376}
DOCKER_TLS=$DOCKER_DIR/tls
DOCKER_TLS_FRONT_PIDFILE=$PIDS_DIR/docker-tls-front.pid

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
  command -v socat >/dev/null || missing+=(socat)
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
    docker_tls_front
  else
    docker_start
  fi
}

# Mutual TLS in front of a reused system dockerd's socket, as the lab's own dockerd has it.
docker_tls_front() {
  if pid_alive "$DOCKER_TLS_FRONT_PIDFILE" "OPENSSL-LISTEN:$DOCKER_TLS_PORT"; then return 0; fi
  ! port_open 127.0.0.1 "$DOCKER_TLS_PORT" ||
    die "docker: port 127.0.0.1:$DOCKER_TLS_PORT is already in use by something else (set BLIHOPS_LAB_DOCKER_TLS_PORT)"
  docker_tls_make
  spawn_detached "$DOCKER_DIR/tls-front.log" socat \
    "OPENSSL-LISTEN:$DOCKER_TLS_PORT,bind=127.0.0.1,reuseaddr,fork,cert=$DOCKER_TLS/server-cert.pem,key=$DOCKER_TLS/server-key.pem,cafile=$DOCKER_TLS/ca.pem,verify=1" \
    "UNIX-CONNECT:$DOCKER_SYSTEM_SOCK"
  pid_write "$DOCKER_TLS_FRONT_PIDFILE" "$!"
  wait_port 127.0.0.1 "$DOCKER_TLS_PORT" 10 || docker_fail "docker: the TLS front did not listen"
  msg "docker: TLS on tcp://127.0.0.1:$DOCKER_TLS_PORT in front of $DOCKER_SYSTEM_SOCK (socat)"
}

docker_down() {
  local pid
  pid=$(pid_read "$DOCKER_TLS_FRONT_PIDFILE")
  if [[ -n $pid ]] && pid_matches "$pid" "OPENSSL-LISTEN:$DOCKER_TLS_PORT"; then
    pid_kill "$pid" "OPENSSL-LISTEN:$DOCKER_TLS_PORT" 5 || true
  fi
  rm -f -- "$DOCKER_TLS_FRONT_PIDFILE"
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
  # The lab's own dockerd listens with TLS, a reused system one behind the socat front.
  if [[ -s $DOCKER_TLS/client/cert.pem ]]; then
    printf 'export %s=%q\n' \
      BLIHOPS_TEST_DOCKER_TLS_HOST "tcp://127.0.0.1:$DOCKER_TLS_PORT" \
      BLIHOPS_TEST_DOCKER_CERT_PATH "$DOCKER_TLS/client"
  fi
}
