#!/usr/bin/env bash
# Waits (up to 2 minutes) until this machine's CPUs have been idle for one second, so that
# a benchmark run does not share its cores with another build: for hyperfine's --prepare.
#
#   bench/idle.sh [SHARE]   # SHARE: the idle share to wait for, 0.9 by default
set -euo pipefail
want=${1:-0.9}
ticks() { awk '/^cpu / { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
for _ in $(seq 120); do
  read -r idle0 total0 < <(ticks)
  sleep 1
  read -r idle1 total1 < <(ticks)
  if awk -v i=$((idle1 - idle0)) -v t=$((total1 - total0)) -v w="$want" 'BEGIN { exit !(t > 0 && i / t >= w) }'; then
    exit 0
  fi
done
echo "idle.sh: the machine stayed busy" >&2
