#!/usr/bin/env bash
# Prints an access token for a user, the way the web front end gets one: log in (session cookie), then the
# authorization code flow with PKCE, then the token endpoint. For local use against ./run.sh (or any Identity URL).
# Usage: services/Identity/dev-token.sh EMAIL PASSWORD [IDENTITY_URL] [CLIENT_ID] [REDIRECT_URI]
# Environment: SA_TOKEN_FIELD=refresh_token (or id_token, or "json" for the whole answer) to print another field.
set -euo pipefail
email=${1:?usage: dev-token.sh EMAIL PASSWORD [IDENTITY_URL] [CLIENT_ID] [REDIRECT_URI]}
password=${2:?usage: dev-token.sh EMAIL PASSWORD [IDENTITY_URL] [CLIENT_ID] [REDIRECT_URI]}
identity=${3:-http://127.0.0.1:5105}
client=${4:-sharealliance-web}
redirect=${5:-http://localhost:5100/signin-callback}

jar=$(mktemp); trap 'rm -f "$jar"' EXIT
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
urlenc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# The password goes on stdin, not the command line (which other users of the machine can read).
python3 -c 'import json, sys; print(json.dumps({"email": sys.argv[1], "password": sys.stdin.read().rstrip("\n")}))' "$email" <<<"$password" |
  curl -sS -f -c "$jar" -H 'Content-Type: application/json' --data-binary @- "$identity/account/login" >/dev/null ||
  { echo "login refused (wrong e-mail or password, unconfirmed e-mail, or locked account)" >&2; exit 1; }

verifier=$(head -c 48 /dev/urandom | b64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(head -c 12 /dev/urandom | b64url)
location=$(curl -sS -b "$jar" -o /dev/null -w '%{redirect_url}' \
  "$identity/connect/authorize?client_id=$client&response_type=code&scope=openid%20offline_access&redirect_uri=$(urlenc "$redirect")&code_challenge=$challenge&code_challenge_method=S256&state=$state")
code=$(python3 -c 'import sys, urllib.parse; q = urllib.parse.parse_qs(urllib.parse.urlparse(sys.argv[1]).query); print(q.get("code", [""])[0])' "$location")
[ -n "$code" ] || { echo "no authorization code (redirected to: ${location:-nowhere})" >&2; exit 1; }

answer=$(curl -sS -f "$identity/connect/token" -d grant_type=authorization_code -d client_id="$client" \
  --data-urlencode code="$code" --data-urlencode redirect_uri="$redirect" -d code_verifier="$verifier")
field=${SA_TOKEN_FIELD:-access_token}
if [ "$field" = json ]; then echo "$answer"; else python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$field" <<<"$answer"; fi
