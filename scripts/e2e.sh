#!/usr/bin/env bash
# End-to-end tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, headless chromium):
#  1. Mocha suite (test/e2e/suite/*.test.js) inside the real extension host;
#  2. a person-style Playwright scenario (test/e2e/ui-e2e.js) with screenshots;
#  3. the packaged VSIX (npm run package) installed with --install-extension into a fresh
#     code-server, checked through the UI like a user who just installed it.
# Each part gets a fresh code-server on a free loopback port. Artifacts: test-artifacts/e2e/.
#
#   bash scripts/e2e.sh [ext|ui|reload|vsix|all]   (default all; `reload`: only the first-diagnostics
#                                                 figure after window reloads, which `ui` also runs)
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
rc=0
summary=""; total_passed=0; total_failed=0

fresh_workspace() {
  rm -rf "$1"; mkdir -p "$1"
  cp -R "$ROOT/test/e2e/fixtures/workspace/." "$1/"
}

# User settings for a test profile: completions only on request, so typing in the UI scenario is
# predictable (our language defaults turn quick suggestions on for request files: override them too).
test_profile() {
  cs_write_settings "$1" '"editor.quickSuggestions": { "other": false, "comments": false, "strings": false }' \
    '"[ecs-yaml]": { "editor.quickSuggestions": { "other": false, "comments": false, "strings": false } }' \
    '"[ecs-json]": { "editor.quickSuggestions": { "other": false, "comments": false, "strings": false } }' \
    '"editor.hover.delay": 300' '"git.enabled": false' '"git.openRepositoryInParentFolders": "never"'
}

wants() { [ "$MODE" = all ] || [ "$MODE" = "$1" ]; }

# Adds a part's counts to the totals: <label> <runner exit code> <result file>. A result file is
# either {passed, failed} (Mocha) or {results: [{ok}]} (UI steps); a missing file or a broken run
# with no failed test counts as one failure.
tally() {
  local label=$1 code=$2 file=$3 passed=0 failed=1
  if [ -f "$file" ]; then
    read -r passed failed < <(node -e "const r=require(process.argv[1]);const ok=r.results?r.results.filter(x=>x.ok).length:r.passed;const bad=r.results?r.results.length-ok:r.failed;console.log(ok,bad)" "$file")
  fi
  if [ "$code" -ne 0 ]; then rc=1; [ "$failed" -eq 0 ] && failed=1; fi
  total_passed=$((total_passed + passed)); total_failed=$((total_failed + failed))
  summary="$summary$label: $passed passed, $failed failed; "
}

if wants ext; then
  echo "== extension-host tests"
  fresh_workspace "$ART/ext/workspace"
  test_profile "$ART/ext/server"
  # ECS_E2E_ADMIN_PASS: a too-weak password for rejected.ecs.yaml's ${env:} (refused by the dry run).
  cs_start "$ART/ext/server" ECS_TEST_AUTO_CONFIRM=1 ECS_EMULATOR_JOB_SPEED=2 ECS_E2E_ADMIN_PASS=weakpass \
    E2E_RESULTS_FILE="$ART/ext/results.json" E2E_SHOTS_DIR="$ART/screenshots" E2E_GREP="${E2E_GREP:-}" || exit 3
  node "$ROOT/test/e2e/ext-tests.js" --url "$CS_URL" --folder "$ART/ext/workspace" --ext "$ROOT" \
    --tests "$ROOT/test/e2e/index.js" --out "$ART/screenshots" --timeout "$EXT_TIMEOUT_S"
  code=$?
  cs_stop
  tally "extension host" "$code" "$ART/ext/results.json"
fi

if wants ui; then
  echo "== UI scenario"
  fresh_workspace "$ART/ui/workspace"
  test_profile "$ART/ui/server"
  cs_start "$ART/ui/server" ECS_EMULATOR_JOB_SPEED=2 || exit 3
  node "$ROOT/test/e2e/ui-e2e.js" --url "$CS_URL" --folder "$ART/ui/workspace" --ext "$ROOT" --out "$ART/screenshots"
  code=$?
  cs_stop
  tally "UI" "$code" "$ART/screenshots/ui-result.json"
fi

if wants ui || [ "$MODE" = reload ]; then
  # The first-diagnostics-after-reload figure, in a fresh window (only its own file open).
  echo "== UI: first diagnostics after window reloads"
  fresh_workspace "$ART/reload/workspace"
  test_profile "$ART/reload/server"
  # ECS_TIMELINE=1: the client and the server log their start stamps (the time line printed per reload).
  cs_start "$ART/reload/server" ECS_TIMELINE=1 || exit 3
  node "$ROOT/test/e2e/ui-e2e.js" --url "$CS_URL" --folder "$ART/reload/workspace" --ext "$ROOT" \
    --steps reload --out "$ART/screenshots/reload"
  code=$?
  cs_stop
  tally "UI reload" "$code" "$ART/screenshots/reload/ui-result.json"
fi

if wants vsix; then
  echo "== VSIX installed into a fresh VS Code"
  # Packaging makes a production build in dist/; the other parts above already ran on the dev build.
  VSIX="$ART/vsix/ecs-request-tools.vsix"
  mkdir -p "$ART/vsix"
  if (cd "$ROOT" && npm run --silent package > "$ART/vsix/package.log" 2>&1) && mv "$ROOT/ecs-request-tools.vsix" "$VSIX"; then
    fresh_workspace "$ART/vsix/workspace"
    test_profile "$ART/vsix/server"
    if cs_install_vsix "$ART/vsix/server" "$VSIX" > "$ART/vsix/install.log" 2>&1; then
      cs_start "$ART/vsix/server" || exit 3
      node "$ROOT/test/e2e/ui-e2e.js" --url "$CS_URL" --folder "$ART/vsix/workspace" --steps vsix --out "$ART/screenshots"
      code=$?
      cs_stop
    else
      echo "installing the VSIX failed:"; cat "$ART/vsix/install.log"; code=1
    fi
  else
    echo "packaging the VSIX failed:"; tail -20 "$ART/vsix/package.log"; code=1
  fi
  tally "VSIX" "$code" "$ART/screenshots/vsix-result.json"
  # The size budget of issue 13: the whole package at most 1 MB (1,048,576 bytes).
  vsix_bytes=$(stat -c %s "$VSIX" 2>/dev/null || echo 0)
  if [ "$vsix_bytes" -gt 0 ] && [ "$vsix_bytes" -le 1048576 ]; then
    echo "VSIX size: $vsix_bytes bytes (budget 1048576)"; total_passed=$((total_passed + 1))
  else
    echo "VSIX size: $vsix_bytes bytes, over the budget of 1048576 (or no package)"; rc=1; total_failed=$((total_failed + 1))
    summary="${summary}VSIX size over budget; "
  fi
fi

echo "${summary}$(( $(date +%s) - t0 )) s; screenshots in ${ART#$ROOT/}/screenshots"
echo "$total_passed passed, $total_failed failed"
exit $rc
