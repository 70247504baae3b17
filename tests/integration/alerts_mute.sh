#!/bin/sh
# alerts_mute.sh - inhibition, silences, and one alert for a coup and its
# arrests, through the broker process.
# Inhibition mutes the derivative incidents that did not join their coup;
# with a rules file without the "group coup" line none join: soldiers seize
# power in Niger and the junta arrests 15 ministers; the coup alerts
# (critical), the mass arrests of the same country and window do not (rule
# coup-mutes-arrests).  Silence: a silences file mutes Mali until 2099; an
# attack with 25 soldiers killed in Mali gives no alert, while the same kind
# of attack in Burkina Faso does.  Then the shipped rules are put back and
# reloaded (SIGHUP): a coup in Guinea-Bissau and the arrest of 12 ministers
# by the officers are one incident with one alert, nothing inhibited.
. "$(dirname "$0")/_lib.sh"
F=tests/fixtures/alerts

start_broker --partitions 3 --topic news.incidents --topic news.alerts
cat > "$T/silences" <<'SIL'
# maintenance window of the Mali desk
silence mali-desk until=2099-01-01T00:00:00Z country=ML comment="desk offline"
silence expired until=2020-01-01 country=BF
SIL
sed '/^group coup /d' knowledge/alert-rules.conf > "$T/rules.conf"
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
workers = 1
alerts.group_wait_ms = 1500
alerts.rules_file = $T/rules.conf
alerts.silences_file = $T/silences
kafka.session.timeout.ms = 6000
kafka.heartbeat.interval.ms = 500
CONF
start_vigild vigild "$T/v.conf"
wait_log vigild "alerting: 3 partition(s) assigned" 60
cat "$F/coup.jsonl" "$F/mali.jsonl" > "$T/in.jsonl"
head -n 1 "$F/phase1.jsonl" >> "$T/in.jsonl"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/in.jsonl" 2>> "$T/produce.log"
consume news.alerts 2 > /dev/null || fail "expected the coup and the Burkina Faso alerts"
wait_log vigild "not sent: inhibited by coup-mutes-arrests" 20
wait_log vigild "not sent: silenced by mali-desk" 20

cp knowledge/alert-rules.conf "$T/rules.conf"
kill -HUP "$VPID"
wait_log vigild "alerting: reloaded" 20
"$B/vigil" produce --brokers "$BS" --topic news.articles "$F/coup2.jsonl" 2>> "$T/produce.log"
consume news.alerts 3 > /dev/null || fail "expected an alert for the coup in Guinea-Bissau"
sleep 4 # the group wait and more: a second firing alert would be here by now
"$B/vigil" consume --brokers "$BS" --topic news.alerts --timeout 5 > "$T/alerts.jsonl"
stop_vigild "$VPID"
[ "$(grep -c 'not sent: inhibited' "$T/vigild.log")" = 1 ] || fail "the Guinea-Bissau arrests were inhibited, not joined"
python3 - "$T/alerts.jsonl" <<'PY' || fail "wrong alerts"
import json, sys
al = [json.loads(l) for l in open(sys.argv[1])]
firing = [a for a in al if a["status"] == "firing"]
got = sorted((a["incident"]["country"], a["incident"]["type"], a["severity"]) for a in firing)
print(got)
assert got == [("BF", "armed_clash", "critical"), ("GW", "coup", "critical"),
               ("NE", "coup", "critical")], got
gw = [a["incident"] for a in al if a["incident"]["country"] == "GW"][-1]  # its latest state
assert {s["article_id"] for s in gw["sources"]} == {"coup-3", "coup-4"}, gw["sources"]
assert gw["types"] == ["coup", "arrest"] and gw["arrests"]["max"] == 12, gw
PY
echo "alerts_mute: ok"
