#!/bin/sh
# Ticks a counter in the store every $INTERVAL seconds; logs each tick.
while true; do
  n=$(wget -q -O - "$STORE_URL/cgi-bin/incr?ticks") || { echo "store unreachable"; exit 1; }
  echo "tick $n"
  sleep "${INTERVAL:-5}"
done
