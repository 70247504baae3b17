#!/bin/sh
# kafka_compaction.sh - the incidents changelog compacted for real.  Two
# runs, A and B, get the same articles in two phases, each on its own topics
# of one Apache Kafka; their incidents topics are compacted with small
# segments (a new one every second) and the log cleaner on.  Between the
# phases B's incidents topic is checked to have been compacted (fewer
# records than were written, the same keys), and B's vigild is killed
# (SIGKILL) and restarted: it rebuilds its incidents from the compacted
# topic.  A runs throughout.  The alerts of both runs must be the same
# (ids, incidents, statuses, severities, rules).
# brokers: real
. "$(dirname "$0")/_lib.sh"
F=tests/fixtures/alerts

start_broker --partitions 3
for r in a b; do
    create_topics $r.articles $r.events $r.dead $r.alerts
    "$B/vigil" topics --brokers "$BS" --partitions 3 --create $r.incidents \
        --config cleanup.policy=compact --config segment.ms=1000 \
        --config min.cleanable.dirty.ratio=0.01 2>> "$T/topics.log" ||
        fail "cannot create $r.incidents: $(cat "$T/topics.log")"
done
for r in a b; do
    run_conf $r 4000 > "$T/$r.conf"
    echo "kafka.consumer.auto.commit.interval.ms = 200" >> "$T/$r.conf"
done
start_vigild a "$T/a.conf"
A=$VPID
start_vigild b "$T/b.conf"
BPID=$VPID
wait_log a "alerting: 3 partition(s) assigned" 60
wait_log b "alerting: 3 partition(s) assigned" 60

# settled RUN: every article and every event of the run has been handled
settled() {
    "$B/vigil" lag --brokers "$BS" --topic "$1.articles" --group "vigil-$1" --wait --timeout 120 \
        > /dev/null 2>> "$T/lag.log" || fail "run $1: articles not all processed"
    "$B/vigil" lag --brokers "$BS" --topic "$1.events" --group "vigil-alerts-$1" --wait \
        --timeout 120 > /dev/null 2>> "$T/lag.log" || fail "run $1: events not all merged"
}
count() { "$B/vigil" consume --brokers "$BS" --topic "$1" --timeout 5 2>/dev/null | wc -l; }

# generated articles, each told by four outlets one after the other: every
# incident is updated several times, so its changelog has records to
# compact, and all four reports arrive well within the group wait (4 s),
# so each run sends the same alerts whatever its speed
copies() { # copies N SEED START: N articles, each under 4 ids and sources
    python3 tools/gen/gen-articles --count "$1" --seed "$2" --start-id "$3" | python3 -c '
import json, sys
for a in map(json.loads, sys.stdin):
    for k in range(4):
        print(json.dumps(dict(a, id="%s-o%d" % (a["id"], k), source="Outlet %d (test)" % k)))'
}
copies 150 29 1 > "$T/gen1.jsonl"
cat "$F/phase1.jsonl" "$F/coup.jsonl" "$F/mali.jsonl" "$T/gen1.jsonl" > "$T/p1.jsonl"
for r in a b; do
    # one input partition: the articles are handled in this order in both
    # runs, so the first report of each story (which names its incident)
    # is the same
    "$B/vigil" produce --brokers "$BS" --topic $r.articles --partition 0 "$T/p1.jsonl" \
        2>> "$T/produce.log"
done
settled a
settled b
sleep 6 # group wait and more: every alert of phase 1 is out

# B's changelog compacted for real.  Offsets are never reused, so the
# records written are the high watermarks (the lag of a group that never
# committed); compaction leaves fewer to read, and every incident (key).
# The segment being written is never cleaned: what was written more than
# a second before the last record is.
written=$("$B/vigil" lag --brokers "$BS" --topic b.incidents --group never-committed)
keys_of() { # keys_of TOPIC: the distinct record keys a reader sees now
    "$B/vigil" consume --brokers "$BS" --topic "$1" --timeout 5 --headers 2>/dev/null |
        python3 -c 'import json, sys; print(len({json.loads(l)["key"] for l in sys.stdin} - {None}))'
}
keys=$(keys_of a.incidents)
[ "$written" -ge "$((keys + 100))" ] || fail "too few incident updates to compact ($written records, $keys incidents)"
# compacted: at least half of the superseded records are gone
goal=$((written - (written - keys) / 2))
now=$written
for _ in $(seq 1 60); do # bounded: the cleaner looks every second
    now=$(count b.incidents)
    [ "$now" -le "$goal" ] && break
    sleep 1
done
[ "$now" -le "$goal" ] || fail "b.incidents not compacted: $now records of $written written"
after_keys=$(keys_of b.incidents)
[ "$after_keys" -ge "$keys" ] || fail "compaction lost incidents: $after_keys keys, run A has $keys"
echo "b.incidents: $written records written for $keys incidents (run A); $now left after compaction, $after_keys keys"

kill -KILL "$BPID"
wait "$BPID" 2>/dev/null || true
start_vigild b2 "$T/b.conf"
BPID=$VPID
wait_log b2 "alerting: restored [1-9][0-9]* incident" 60
wait_log b2 "alerting: 3 partition(s) assigned" 60
grep -h "alerting: restored" "$T/b2.log"

copies 50 31 5000 > "$T/gen2.jsonl"
cat "$F/phase2.jsonl" "$T/gen2.jsonl" > "$T/p2.jsonl"
for r in a b; do
    "$B/vigil" produce --brokers "$BS" --topic $r.articles --partition 0 "$T/p2.jsonl" \
        2>> "$T/produce.log"
done
settled a
settled b
sleep 6 # group wait and more
"$B/vigil" consume --brokers "$BS" --topic a.alerts --timeout 5 > "$T/a.jsonl" &
cpid=$!
"$B/vigil" consume --brokers "$BS" --topic b.alerts --timeout 5 > "$T/b.jsonl"
wait "$cpid"
stop_vigild "$A"
stop_vigild "$BPID"
python3 - "$T/a.jsonl" "$T/b.jsonl" <<'PY' || fail "the alerts of the two runs differ"
import json, sys
def load(p):
    return sorted((a["alert_id"], a["incident_id"], a["status"], a["severity"], a["rule"])
                  for a in map(json.loads, open(p)))
a, b = load(sys.argv[1]), load(sys.argv[2])
assert a, "no alert at all"
assert any(x[2] == "update" for x in a), "no update alert: the restart was not put to the test"
assert len({x[0] for x in b}) == len(b), "run B sent an alert twice"
assert a == b, ("A", a, "B", b)
print("same %d alerts (%d updates) with and without the restart from the compacted changelog"
      % (len(a), sum(x[2] == "update" for x in a)))
PY
echo "kafka_compaction: ok"
