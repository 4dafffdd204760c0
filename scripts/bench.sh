#!/usr/bin/env bash
# Benchmarks our language server against the anchor servers (yaml-language-server 1.25.0 and
# vscode-json-language-server from vscode-langservers-extracted 4.10.0), all given our schema,
# on the same documents: a typical request, the largest legal request, a syntax-broken one and
# one with 10 schema errors, in JSON and YAML. Harness: bench/lspbench.mjs.
# Usage: bash scripts/bench.sh [runs]   (runs per session and round, default 15; BENCH_RUNS works
# too). BENCH_ROUNDS: how often every session runs, servers taking turns (default 3). About 12
# minutes with the defaults.
# Needs nothing else running: on 2 cores other work distorts the figures.
# Output: bench/results/rounds/N/*.json and *.txt (each round), bench/results/*.json (the rounds
# merged) and the combined table bench/results/summary.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
runs="${1:-${BENCH_RUNS:-15}}"
rounds="${BENCH_ROUNDS:-3}"
results="$bench/results"
schema="$root/schemas/ecs-create-servers.v1.1.schema.json"

cd "$root"
[ -f "$schema" ] || { echo "bench: missing $schema" >&2; exit 1; }
[ -d "$bench/node_modules/yaml-language-server" ] && [ -d "$bench/node_modules/vscode-langservers-extracted" ] \
  || npm ci --prefix "$bench" --no-audit --no-fund
# BENCH_SKIP_BUILD=1 measures the dist/server.js that is already there.
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || node scripts/build.mjs
[ -f dist/server.js ] || { echo "bench: dist/server.js is missing (npm run build)" >&2; exit 1; }

rm -rf "$results" && mkdir -p "$results/docs" "$results/generated"
# Regenerate the derived documents (the largest legal request is dated relative to today).
node "$bench/fixtures/make-fixtures.mjs" --out "$results/generated" > /dev/null
# The documents of this run: typical, largest legal, broken syntax, schema errors; plus the probe plan.
cp "$bench/fixtures/docs/seed-ex1-prepaid-keypair.json" "$results/docs/"
for name in seed-ex1-prepaid-keypair.yaml large.json large.yaml broken-syntax.json broken-syntax.yaml schema-errors-10.json schema-errors-10.yaml; do
  cp "$results/generated/$name" "$results/docs/"
done
cp "$bench/fixtures/docs/lspbench.plan.json" "$results/docs/"

{
  echo "node $(node --version)"
  npm ls --prefix "$bench" --depth=0 2>/dev/null | tail -n +2
} > "$results/versions.txt"

harness() { node "$bench/lspbench.mjs" --docs "$results/docs" --runs "$runs" --quiet "$@"; }
OURS="node $root/dist/server.js --stdio"
YLS="node $bench/node_modules/yaml-language-server/bin/yaml-language-server --stdio"
JLS="node $bench/node_modules/vscode-langservers-extracted/bin/vscode-json-language-server --stdio"
OURS_IDS="json=ecs-json,yaml=ecs-yaml,yml=ecs-yaml"
OURS_SETTINGS=(--settings "$bench/settings/ecs-request-language-server.json" --language-ids "$OURS_IDS")
YLS_SETTINGS=(--settings "$bench/settings/yaml-language-server.json")
JLS_SETTINGS=(--settings "$bench/settings/vscode-json-language-server.json" --init-options "$bench/settings/vscode-json-language-server.init.json")

# Our server runs once per format, like the anchors (each anchor opens only its own format), so
# memory and timings compare like with like: JSON documents vs vscode-json-language-server, YAML
# documents vs yaml-language-server; push and pull diagnostics for each.
# Every session runs once per round, and in each round a session of ours runs right next to the
# same session of its anchor, first one then the other, the order alternating between rounds. A
# slow phase of the machine (single runs here swing by up to 40 %) then falls on both servers
# instead of on whichever ran at that moment. Each session is the same as a single-round run (a
# server's memory after the documents depends on how many runs it served), and merge-rounds.mjs
# pools a session's rounds: timings over all samples, memory as the median of the rounds.
session() { # round label server-command settings-array-name harness-options...
  local round="$1" label="$2" command="$3" settings="$4[@]"; shift 4
  echo "== round $round: $label"
  harness --server "$command" "${!settings}" --label "$label" --out "$results/rounds/$round/$label.json" "$@" \
    > "$results/rounds/$round/$label.txt"
}
# The sessions, each run as `name ROUND`.
ours_json_push() { session "$1" ours-json-push "$OURS" OURS_SETTINGS --ext json; }
ours_json_pull() { session "$1" ours-json-pull "$OURS" OURS_SETTINGS --ext json --diagnostics pull --startups 1; }
ours_yaml_push() { session "$1" ours-yaml-push "$OURS" OURS_SETTINGS --ext yaml,yml; }
ours_yaml_pull() { session "$1" ours-yaml-pull "$OURS" OURS_SETTINGS --ext yaml,yml --diagnostics pull --startups 1; }
jls_push() { session "$1" vscode-json-language-server "$JLS" JLS_SETTINGS --ext json; }
jls_pull() { session "$1" vscode-json-language-server-pull "$JLS" JLS_SETTINGS --ext json --diagnostics pull --startups 1; }
yls_push() { session "$1" yaml-language-server "$YLS" YLS_SETTINGS --ext yaml,yml; }
in_turns() { # round first second: first then second on odd rounds, the other way on even ones
  if (( $1 % 2 )); then "$2" "$1"; "$3" "$1"; else "$3" "$1"; "$2" "$1"; fi
}
for round in $(seq 1 "$rounds"); do
  mkdir -p "$results/rounds/$round"
  in_turns "$round" ours_json_push jls_push
  in_turns "$round" ours_json_pull jls_pull
  in_turns "$round" ours_yaml_push yls_push
  ours_yaml_pull "$round" # yaml-language-server has no pull diagnostics.
done
for label in ours-json-push ours-json-pull ours-yaml-push ours-yaml-pull yaml-language-server \
  vscode-json-language-server vscode-json-language-server-pull; do
  node "$bench/merge-rounds.mjs" "$results/$label.json" "$results"/rounds/*/"$label.json"
done

node "$bench/summarize.mjs" "$results"
echo "per-server tables of each round: $results/rounds/*/*.txt; combined: $results/summary.md"

# The account measures of issue 14 (bench/account.mjs, about 40 s): completion, snapshot apply,
# edit -> diagnostics and RSS with the large world loaded. BENCH_ACCOUNT=0 skips them.
if [ "${BENCH_ACCOUNT:-1}" != 0 ]; then
  [ "${BENCH_SKIP_BUILD:-}" = 1 ] || npx tsc -p tsconfig.json
  node "$bench/account.mjs" > /dev/null
  cat "$results/account.md"
fi
