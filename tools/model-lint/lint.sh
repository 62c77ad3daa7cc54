#!/usr/bin/env bash
# Lints every bpmn/*.bpmn of the repository with bpmnlint, the way Camunda Modeler does
# (bpmnlint:recommended + camunda-compat rules for Camunda 7.24, see .bpmnlintrc).
# Works from any directory. Exits non-zero on any problem (errors, warnings and infos alike).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

# bpmnlint resolves .bpmnlintrc, plugins and moddle extensions from the current directory.
cd "$here"

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

shopt -s nullglob
models=("$repo"/bpmn/*.bpmn)
if [ ${#models[@]} -eq 0 ]; then
  echo "No BPMN files found in $repo/bpmn" >&2
  exit 1
fi

# --max-warnings=0: a warning (or an info, which bpmnlint counts as a warning) fails the run.
exec node node_modules/bpmnlint/bin/bpmnlint.js --config "$here/.bpmnlintrc" --max-warnings=0 "${models[@]}"
