#!/bin/sh
# Smoke test of the running stack from inside the project network. Exit 0 = pass.
set -e
page=$(wget -q -O - http://web/)
echo "$page" | grep -q "tsc-compose quickstart" || { echo "FAIL: web page"; exit 1; }
stats=$(wget -q -O - http://web/cgi-bin/stats)
echo "$stats"
echo "$stats" | grep -q "^visits=[1-9]" || { echo "FAIL: visits not counted"; exit 1; }
echo "PASS"
