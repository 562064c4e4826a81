#!/usr/bin/env bash
# Start-up time of the center as an operator sees it: ./start.sh until /health answers 200, then stopped.
# usage: benchmarks/startup.sh [fresh|warm] [PORT]   (fresh: ./data removed first; run from the repository's root,
# with the deployable built). Prints the seconds to health and Payara's phases from the log. Loopback only; gives up
# after 5 minutes.
set -uo pipefail
cd "$(dirname "$0")/.."
mode=${1:-warm}
port=${2:-28500}
[ "$mode" = fresh ] && rm -rf data
log=$(mktemp "${TMPDIR:-/tmp}/cc-startup.XXXXXX.log")
t0=$(date +%s.%N)
CC_PORT=$port CC_AGI_PORT=$((port + 1)) ./start.sh > "$log" 2>&1 &
for _ in $(seq 1 1500); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ] && break
  sleep 0.2
done
t1=$(date +%s.%N)
pkill -f "base-url=http://127.0.0.1:$port"
wait
clean=$(sed 's/\x1b\[[0-9;]*m//g' "$log")
echo "$mode: health after $(echo "$t1 - $t0" | bc) s;" \
  "$(echo "$clean" | grep -o 'startup time : .*total([0-9,]*ms)' | head -1);" \
  "$(echo "$clean" | grep -o 'successfully deployed in [0-9,]* milliseconds' | head -1);" \
  "$(echo "$clean" | grep -o 'ready in [0-9,]* (ms)' | head -1); log $log"
