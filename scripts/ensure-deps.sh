#!/usr/bin/env bash
# Installs the project's npm packages when they are missing or older than the lock file.
# Sourced by start.sh and test.sh so that both README commands work on a fresh clone.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  echo "Installing npm packages (npm ci)..."
  (cd "$root" && npm ci --no-audit --no-fund)
fi
