#!/usr/bin/env bash
# Installs Debian's Chromium when missing (fresh CI machines lack it): ShareAlliance.Web.Tests drives it with Playwright
# (/usr/bin/chromium through ExecutablePath; Playwright never downloads a browser here). Quiet: details in /tmp/sa-browser.log.
set -euo pipefail
log=/tmp/sa-browser.log
[ -x /usr/bin/chromium ] && exit 0
echo "browser: installing chromium with apt-get (log: $log)" >&2
{ DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 chromium ||
  { apt-get update -q -o DPkg::Lock::Timeout=300 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 chromium; }; } >>"$log" 2>&1 ||
  { echo "browser: apt-get install chromium failed; see $log" >&2; exit 1; }
