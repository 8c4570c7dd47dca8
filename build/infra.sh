# shellcheck shell=bash
# build/infra.sh - local PostgreSQL + RabbitMQ for ./run.sh and ./test.sh (ARCHITECTURE.md §5).
# Sourced, never executed. Works under the caller's `set -euo pipefail`; runs as root, no Docker.
#
#   infra_up run|test|bench  reuse whatever already answers on our ports, start the rest, export:
#       ConnectionStrings__Marten, RabbitMq__{Host,Port,Username,Password,VirtualHost},
#       SA_POSTGRES_PORT, SA_RABBITMQ_NODENAME, SA_RABBITMQCTL, SA_RABBITMQ_MANAGEMENT_URL (run only)
#   infra_down          stop only what infra_up started; removes the test data dir.
#                       Idempotent, never fails: meant for `trap infra_down EXIT INT TERM`.
#
#   mode  PostgreSQL  AMQP  Erlang dist  management  data
#   run   5442        5682  25682        15682       $REPO/.data/{postgres,rabbitmq} (kept)
#   test  5443        5683  25683        -           mktemp -d /tmp/sa-infra-test.* (removed)
#   bench 5444        5684  25684        -           mktemp -d /tmp/sa-infra-test.* (removed): as test, on ports of its
#                                                    own, so a benchmark never shares its servers with a test run
# Noisy output goes to log files in the data dir; only short "infra: ..." lines reach stderr.

_INFRA_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The real scripts. /usr/sbin/rabbitmq* are Debian wrappers that `su rabbitmq` when run as root,
# which would change HOME (hence the Erlang cookie) and the owner of our data files.
_INFRA_RMQ_BIN=/usr/lib/rabbitmq/bin

_infra_log() { echo "infra: $*" >&2; }
_infra_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
_infra_tail() { local f; for f in "$@"; do [ -f "$f" ] && { echo "--- $f" && tail -n 25 "$f"; } >&2; done; return 0; }

# Newest installed server binaries (Debian: /usr/lib/postgresql/<ver>/bin; /usr/bin only has wrappers).
_infra_pgbin() {
  local d; d="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  if [ -x "$d/pg_ctl" ]; then echo "$d"; else dirname "$(command -v pg_ctl)"; fi
}

