#!/bin/sh
# kafka_fence.sh - exactly-once fencing on Apache Kafka: a second vigild
# started with the same delivery.transactional_id fences the first.
#
# Instance A (exactly_once, a transaction committed only every 10 minutes,
# so everything it writes stays in its open transactions) turns articles
# into events and, in its alert stage, committed events (written here
# without a transaction) into incident and alert records.  Instance B
# (other topics and groups, the same transactional.id) starts: its
# init_transactions bumps the producer epoch of both ids (the events
# path's and "<id>-alerting") and the coordinator aborts A's open
# transactions.  More input then makes A write again: the broker refuses
# the old epoch, and A must stop by itself with exit status 1 and a clear
# fatal line.  Nothing A wrote is visible to a read_committed reader (its
# events topic holds only the events written here; its incidents and
# alerts topics nothing), though a read_uncommitted reader sees what the
# aborted transactions held.  B stops cleanly.
# brokers: real
. "$(dirname "$0")/_lib.sh"
start_broker --topic fa.articles --topic fa.events --topic fa.dead --topic fa.incidents \
    --topic fa.alerts --topic fb.articles --topic fb.events --topic fb.dead --topic fb.incidents \
    --topic fb.alerts
for r in fa fb; do
    run_conf $r 500 > "$T/$r.conf"
    cat >> "$T/$r.conf" <<CONF
delivery.guarantee = exactly_once
delivery.transactional_id = vigil-fence
delivery.transaction_ms = 600000
CONF
done
count() { # count TOPIC ISOLATION: records a reader with that isolation level sees
    "$B/vigil" consume --brokers "$BS" --topic "$1" --timeout 5 -X isolation.level="$2" \
        2> /dev/null | wc -l
}
# committed events for A's alert stage: what the offline pipeline gives
"$B/vigil" extract tools/demo/articles.jsonl 2> "$T/extract.log" | python3 -c '
import json, sys
for line in sys.stdin:
    for e in json.loads(line)["events"]:
        print(json.dumps(e))' > "$T/events.jsonl"
n_direct=$(wc -l < "$T/events.jsonl")
[ "$n_direct" -gt 0 ] || fail "the demo articles give no events offline"

start_vigild a "$T/fa.conf"
APID=$VPID
wait_log a "alerting: exactly-once: transactional.id vigil-fence-alerting" 60
wait_log a "alerting: [0-9]* partition(s) assigned" 90
"$B/vigil" produce --brokers "$BS" --topic fa.articles tools/demo/articles.jsonl 2>> "$T/produce.log" ||
    fail "articles not produced"
"$B/vigil" produce --brokers "$BS" --topic fa.events "$T/events.jsonl" 2>> "$T/produce.log" ||
    fail "events not produced"
wait_log a "^<5>alert [0-9a-f]* firing" 90 # A's alert stage has written alerts
# and A's events path its events, all in open transactions
for _ in $(seq 1 60); do
    [ "$(count fa.events read_uncommitted)" -gt "$n_direct" ] && break
    sleep 1
done
[ "$(count fa.events read_uncommitted)" -gt "$n_direct" ] || fail "A wrote no event"

start_vigild b "$T/fb.conf"
BPID=$VPID
wait_log b "ready: " 90 # both of B's producers have their epochs: A is fenced
# more input: A writes again, with an epoch the broker no longer accepts
"$B/vigil" produce --brokers "$BS" --topic fa.articles tools/demo/articles.jsonl 2>> "$T/produce.log"
"$B/vigil" produce --brokers "$BS" --topic fa.events "$T/events.jsonl" 2>> "$T/produce.log"
VPID=$APID
expect_exit a "fenced: another producer started with the same transactional.id"
kill -0 "$BPID" 2> /dev/null || fail "B stopped: $(tail -n 3 "$T/b.log")"

ev_c=$(count fa.events read_committed)
ev_u=$(count fa.events read_uncommitted)
inc_c=$(count fa.incidents read_committed)
inc_u=$(count fa.incidents read_uncommitted)
al_c=$(count fa.alerts read_committed)
al_u=$(count fa.alerts read_uncommitted)
[ "$ev_c" -eq $((2 * n_direct)) ] ||
    fail "fa.events: $ev_c records committed, $((2 * n_direct)) expected (those written here): the fenced instance's events are visible"
[ "$inc_c" -eq 0 ] || fail "fa.incidents: $inc_c records of the fenced instance are visible"
[ "$al_c" -eq 0 ] || fail "fa.alerts: $al_c alerts of the fenced instance are visible"
[ "$inc_u" -gt 0 ] && [ "$al_u" -gt 0 ] || fail "A's alert stage wrote nothing ($inc_u incidents, $al_u alerts)"
stop_vigild "$BPID"
echo "kafka_fence: A fenced by B (same transactional.id): exit 1; visible to read_committed: events $ev_c (only the $((2 * n_direct)) written here; $((ev_u - ev_c)) more aborted), incidents $inc_c ($inc_u aborted), alerts $al_c ($al_u aborted)"
