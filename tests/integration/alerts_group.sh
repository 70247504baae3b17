#!/bin/sh
# alerts_group.sh - two vigild instances in one consumer group produce the
# same alerts (same ids, statuses, severities) as one instance.  Both runs
# share the broker process but not their topics or groups: run A (one
# instance) and run B (two instances, which split the events partitions and
# so the incidents) get the same articles in the same two phases.
. "$(dirname "$0")/_lib.sh"
F=tests/fixtures/alerts

topics=""
for r in a b; do
    for t in articles events dead incidents alerts; do topics="$topics --topic $r.$t"; done
done
# shellcheck disable=SC2086
start_broker --partitions 3 $topics
# The group wait covers a rebalance of the articles group in run B (its two
# instances join while the articles arrive): an incident's first alert then
# carries every source of phase 1 whichever instance extracts which article.
# At 1500 ms a loaded machine let a later source's arrest alert first.
run_conf a 6000 > "$T/a.conf"
run_conf b 6000 > "$T/b.conf"
start_vigild a "$T/a.conf"
A=$VPID
start_vigild b1 "$T/b.conf"
B1=$VPID
start_vigild b2 "$T/b.conf"
B2=$VPID
wait_log a "alerting: 3 partition(s) assigned" 60
wait_log b1 "alerting: [12] partition(s) assigned" 60
wait_log b2 "alerting: [12] partition(s) assigned" 60

cat "$F/phase1.jsonl" "$F/coup.jsonl" "$F/mali.jsonl" > "$T/p1.jsonl"
for r in a b; do
    "$B/vigil" produce --brokers "$BS" --topic $r.articles "$T/p1.jsonl" 2>> "$T/produce.log"
done
consume a.alerts 3 > /dev/null || fail "run A: expected 3 alerts"
consume b.alerts 3 > /dev/null || fail "run B: expected 3 alerts"
for r in a b; do
    "$B/vigil" produce --brokers "$BS" --topic $r.articles "$F/phase2.jsonl" 2>> "$T/produce.log"
done
consume a.alerts 4 > /dev/null || fail "run A: no update"
consume b.alerts 4 > /dev/null || fail "run B: no update"
sleep 2
"$B/vigil" consume --brokers "$BS" --topic a.alerts --timeout 5 > "$T/a.jsonl" &
cpid=$!
"$B/vigil" consume --brokers "$BS" --topic b.alerts --timeout 5 > "$T/b.jsonl"
wait "$cpid"
for p in $A $B1 $B2; do stop_vigild "$p"; done
python3 - "$T/a.jsonl" "$T/b.jsonl" <<'PY' || fail "the two runs differ"
import json, sys
def load(p):
    return sorted((a["alert_id"], a["incident_id"], a["status"], a["severity"], a["rule"])
                  for a in map(json.loads, open(p)))
a, b = load(sys.argv[1]), load(sys.argv[2])
for x in a:
    print("A", x)
assert len(a) == 4, a
assert a == b, (a, b)
print("same", len(a), "alerts")
PY
echo "alerts_group: ok"
