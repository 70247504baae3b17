#!/bin/sh
# pipeline.sh - vigild as a separate process against the broker process:
# good articles become events, bad messages land unchanged in the dead-letter
# topic with error headers, SIGTERM stops cleanly, and a restart reprocesses
# nothing (offsets were committed after the outputs were acknowledged).
# brokers: mock real
. "$(dirname "$0")/_lib.sh"

start_broker --partitions 3
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
workers = 2
limits.message_bytes = 65536
limits.json_depth = 16
kafka.session.timeout.ms = 6000
kafka.heartbeat.interval.ms = 500
CONF
start_vigild vigild "$T/v.conf"
wait_log vigild "ready:"

# Inputs: the demo articles (texts written for vigil) plus hostile messages.
good=tools/demo/articles.jsonl
# -X passes librdkafka properties; a malformed or unknown one is a usage error
rc=0; "$B/vigil" produce --brokers "$BS" --topic news.articles -X linger.ms "$good" 2> "$T/x.err" || rc=$?
[ "$rc" -eq 2 ] && grep -q "KEY=VALUE" "$T/x.err" || fail "-X without = accepted (rc $rc)"
rc=0; "$B/vigil" produce --brokers "$BS" --topic news.articles -X no.such.prop=1 "$good" 2> "$T/x.err" || rc=$?
[ "$rc" -eq 2 ] && grep -q "no.such.prop" "$T/x.err" || fail "unknown -X property accepted (rc $rc)"
"$B/vigil" produce --brokers "$BS" --topic news.articles -X linger.ms=20 -X batch.num.messages=1000 \
    "$good" 2>> "$T/produce.log"
python3 - "$T" <<'PY'
import json, sys
t = sys.argv[1]
bad = [
    b'{"id": "bad-json", "text": "unterminated',
    b'{"id": 42, "text": "wrong type of id"}',
    b'{"id": "no-body", "title": "nothing else"}',
    b'{"id": "deep", "x": ' + b'[' * 100 + b']' * 100 + b', "text": "t"}',
    b'A' * 70000,
]
open(t + "/bad.bin", "wb").write(b"\n".join(b.replace(b"\n", b" ") for b in bad) + b"\n")
PY
# one message per line; raw lines are produced as whole files so send each separately
i=0
while IFS= read -r line; do
    i=$((i + 1))
    printf '%s' "$line" > "$T/bad.$i"
    "$B/vigil" produce --brokers "$BS" --topic news.articles "$T/bad.$i" 2>> "$T/produce.log"
done < "$T/bad.bin"
printf '\0\1\2 binary' > "$T/bad.nul"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/bad.nul" 2>> "$T/produce.log"

consume news.deadletter 6 --headers > "$T/dead.jsonl" || fail "dead-letter records missing"
python3 - "$T/dead.jsonl" <<'PY' || fail "dead-letter headers wrong"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
classes = sorted(r["headers"]["__connect.errors.exception.class.name"] for r in rows)
for r in rows:
    h = r["headers"]
    assert h["__connect.errors.topic"] == "news.articles", h
    assert h["__connect.errors.offset"].isdigit() and h["__connect.errors.partition"].isdigit()
    assert h["__connect.errors.exception.message"], h
for want in ["envelope.malformed_json", "envelope.wrong_type", "envelope.no_body",
             "envelope.too_deep", "envelope.too_big"]:
    assert want in classes, (want, classes)
# values are the inputs unchanged
vals = [r["value"] for r in rows]
assert '{"id": 42, "text": "wrong type of id"}' in vals, vals
print("dead-letter ok:", classes)
PY

nev=$("$B/vigil" extract "$good" | python3 -c 'import json,sys; print(sum(len(json.loads(l)["events"]) for l in sys.stdin))')
[ "$nev" -gt 0 ] || fail "offline extraction found no events in the demo articles"
consume news.events "$nev" --headers > "$T/events.jsonl" || fail "expected $nev events"
python3 - "$T/events.jsonl" <<'PY' || fail "event records wrong"
import json, sys
for l in open(sys.argv[1]):
    r = json.loads(l)
    e = json.loads(r["value"])
    for k in ("schema", "event_id", "article_id", "type", "country", "date", "evidence"):
        assert k in e, k
    assert r["key"] == e["country"], (r["key"], e["country"])
    assert r["headers"]["ce_id"] == e["event_id"]
    assert r["headers"]["ce_specversion"] == "1.0"
print("events ok")
PY
stop_vigild "$VPID"
grep -q "stopped cleanly" "$T/vigild.log" || fail "no clean stop message"

# Restart: everything was committed, so nothing is consumed again.
start_vigild vigild2 "$T/v.conf"
wait_log vigild2 "partition(s) assigned" 60
sleep 3
stop_vigild "$VPID"
grep -q "consumed 0," "$T/vigild2.log" || fail "restart reprocessed messages: $(grep consumed "$T/vigild2.log")"
echo "pipeline: ok"