# ---------------------------------------------------------------- PostgreSQL
_infra_pg_up() { # mode base port
  local mode=$1 base=$2 port=$3 pgbin dir pw out initdb_opts=()
  pgbin="$(_infra_pgbin)"
  if "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    _infra_log "PostgreSQL already answers on 127.0.0.1:$port - reusing it (will not stop it)"
  else
    dir="$base/postgres"
    # The server runs as `postgres`, which must be able to traverse to its data dir; a repo
    # under a private home (e.g. /root, mode 700) can't host it, so fall back to postgres' home.
    if [ "$mode" = run ] && ! runuser -u postgres -- test -x "$base"; then
      dir="/var/lib/postgresql/sharealliance-run-$(cksum <<<"$_INFRA_REPO" | cut -d' ' -f1)"
      _infra_log "postgres can't reach $base; cluster lives in $dir instead"
    fi
    if [ ! -s "$dir/PG_VERSION" ]; then
      _infra_log "creating PostgreSQL cluster in $dir"
      mkdir -p "$dir" && chown postgres:postgres "$dir" && chmod 700 "$dir"
      pw="$(mktemp)"; echo postgres >"$pw"; chmod 644 "$pw"   # initdb (as postgres) reads it
      # Password auth over TCP (the connection string carries postgres/postgres); trust only
      # on the unix socket, which sits in the 0700 data dir. --no-sync: a test cluster is disposable.
      if [ "$mode" != run ]; then initdb_opts=(--no-sync); fi
      if ! (cd / && runuser -u postgres -- "$pgbin/initdb" -D "$dir" -U postgres --pwfile="$pw" \
              --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --no-locale "${initdb_opts[@]}") \
              >"$base/initdb.log" 2>&1; then
        rm -f "$pw"; _infra_log "initdb failed"; _infra_tail "$base/initdb.log"; return 1
      fi
      rm -f "$pw"
    fi
    # Our settings live in their own file, rewritten each time (ports may change), included once.
    local sock="$dir"; [ ${#dir} -gt 90 ] && sock=""   # unix socket paths are limited to 107 bytes
    {
      echo "listen_addresses = '127.0.0.1'"; echo "port = $port"; echo "max_connections = 300"
      echo "unix_socket_directories = '$sock'"
      # Test data is thrown away, so durability only costs time.
      [ "$mode" != run ] && printf '%s\n' "fsync = off" "synchronous_commit = off" "full_page_writes = off"
    } >"$dir/sharealliance.conf"
    grep -q "^include_if_exists = 'sharealliance.conf'" "$dir/postgresql.conf" ||
      echo "include_if_exists = 'sharealliance.conf'" >>"$dir/postgresql.conf"
    _infra_log "starting PostgreSQL on 127.0.0.1:$port"
    _INFRA_PG_DATA="$dir" _INFRA_PG_BIN="$pgbin"   # recorded first: a half-started server is stopped too
    if ! (cd / && runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start) \
           >>"$base/pg_ctl.log" 2>&1; then
      _infra_log "PostgreSQL failed to start"; _infra_tail "$base/pg_ctl.log" "$dir/server.log"; return 1
    fi
  fi
  # Create the application database (also on a reused server: it must accept postgres/postgres).
  local psql=("$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -XAtq)
  local q="SELECT 1 FROM pg_database WHERE datname = 'sharealliance'"
  if ! out="$(PGPASSWORD=postgres PGCONNECT_TIMEOUT=10 "${psql[@]}" -c "$q" 2>&1)"; then
    _infra_log "PostgreSQL on 127.0.0.1:$port rejects postgres/postgres: $out"; return 1
  fi
  if [ "$out" != 1 ]; then
    # A concurrent infra_up may win the race; re-check before calling it a failure.
    PGPASSWORD=postgres "${psql[@]}" -c 'CREATE DATABASE sharealliance' >/dev/null 2>&1 ||
      [ "$(PGPASSWORD=postgres "${psql[@]}" -c "$q" 2>/dev/null)" = 1 ] ||
      { _infra_log "could not create database sharealliance"; return 1; }
  fi
}

# ---------------------------------------------------------------- RabbitMQ
_infra_rabbit_install() {
  [ -x "$_INFRA_RMQ_BIN/rabbitmq-server" ] && return 0
  local log=/tmp/sa-infra-apt.log made_policy="" ok=""
  _infra_log "installing rabbitmq-server with apt-get (one time; log in $log)"
  # (Lock timeout: on a fresh VM unattended-upgrades may hold the dpkg lock for a while.)
  # The postinst would start a system-wide node on 5672 (via systemd or init.d). A policy-rc.d
  # answering 101 makes invoke-rc.d/deb-systemd-invoke skip that; we only add it if none exists.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
  fi
  if DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 rabbitmq-server >"$log" 2>&1 ||
     { apt-get update -q -o DPkg::Lock::Timeout=300 >>"$log" 2>&1 &&
       DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 rabbitmq-server >>"$log" 2>&1; }; then ok=1; fi
  if [ -n "$made_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
  if [ -z "$ok" ]; then _infra_log "apt-get install rabbitmq-server failed"; _infra_tail "$log"; return 1; fi
  # If a pre-existing policy let the system node start anyway: stop it, and keep it off at boot.
  if _infra_port_open 5672; then
    _infra_log "stopping the system rabbitmq-server the package started on 5672"
    service rabbitmq-server stop >>"$log" 2>&1 || true
  fi
  { systemctl disable rabbitmq-server || update-rc.d rabbitmq-server disable; } >>"$log" 2>&1 || true
}

# Server and CLI (both run as us, HOME=/root) read $HOME/.erlang.cookie. Create it up front so a
# CLI call can't race the server into writing two different ones; seed it from the package's
# cookie so the plain `rabbitmqctl` wrapper (which su's to user rabbitmq) works on our node too.
_infra_cookie() {
  local mine="$HOME/.erlang.cookie" sys=/var/lib/rabbitmq/.erlang.cookie
  if [ ! -s "$mine" ]; then
    if [ -s "$sys" ]; then cp "$sys" "$mine"
    else (umask 077; head -c 32 /dev/urandom | sha256sum | cut -c1-20 | tr 0-9a-f A-P >"$mine"); fi
    chmod 400 "$mine"
  fi
  if [ -d /var/lib/rabbitmq ] && [ ! -s "$sys" ]; then
    cp "$mine" "$sys" && chown rabbitmq: "$sys" && chmod 400 "$sys"
  elif [ -s "$sys" ] && ! cmp -s "$mine" "$sys"; then
    _infra_log "note: $sys differs from $mine; use \$SA_RABBITMQCTL, not /usr/sbin/rabbitmqctl"
  fi
}

_infra_rabbit_launch() { # mode base node amqp dist mgmt
  local mode=$1 base=$2 node=$3 amqp=$4 dist=$5 mgmt=$6 d="$2/rabbitmq"
  if _infra_port_open "$amqp"; then
    _INFRA_RMQ_REUSED_NODE="$(cat "/tmp/sa-infra-$amqp.node" 2>/dev/null || true)"
    _infra_log "RabbitMQ already listens on 127.0.0.1:$amqp - reusing it (node '${_INFRA_RMQ_REUSED_NODE:-unknown}')"
    return 0
  fi
  _infra_rabbit_install || return 1
  _infra_cookie
  mkdir -p "$d/log" "$d/mnesia"
  # Own config/env/plugin files so nothing from /etc/rabbitmq applies to our node.
  : >"$d/rabbitmq-env.conf"
  echo "loopback_users.guest = true" >"$d/rabbitmq.conf"
  if [ -n "$mgmt" ]; then
    echo '[rabbitmq_management].' >"$d/enabled_plugins"
    printf '%s\n' "management.tcp.ip = 127.0.0.1" "management.tcp.port = $mgmt" >>"$d/rabbitmq.conf"
  else
    echo '[].' >"$d/enabled_plugins"   # fastest boot
  fi
  # A node of that name alive with its app stopped (someone ran stop_app, then the run died)
  # would block ours: the run-mode name is ours anyway, so stop it.
  if grep -q "^name ${node%@*} at" <<<"$(epmd -names 2>/dev/null || true)"; then
    _infra_log "stopping stale node $node"
    timeout 60 "$_INFRA_RMQ_BIN/rabbitmqctl" -q -n "$node" stop >>"$d/server.out" 2>&1 || true
  fi
  # epmd (4369) is started by the first Erlang node and outlives it; infra_down kills it if we
  # caused it (epmd itself refuses while other nodes are registered). Loopback-only.
  _infra_port_open 4369 || _INFRA_KILL_EPMD=1
  _infra_log "starting RabbitMQ node $node on 127.0.0.1:$amqp"
  # Foreground script in the background: its pid is stable, and SIGTERM makes it stop the VM.
  ( cd "$d" && exec env ERL_EPMD_ADDRESS=127.0.0.1 \
      RABBITMQ_NODENAME="$node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$amqp" \
      RABBITMQ_DIST_PORT="$dist" RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
      RABBITMQ_MNESIA_BASE="$d/mnesia" RABBITMQ_LOG_BASE="$d/log" RABBITMQ_PID_FILE="$d/rabbitmq.pid" \
      RABBITMQ_CONFIG_FILE="$d/rabbitmq.conf" RABBITMQ_ADVANCED_CONFIG_FILE="$d/advanced.config" \
      RABBITMQ_ENABLED_PLUGINS_FILE="$d/enabled_plugins" RABBITMQ_CONF_ENV_FILE="$d/rabbitmq-env.conf" \
      "$_INFRA_RMQ_BIN/rabbitmq-server" ) </dev/null >"$d/server.out" 2>&1 &
  _INFRA_RMQ_PID=$! _INFRA_RMQ_NODE="$node" _INFRA_RMQ_DIR="$d" _INFRA_RMQ_PORT="$amqp"
  echo "$node" >"/tmp/sa-infra-$amqp.node"   # lets a second infra_up report the node name
}

_infra_rabbit_wait() {
  [ -n "${_INFRA_RMQ_PID:-}" ] || return 0   # reused, nothing to wait for
  local d=$_INFRA_RMQ_DIR deadline=$((SECONDS + 90))
  # Polling the port is cheap (a CLI call costs ~1 s); the listener opens at the end of boot.
  until _infra_port_open "$_INFRA_RMQ_PORT"; do
    if ! kill -0 "$_INFRA_RMQ_PID" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      _infra_log "RabbitMQ node $_INFRA_RMQ_NODE did not start; log tail:"
      _infra_tail "$d/server.out" "$d/log/$_INFRA_RMQ_NODE.log"; return 1
    fi
    sleep 0.2
  done
  # Also proves the CLI can reach the node (cookie, epmd) - tests rely on stop_app/start_app.
  if ! "$_INFRA_RMQ_BIN/rabbitmqctl" -q -n "$_INFRA_RMQ_NODE" await_startup --timeout 60 >>"$d/server.out" 2>&1; then
    _infra_log "rabbitmqctl cannot reach $_INFRA_RMQ_NODE"; _infra_tail "$d/server.out"; return 1
  fi
}

# ---------------------------------------------------------------- public API
infra_up() {
  local mode="${1:-}" pg_port amqp dist mgmt="" base node t0=$SECONDS
  case "$mode" in
    run)  pg_port=5442 amqp=5682 dist=25682 mgmt=15682 node=sa-run@localhost base="$_INFRA_REPO/.data"
          mkdir -p "$base" && chmod 711 "$base" ;;
    test) pg_port=5443 amqp=5683 dist=25683 node="sa-test-${BASHPID:-$$}@localhost"
          base="$(mktemp -d /tmp/sa-infra-test.XXXXXX)" && chmod 711 "$base" ;;   # 711: postgres enters
    bench) pg_port=5444 amqp=5684 dist=25684 node="sa-bench-${BASHPID:-$$}@localhost"
          base="$(mktemp -d /tmp/sa-infra-test.XXXXXX)" && chmod 711 "$base" ;;
    *) _infra_log "usage: infra_up run|test|bench"; return 2 ;;
  esac
  if [ -n "${_INFRA_MODE:-}" ]; then   # second call in the same shell
    [ "$mode" != run ] && rm -rf "$base"
    [ "$_INFRA_MODE" = "$mode" ] && return 0
    _infra_log "already up in mode $_INFRA_MODE; call infra_down first"; return 1
  fi
  _INFRA_MODE=$mode
  [ "$mode" != run ] && _INFRA_TMP="$base"
  # RabbitMQ boots in the background while PostgreSQL starts: the two waits overlap.
  _infra_rabbit_launch "$mode" "$base" "$node" "$amqp" "$dist" "$mgmt" || return 1
  _infra_pg_up "$mode" "$base" "$pg_port" || return 1
  _infra_rabbit_wait || return 1

  export ConnectionStrings__Marten="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=sharealliance"
  export RabbitMq__Host=127.0.0.1 RabbitMq__Port="$amqp" RabbitMq__Username=guest \
         RabbitMq__Password=guest RabbitMq__VirtualHost=/
  export SA_POSTGRES_PORT="$pg_port" SA_RABBITMQCTL="$_INFRA_RMQ_BIN/rabbitmqctl"
  export SA_RABBITMQ_NODENAME="${_INFRA_RMQ_NODE:-${_INFRA_RMQ_REUSED_NODE:-}}"
  if [ -n "$mgmt" ]; then export SA_RABBITMQ_MANAGEMENT_URL="http://127.0.0.1:$mgmt/"
  else unset SA_RABBITMQ_MANAGEMENT_URL; fi
  _infra_log "$mode infrastructure ready in $((SECONDS - t0))s (postgres :$pg_port, rabbitmq :$amqp)"
}

