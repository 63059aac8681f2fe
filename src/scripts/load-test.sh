#!/usr/bin/env bash
# Load test: drives GET /api/search with a mix of article titles, lay questions and typos
# (src/scripts/load-mix.lua) while POST /api/reindex?full=true is sent every second, then reports
# requests, errors (non-2xx answers and socket errors: both must be 0) and latency percentiles.
#
#   src/scripts/load-test.sh                  # 30 s, 12 connections, 2 wrk threads
#   DURATION=60 CONNECTIONS=16 src/scripts/load-test.sh
#   SKIP_BUILD=1 src/scripts/load-test.sh     # reuse target/sleepkb.jar
#
# Needs wrk (Debian: apt-get install wrk), curl and Maven. Only 127.0.0.1 traffic.
cd "$(dirname "$0")/../.."
source src/scripts/lib/temp-server.sh

DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-12}
THREADS=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }

build_jar
start_server

# Article titles as people would type them into the box, one a line.
sed -n 's/^title: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' corpus/articles/*.md >"$WORK/titles.txt"

reindex_loop() {
    local end=$((SECONDS + DURATION))
    while ((SECONDS < end)); do
        curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/reindex?full=true"
        sleep 1
    done >"$WORK/reindex-codes.txt"
}
reindex_loop &
REINDEX_PID=$!

TITLES="$WORK/titles.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency \
    -s src/scripts/load-mix.lua "$BASE" | tee "$WORK/wrk.txt"
wait "$REINDEX_PID"

echo
echo "reindex requests during the run (status: count):"
sort "$WORK/reindex-codes.txt" | uniq -c | awk '{print "  " $2 ": " $1}'
echo "health after the run: $(curl -s "$BASE/health")"
if grep -qi -E 'ERROR|Exception' "$WORK/server.log"; then
    echo "the server log has errors:" >&2
    grep -i -E 'ERROR|Exception' "$WORK/server.log" | head -20 >&2
    exit 1
fi
if ! grep -q '^errors 0$' "$WORK/wrk.txt"; then
    echo "FAILED: some requests failed" >&2
    exit 1
fi
echo "OK: no failed requests"
