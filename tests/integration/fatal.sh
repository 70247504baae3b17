#!/bin/sh
# fatal.sh - an output the broker refuses for good ends vigild with a
# non-zero status (so systemd restarts it), and nothing is lost: the input
# offsets of undelivered outputs were never committed, so the next start
# processes those articles again.  The broker refuses every Produce request
# with TOPIC_AUTHORIZATION_FAILED (a permanent error: librdkafka does not
# retry it), then the refusal is lifted and vigild is started again.
. "$(dirname "$0")/_lib.sh"
N=200

start_broker
cmd() { echo "$*" >&9; sleep 0.5; }
python3 tools/gen/gen-articles --count "$N" --seed 41 > "$T/in.jsonl"
expected_ids "$T/in.jsonl" "$T/want"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/in.jsonl" 2> "$T/produce.log"

base_conf fatal fatal.events > "$T/v.conf"
# Produce=0, 29 TOPIC_AUTHORIZATION_FAILED; the broker process queues at most
# 1,000 errors per request type, far more than one refused batch needs
cmd error 0 29 1000
start_vigild vigild "$T/v.conf"
wait_exit 60
status=$STATUS
[ -n "$status" ] || fail "vigild kept running although its outputs were refused"
[ "$status" -ne 0 ] || fail "vigild exited with status 0 after a fatal delivery error"
crit=$(grep -c "^<2>.*could not be delivered" "$T/vigild.log" || true)
[ "$crit" -eq 1 ] || fail "$crit critical lines for undelivered outputs (want 1; the rest rate-limited)"

cmd clear 0
start_vigild vigild2 "$T/v.conf"
wait_log vigild2 "partition(s) assigned" 60
collect_ids fatal.events "$T/want" "$T/got.ids" 120 || fail "events lost after a fatal delivery error"
stop_vigild "$VPID"
if grep -q '^error' "$T/broker.out"; then fail "a broker command failed: $(grep '^error' "$T/broker.out")"; fi
echo "fatal: refused outputs end vigild with status $status; after a restart $(sort -u "$T/got.ids" | wc -l) of $(sort -u "$T/want" | wc -l) events, 0 lost"
