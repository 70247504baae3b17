# _lib.sh - helpers for integration tests: start the broker process and
# vigild as separate processes on 127.0.0.1, wait with bounded loops, clean up.
# Sourced by tests/integration/*.sh; B is the build directory.
set -eu
B=${B:-build/asan}
T=$(mktemp -d /tmp/vigil-it.XXXXXX)
PIDS=""
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

cleanup() {
    for p in $PIDS; do kill -TERM "$p" 2>/dev/null || true; done
    sleep 0.2
    for p in $PIDS; do kill -KILL "$p" 2>/dev/null || true; done
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$T"; fi
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    for f in "$T"/*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 30 "$f" >&2; }; done
    exit 1
}

# start_broker [extra args]: sets BS to the bootstrap address; fault commands
# can be written to $T/broker.in.
start_broker() {
    mkfifo "$T/broker.in"
    "$B/vigil-testbroker" --topic news.articles --topic news.events --topic news.deadletter \
        "$@" < "$T/broker.in" > "$T/broker.out" 2> "$T/broker.log" &
    PIDS="$PIDS $!"
    exec 9> "$T/broker.in" # keep the fifo open for commands
    for _ in $(seq 1 100); do
        [ -s "$T/broker.out" ] && break
        sleep 0.1
    done
    BS=$(head -n 1 "$T/broker.out")
    [ -n "$BS" ] || fail "broker did not start"
}

# start_vigild NAME CONF: runs vigild in the background, pid in VPID.
start_vigild() {
    "$B/vigild" -c "$2" > "$T/$1.log" 2>&1 &
    VPID=$!
    PIDS="$PIDS $VPID"
}

# wait_log NAME PATTERN [seconds]
wait_log() {
    for _ in $(seq 1 $((${3:-30} * 10))); do
        grep -q "$2" "$T/$1.log" 2>/dev/null && return 0
        sleep 0.1
    done
    fail "timed out waiting for '$2' in $1.log"
}

# stop_vigild PID: SIGTERM and require a clean exit 0 within 30 s.
stop_vigild() {
    kill -TERM "$1"
    for _ in $(seq 1 300); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$1" 2>/dev/null && fail "vigild did not stop within 30 s"
    wait "$1" || fail "vigild exited with status $?"
}

consume() { # consume TOPIC COUNT [extra]: prints messages; fails when fewer arrive
    topic=$1
    n=$2
    shift 2
    "$B/vigil" consume --brokers "$BS" --topic "$topic" --count "$n" --timeout 30 "$@"
}

# expected_ids INPUT OUT: event ids the offline pipeline (vigil extract) gives
# for INPUT; vigild must publish exactly this set.
expected_ids() {
    "$B/vigil" extract "$1" 2> "$T/extract.log" | python3 -c '
import json, sys
for line in sys.stdin:
    for e in json.loads(line)["events"]:
        print(e["event_id"])' | sort > "$2"
}

# collect_ids TOPIC EXPECTED_FILE OUT [seconds]: consume TOPIC until every id
# of EXPECTED_FILE has been seen (bounded); OUT gets every id seen, with
# repeats.  Returns non-zero when some expected id never arrived.
collect_ids() {
    want=$(sort -u "$2" | wc -l)
    python3 - "$B/vigil" "$BS" "$1" "$2" "$3" "${4:-120}" <<'PY'
import json, subprocess, sys, time
vigil, bs, topic, want_file, out, limit = sys.argv[1:7]
want = set(open(want_file).read().split())
seen, ids = set(), []
p = subprocess.Popen([vigil, "consume", "--brokers", bs, "--topic", topic, "--timeout",
                      limit], stdout=subprocess.PIPE, text=True)
deadline = time.time() + float(limit)
for line in p.stdout:
    ev = json.loads(line)
    ids.append(ev["event_id"])
    seen.add(ev["event_id"])
    if want <= seen or time.time() > deadline:
        break
p.kill()  # it may be blocked writing to the pipe nobody reads any more
p.wait()
open(out, "w").write("\n".join(ids) + "\n")
missing = want - seen
extra = seen - want
print("%s: %d records, %d distinct, %d expected, %d missing, %d unexpected, %d duplicates"
      % (topic, len(ids), len(seen), len(want), len(missing), len(extra), len(ids) - len(seen)))
sys.exit(1 if missing or extra else 0)
PY
}

# base_conf GROUP EVENTS_TOPIC: a config for tests against $BS
base_conf() {
    cat <<CONF
kafka.bootstrap.servers = $BS
consumer.group = $1
output.events_topic = $2
output.deadletter_topic = $2.dead
alerts.enabled = false
kafka.session.timeout.ms = 6000
kafka.heartbeat.interval.ms = 500
kafka.consumer.auto.commit.interval.ms = 200
CONF
}
