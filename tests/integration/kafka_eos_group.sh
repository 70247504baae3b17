#!/bin/sh
# kafka_eos_group.sh - exactly-once with two instances in one group on
# Apache Kafka, one killed while its alert stage sends alerts.
#
# A and B (own transactional ids) share the consumer groups; B joins while
# A works (A's stages commit before giving partitions up), then A is killed
# with SIGKILL in the middle of its transactions.  Its open transactions
# stay open until the broker aborts them (transaction.timeout.ms, 10 s
# here): B's alert stage, taking A's partitions, must read A's committed
# incident and alert records only, and all of them (its restore reads to
# the end the first fetch saw, once every transaction open then is
# resolved), or it would send A's alerts again or forget them.  Every event
# id once, every alert once, none lost.
# brokers: real
. "$(dirname "$0")/_lib.sh"
N=${GROUP_ARTICLES:-3000}
start_broker --partitions 6 --topic eg.articles --topic eg.events --topic eg.dead \
    --topic eg.incidents --topic eg.alerts
python3 tools/gen/gen-articles --count "$N" --seed 11 --junk > "$T/in.jsonl"
expected_ids "$T/in.jsonl" "$T/want"
for who in a b; do
    run_conf eg 1000 > "$T/$who.conf"
    cat >> "$T/$who.conf" <<CONF
workers = 2
delivery.guarantee = exactly_once
delivery.transactional_id = vigil-eg-$who
kafka.producer.transaction.timeout.ms = 10000
CONF
done
"$B/vigil" produce --brokers "$BS" --topic eg.articles "$T/in.jsonl" 2> "$T/produce.log" ||
    fail "articles not produced"

start_vigild a "$T/a.conf"
APID=$VPID
wait_log a "^<5>alert [0-9a-f]* firing" 120
start_vigild b "$T/b.conf"
BPID=$VPID
wait_log b "alerting: [0-9]* partition(s) assigned" 120 # A gave some of its partitions up
# A's alert stage sends alerts again after the rebalance (or has caught up)
n0=$(grep -c "^<5>alert [0-9a-f]* \(firing\|update\)" "$T/a.log")
for _ in $(seq 1 300); do
    [ "$(grep -c "^<5>alert [0-9a-f]* \(firing\|update\)" "$T/a.log")" -gt "$n0" ] && break
    sleep 0.1
done
sleep "$(python3 -c 'import random; print(round(random.uniform(0.2, 0.9), 2))')"
kill -KILL "$APID"
wait "$APID" 2> /dev/null || true
grep -q "alerting: .*partition(s) revoked" "$T/a.log" || fail "A's alert stage gave nothing up when B joined"

VPID=$BPID
# B's alert stage takes A's partitions once A's session expires, after
# reading back what A committed
wait_log b "alerting: 6 partition(s) assigned" 120
collect_ids eg.events "$T/want" "$T/got.ids" 300 || fail "events lost"
"$B/vigil" lag --brokers "$BS" --topic eg.events --group vigil-alerts-eg --wait --below 7 --timeout 180 \
    > /dev/null 2>> "$T/lag.log" || fail "B's alert stage did not catch up"
sleep 3 # group wait: the last alerts are out
stop_vigild "$BPID"
"$B/vigil" consume --brokers "$BS" --topic eg.events --timeout 10 2> /dev/null |
    python3 -c 'import json, sys; [print(json.loads(l)["event_id"]) for l in sys.stdin]' > "$T/all.ids"
total=$(wc -l < "$T/all.ids")
distinct=$(sort -u "$T/all.ids" | wc -l)
want=$(sort -u "$T/want" | wc -l)
[ "$distinct" -eq "$want" ] || fail "$distinct distinct event ids committed, $want expected"
[ "$total" -eq "$distinct" ] || fail "$((total - distinct)) duplicate event records under exactly-once"
check_alerts eg.alerts eg.incidents
restored=$(grep -o "alerting: restored .* for 6 partition(s) in [0-9]* ms" "$T/b.log" | head -n 1)
raw_alerts=$("$B/vigil" consume --brokers "$BS" --topic eg.alerts --timeout 10 \
    -X isolation.level=read_uncommitted 2> /dev/null | wc -l)
echo "kafka_eos_group: $N articles, $want events once; A killed while sending alerts, B took over (${restored#alerting: }); $n_alerts alerts of $n_alerted incidents: 0 lost, 0 twice ($((raw_alerts - n_alerts)) more in aborted transactions)"
