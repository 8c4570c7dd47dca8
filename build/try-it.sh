#!/usr/bin/env bash
# An association's first need, by curl, against ./run.sh (run it in another terminal first):
# a person registers and confirms from the development mailbox, registers their association, a coordinator verifies it,
# the person drafts and publishes a need, and matching knows it. Each step prints what the API answered.
set -euo pipefail
cd "$(dirname "$0")/.."
identity=http://127.0.0.1:5105 needs=http://127.0.0.1:5101 matching=http://127.0.0.1:5104
email="asso-$(date +%s)@example.org" password="violet tractor morning"
json() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
step() { printf '\n== %s\n' "$*"; }

step "1. register $email (association member)"
curl -sS -f -X POST "$identity/account/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\",\"accountType\":\"association_member\"}" -o /dev/null -w '%{http_code}\n'

step "2. confirm with the link's token from .data/mailbox/"
sleep 0.5
mail=$(grep -l "^To: $email" .data/mailbox/*.eml | tail -n 1)
user=$(sed -n 's/^X-ShareAlliance-User: //p' "$mail" | tr -d '\r')
token=$(sed -n 's/^X-ShareAlliance-Token: //p' "$mail" | tr -d '\r')
curl -sS -f -X POST "$identity/account/confirm-email" -H 'Content-Type: application/json' \
  -d "{\"userId\":\"$user\",\"token\":\"$token\"}" -o /dev/null -w '%{http_code}\n'

step "3. sign in (authorization code + PKCE) and register the association"
access=$(services/Identity/dev-token.sh "$email" "$password")
association=$(curl -sS -f -X POST "$needs/associations" -H "Authorization: Bearer $access" -H 'Content-Type: application/json' \
  -d '{"name":"Les Amis du Numérique","rna":"W751234567","departement":"75","city":"Paris","size":"Small","causes":["digital-inclusion"]}' | json id)
echo "association $association (identity makes $email its owner when it hears of it on the bus)"

step "4. a coordinator verifies it"
coordinator=$(services/Identity/dev-token.sh coordinator@sharealliance.local 'local development only: river lamp orchid')
curl -sS -f -X POST "$needs/associations/$association/verify" -H "Authorization: Bearer $coordinator" | json status

step "5. the member (new token: it now names the association) drafts and publishes a need"
sleep 0.5
access=$(services/Identity/dev-token.sh "$email" "$password")
need=$(curl -sS -f -X POST "$needs/needs" -H "Authorization: Bearer $access" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
  -d "{\"associationId\":\"$association\",\"title\":\"Refaire notre site\",\"category\":\"COMM\",\"format\":\"OneOffMission\",\"workMode\":\"Remote\",\"effortHours\":30,\"deadline\":\"$(date -d '+3 months' +%F)\",\"urgency\":\"Normal\",\"requiredSkills\":[{\"skill\":\"web.wordpress\",\"minimumLevel\":2}],\"budget\":250}" | json id)
curl -sS -f -X POST "$needs/needs/$need/publish" -H "Authorization: Bearer $access" | json status

step "6. matching knows it (asked as the coordinator; the relay carries it over RabbitMQ)"
started=$(date +%s%N)
until curl -sS -f "$matching/needs/$need" -H "Authorization: Bearer $coordinator" 2>/dev/null; do
  [ $(( $(date +%s%N) - started )) -lt 10000000000 ] || { echo "matching did not learn of the need within 10 s" >&2; exit 1; }
  sleep 0.02
done
echo; echo "(known to matching $(( ($(date +%s%N) - started) / 1000000 )) ms after the publish answered)"
step "7. anyone finds it in the public catalogue"
curl -sS -f "$needs/needs/$need" | json title
