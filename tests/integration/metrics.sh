#!/bin/sh
# metrics.sh - vigild's HTTP listener: /readyz is 503 until the clients are
# connected and partitions assigned, then 200; /healthz is 200; /metrics
# parses line by line as strict Prometheus text (tests/tools/promparse.py)
# and its counters agree with what went through (articles, events by type,
# dead letters by class, the extract histogram); unknown paths are 404 and
# non-GET methods 405.  Loopback only.
. "$(dirname "$0")/_lib.sh"
. "$(dirname "$0")/_svc.sh"

start_broker --partitions 3
PORT=$(free_port)
U=http://127.0.0.1:$PORT
svc_conf "$T/v.conf" "$PORT"
start_vigild vigild "$T/v.conf"

# The listener starts before the Kafka clients: its first answer is 503.
first=000
end=$(($(date +%s) + 30))
while [ "$(date +%s)" -le "$end" ]; do
    first=$(http_code "$U/readyz")
    [ "$first" != 000 ] && break
    sleep 0.05
done
[ "$first" = 503 ] || fail "first /readyz answer was $first, expected 503 before assignment"
http_get "$U/readyz" | tail -n 1
wait_http "$U/readyz" 200 60
http_get "$U/readyz" | tail -n 1
[ "$(http_code "$U/healthz")" = 200 ] || fail "/healthz not 200"
[ "$(metric "$U" vigil_assigned_partitions)" = 3 ] || fail "vigil_assigned_partitions != 3"

# Traffic: the demo articles and one malformed message.
"$B/vigil" produce --brokers "$BS" --topic news.articles tools/demo/articles.jsonl 2>> "$T/produce.log"
printf '{"id": "bad", "text": "unterminated' > "$T/bad.json"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/bad.json" 2>> "$T/produce.log"
wait_metric "$U" vigil_articles_consumed_total 6 30
wait_metric "$U" vigil_extract_duration_seconds_count 6 30
wait_metric "$U" 'vigil_deadlettered_total{error_class="envelope.malformed_json"}' 1 30
nev=$("$B/vigil" extract tools/demo/articles.jsonl | python3 -c 'import json,sys; print(sum(len(json.loads(l)["events"]) for l in sys.stdin))')
consume news.events "$nev" --headers > "$T/events.jsonl" || fail "expected $nev events"
# lag is published from librdkafka statistics every 500 ms
end=$(($(date +%s) + 15))
while [ "$(date +%s)" -le "$end" ]; do
    http_get "$U/metrics" > "$T/lag.txt"
    grep -q '^vigil_consumer_lag{topic="news.articles",partition="[0-9]*"} 0$' "$T/lag.txt" && break
    sleep 0.1
done

http_get "$U/metrics" | tail -n +2 > "$T/metrics.txt"
python3 tests/tools/promparse.py "$T/metrics.txt" || fail "/metrics is not valid exposition text"
python3 - "$T/metrics.txt" "$T/events.jsonl" <<'PY' || fail "metric values wrong"
import collections, json, sys
sys.path.insert(0, "tests/tools")
import promparse
fams = promparse.parse(open(sys.argv[1]).read())
def samples(f):
    return [(n, l, v) for n, l, v in fams[f]["samples"]]
want_types = {"vigil_build_info": "gauge", "vigil_articles_consumed_total": "counter",
              "vigil_events_published_total": "counter", "vigil_alerts_total": "counter",
              "vigil_deadlettered_total": "counter", "vigil_reloads_total": "counter",
              "vigil_extract_duration_seconds": "histogram", "vigil_worker_queue_depth": "gauge",
              "vigil_input_paused": "gauge", "vigil_producer_queue_length": "gauge",
              "vigil_assigned_partitions": "gauge", "vigil_consumer_lag": "gauge"}
for f, t in want_types.items():
    assert f in fams and fams[f]["type"] == t and fams[f]["help"], (f, fams.get(f))
(_, bl, bv), = samples("vigil_build_info")
assert bv == 1 and bl["version"] and bl["schema"] == "vigil.event/1", bl
by_type = collections.Counter(json.loads(json.loads(l)["value"])["type"] for l in open(sys.argv[2]))
got = {l["type"]: v for _, l, v in samples("vigil_events_published_total")}
assert got == dict(by_type), (got, by_type)
lag = samples("vigil_consumer_lag")
assert lag and all(l["topic"] == "news.articles" for _, l, _ in lag), lag
print("metrics ok: events by type %s, lag series %d" % (dict(by_type), len(lag)))
PY

[ "$(http_code "$U/nope")" = 404 ] || fail "unknown path not 404"
[ "$(http_code "$U/metrics" POST)" = 405 ] || fail "POST not 405"
stop_vigild "$VPID"
echo "metrics: ok"
