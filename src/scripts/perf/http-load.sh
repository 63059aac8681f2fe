#!/usr/bin/env bash
# HTTP load on 127.0.0.1 with wrk (Debian package `wrk`): starts `serve` on the bundled corpus, warms
# it up, then in the same run measures GET /health and the mixed /api/search workload of QueryMix at
# 16 connections, and reads the server's resident memory from /proc after the search run. It does so
# twice: with the result cache off (`--cached-results 0`, every search computed) and on (the default),
# each against its own /health in the same run.
# Usage: src/scripts/perf/http-load.sh [BEIR_DIR]    (from the project root; BEIR_DIR adds NFCorpus queries)
# JAVA_OPTS (see common.sh) and serve options in SERVE_OPTS (e.g. --no-semantic) may be set;
# CACHES="0" measures the uncached server only; DURATION (default 30s) shortens the measured runs
# while trying things.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/scripts/perf/common.sh
BEIR=${1:-}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
CACHES=${CACHES:-0 512}
WORK=$(mktemp -d)
trap 'kill_server; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

mvn -B -q -Pbench -DskipTests test-compile
bench_java org.sleepkb.bench.QueryMix \
  corpus "$WORK/paths.txt" ${BEIR:+"$BEIR"}

# The index both servers search, built first: a first `serve` answers by words and adds the passage
# vectors in the background, which would overlap the measurement of a hybrid server.
# shellcheck disable=SC2046
sleepkb reindex --corpus corpus --index "$WORK/index" $(grep -o -- --no-semantic <<<"${SERVE_OPTS:-}") >/dev/null

# measure CACHED_RESULTS: one server, warm-up, then /health and the search mix in the same run.
measure() {
  local cached=$1 port base
  port=$(free_port)
  START_NS=$(date +%s%N)
  # shellcheck disable=SC2086
  start_server corpus "$WORK/index" "$port" ${SERVE_OPTS:-} --cached-results "$cached"
  wait_until_answering "$port" 60 >/dev/null
  base="http://127.0.0.1:$port"
  echo "##### --cached-results $cached; JVM flags: config/jvm.options ${JAVA_OPTS:+plus $JAVA_OPTS}; serve options: ${SERVE_OPTS:-none};" \
    "$(wc -l <"$WORK/paths.txt") queries; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "== warm-up (10 s each)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$base/health" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s src/scripts/perf/search-mix.lua "$base" -- "$WORK/paths.txt" >/dev/null
  echo "== GET /health"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base/health"
  echo "== GET /api/search (query mix)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s src/scripts/perf/search-mix.lua "$base" -- "$WORK/paths.txt"
  echo "== resident memory after the search run: $(grep VmRSS /proc/"$SERVER_PID"/status | awk '{ print $2 / 1024 " MB" }')"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  kill_server
}

for cached in $CACHES; do
  measure "$cached"
done
