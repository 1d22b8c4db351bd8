#!/usr/bin/env bash
# Sets up a fresh Debian machine for tsc-compose: system packages, pnpm, dependencies, the
# native build (node-gyp, during pnpm install) and the TypeScript build. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
need_apt=()
# Build tools for the addon, the static supervisor and the test helpers compiled in tests;
# util-linux (nsenter, unshare) and bsdutils (script) are used by the integration tests;
# procps gives `top` its ps (it is not in a minimal Debian).
for pkg in busybox-static libseccomp-dev nftables iproute2 docker-registry apache2-utils openssl \
  gcc g++ make python3 libc6-dev util-linux bsdutils tar procps; do
  # "install ok installed" only: a removed package keeps a dpkg record (config-files)
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
command -v pnpm >/dev/null 2>&1 || npm i -g pnpm@10 >/dev/null
# Build the addon against the machine's Node headers when they are installed (no download).
if [ -d /usr/include/node ] && [ -z "${npm_config_nodedir:-}" ]; then export npm_config_nodedir=/usr; fi
pnpm install --frozen-lockfile=false
pnpm build
# `tsc-compose` on PATH, like an installed CLI.
ln -sf "$PWD/packages/cli/bin/tsc-compose.js" /usr/local/bin/tsc-compose
