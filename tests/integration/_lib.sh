# _lib.sh - helpers for integration tests: start the broker and vigild as
# separate processes on 127.0.0.1, wait with bounded loops, clean up.
# Sourced by tests/integration/*.sh; B is the build directory.
#
# The broker: VIGIL_BROKER=mock (default) is vigil-testbroker (librdkafka's
# mock cluster, with scripted faults on fd 9); VIGIL_BROKER=real is Apache
# Kafka (tools/kafka/kafka: KRaft, 1 node, or 3 with --brokers 3), with
# topic auto-creation off as in production, so start_broker and base_conf
# create the topics a test names.  A script says which brokers it runs on in
# a "# brokers: mock real" line (tests/run reads it; no line = mock only).
set -eu
B=${B:-build/asan}
T=$(mktemp -d /tmp/vigil-it.XXXXXX)
PIDS=""
BROKER=${VIGIL_BROKER:-mock}
KAFKA=tools/kafka/kafka
KD=$T/kafka # the real cluster's directory
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

cleanup() {
    for p in $PIDS; do kill -TERM "$p" 2>/dev/null || true; done
    sleep 0.2
    for p in $PIDS; do kill -KILL "$p" 2>/dev/null || true; done
    [ -f "$KD/nodes" ] && "$KAFKA" stop "$KD" 2>/dev/null
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$T"; fi
}
trap cleanup EXIT
# a test ended by a signal (tests/run's timeout) still stops its broker
trap 'exit 143' TERM INT HUP

fail() {
    echo "FAIL: $*" >&2
    for f in "$T"/*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 30 "$f" >&2; }; done
    exit 1
}

# start_broker [--brokers N] [--partitions P] [--topic T]...: sets BS to the
# bootstrap address.  Mock: fault commands can be written to fd 9.  Real:
# the named topics (and news.articles, news.events, news.deadletter) are
# created with P partitions (3 by default, as the mock's); a topic whose name
# ends in "incidents" is compacted, as vigild creates its incidents topic.
start_broker() {
    if [ "$BROKER" = real ]; then
        start_kafka "$@"
        return
    fi
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

# start_kafka [--brokers N] [--partitions P] [--topic T]... [-- kafka start options]
start_kafka() {
    nodes=1
    PARTS=3
    topics="news.articles news.events news.deadletter"
    while [ $# -gt 0 ]; do
        case $1 in
        --brokers) nodes=$2; shift ;;
        --partitions) PARTS=$2; shift ;;
        --topic) topics="$topics $2"; shift ;;
        --) shift; break ;;
        *) fail "start_broker: unknown option $1" ;;
        esac
        shift
    done
    # shellcheck disable=SC2086 # options are words
    "$KAFKA" start "$KD" --nodes "$nodes" --owner $$ "$@" > "$T/kafka.log" 2>&1 ||
        fail "Apache Kafka did not start: $(tail -n 5 "$T/kafka.log")"
    BS=$(cat "$KD/bootstrap")
    # shellcheck disable=SC2086
    create_topics $topics
}

# create_topics T...: real broker only (the mock creates topics on first
# use): create them with $PARTS partitions unless they exist.
create_topics() {
    [ "$BROKER" = real ] || return 0
    plain=""
    for t in "$@"; do
        case $t in
        *incidents) "$B/vigil" topics --brokers "$BS" $(cat "$KD/client.args") --partitions "$PARTS" \
            --create "$t" --config cleanup.policy=compact 2>> "$T/topics.log" ||
            fail "cannot create topic $t: $(tail -n 3 "$T/topics.log")" ;;
        *) plain="$plain --create $t" ;;
        esac
    done
    [ -z "$plain" ] && return 0
    # shellcheck disable=SC2046,SC2086
    "$B/vigil" topics --brokers "$BS" $(cat "$KD/client.args") --partitions "$PARTS" $plain \
        2>> "$T/topics.log" || fail "cannot create topics$plain: $(tail -n 3 "$T/topics.log")"
}

# broker_slow on|off: make the broker slow to take outputs.  Mock: 300 ms
# more round trip on broker 1.  Real: a client quota throttles producers
# whose client.id is vigild to 20 kB/s (the broker delays its answers).
broker_slow() {
    if [ "$BROKER" = real ]; then
        if [ "$1" = on ]; then set -- --add-config producer_byte_rate=20000; else set -- --delete-config producer_byte_rate; fi
        "$KAFKA" tool "$KD" org.apache.kafka.tools.ConfigCommand --bootstrap-server "$BS" --alter \
            --entity-type clients --entity-name vigild "$@" >> "$T/quota.log" 2>&1 ||
            fail "client quota not set: $(tail -n 3 "$T/quota.log")"
    elif [ "$1" = on ]; then
        echo "rtt 1 300" >&9
    else
        echo "rtt 1 0" >&9
    fi
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

# wait_exit [seconds]: until vigild ($VPID) exits by itself, bounded (60 s);
# sets STATUS to its exit status, or to "" when it is still running.
wait_exit() {
    STATUS=""
    for _ in $(seq 1 $((${1:-60} * 10))); do
        if ! kill -0 "$VPID" 2> /dev/null; then
            STATUS=0
            wait "$VPID" || STATUS=$?
            return 0
        fi
        sleep 0.1
    done
}

# expect_exit NAME ERE: vigild ($VPID, logging to NAME.log) must exit by
# itself within 60 s, with status 1 and a line matching ERE (a clear fatal
# error, not a retry loop)
expect_exit() {
    wait_exit 60
    [ -n "$STATUS" ] || fail "$1: vigild kept running (a retry loop)"
    [ "$STATUS" -eq 1 ] || fail "$1: exit status $STATUS, not 1"
    grep -Eq "$2" "$T/$1.log" || fail "$1: no clear error: $(tail -n 3 "$T/$1.log")"
    echo "$1: exit 1: $(grep -E "$2" "$T/$1.log" | head -n 1 | cut -c1-200)"
}

# run_conf RUN GROUP_WAIT_MS: a config of one run with its own topics
# (RUN.articles, .events, .dead, .incidents, .alerts) and groups, for tests
# that compare runs
run_conf() {
    cat <<CONF
kafka.bootstrap.servers = $BS
workers = 1
input.topic = $1.articles
output.events_topic = $1.events
output.deadletter_topic = $1.dead
output.incidents_topic = $1.incidents
output.alerts_topic = $1.alerts
consumer.group = vigil-$1
alerts.group = vigil-alerts-$1
alerts.group_wait_ms = $2
kafka.session.timeout.ms = 6000
kafka.heartbeat.interval.ms = 500
CONF
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

# base_conf GROUP EVENTS_TOPIC: a config for tests against $BS (on a real
# broker, the events and dead-letter topics are created here)
base_conf() {
    create_topics "$2" "$2.dead"
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

# leaders TOPIC: "partition leader" lines of a topic on the real broker
leaders() {
    "$KAFKA" tool "$KD" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BS" --describe \
        --topic "$1" 2>> "$T/tool.log" |
        sed -n 's/.*Partition: *\([0-9]*\).*Leader: *\([-0-9]*\).*/\1 \2/p'
}

