#!/bin/sh
# faults.sh - nothing lost under broker faults.  While vigild processes
# generated articles on a 3-broker cluster, partition leaders go down and up,
# leadership moves, produce/fetch/commit requests fail with injected errors,
# and the group coordinator disappears for a few seconds.  The published
# event ids must equal the offline pipeline's.
. "$(dirname "$0")/_lib.sh"
N=${FAULT_ARTICLES:-3000}

start_broker --brokers 3 --partitions 6
cmd() { echo "$*" >&9; sleep "${PAUSE:-1}"; }
python3 tools/gen/gen-articles --count "$N" --seed 11 > "$T/in.jsonl"
expected_ids "$T/in.jsonl" "$T/want"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/in.jsonl" 2> "$T/produce.log"

base_conf faults faults.events > "$T/v.conf"
echo "queue.depth = 16" >> "$T/v.conf" # keep work in flight short so faults hit many messages
# One Produce request in flight per connection.  The test broker (librdkafka
# 2.0.2's mock cluster) does not check an idempotent producer's sequence
# numbers unless it is transactional, and librdkafka relies on that check:
# when a request fails with a "possibly persisted" error (REQUEST_TIMED_OUT,
# injected below) and a later request of the same partition that was already
# in flight succeeds, librdkafka takes the earlier batch as written
# ("implicitly acked by subsequent batch success", rdkafka_request.c).  A real
# broker rejects the later batch with OUT_OF_ORDER_SEQUENCE_NUMBER and the
# earlier one is retried; the mock appends it and the earlier batch is never
# retried - a loss the test broker makes, not vigild (seen in 2 of about 20
# runs, debug=eos: IMPLICITACK of msgids 1..4).  With one request in flight
# the retry is tested without that gap in the mock.
echo "kafka.producer.max.in.flight.requests.per.connection = 1" >> "$T/v.conf"
start_vigild vigild "$T/v.conf"
wait_log vigild "partition(s) assigned" 60
# Produce=0 Fetch=1 OffsetCommit=8 Heartbeat=12; errors: 6 NOT_LEADER, 7 TIMED_OUT,
# 15 COORDINATOR_NOT_AVAILABLE, 16 NOT_COORDINATOR
cmd error 0 7 5
cmd error 1 6 5
cmd error 8 15 3
cmd error 12 16 2
cmd leader faults.events 0 2
cmd leader news.articles 1 3
cmd down 2
sleep 2
cmd up 2
cmd leader faults.events 0 1
cmd coordinator faults 3
cmd down 3
sleep 3
cmd up 3
collect_ids faults.events "$T/want" "$T/got.ids" 300 || fail "events lost under broker faults"
kill -0 "$VPID" || fail "vigild died under broker faults"
stop_vigild "$VPID"
grep -c '^ok' "$T/broker.out" > /dev/null || fail "fault commands were not accepted"
if grep -q '^error' "$T/broker.out"; then fail "a fault command failed: $(grep '^error' "$T/broker.out")"; fi
dups=$(($(wc -l < "$T/got.ids") - $(sort -u "$T/got.ids" | wc -l)))
echo "faults: $N articles, $(wc -l < "$T/want") events, 0 lost, $dups duplicates"
