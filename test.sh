#!/usr/bin/env bash
# Runs every test of ShareAlliance against real PostgreSQL and RabbitMQ (started here when not already reachable,
# on ports of their own, data in a temporary folder), and ends with one line: "tests: N passed, M failed[, K skipped]".
# Usage: ./test.sh [extra arguments for dotnet test, e.g. --filter "FullyQualifiedName~Needs"]
set -euo pipefail
cd "$(dirname "$0")"

# shellcheck source=build/infra.sh
source build/infra.sh
trap infra_down EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

configuration=Release
results="$(mktemp -d /tmp/sa-test-results.XXXXXX)"

# The build runs in the background while the servers start (infra_up must run in this shell: it exports settings).
echo "build: dotnet build ShareAlliance.sln -c $configuration" >&2
dotnet build ShareAlliance.sln -c "$configuration" -nologo -clp:ErrorsOnly -v:quiet &
build_pid=$!
# The deployment tests' tools (kubectl, yamllint, docker-compose, npm packages), installed when missing.
bash build/deployment-tools.sh &
tools_pid=$!
# Debian's Chromium for the web front end's browser tests (Playwright drives it; no browser is ever downloaded).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
bash build/browser.sh &
browser_pid=$!
infra_up test
wait "$build_pid"
wait "$tools_pid" || echo "tools: not all installed; the deployment tests will say what is missing" >&2
wait "$browser_pid" || echo "browser: chromium is missing; the web front end's browser tests will say so" >&2

status=0
dotnet test ShareAlliance.sln -c "$configuration" --no-build --nologo -v:quiet \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

# One summary for the whole run, from the per-assembly result files.
read -r passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*' |
  sed -E 's/.* passed="([0-9]+)" failed="([0-9]+)".* notExecuted="([0-9]+)".*/\1 \2 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
# The failed tests' names and first lines of their messages, so a CI log that keeps only its end still says what failed.
python3 - "$results" <<'PY' >&2 || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for trx in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    for result in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult", ns):
        if result.get("outcome") != "Failed":
            continue
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", "", ns).strip().splitlines()
        print("FAILED " + result.get("testName", "?"))
        for text in message[:6]:
            print("    " + text[:300])
PY
rm -rf "$results"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status without a failed test: a test host crashed or a project did not run." >&2
  failed=1
fi
line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
