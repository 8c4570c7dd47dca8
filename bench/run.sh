#!/usr/bin/env bash
# Runs the ShareAlliance benchmarks against private PostgreSQL and RabbitMQ (build/infra.sh, test mode: own ports, data in
# a temporary folder) and writes their figures into docs/benchmarks.md, each between its own markers.
# Usage: bash bench/run.sh [pipeline|search|engine|proposals] [options, e.g. --rate 200 --duration 30; the driver without arguments lists them all]
# engine (the matching engine's kernels) needs no server (it builds and runs the driver alone) unless given --sql.
# Measure on a quiet machine: anything else running shares the cores (the driver waits for a quiet moment before each
# window, and the report says how busy other processes kept the cores).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=build/infra.sh
source build/infra.sh

configuration=Release
build_pid="" bench_pid=""

# The driver gets TERM first (it kills the services it started and drops their schemas), then, if it is still there
# after 30 s or died without cleaning up, its whole process group - it runs in a session of its own - gets KILL.
# shellcheck disable=SC2317  # called from the EXIT trap
stop_children() {
  if [ -n "$build_pid" ]; then kill -TERM "$build_pid" 2>/dev/null || true; wait "$build_pid" 2>/dev/null || true; fi
  if [ -n "$bench_pid" ]; then
    kill -TERM "$bench_pid" 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$bench_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$bench_pid" 2>/dev/null || true
    wait "$bench_pid" 2>/dev/null || true
  fi
  build_pid="" bench_pid=""
}
trap 'stop_children; infra_down' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

benchmark=pipeline
case "${1:-}" in pipeline|search|engine|proposals) benchmark=$1; shift ;; esac

# A benchmark must own its servers: they get ports of their own (bench mode: 5444, 5684, build/infra.sh), never a test
# run's, but infra_up would reuse a PostgreSQL or RabbitMQ another benchmark left there, sharing its load and dying
# with it. Wait for them to close.
# The engine's kernels need no server, unless asked to compare with SQL in PostgreSQL (--sql).
servers_needed=true
if [ "$benchmark" = engine ] && [[ " $* " != *" --sql "* ]]; then servers_needed=false; fi
servers=(5444 5684)
[ "$servers_needed" = true ] || servers=()
for port in "${servers[@]}"; do
  waited=0
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if [ "$waited" -ge 600 ]; then echo "bench: port $port is still taken by another run after 10 min; try again later." >&2; exit 1; fi
    [ "$waited" -eq 0 ] && echo "bench: port $port is taken by another benchmark; waiting for it to end" >&2
    sleep 5; waited=$((waited + 5))
  done
done

# The build runs while the servers start (infra_up must run in this shell: it exports the connection settings).
echo "build: dotnet build ShareAlliance.sln -c $configuration" >&2
dotnet build ShareAlliance.sln -c "$configuration" -nologo -clp:ErrorsOnly -v:quiet &
build_pid=$!
[ "$servers_needed" = false ] || infra_up bench
wait "$build_pid"
build_pid=""

# In the background and waited for, so INT/TERM reach the traps at once rather than after the run.
setsid dotnet "bench/ShareAlliance.Benchmarks/bin/$configuration/net10.0/ShareAlliance.Benchmarks.dll" "$benchmark" "$@" &
bench_pid=$!
status=0
wait "$bench_pid" || status=$?
kill -KILL -- "-$bench_pid" 2>/dev/null || true   # nothing should be left; if the driver crashed, its services are
bench_pid=""
exit "$status"
