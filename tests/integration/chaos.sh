#!/bin/sh
# chaos.sh - nothing lost under SIGKILL.  5,000 generated articles are
# processed once cleanly (reference) and once while vigild is killed with
# SIGKILL at random moments 10 times and restarted each time.  Both runs must
# publish exactly the event ids the offline pipeline gives; the report prints
# how many duplicates at-least-once produced.
# brokers: mock real
. "$(dirname "$0")/_lib.sh"
N=${CHAOS_ARTICLES:-5000}
KILLS=${CHAOS_KILLS:-10}

start_broker --partitions 6
python3 tools/gen/gen-articles --count "$N" --seed 7 --junk > "$T/in.jsonl"
expected_ids "$T/in.jsonl" "$T/want"
[ -s "$T/want" ] || fail "the generated articles give no events offline"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/in.jsonl" 2> "$T/produce.log"

# Reference run.
base_conf ref ref.events > "$T/ref.conf"
start_vigild ref "$T/ref.conf"
collect_ids ref.events "$T/want" "$T/ref.ids" 300 || fail "reference run lost events"
stop_vigild "$VPID"

# Chaos run: kill -9 at random moments after the instance got its partitions.
base_conf chaos chaos.events > "$T/chaos.conf"
i=0
while [ $i -lt "$KILLS" ]; do
    i=$((i + 1))
    start_vigild "chaos$i" "$T/chaos.conf"
    wait_log "chaos$i" "partition(s) assigned" 60
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.1, 1.5), 2))')"
    kill -KILL "$VPID"
    wait "$VPID" 2>/dev/null || true
done
start_vigild chaosfinal "$T/chaos.conf"
# joined before it may be stopped: librdkafka 2.0.2 can abort in its sticky
# assignor (rd_kafka_sticky_assignor_state_destroy: assertion) when a
# consumer closes while its cooperative join is still under way, and the
# killed instances may already have published every event
wait_log chaosfinal "partition(s) assigned" 60
collect_ids chaos.events "$T/want" "$T/chaos.ids" 300 || fail "chaos run lost events"
stop_vigild "$VPID"
dups=$(($(wc -l < "$T/chaos.ids") - $(sort -u "$T/chaos.ids" | wc -l)))
echo "chaos: $N articles, $(wc -l < "$T/want") events, $KILLS SIGKILLs, 0 lost, $dups duplicates"
