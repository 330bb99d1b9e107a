#!/usr/bin/env bash
# Runs printflow on this machine: a Temporal dev server (state kept in .data/), the vendor sandbox,
# the worker and the starter API. Ctrl-C stops everything it started.
#
#   ./run-local.sh              start the whole stack
#   ./run-local.sh worker       start only the worker, in the foreground (e.g. after killing it)
#   ./run-local.sh starter|sandbox|temporal   likewise for the others
#
# Ports (environment): TEMPORAL_PORT 7233, TEMPORAL_UI_PORT 8233, SANDBOX_PORT 8090,
# WORKER_PORT 8082, STARTER_PORT 8080. PRINTFLOW_DATA_DIR (default .data) holds the Temporal
# database and the logs. PRINTFLOW_POLL_INTERVAL (2s) and SANDBOX_STAGE (5s) set the pace.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

TEMPORAL_PORT=${TEMPORAL_PORT:-7233}
TEMPORAL_UI_PORT=${TEMPORAL_UI_PORT:-8233}
SANDBOX_PORT=${SANDBOX_PORT:-8090}
WORKER_PORT=${WORKER_PORT:-8082}
STARTER_PORT=${STARTER_PORT:-8080}
DATA_DIR=${PRINTFLOW_DATA_DIR:-.data}
LOG_DIR="$DATA_DIR/logs"
RUN_DIR="$DATA_DIR/run"
VERSION=0.1.0-SNAPSHOT
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}

export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_PORT"
export SANDBOX_URL="http://127.0.0.1:$SANDBOX_PORT"
export SANDBOX_PORT WORKER_PORT STARTER_PORT
export PREMIUMPRINT_WEBHOOK_URL=${PREMIUMPRINT_WEBHOOK_URL:-http://127.0.0.1:$STARTER_PORT/api/v1/webhooks/premiumprint}
export PRINT_FILE_OMS_WEBHOOK_URL=${PRINT_FILE_OMS_WEBHOOK_URL:-http://127.0.0.1:$STARTER_PORT/api/v1/webhooks/print-file-oms}

mkdir -p "$LOG_DIR" "$RUN_DIR"
started=()

say() { printf '\033[1m%s\033[0m\n' "$*"; }

stop_all() {
  trap - INT TERM EXIT
  if [ ${#started[@]} -gt 0 ]; then
    say "Stopping..."
    for (( i=${#started[@]}-1; i>=0; i-- )); do
      kill "${started[$i]}" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -f "$RUN_DIR"/*.pid
  fi
  exit 0
}

wait_for() { # name url pid
  local name=$1 url=$2 pid=$3
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited during start-up; its log:" >&2
      tail -n 40 "$LOG_DIR/$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "$name did not become ready at $url; see $LOG_DIR/$name.log" >&2
  return 1
}

port_free() { # name port
  if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then
    echo "Port $2 for $1 is taken (another ./run-local.sh?). Stop it, or set another port, e.g. ${1^^}_PORT." >&2
    exit 1
  fi
}

build() {
  # Components started at once (./run-local.sh worker & ./run-local.sh starter) build one at a time.
  exec 8>"$DATA_DIR/build.lock"
  flock 8
  local jars=(worker/target/worker-$VERSION-exec.jar starter-api/target/starter-api-$VERSION-exec.jar vendor-sandbox/target/vendor-sandbox-$VERSION-exec.jar)
  local stale=no
  for jar in "${jars[@]}"; do
    if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -print -quit)" ]; then stale=yes; fi
  done
  if [ "$stale" = yes ]; then
    say "Building (./mvnw package -DskipTests)..."
    ./mvnw -q -DskipTests package
  fi
  flock -u 8
}

run_temporal() { # foreground|background
  local temporal
  temporal=$(tools/temporal-cli.sh)
  port_free temporal "$TEMPORAL_PORT"
  local args=(server start-dev
    --ip 127.0.0.1 --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT"
    --db-filename "$DATA_DIR/temporal.db"
    --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal
    --search-attribute OrderReference=Keyword
    --search-attribute Vendor=Keyword
    --search-attribute FulfillmentStatus=Keyword
    --log-level warn)
  if [ "$1" = foreground ]; then exec "$temporal" "${args[@]}"; fi
  "$temporal" "${args[@]}" >"$LOG_DIR/temporal.log" 2>&1 &
  started+=($!); echo $! >"$RUN_DIR/temporal.pid"
  wait_for temporal "http://127.0.0.1:$TEMPORAL_UI_PORT/" $!
}

run_java() { # name jar health-url foreground|background [args...]
  local name=$1 jar=$2 health=$3 mode=$4; shift 4
  if [ "$mode" = foreground ]; then echo $$ >"$RUN_DIR/$name.pid"; exec java $JAVA_OPTS -jar "$jar" "$@"; fi
  java $JAVA_OPTS -jar "$jar" "$@" >"$LOG_DIR/$name.log" 2>&1 &
  started+=($!); echo $! >"$RUN_DIR/$name.pid"
  wait_for "$name" "$health" $!
}

run_sandbox() {
  port_free sandbox "$SANDBOX_PORT"
  run_java sandbox vendor-sandbox/target/vendor-sandbox-$VERSION-exec.jar "$SANDBOX_URL/actuator/health" "$1"
}

run_worker() {
  port_free worker "$WORKER_PORT"
  run_java worker worker/target/worker-$VERSION-exec.jar "http://127.0.0.1:$WORKER_PORT/actuator/health" "$1" --spring.profiles.active=local
}

run_starter() {
  port_free starter "$STARTER_PORT"
  run_java starter starter-api/target/starter-api-$VERSION-exec.jar "http://127.0.0.1:$STARTER_PORT/actuator/health" "$1" --spring.profiles.active=local
}

case "${1:-all}" in
  temporal) run_temporal foreground ;;
  sandbox) build; run_sandbox foreground ;;
  worker) build; run_worker foreground ;;
  starter) build; run_starter foreground ;;
  all)
    trap stop_all INT TERM EXIT
    build
    say "Starting the Temporal dev server..."; run_temporal background
    say "Starting the vendor sandbox...";      run_sandbox background
    say "Starting the worker...";              run_worker background
    say "Starting the starter API...";         run_starter background
    cat <<EOF

printflow is running. Logs in $LOG_DIR/, Temporal state in $DATA_DIR/temporal.db.

  Starter API      http://127.0.0.1:$STARTER_PORT/api/v1/orders
  API docs         http://127.0.0.1:$STARTER_PORT/swagger-ui.html
  Temporal UI      http://127.0.0.1:$TEMPORAL_UI_PORT/namespaces/default/workflows
  Vendor sandbox   $SANDBOX_URL/admin/orders
  Temporal CLI     $(tools/temporal-cli.sh) --address $TEMPORAL_ADDRESS

Try: curl -s -X POST http://127.0.0.1:$STARTER_PORT/api/v1/orders -H 'Content-Type: application/json' -d @examples/premiumprint-order.json
Press Ctrl-C to stop.
EOF
    # Stay up while the components run; one that exits (say, a killed worker) is reported, not restarted.
    while true; do
      for name in temporal sandbox worker starter; do
        pidfile="$RUN_DIR/$name.pid"
        if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
          say "$name stopped; start it again with: ./run-local.sh $name"
          rm -f "$pidfile"
        fi
      done
      sleep 2
    done
    ;;
  *) echo "usage: $0 [all|temporal|sandbox|worker|starter]" >&2; exit 2 ;;
esac
