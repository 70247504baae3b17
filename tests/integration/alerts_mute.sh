#!/bin/sh
# alerts_mute.sh - inhibition and silences, through the broker process.
# Inhibition: soldiers seize power in Niger and the junta arrests 15
# ministers; the coup alerts (critical), the mass arrests of the same
# country and window do not (rule coup-mutes-arrests).  Silence: a silences
# file mutes Mali until 2099; an attack with 25 soldiers killed in Mali gives
# no alert, while the same kind of attack in Burkina Faso does.
. "$(dirname "$0")/_lib.sh"
F=tests/fixtures/alerts

start_broker --partitions 3 --topic news.incidents --topic news.alerts
cat > "$T/silences" <<'SIL'
# maintenance window of the Mali desk
silence mali-desk until=2099-01-01T00:00:00Z country=ML comment="desk offline"
silence expired until=2020-01-01 country=BF
SIL
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
workers = 1
alerts.group_wait_ms = 1500
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
sleep 2
"$B/vigil" consume --brokers "$BS" --topic news.alerts --timeout 5 > "$T/alerts.jsonl"
stop_vigild "$VPID"
python3 - "$T/alerts.jsonl" <<'PY' || fail "wrong alerts"
import json, sys
al = [json.loads(l) for l in open(sys.argv[1])]
got = sorted((a["incident"]["country"], a["incident"]["type"], a["severity"]) for a in al)
print(got)
assert got == [("BF", "armed_clash", "critical"), ("NE", "coup", "critical")], got
PY
echo "alerts_mute: ok"
