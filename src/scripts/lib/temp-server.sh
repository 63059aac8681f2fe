# Shared by the scripts in src/scripts/: builds the jar, starts `sleepkb serve` on a free
# 127.0.0.1 port with a fresh index in a temporary folder and a random admin token, and stops
# it on exit. Source it from the repository root; it sets PORT, TOKEN, BASE and WORK.

set -euo pipefail
source src/scripts/lib/server-process.sh

build_jar() {
    if [[ "${SKIP_BUILD:-0}" != 1 || ! -f target/sleepkb.jar ]]; then
        echo "building target/sleepkb.jar ..." >&2
        mvn -B -q -DskipTests package >&2
    fi
}

start_server() {
    WORK=$(mktemp -d)
    PORT=$(free_port)
    TOKEN=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    BASE="http://127.0.0.1:$PORT"
    local extra=()
    # Words only unless SEMANTIC=1: these figures are about the server under hostile input and
    # reindexing, not the sentence model (docs/performance.md measures that).
    if [[ "${SEMANTIC:-0}" != 1 ]]; then
        extra+=(--no-semantic)
    fi
    SLEEPKB_ADMIN_TOKEN="$TOKEN" SLEEPKB_JAVA_OPTS="${JAVA_OPTS:-}" bin/sleepkb serve --host 127.0.0.1 --port "$PORT" \
        --corpus corpus --index "$WORK/index" "${extra[@]}" >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    trap stop_server EXIT
    for _ in $(seq 1 120); do
        if curl -sf "$BASE/health" >/dev/null; then
            echo "server up at $BASE (pid $SERVER_PID, log $WORK/server.log)" >&2
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            cat "$WORK/server.log" >&2
            echo "the server exited during start" >&2
            return 1
        fi
        sleep 0.5
    done
    echo "the server did not answer /health within 60 s" >&2
    return 1
}

stop_server() {
    kill_server
    if [[ -n "${WORK:-}" && "${KEEP_WORK:-0}" != 1 ]]; then
        rm -rf "$WORK"
    fi
}
