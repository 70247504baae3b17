#!/bin/sh
# backpressure.sh - with the broker made slow (mock: injected round-trip
# delay; real: a produce quota) input keeps arriving; vigild pauses its
# partitions instead of buffering, its RSS stays under RSS_MAX_KB, and
# nothing is lost.
# brokers: mock real
. "$(dirname "$0")/_lib.sh"
N=${BP_ARTICLES:-3000}
# ASan keeps freed memory in a quarantine (256 MB by default); keep it small
# so RSS reflects what vigild holds.
export ASAN_OPTIONS="detect_leaks=1:quarantine_size_mb=8:malloc_context_size=5"
RSS_MAX_KB=${RSS_MAX_KB:-131072}
start_broker --partitions 3
python3 tools/gen/gen-articles --count "$N" --seed 19 --junk > "$T/in.jsonl"
expected_ids "$T/in.jsonl" "$T/want"
base_conf bp bp.events > "$T/v.conf"
printf 'queue.depth = 32\noutput.queue_max = 200\n' >> "$T/v.conf"
start_vigild vigild "$T/v.conf"
wait_log vigild "partition(s) assigned" 60
broker_slow on
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/in.jsonl" 2> "$T/produce.log" &
PPID2=$!
max=0
for _ in $(seq 1 100); do # sample RSS for 10 s under the slow broker
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$VPID/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$max" ] && max=$rss
    sleep 0.1
done
broker_slow off
wait "$PPID2" || fail "producing input failed"
collect_ids bp.events "$T/want" "$T/got.ids" 240 || fail "events lost under back-pressure"
stop_vigild "$VPID"
paused=$(sed -n 's/.*paused \([0-9]*\) times.*/\1/p' "$T/vigild.log")
[ "${paused:-0}" -gt 0 ] || fail "input was never paused"
[ "$max" -le "$RSS_MAX_KB" ] || fail "RSS peaked at $max kB (bound $RSS_MAX_KB kB)"
slow="300 ms broker RTT"
[ "$BROKER" = real ] && slow="20 kB/s produce quota"
echo "backpressure: $N articles, $slow, paused $paused times, peak RSS $max kB (bound $RSS_MAX_KB kB), 0 lost"
