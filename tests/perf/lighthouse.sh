#!/usr/bin/env bash
# Lighthouse 12 (LCP, total blocking time, CLS) for the dashboard and the plan tree of the demo plan, signed in as the
# board member, desktop and mobile presets. Builds Release and the SPA, starts the API on a throwaway embedded
# PostgreSQL in Development (demo users), installs Lighthouse from this folder's lock file, prints a Markdown table.
# Usage: tests/perf/lighthouse.sh [runs=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
export RUNS="${1:-3}"
dotnet build api -c Release -v q -nologo -p:SkipContractGeneration=true >/dev/null
npm run --prefix client --silent build >/dev/null
(cd tests/perf/lighthouse && npm ci --no-audit --no-fund --silent)
dir="$(mktemp -d)"
chmod 755 "$dir"  # the postgres user runs the server when we are root
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export PASSWORD="Lighthouse-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
DEMO_PASSWORD="$PASSWORD" EmbeddedPostgres__DataDirectory="$dir/pg" ASPNETCORE_ENVIRONMENT=Development \
  dotnet api/bin/Release/net10.0/DeliveryTracker.Api.dll --contentRoot "$PWD/api" --urls "http://127.0.0.1:$port" >"$dir/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { cat "$dir/api.log" >&2; exit 1; }
  sleep 0.2
done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
BASE_URL="http://127.0.0.1:$port" EMAIL=board@example.org CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node tests/perf/lighthouse/measure.mjs
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
