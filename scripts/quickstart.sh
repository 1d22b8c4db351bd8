#!/usr/bin/env bash
# The main job on a fresh machine (after scripts/setup.sh): make the busybox image from
# Debian's busybox-static (no registry needed), bring up examples/quickstart, wait until
# every service is healthy and say where to open it.
set -euo pipefail
cd "$(dirname "$0")/.."
unset NODE_EXTRA_CA_CERTS || true
tsc=(node "$PWD/packages/cli/bin/tsc-compose.js")

if ! "${tsc[@]}" image inspect busybox:latest >/dev/null 2>&1; then
  rootfs=$(mktemp -d)
  trap 'rm -rf "$rootfs"' EXIT
  mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp"
  chmod 755 "$rootfs"; chmod 1777 "$rootfs/tmp"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
  tar -C "$rootfs" -cf "$rootfs.tar" .
  "${tsc[@]}" image import "$rootfs.tar" busybox:latest >/dev/null
  rm -f "$rootfs.tar"
  echo "Imported busybox:latest from Debian's busybox-static"
fi

cd examples/quickstart
"${tsc[@]}" up -d --wait --wait-timeout 120
"${tsc[@]}" ps
echo
port=${WEB_PORT:-8080}
echo "The quickstart stack is up and healthy: open http://127.0.0.1:$port/ (stats: http://127.0.0.1:$port/cgi-bin/stats)"
echo "Smoke test: tsc-compose --profile test run --rm tests    Stop it: tsc-compose down -v (in examples/quickstart)"
