#!/bin/sh
# reload.sh - SIGHUP while articles stream: the knowledge data changes under
# vigild (an actor's kind), and every article comes out exactly once, each
# wholly from the old or wholly from the new knowledge (no message lost or
# duplicated: total event records == distinct event ids == what offline
# extraction predicts).  Then a broken config and a broken knowledge file
# on reload: the log says "reload failed" with file:line, the old set keeps
# running and the process keeps serving.
# brokers: mock real
. "$(dirname "$0")/_lib.sh"
. "$(dirname "$0")/_svc.sh"
N_ART=150

start_broker --partitions 3
mkdir -p "$T/kb" "$T/kb-new"
cp knowledge/* "$T/kb/"
cp knowledge/* "$T/kb-new/"
sed -i 's/^JNIM\tjihadist_group\t/JNIM\tstate_forces\t/' "$T/kb-new/actors.tsv"
cmp -s "$T/kb/actors.tsv" "$T/kb-new/actors.tsv" && fail "knowledge edit did not apply"

# N_ART articles: the demo articles under new ids, in five batches.
python3 - "$T" "$N_ART" <<'PY'
import json, sys
t, n = sys.argv[1], int(sys.argv[2])
demo = [json.loads(l) for l in open("tools/demo/articles.jsonl")]
rows = []
for i in range(n):
    a = dict(demo[i % len(demo)])
    a["id"] = "r%03d-%s" % (i, a["id"])
    rows.append(json.dumps(a))
open(t + "/all.jsonl", "w").write("\n".join(rows) + "\n")
for b in range(5):
    k = n // 5
    open(t + "/batch%d.jsonl" % b, "w").write("\n".join(rows[b * k:(b + 1) * k]) + "\n")
PY
"$B/vigil" extract --knowledge "$T/kb" "$T/all.jsonl" > "$T/old.jsonl"
"$B/vigil" extract --knowledge "$T/kb-new" "$T/all.jsonl" > "$T/new.jsonl"

PORT=$(free_port)
U=http://127.0.0.1:$PORT
# workers pause 20 ms per article (test-only knob) so that work is queued
# and in flight when the reload lands
svc_conf "$T/v.conf" "$PORT" "knowledge.dir = $T/kb" "debug.worker_stall_ms = 20"
start_vigild vigild "$T/v.conf"
wait_http "$U/readyz" 200 60

(for b in 0 1 2 3 4; do
    "$B/vigil" produce --brokers "$BS" --topic news.articles "$T/batch$b.jsonl" 2>> "$T/produce.log"
    sleep 0.3
done) &
PRODUCER=$!
PIDS="$PIDS $PRODUCER"
# mid-stream: swap in the new knowledge (atomic rename) and reload
end=$(($(date +%s) + 30))
while [ "$(date +%s)" -le "$end" ]; do
    c=$(metric "$U" vigil_articles_consumed_total)
    [ "${c%.*}" -ge 20 ] && break
    sleep 0.05
done
cp "$T/kb-new/actors.tsv" "$T/kb/actors.tsv.tmp"
mv "$T/kb/actors.tsv.tmp" "$T/kb/actors.tsv"
kill -HUP "$VPID"
echo "reload sent after $(metric "$U" vigil_articles_consumed_total) articles," \
    "$(metric "$U" vigil_worker_queue_depth) queued or in flight"
wait "$PRODUCER" || fail "producing failed"
wait_log vigild "reloaded"
wait_metric "$U" vigil_articles_consumed_total "$N_ART" 60
wait_metric "$U" vigil_worker_queue_depth 0 30
wait_metric "$U" vigil_producer_queue_length 0 30
total=$(http_get "$U/metrics" | awk '/^vigil_events_published_total\{/ { s += $2 } END { print s + 0 }')
consume news.events "$total" --headers > "$T/events.jsonl" || fail "expected $total event records"
# nothing beyond: a second reader sees exactly the same count
"$B/vigil" consume --brokers "$BS" --topic news.events --count $((total + 1)) --timeout 12 > "$T/again.jsonl" 2>/dev/null && fail "more than $total event records"
[ "$(wc -l < "$T/again.jsonl")" -eq "$total" ] || fail "second read saw $(wc -l < "$T/again.jsonl") records, not $total"

python3 - "$T" "$N_ART" <<'PY' || fail "events lost, duplicated or mixed across the reload"
import collections, json, sys
t, n = sys.argv[1], int(sys.argv[2])
def load(p):
    return {r["id"]: sorted(json.dumps(e, sort_keys=True) for e in r["events"]) for r in map(json.loads, open(p))}
old, new = load(t + "/old.jsonl"), load(t + "/new.jsonl")
recs = [json.loads(l) for l in open(t + "/events.jsonl")]
ids = [json.loads(r["value"])["event_id"] for r in recs]
dups = [i for i, c in collections.Counter(ids).items() if c > 1]
assert not dups, "duplicated event ids: %s" % dups[:5]
got = collections.defaultdict(list)
for r in recs:
    e = json.loads(r["value"])
    got[e["article_id"]].append(json.dumps(e, sort_keys=True))
n_old = n_new = 0
for aid in old:
    g = sorted(got.get(aid, []))
    assert g == old[aid] or g == new[aid], "article %s: events match neither knowledge set" % aid
    n_old += g == old[aid] and old[aid] != new[aid]
    n_new += g == new[aid] and old[aid] != new[aid]
assert len(old) == n and set(got) <= set(old), "unexpected articles"
differ = sum(old[a] != new[a] for a in old)
assert differ > 0, "the knowledge edit changed no output: the test proves nothing"
assert n_new > 0, "no article was processed with the new knowledge"
print("reload ok: %d articles, %d event records, %d distinct ids; of %d articles whose output "
      "differs, %d old and %d new knowledge" % (n, len(ids), len(set(ids)), differ, n_old, n_new))
PY

# A broken config on reload: the old set keeps running.
cp "$T/v.conf" "$T/v.conf.good"
echo "no.such.key = 1" >> "$T/v.conf"
line=$(wc -l < "$T/v.conf")
kill -HUP "$VPID"
wait_log vigild "reload failed.*v.conf:$line: no.such.key: unknown key"
wait_metric "$U" 'vigil_reloads_total{result="failed"}' 1
kill -0 "$VPID" || fail "vigild died on a broken config"
[ "$(http_code "$U/healthz")" = 200 ] || fail "not healthy after a failed reload"
[ "$(http_code "$U/readyz")" = 200 ] || fail "not ready after a failed reload"

# A broken knowledge file on reload: same.
cp "$T/v.conf.good" "$T/v.conf"
printf 'Broken Actor\tno_such_kind\t\t\t\n' >> "$T/kb/actors.tsv"
kline=$(wc -l < "$T/kb/actors.tsv")
kill -HUP "$VPID"
wait_log vigild "reload failed.*actors.tsv:$kline:"
wait_metric "$U" 'vigil_reloads_total{result="failed"}' 2
# still serving, with the last good knowledge (the new one)
head -n 2 "$T/all.jsonl" | sed 's/"id": "r00/"id": "after-/' > "$T/after.jsonl"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/after.jsonl" 2>> "$T/produce.log"
wait_metric "$U" vigil_articles_consumed_total $((N_ART + 2)) 30
stop_vigild "$VPID"
grep -c "reload failed" "$T/vigild.log" | grep -qx 2 || fail "expected two failed reloads in the log"
# no log line per article: 152 articles, a few lifecycle lines
[ "$(wc -l < "$T/vigild.log")" -lt 30 ] || fail "vigild logged $(wc -l < "$T/vigild.log") lines for $((N_ART + 2)) articles"
echo "reload: ok"
