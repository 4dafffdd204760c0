#!/usr/bin/env bash
# Start/stop a throwaway code-server (VS Code 1.100 server + web workbench) on a free loopback port.
# Sourced by scripts/e2e.sh and scripts/start.sh. Needs CODE_SERVER_PREFIX (see install-code-server.sh).
#
#   cs_write_settings <run-dir> [json members...]  quiet user settings for a fresh profile
#   cs_install_vsix <run-dir> <file.vsix>            installs a packaged extension into the profile
#   cs_start <run-dir> [extra env assignments...]   sets CS_PORT, CS_PID, CS_URL
#   cs_stop                                          ends the whole process group
CS_PID=""
CS_TMP=""

cs_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# Writes <run-dir>/user-data/User/settings.json: quiet defaults for a throwaway profile plus any
# extra JSON members given as arguments (e.g. '"editor.hover.delay": 300').
cs_write_settings() {
  local run=$1; shift
  mkdir -p "$run/user-data/User"
  local extra=""
  local member
  for member in "$@"; do extra="$extra,
  $member"; done
  cat > "$run/user-data/User/settings.json" <<JSON
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "workbench.enableExperiments": false,
  "chat.disableAIFeatures": true$extra
}
JSON
}

# Installs a VSIX into <run-dir>/extensions the way a person would (`code-server --install-extension`).
cs_install_vsix() {
  local run=$1 vsix=$2
  mkdir -p "$run/user-data/User" "$run/extensions"
  XDG_DATA_HOME="$run/xdg-data" XDG_CONFIG_HOME="$run/xdg-config" \
    "$CODE_SERVER_PREFIX/node_modules/.bin/code-server" \
    --user-data-dir "$run/user-data" --extensions-dir "$run/extensions" --install-extension "$vsix"
}

cs_start() {
  local run=$1; shift
  mkdir -p "$run/user-data/User" "$run/extensions" "$run/xdg-data" "$run/xdg-config"
  # Side files (IPC sockets, git sockets) go to a short temp dir: socket paths must stay < 107 chars.
  CS_TMP=$(mktemp -d /tmp/ecs-cs.XXXXXX)
  # Quiet defaults for a fresh profile; an existing settings.json (npm start, tests) is kept.
  [ -f "$run/user-data/User/settings.json" ] || cs_write_settings "$run"
  CS_PORT=$(cs_free_port)
  CS_URL="http://127.0.0.1:$CS_PORT"
  printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$CS_PORT" > "$run/config.yaml"
  # setsid: its own process group, so the server, extension hosts and language servers end together.
  setsid env TMPDIR="$CS_TMP" XDG_DATA_HOME="$run/xdg-data" XDG_CONFIG_HOME="$run/xdg-config" "$@" \
    "$CODE_SERVER_PREFIX/node_modules/.bin/code-server" \
    --config "$run/config.yaml" --auth none --bind-addr "127.0.0.1:$CS_PORT" \
    --user-data-dir "$run/user-data" --extensions-dir "$run/extensions" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    > "$run/code-server.log" 2>&1 &
  CS_PID=$!
  local i
  for i in $(seq 1 240); do
    if node -e "require('http').get('$CS_URL/healthz',r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))" 2>/dev/null; then
      return 0
    fi
    kill -0 "$CS_PID" 2>/dev/null || { cat "$run/code-server.log"; echo "code-server exited early" >&2; return 3; }
    sleep 0.25
  done
  echo "code-server did not answer on $CS_URL within 60 s" >&2
  return 3
}

cs_stop() {
  if [ -n "$CS_PID" ] && kill -0 "$CS_PID" 2>/dev/null; then
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 20); do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
  CS_PID=""
  [ -n "$CS_TMP" ] && rm -rf "$CS_TMP"
  CS_TMP=""
}
