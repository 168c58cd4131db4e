#!/usr/bin/env bash
# Installs axe-core from npm for the browser tests' accessibility scans and prints the path of axe.min.js.
# As root, installs Debian's npm first when it is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v npm >/dev/null 2>&1 && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm >&2 || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm >&2; }
fi
command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js and npm" >&2; exit 1; }
axe="$here/node_modules/axe-core/axe.min.js"
if [[ ! -f "$axe" ]]; then
    for attempt in 1 2 3; do
        npm install --prefix "$here" --no-audit --no-fund --loglevel=error >&2 && break
        sleep $((attempt * 5))
    done
fi
[[ -f "$axe" ]] || { echo "axe-core did not install" >&2; exit 1; }
echo "$axe"