# check_alerts ALERTS_TOPIC INCIDENTS_TOPIC: exactly-once of the alert
# stage, read back from its committed records; sets n_alerts (alerts read)
# and n_alerted (incidents with at least one).
check_alerts() {
    "$B/vigil" consume --brokers "$BS" --topic "$1" --timeout 10 2> /dev/null > "$T/alerts.jsonl"
    "$B/vigil" consume --brokers "$BS" --topic "$2" --timeout 10 --headers 2> /dev/null \
        > "$T/incidents.jsonl"
    # Every alert once, none lost (vigil consume reads committed records only:
    # librdkafka's default isolation.level).  The committed incident states are
    # the stage's own account: an incident's alerts are numbered 0, 1, ... (seq)
    # and its last state says how many were sent (alert.n_sent), so its
    # committed alerts must be exactly seq 0 .. n_sent-1, each once; an alert
    # whose incident has no committed state is an orphan.  A duplicate may
    # differ in alert_id (an update's id covers its content), so both the
    # (incident, seq) pairs and the alert ids are counted.
    python3 - "$T/alerts.jsonl" "$T/incidents.jsonl" > "$T/alerts.count" <<'PY'
import collections, json, sys
alerts = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
state = {}
for l in open(sys.argv[2]):
    r = json.loads(l)
    if r["value"]:
        state[r["key"]] = json.loads(r["value"])["alert"]["n_sent"]
    else:
        state.pop(r["key"], None)  # a tombstone: the incident expired
pairs = collections.Counter((a["incident_id"], a["seq"]) for a in alerts)
ids = collections.Counter(a["alert_id"] for a in alerts)
twice = [a for a, c in ids.items() if c > 1] + ["%s#%d" % p for p, c in pairs.items() if c > 1]
lost = ["%s#%d" % (i, q) for i, n in state.items() for q in range(n) if (i, q) not in pairs]
orphans = ["%s#%d" % p for p in pairs if p[0] not in state or p[1] >= state[p[0]]]
print(len(alerts), len(twice), len(lost), len(orphans), sum(1 for n in state.values() if n),
      " ".join((twice + lost + orphans)[:5]) or "-")
PY
    read -r n_alerts n_twice n_lost n_orphans n_alerted bad_ids < "$T/alerts.count" ||
        fail "alerts not counted"
    [ "$n_alerts" -gt 0 ] || fail "no alert at all"
    [ "$n_twice" -eq 0 ] || fail "$n_twice of $n_alerts alerts sent twice under exactly-once: $bad_ids"
    [ "$n_lost" -eq 0 ] || fail "$n_lost alerts the incident states count as sent are not committed: $bad_ids"
    [ "$n_orphans" -eq 0 ] || fail "$n_orphans committed alerts beyond their incident's state: $bad_ids"
}
