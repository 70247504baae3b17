#!/bin/sh
# alerts_route.sh - an alert routed to a rule's own topic is also written to
# the alert log (the default alerts topic), its "route" naming the topic it
# went to, so that a restarted vigild knows it was sent.  A rules file routes
# deadly attacks in Burkina Faso to news.alerts.bf; the Djibo attack (60
# soldiers killed) gives one alert on news.alerts.bf and the same alert (same
# id, "route": "news.alerts.bf") on news.alerts; vigild is killed and
# restarted, and neither topic gets it again.
. "$(dirname "$0")/_lib.sh"
F=tests/fixtures/alerts

start_broker --partitions 3 --topic news.incidents --topic news.alerts --topic news.alerts.bf
{
    echo "rule bf-desk country=BF fatalities>=50 severity=critical route=news.alerts.bf"
    cat knowledge/alert-rules.conf
} > "$T/rules.conf"
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
workers = 1
alerts.group_wait_ms = 1500
alerts.rules_file = $T/rules.conf
kafka.session.timeout.ms = 6000
kafka.heartbeat.interval.ms = 500
kafka.consumer.auto.commit.interval.ms = 200
CONF
start_vigild vigild "$T/v.conf"
wait_log vigild "alerting: 3 partition(s) assigned" 60
head -n 1 "$F/phase1.jsonl" > "$T/in.jsonl"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/in.jsonl" 2>> "$T/produce.log"
consume news.alerts.bf 1 > /dev/null || fail "no alert on the routed topic"
consume news.alerts 1 > /dev/null || fail "no copy of the routed alert in the alert log"
sleep 2

kill -KILL "$VPID"
wait "$VPID" 2> /dev/null || true
start_vigild vigild2 "$T/v.conf"
wait_log vigild2 "alerting: restored [1-9][0-9]* incident" 60
wait_log vigild2 "alerting: 3 partition(s) assigned" 60
sleep 3 # the group wait and more: a repeated alert would be here by now
"$B/vigil" consume --brokers "$BS" --topic news.alerts.bf --timeout 5 --headers > "$T/bf.jsonl"
"$B/vigil" consume --brokers "$BS" --topic news.alerts --timeout 5 --headers > "$T/log.jsonl"
stop_vigild "$VPID"

python3 - "$T/bf.jsonl" "$T/log.jsonl" <<'PY' || fail "routed alert or its log copy wrong"
import json, sys
bf = [json.loads(l) for l in open(sys.argv[1])]
log = [json.loads(l) for l in open(sys.argv[2])]
assert len(bf) == 1, "expected one alert on news.alerts.bf, got %d" % len(bf)
assert len(log) == 1, "expected one record in the alert log, got %d" % len(log)
a, b = json.loads(bf[0]["value"]), json.loads(log[0]["value"])
assert a["rule"] == "bf-desk" and a["status"] == "firing", a
assert a["alert_id"] == b["alert_id"] and a["incident_id"] == b["incident_id"], (a, b)
assert a["route"] == b["route"] == "news.alerts.bf", (a["route"], b["route"])
assert bf[0]["headers"]["ce_id"] == log[0]["headers"]["ce_id"] == a["alert_id"]
print("routed:", a["summary"])
PY
grep -q "alert .* firing" "$T/vigild2.log" && fail "the restarted instance repeated the alert"
echo "alerts_route: ok"
