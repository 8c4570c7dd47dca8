#!/usr/bin/env bash
# Runs ShareAlliance on this machine: PostgreSQL and RabbitMQ (started here when not already reachable; data kept
# under .data/), then every service, in Development mode (Swagger UI on). Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"

# shellcheck source=build/infra.sh
source build/infra.sh

# name, project folder, port: one line per service (the README's table lists the same ports).
services=(
  "identity Identity 5105"
  "needs Needs 5101"
  "volunteers Volunteers 5102"
  "funding Funding 5103"
  "matching Matching 5104"
)

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  infra_down
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "build: dotnet build ShareAlliance.sln -c Release" >&2
dotnet build ShareAlliance.sln -c Release -nologo -clp:ErrorsOnly -v:quiet &
build_pid=$!
infra_up run
wait "$build_pid"

# Identity keeps accounts in a database of its own; every other service trusts the tokens it signs.
export ConnectionStrings__Identity="${ConnectionStrings__Marten/Database=sharealliance/Database=sharealliance_identity}"
export Identity__Issuer="http://127.0.0.1:5105/"
export Identity__Mailbox="$PWD/.data/mailbox"
export Auth__Authority="http://127.0.0.1:5105/"
# Locally every request comes from one address (yours, the scripts'): keep the strict login limit from getting in the way.
export RateLimits__StrictPerMinute=200

mkdir -p .data/logs .data/mailbox
for line in "${services[@]}"; do
  read -r name folder port <<<"$line"
  # From its output folder, so it finds its appsettings.json (the content root is the working directory).
  (cd "services/$folder/bin/Release/net10.0" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    exec dotnet "ShareAlliance.$folder.dll") >".data/logs/$name.log" 2>&1 &
  pids+=($!)
done

# The web front end: no database of its own, it calls the services' APIs at the ports above (the same settings as in
# docker-compose.yml and k8s/base/services/web).
(cd web/ShareAlliance.Web/bin/Release/net10.0 && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:5100" \
  Services__Identity=http://127.0.0.1:5105 Services__Needs=http://127.0.0.1:5101 Services__Volunteers=http://127.0.0.1:5102 \
  Services__Funding=http://127.0.0.1:5103 Services__Matching=http://127.0.0.1:5104 \
  exec dotnet ShareAlliance.Web.dll) >.data/logs/web.log 2>&1 &
pids+=($!)

for line in "${services[@]}" "web Web 5100"; do
  read -r name folder port <<<"$line"
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 || { echo "$name did not become ready; see .data/logs/$name.log" >&2; tail -n 30 ".data/logs/$name.log" >&2; exit 1; }
done

# A demo alliance, through the public APIs (deterministic: the same seed never adds twice).
SA_COORDINATOR_PASSWORD='local development only: river lamp orchid' \
  dotnet tools/ShareAlliance.DemoData/bin/Release/net10.0/ShareAlliance.DemoData.dll \
  --identity http://127.0.0.1:5105 --needs http://127.0.0.1:5101 --volunteers http://127.0.0.1:5102 --funding http://127.0.0.1:5103 \
  --mailbox .data/mailbox --coordinator-email coordinator@sharealliance.local --seed 2026 \
  --associations 40 --needs-per-association 3 --volunteer-profiles 60 --employers 3 \
  || echo "the demo data could not be seeded (see above); the platform runs without it" >&2

echo
echo "ShareAlliance is running (logs in .data/logs/). Ctrl-C stops it."
echo "  Web        http://127.0.0.1:5100   (open this one: the front end, in French; English on its switch)"
for line in "${services[@]}"; do
  read -r name folder port <<<"$line"
  printf '  %-10s http://127.0.0.1:%s   Swagger UI: http://127.0.0.1:%s/swagger\n' "$name" "$port" "$port"
done
[ -n "${SA_RABBITMQ_MANAGEMENT_URL:-}" ] && echo "  RabbitMQ   ${SA_RABBITMQ_MANAGEMENT_URL} (guest / guest)"
echo "  Mailbox    .data/mailbox/ (confirmation and reset mails of the development mailer)"
echo "  PostgreSQL ${ConnectionStrings__Marten}"
echo
echo "A coordinator's token:  services/Identity/dev-token.sh coordinator@sharealliance.local 'local development only: river lamp orchid'"
echo "README.md (Try it) walks through an association's first need."

# Keep running until Ctrl-C, or until a service dies.
wait -n "${pids[@]}"
echo "a service stopped; stopping the rest" >&2
exit 1
