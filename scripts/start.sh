#!/usr/bin/env bash
# `npm start`: try the extension in a real VS Code on the examples/ folder.
#  - With desktop VS Code installed (`code` on PATH): an Extension Development Host window.
#  - Otherwise: code-server (the install the end-to-end tests use) on 127.0.0.1 with the extension
#    loaded from source; prints the address to open in a browser and runs until Ctrl+C.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[ -f scripts/ensure-deps.sh ] && bash scripts/ensure-deps.sh
node scripts/build.mjs

if command -v code >/dev/null 2>&1 && [ -z "${ECS_START_CODE_SERVER:-}" ]; then
  echo "Opening VS Code with the extension loaded from $ROOT"
  exec code --extensionDevelopmentPath="$ROOT" "$ROOT/examples"
fi

export CODE_SERVER_PREFIX=${CODE_SERVER_PREFIX:-$ROOT/.cache/code-server}
bash scripts/install-code-server.sh "$CODE_SERVER_PREFIX"
# shellcheck source=lib/code-server.sh
. "$ROOT/scripts/lib/code-server.sh"
RUN=$ROOT/.cache/start
mkdir -p "$RUN"
trap cs_stop EXIT INT TERM
cs_start "$RUN"
# .cache/start keeps user settings, secrets and jobs between starts.
url=$(node -e "
  const [base, folder, ext] = process.argv.slice(1);
  const host = new URL(base).host;
  const payload = [['extensionDevelopmentPath', 'vscode-remote://' + host + ext]];
  console.log(base + '/?folder=' + encodeURIComponent(folder) + '&payload=' + encodeURIComponent(JSON.stringify(payload)));
" "$CS_URL" "$ROOT/examples" "$ROOT")
cat <<MSG

VS Code (code-server) is running with ECS Request Tools loaded from source.
Open this address in a browser on this machine:

  $url

(Without the payload, $CS_URL opens VS Code without the extension under development.)
Press Ctrl+C to stop.
MSG
wait "$CS_PID"
