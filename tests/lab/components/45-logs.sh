# shellcheck shell=bash disable=SC2153 # STATE and the other settings come from lab.sh
# Lab component: the logs stack. Sourced by lab.sh, which calls logs_up, logs_down, logs_status,
# logs_env and logs_running (see lab.sh for the contract).
lab_component logs docker image

LOGS_PROJECT=blihops-lab-logs
LOGS_FILE=$LAB_SRC/stacks/lab-logs.yml
LOGS_DIR=$STATE/logs
LOGS_HEALTH_DIR=$LOGS_DIR/health
LOGS_SERVICES=(stream tty longline health)
LOGS_TIMEOUT=60

logs_compose() { # args...
  env -u COMPOSE_FILE -u COMPOSE_PROJECT_NAME -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY \
    -u DOCKER_CERT_PATH DOCKER_HOST="unix://$DOCKER_SOCK" BLIHOPS_LAB_IMAGE="$IMAGE_NAME" \
    BLIHOPS_LAB_LOGS_HEALTH_DIR="$LOGS_HEALTH_DIR" \
    docker-compose --ansi never -p "$LOGS_PROJECT" -f "$LOGS_FILE" "$@"
}

logs_ids() { # [docker ps args...]
  dk ps -aq --filter "label=com.docker.compose.project=$LOGS_PROJECT" "$@"
}

logs_up() {
  docker_resolve || die "logs: docker is not running (lab.sh up docker)"
  image_resolve
  image_present || die "logs: image $IMAGE_NAME is missing (lab.sh up image)"
  command -v docker-compose >/dev/null || docker_prepare
  # The health file's folder is read by a container running as nobody.
  mkdir -p "$LOGS_HEALTH_DIR"
  chmod 0755 "$LOGS_DIR" "$LOGS_HEALTH_DIR"
  if logs_running; then
    msg "logs: reusing $LOGS_PROJECT (all containers running)"
    return 0
  fi
  if ! logs_compose up -d --remove-orphans >>"$LOGS_DIR/compose.log" 2>&1; then
    tail -n 20 "$LOGS_DIR/compose.log" >&2
    die "logs: docker-compose up failed"
  fi
  local deadline=$((SECONDS + LOGS_TIMEOUT))
  until logs_running; do
    if ((SECONDS >= deadline)); then
      logs_compose ps >&2 || true
      die "logs: not all of ${LOGS_SERVICES[*]} running after ${LOGS_TIMEOUT}s"
    fi
    sleep 0.5
  done
}

logs_down() {
  if docker_running; then
    image_resolve
    mkdir -p "$LOGS_HEALTH_DIR"
    if [[ -n $(logs_ids) ]]; then msg "logs: docker-compose down"; fi
    logs_compose down -v --remove-orphans --timeout 5 >>"$LOGS_DIR/compose.log" 2>&1 ||
      die "logs: docker-compose down failed (log: $LOGS_DIR/compose.log)"
  fi
  rm -rf -- "$LOGS_DIR"
}

# Running: every service has a running container.
logs_running() {
  docker_running || return 1
  (($(logs_ids --filter status=running | wc -l) == ${#LOGS_SERVICES[@]}))
}

logs_status() {
  if logs_running; then
    printf 'logs: running %s (%s)\n' "$LOGS_PROJECT" "${LOGS_SERVICES[*]}"
  else
    printf 'logs: stopped %s\n' "$LOGS_PROJECT"
  fi
}

logs_env() {
  printf 'export %s=%q\n' \
    BLIHOPS_LAB_LOGS_COMPOSE "$LOGS_FILE" \
    BLIHOPS_LAB_LOGS_PROJECT "$LOGS_PROJECT" \
    BLIHOPS_LAB_LOGS_HEALTH_DIR "$LOGS_HEALTH_DIR" \
    BLIHOPS_LAB_LOGS_HEALTH_FILE "$LOGS_HEALTH_DIR/fail"
}
