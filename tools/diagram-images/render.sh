#!/usr/bin/env bash
# Renders bpmn/*.bpmn and bpmn/*.dmn of the repository to docs/images/ (see render.mjs).
# Works from any directory; needs Debian's chromium (apt-get install -y chromium).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi
exec node render.mjs "$@"
