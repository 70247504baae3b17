#!/bin/sh
# alerts_scenario.sh - one incident, one alert, through the broker process.
# Three outlets report the same attack in Djibo (English and French, other
# spellings of the group, 60 then 62 killed, then 200 claimed by JNIM a day
# later), mixed with a background mention of Djibo and an unrelated protest.
# Expected: exactly one firing alert after the group wait, vigild killed
# (SIGKILL) and restarted in the middle without repeating it, one update when
# the claimed toll crosses the next threshold, nothing for the background,
# and the incident on news.incidents listing every source.
# brokers: mock real
. "$(dirname "$0")/_lib.sh"
F=tests/fixtures/alerts

start_broker --partitions 3 --topic news.incidents --topic news.alerts
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
workers = 1
alerts.group_wait_ms = 1500
kafka.session.timeout.ms = 6000
kafka.heartbeat.interval.ms = 500
kafka.consumer.auto.commit.interval.ms = 200
CONF
start_vigild vigild "$T/v.conf"
wait_log vigild "alerting: 3 partition(s) assigned" 60

"$B/vigil" produce --brokers "$BS" --topic news.articles "$F/phase1.jsonl" 2>> "$T/produce.log"
consume news.alerts 1 > "$T/alerts1.jsonl" || fail "no firing alert"
sleep 3 # a second alert would show up within the group wait

kill -KILL "$VPID" # crash in the middle of the scenario
wait "$VPID" 2> /dev/null || true
start_vigild vigild2 "$T/v.conf"
wait_log vigild2 "alerting: restored [1-9][0-9]* incident" 60
wait_log vigild2 "alerting: 3 partition(s) assigned" 60
sleep 3 # group wait and more: a repeated alert would be here by now

"$B/vigil" produce --brokers "$BS" --topic news.articles "$F/phase2.jsonl" 2>> "$T/produce.log"
consume news.alerts 2 > /dev/null || fail "no update alert"
sleep 2
"$B/vigil" consume --brokers "$BS" --topic news.alerts --timeout 6 --headers > "$T/alerts.jsonl" &
cpid=$!
"$B/vigil" consume --brokers "$BS" --topic news.incidents --timeout 6 --headers > "$T/incidents.jsonl"
wait "$cpid"
stop_vigild "$VPID"

python3 - "$T/alerts.jsonl" "$T/incidents.jsonl" <<'PY' || fail "alerts or incident wrong"
import json, sys
alerts = [json.loads(l) for l in open(sys.argv[1])]
for r in alerts:
    h = r["headers"]
    a = json.loads(r["value"])
    assert h["ce_specversion"] == "1.0" and h["ce_type"] == "org.vigil.alert.v1", h
    assert h["ce_id"] == a["alert_id"] and h["content-type"] == "application/json", h
    assert h["ce_time"] and h["ce_source"] == "vigil/incident/" + a["incident_id"], h
    assert r["key"] == a["incident_id"]
    print(a["status"], a["severity"], a["rule"], a["reason"], "|", a["summary"])
vals = [json.loads(r["value"]) for r in alerts]
assert len(vals) == 2, "expected a firing alert and one update, got %d" % len(vals)
fire, upd = vals
assert fire["status"] == "firing" and upd["status"] == "update", (fire["status"], upd["status"])
assert fire["incident_id"] == upd["incident_id"]
assert fire["alert_id"] != upd["alert_id"]
assert fire["severity"] == "critical" and "Djibo" in fire["summary"], fire["summary"]
assert fire["summary"].startswith("Burkina Faso: "), fire["summary"]
assert "toll crossed 100" in upd["reason"] or "claimed" in upd["reason"], upd["reason"]
assert "200" in upd["summary"] and "JNIM" in upd["summary"], upd["summary"]
assert upd["incident"]["fatalities"]["max"] == 200
ev = {e["article_id"] for e in upd["evidence"]}
assert ev == {"djibo-1", "djibo-2", "djibo-3"}, ev
# the compacted topic: the last record of the incident lists every source
last = {}
for r in map(json.loads, open(sys.argv[2])):
    assert r["headers"]["ce_type"] == "org.vigil.incident.v1"
    if r["value"]:
        last[r["key"]] = json.loads(r["value"])
inc = last[fire["incident_id"]]
assert {s["article_id"] for s in inc["sources"]} == {"djibo-1", "djibo-2", "djibo-3"}, inc["sources"]
assert inc["n_sources"] == 3 and inc["country"] == "BF" and inc["alert"]["n_sent"] == 2
assert inc["fatalities"]["min"] == 60 and inc["fatalities"]["max_claimed_by"] == "JNIM"
# background mention and protest: no alert (the protest has its own incident)
assert all(a["incident"]["country"] == "BF" for a in vals)
print("scenario ok:", len(last), "incidents")
PY
grep -q "alert .* firing" "$T/vigild2.log" && fail "the restarted instance repeated the firing alert"
echo "alerts_scenario: ok"
