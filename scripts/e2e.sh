#!/usr/bin/env bash
# End-to-end tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, headless chromium):
#  1. Mocha suite (test/e2e/suite/*.test.js) inside the real extension host;
#  2. a person-style Playwright scenario (test/e2e/ui-e2e.js) with screenshots.
# Each part gets a fresh code-server on a free loopback port. Artifacts: test-artifacts/e2e/.
#
#   bash scripts/e2e.sh [ext|ui|all]          (default all)
#   E2E_GREP=pattern bash scripts/e2e.sh ext  (run only matching Mocha tests)
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODE=${1:-all}
export CODE_SERVER_PREFIX=${CODE_SERVER_PREFIX:-$ROOT/.cache/code-server}
ART=$ROOT/test-artifacts/e2e
EXT_TIMEOUT_S=${EXT_TIMEOUT_S:-300}
# shellcheck source=lib/code-server.sh
. "$ROOT/scripts/lib/code-server.sh"
trap cs_stop EXIT

bash "$ROOT/scripts/install-code-server.sh" "$CODE_SERVER_PREFIX" || exit 2
(cd "$ROOT" && node scripts/build.mjs) || { echo "build failed"; exit 2; }

rm -rf "$ART"
mkdir -p "$ART"
export NODE_PATH="$CODE_SERVER_PREFIX/node_modules"
t0=$(date +%s)
ext_passed=0; ext_failed=0; ui_passed=0; ui_failed=0; rc=0

fresh_workspace() {
  rm -rf "$1"; mkdir -p "$1"
  cp -R "$ROOT/test/e2e/fixtures/workspace/." "$1/"
}

# User settings for a test profile: completions only on request, so typing in the UI scenario is
# predictable.
test_profile() {
  mkdir -p "$1/user-data/User"
  cat > "$1/user-data/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "workbench.enableExperiments": false,
  "chat.disableAIFeatures": true,
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  "editor.hover.delay": 300,
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never"
}
JSON
}

if [ "$MODE" = all ] || [ "$MODE" = ext ]; then
  echo "== extension-host tests"
  fresh_workspace "$ART/ext/workspace"
  test_profile "$ART/ext/server"
  cs_start "$ART/ext/server" ECS_TEST_AUTO_CONFIRM=1 ECS_EMULATOR_JOB_SPEED=2 \
    E2E_RESULTS_FILE="$ART/ext/results.json" E2E_SHOTS_DIR="$ART/screenshots" E2E_GREP="${E2E_GREP:-}" || exit 3
  node "$ROOT/test/e2e/ext-tests.js" --url "$CS_URL" --folder "$ART/ext/workspace" --ext "$ROOT" \
    --tests "$ROOT/test/e2e/index.js" --out "$ART/screenshots" --timeout "$EXT_TIMEOUT_S"
  code=$?
  cs_stop
  if [ -f "$ART/ext/results.json" ]; then
    ext_passed=$(node -p "require('$ART/ext/results.json').passed")
    ext_failed=$(node -p "require('$ART/ext/results.json').failed")
  else
    ext_failed=1
  fi
  [ "$code" -ne 0 ] && rc=1
  [ "$code" -ne 0 ] && [ "$ext_failed" -eq 0 ] && ext_failed=1  # the run itself broke
fi

if [ "$MODE" = all ] || [ "$MODE" = ui ]; then
  echo "== UI scenario"
  fresh_workspace "$ART/ui/workspace"
  test_profile "$ART/ui/server"
  cs_start "$ART/ui/server" ECS_EMULATOR_JOB_SPEED=2 || exit 3
  node "$ROOT/test/e2e/ui-e2e.js" --url "$CS_URL" --folder "$ART/ui/workspace" --ext "$ROOT" --out "$ART/screenshots"
  code=$?
  cs_stop
  if [ -f "$ART/screenshots/ui-result.json" ]; then
    ui_passed=$(node -p "require('$ART/screenshots/ui-result.json').results.filter(r=>r.ok).length")
    ui_failed=$(node -p "require('$ART/screenshots/ui-result.json').results.filter(r=>!r.ok).length")
  else
    ui_failed=1
  fi
  [ "$code" -ne 0 ] && rc=1
  [ "$code" -ne 0 ] && [ "$ui_failed" -eq 0 ] && ui_failed=1
fi

echo "extension host: $ext_passed passed, $ext_failed failed; UI: $ui_passed passed, $ui_failed failed; $(( $(date +%s) - t0 )) s; screenshots in ${ART#$ROOT/}/screenshots"
echo "$((ext_passed + ui_passed)) passed, $((ext_failed + ui_failed)) failed"
exit $rc
