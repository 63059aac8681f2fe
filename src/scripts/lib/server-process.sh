# Shared by every script that starts `sleepkb serve`: finding a free port and stopping the server.
# Sourced from the repository root, not run. The caller sets SERVER_PID when it starts the server.

# free_port: a TCP port nothing listens on, searched from a random start in 17070-17969, so that
# runs started at the same time on one machine (other worktrees' benchmarks) do not pick the same one.
free_port() {
  local port i start=$(( 17070 + RANDOM % 900 ))
  for i in $(seq 0 899); do
    port=$(( 17070 + (start - 17070 + i) % 900 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port in 17070-17969" >&2
  exit 1
}

# kill_server: stops the server started as SERVER_PID, if it still runs, and waits for it.
kill_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
