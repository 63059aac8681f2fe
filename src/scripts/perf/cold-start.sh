#!/usr/bin/env bash
# Cold start: milliseconds from launching `serve` to its first 200 from /api/search, with the index
# present and with it absent (built at start), several runs each; prints every run and the medians.
# Usage: src/scripts/perf/cold-start.sh [RUNS] [CORPUS]     (run from the project root after `mvn package`)
# JAVA_OPTS (see common.sh) and serve options in SERVE_OPTS (e.g. --no-semantic) may be set.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/scripts/perf/common.sh
RUNS=${1:-7}
CORPUS=${2:-corpus}
WORK=$(mktemp -d)
trap 'kill_server; rm -rf "$WORK"' EXIT

echo "JVM flags: config/jvm.options ${JAVA_OPTS:+plus $JAVA_OPTS}; serve options: ${SERVE_OPTS:-none}; load: $(cut -d' ' -f1-3 /proc/loadavg)"
for state in absent present; do
  times=()
  for run in $(seq 1 "$RUNS"); do
    index="$WORK/index"
    if [ "$state" = absent ]; then rm -rf "$index"; fi
    port=$(free_port)
    START_NS=$(date +%s%N)
    # shellcheck disable=SC2086
    start_server "$CORPUS" "$index" "$port" ${SERVE_OPTS:-}
    ms=$(wait_until_answering "$port" 30)
    kill_server
    grep '\[warning\]' "$index.log" >&2 || true    # e.g. a class archive that does not fit the jar
    times+=("$ms")
    echo "index $state, run $run: ${ms} ms"
  done
  echo "index $state: median $(median "${times[@]}") ms over $RUNS runs"
done
