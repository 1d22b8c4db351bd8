#!/usr/bin/env bash
# The main job on a fresh machine: a busybox image made from Debian's busybox-static, then a
# container from it. (The compose engine turns this into the quickstart stack.)
set -euo pipefail
cd "$(dirname "$0")/.."
unset NODE_EXTRA_CA_CERTS || true
bin=packages/cli/bin/tsc-compose.js
node "$bin" --version
