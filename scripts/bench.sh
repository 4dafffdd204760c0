#!/usr/bin/env bash
# Benchmarks our language server against the anchor servers (yaml-language-server 1.25.0 and
# vscode-json-language-server from vscode-langservers-extracted 4.10.0), all given our schema,
# on the same documents: a typical request, the largest legal request, a syntax-broken one and
# one with 10 schema errors, in JSON and YAML. Harness: bench/lspbench.mjs.
# Usage: bash scripts/bench.sh [runs]   (default 15; BENCH_RUNS works too). About 5-8 minutes.
# Needs nothing else running: on 2 cores other work distorts the figures.
# Output: bench/results/*.json, *.txt and the combined table bench/results/summary.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
runs="${1:-${BENCH_RUNS:-15}}"
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

# Our server runs once per format, like the anchors (each anchor opens only its own format), so
# memory and timings compare like with like: JSON documents vs vscode-json-language-server, YAML
# documents vs yaml-language-server; push and pull diagnostics for each.
ours_run() { # format exts
  local format="$1" exts="$2"
  echo "== ours $format (push)"
  harness --server "$OURS" --settings "$bench/settings/ecs-request-language-server.json" --language-ids "$OURS_IDS" \
    --ext "$exts" --label "ours-$format-push" --out "$results/ours-$format-push.json" --log "$results/ours-$format-push.log" \
    > "$results/ours-$format-push.txt"
  echo "== ours $format (pull)"
  harness --server "$OURS" --settings "$bench/settings/ecs-request-language-server.json" --language-ids "$OURS_IDS" \
    --ext "$exts" --diagnostics pull --startups 1 --label "ours-$format-pull" --out "$results/ours-$format-pull.json" \
    > "$results/ours-$format-pull.txt"
}
ours_run json json
ours_run yaml yaml,yml
echo "== yaml-language-server"
harness --server "$YLS" --settings "$bench/settings/yaml-language-server.json" --ext yaml,yml \
  --label yaml-language-server --out "$results/yaml-language-server.json" --log "$results/yaml-language-server.log" \
  > "$results/yaml-language-server.txt"
echo "== vscode-json-language-server (push)"
harness --server "$JLS" --settings "$bench/settings/vscode-json-language-server.json" \
  --init-options "$bench/settings/vscode-json-language-server.init.json" --ext json \
  --label vscode-json-language-server --out "$results/vscode-json-language-server.json" \
  --log "$results/vscode-json-language-server.log" > "$results/vscode-json-language-server.txt"
echo "== vscode-json-language-server (pull)"
harness --server "$JLS" --settings "$bench/settings/vscode-json-language-server.json" \
  --init-options "$bench/settings/vscode-json-language-server.init.json" --ext json --diagnostics pull --startups 1 \
  --label vscode-json-language-server-pull --out "$results/vscode-json-language-server-pull.json" \
  > "$results/vscode-json-language-server-pull.txt"

node "$bench/summarize.mjs" "$results"
echo "per-server tables: $results/*.txt; combined: $results/summary.md"
