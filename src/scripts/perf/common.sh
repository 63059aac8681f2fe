# Shared by the performance scripts: start `serve` on 127.0.0.1 and wait until it answers.
# Sourced, not run.

# The server runs through bin/sleepkb, with the JVM options of config/jvm.options; JAVA_OPTS adds or
# overrides options (it becomes SLEEPKB_JAVA_OPTS). To measure another build side by side, run the
# script in a checkout of that build.
JAVA_OPTS="${JAVA_OPTS:-}"

# sleepkb ARGS...: the launcher with JAVA_OPTS.
sleepkb() {
  SLEEPKB_JAVA_OPTS="$JAVA_OPTS" bin/sleepkb "$@"
}

# bench_java ARGS...: java on the compiled benchmarks (src/bench) and their classpath, after
# `mvn -Pbench test-compile`.
bench_java() {
  java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$@"
}

. src/scripts/lib/server-process.sh

# start_server CORPUS INDEX PORT [extra serve options]: starts serve in the background, sets SERVER_PID.
start_server() {
  local corpus=$1 index=$2 port=$3
  shift 3
  # shellcheck disable=SC2086
  sleepkb serve --corpus "$corpus" --index "$index" --port "$port" "$@" >"$index.log" 2>&1 &
  SERVER_PID=$! # the JVM's own, as bin/sleepkb execs it
}

# wait_until_answering PORT TIMEOUT_S: polls /api/search every 10 ms; prints ms since START_NS.
wait_until_answering() {
  local port=$1 timeout=$2 deadline
  deadline=$(( $(date +%s) + timeout ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/search?q=sleep")" = 200 ]; do
    if [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "the server did not answer within ${timeout}s" >&2
      return 1
    fi
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - START_NS) / 1000000 ))
}

# median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
