#!/usr/bin/env bash
# Installs what tests/ShareAlliance.Deployment.Tests needs, when missing (fresh CI machines have none of it):
#   kubectl (Debian: kubernetes-client), yamllint, docker-compose (Debian packages), and the npm packages of k8s/tests
#   (kubernetes-models: the Kubernetes API schemas). Quiet: one line per thing installed; details in /tmp/sa-tools.log.
set -euo pipefail
cd "$(dirname "$0")/.."
log=/tmp/sa-tools.log

missing=()
command -v kubectl >/dev/null || missing+=(kubernetes-client)
command -v yamllint >/dev/null || missing+=(yamllint)
command -v docker-compose >/dev/null || missing+=(docker-compose)
if [ ${#missing[@]} -gt 0 ]; then
  echo "tools: installing ${missing[*]} with apt-get (log: $log)" >&2
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 "${missing[@]}" ||
    { apt-get update -q -o DPkg::Lock::Timeout=300 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 "${missing[@]}"; }; } >>"$log" 2>&1 ||
    { echo "tools: apt-get install ${missing[*]} failed; see $log" >&2; exit 1; }
fi

# npm ci only when the lock file changed since the last install (a copy of it is kept in node_modules as a stamp).
if ! cmp -s k8s/tests/package-lock.json k8s/tests/node_modules/.installed-package-lock.json 2>/dev/null; then
  echo "tools: npm ci in k8s/tests (log: $log)" >&2
  (cd k8s/tests && npm ci --no-audit --no-fund --loglevel=error) >>"$log" 2>&1 ||
    { echo "tools: npm ci in k8s/tests failed; see $log" >&2; exit 1; }
  cp k8s/tests/package-lock.json k8s/tests/node_modules/.installed-package-lock.json
fi