infra_down() {
  local pid pids=()
  if [ -n "${_INFRA_RMQ_PID:-}" ]; then
    _infra_log "stopping RabbitMQ node $_INFRA_RMQ_NODE"
    # Children of the start script = the VM (erl execs beam.smp); collect before they go away.
    read -r -a pids <<<"$_INFRA_RMQ_PID $(pgrep -P "$_INFRA_RMQ_PID" 2>/dev/null | tr '\n' ' ') $(cat "$_INFRA_RMQ_DIR/rabbitmq.pid" 2>/dev/null)"
    # Graceful stop (with the pid file it waits until the VM has exited); skipped when the node
    # already died, as the CLI would then sit out its whole timeout.
    if kill -0 "$_INFRA_RMQ_PID" 2>/dev/null; then
      timeout 30 "$_INFRA_RMQ_BIN/rabbitmqctl" -q -n "$_INFRA_RMQ_NODE" stop "$_INFRA_RMQ_DIR/rabbitmq.pid" \
        >>"$_INFRA_RMQ_DIR/server.out" 2>&1 || kill -TERM "$_INFRA_RMQ_PID" 2>/dev/null || true
    fi
    for _ in $(seq 50); do kill -0 "${pids[@]}" 2>/dev/null || break; sleep 0.2; done
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait "$_INFRA_RMQ_PID" 2>/dev/null || true   # reap it: no "Terminated" job noise
    rm -f "/tmp/sa-infra-$_INFRA_RMQ_PORT.node"
    if [ -n "${_INFRA_KILL_EPMD:-}" ]; then epmd -kill >/dev/null 2>&1 || true; fi
  fi
  if [ -n "${_INFRA_PG_DATA:-}" ]; then
    _infra_log "stopping PostgreSQL ($_INFRA_PG_DATA)"
    (cd / && runuser -u postgres -- "$_INFRA_PG_BIN/pg_ctl" -D "$_INFRA_PG_DATA" -m fast -w -t 30 stop) >/dev/null 2>&1 ||
      (cd / && runuser -u postgres -- "$_INFRA_PG_BIN/pg_ctl" -D "$_INFRA_PG_DATA" -m immediate stop) >/dev/null 2>&1 || true
  fi
  case "${_INFRA_TMP:-}" in /tmp/sa-infra-test.*) rm -rf "$_INFRA_TMP" ;; esac
  unset _INFRA_MODE _INFRA_TMP _INFRA_PG_DATA _INFRA_PG_BIN _INFRA_RMQ_PID _INFRA_RMQ_NODE \
        _INFRA_RMQ_DIR _INFRA_RMQ_PORT _INFRA_RMQ_REUSED_NODE _INFRA_KILL_EPMD
  return 0
}
