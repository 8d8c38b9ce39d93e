#!/usr/bin/env bash
# Measures how long the API takes from process start to /health/ready with the embedded PostgreSQL:
#   cold = empty data folder (initdb + migrations + demo plan load), warm = restart on the existing folder.
# Prints each run and the median. Usage: tests/perf/cold-start.sh [runs=5]   (builds Release first)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
dotnet build api -c Release -v q -nologo -p:SkipContractGeneration=true >/dev/null
dir="$(mktemp -d)"
chmod 755 "$dir"  # the postgres user runs the server when we are root
trap 'rm -rf "$dir"' EXIT
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

measure() {
  local start end pid
  start=$(date +%s%N)
  EmbeddedPostgres__DataDirectory="$dir/pg" dotnet api/bin/Release/net10.0/DeliveryTracker.Api.dll --contentRoot "$PWD/api" --urls "http://127.0.0.1:$port" >"$dir/api.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/api.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

cold=(); warm=()
for _ in $(seq "$runs"); do
  rm -rf "$dir/pg"
  cold+=("$(measure)")
  warm+=("$(measure)")
done
seed_ms=$(grep -o 'Loaded demo plan .* in [0-9]* ms' "$dir/api.log" | grep -o '[0-9]* ms' || true)
echo "cold start (initdb + migrate + seed) ms: ${cold[*]}  median $(printf '%s\n' "${cold[@]}" | median)"
echo "warm start (existing data) ms:           ${warm[*]}  median $(printf '%s\n' "${warm[@]}" | median)"
