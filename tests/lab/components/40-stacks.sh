# shellcheck shell=bash disable=SC2153 # STATE and the other settings come from lab.sh
# Lab component: Compose stacks. Sourced by lab.sh, which calls stacks_up, stacks_down, stacks_status,
# stacks_env and stacks_running (see lab.sh for the contract).
lab_component stacks docker image

STACKS=(dev staging)
STACK_SERVICES=(postgres redis api bot)
STACKS_DIR=$STATE/stacks
STACKS_TIMEOUT=120
STACK_PG_USER=blihops
declare -A STACK_PG_PORT=([dev]=56432 [staging]=56433)
declare -A STACK_PG_DB=([dev]=blihops_db [staging]=blihops_staging_db)
declare -A STACK_REDIS_PORT=([dev]=56379 [staging]=56380)
declare -A STACK_HTTP_PORT=([dev]=58080 [staging]=58081)

# The Pagila sample database (../shared/corpus/pagila, read in place, never copied) in the
# development stack's PostgreSQL, as database `pagila`, for backup and restore tests.
STACK_PAGILA_DB=pagila
STACK_PAGILA_DIR=${BLIHOPS_CORPUS_DIR:-$LAB_SRC/../../../shared/corpus}/pagila
STACK_PAGILA_ROWS=16044 # rows of public.rental once loaded

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

# psql in a stack's PostgreSQL container, on its local socket, reading stdin.
stack_psql() { # stack database args...
  local s=$1 db=$2 cid
  shift 2
  cid=$(stack_ids "$s" --filter status=running --filter label=com.docker.compose.service=postgres |
    head -n 1)
  [[ -n $cid ]] || die "stacks: $s: no running postgres container"
  dk exec -i "$cid" psql -X -q -At -U "$STACK_PG_USER" -d "$db" "$@"
}

# Loads Pagila once: into pagila_loading, renamed to pagila only when its rows are all there,
# so that a load that broke off never looks complete. Skipped where the corpus is absent.
stack_load_pagila() { # stack
  local s=$1 main=${STACK_PG_DB[$1]} f rows
  if [[ ! -r $STACK_PAGILA_DIR/pagila-data.sql ]]; then
    msg "stacks: $s: no Pagila corpus at $STACK_PAGILA_DIR; not loading it"
    return 0
  fi
  if [[ $(stack_psql "$s" "$main" -c \
    "SELECT 1 FROM pg_database WHERE datname = '$STACK_PAGILA_DB'" </dev/null) == 1 ]]; then
    return 0
  fi
  msg "stacks: $s: loading Pagila into database $STACK_PAGILA_DB"
  stack_psql "$s" "$main" -c 'DROP DATABASE IF EXISTS pagila_loading' </dev/null \
    >>"$(stack_log "$s")" 2>&1
  stack_psql "$s" "$main" -c 'CREATE DATABASE pagila_loading' </dev/null >/dev/null
  # The dump's ALTER ... OWNER TO postgres fail (the stack's role is blihops): harmless.
  for f in pagila-schema.sql pagila-data.sql; do
    { printf 'SET client_min_messages = error;\n'; cat "$STACK_PAGILA_DIR/$f"; } |
      stack_psql "$s" pagila_loading >>"$(stack_log "$s")" 2>&1 || true
  done
  rows=$(stack_psql "$s" pagila_loading -c 'SELECT count(*) FROM public.rental' </dev/null)
  [[ $rows == "$STACK_PAGILA_ROWS" ]] ||
    die "stacks: $s: Pagila loaded $rows rentals, not $STACK_PAGILA_ROWS (log: $(stack_log "$s"))"
  stack_psql "$s" "$main" -c "ALTER DATABASE pagila_loading RENAME TO $STACK_PAGILA_DB" \
    </dev/null >/dev/null
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
  stack_load_pagila dev
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
  if [[ -r $STACK_PAGILA_DIR/pagila-data.sql ]]; then
    printf 'export %s=%q\n' BLIHOPS_LAB_DEV_PAGILA_DB "$STACK_PAGILA_DB"
  fi
}
