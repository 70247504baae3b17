#!/bin/sh
# memory_bound.sh - vigild's memory is bounded in bytes, not in article
# counts (issue 20).  A slowed worker (debug.worker_stall_ms) faces a flood
# of HTML pages near the size limits; its peak RSS (VmHWM) must stay under
# its own idle RSS (measured first, in the same run: about 30 MB under ASan)
# plus the configured byte budget (queue.max_bytes + output.max_bytes +
# librdkafka's prefetch bound queued.max.messages.kbytes + one fetch,
# fetch.max.bytes) plus MARGIN_MB (64: the article being cleaned, the one
# waiting for room, allocator slack), and nothing may be lost:
#   run 1: MEM_ARTICLES pages of ~3.6 MB (under the 4 MiB article limit),
#          queue.max_bytes 80 MiB (two pages: each counts 10 times its size):
#          every article's events are published, exactly the offline set,
#          and the byte bound pauses the input;
#   run 2: MEM_BIG messages at the 8 MiB message limit, with queue.max_bytes
#          below one of them: each is taken alone, once the worker is idle
#          (vigil_articles_alone_total), and each is dead-lettered
#          (clean.too_big: over the 4 MiB article limit), none lost.
# One message per partition: the test broker keeps about 5 MiB per
# partition and silently drops older records, which must not be what loses
# an article here.  bench/memory-flood runs the full 256 x 3.6 MB.
. "$(dirname "$0")/_lib.sh"
. "$(dirname "$0")/_svc.sh"
N=${MEM_ARTICLES:-12}
NB=${MEM_BIG:-4}
MARGIN_MB=${MARGIN_MB:-64}
export ASAN_OPTIONS="detect_leaks=1:quarantine_size_mb=8:malloc_context_size=5"

# produce_each FILE: line i to partition i, all at once (one producer
# process per line, in parallel: the flood must outrun the slowed worker)
produce_each() {
    rm -rf "$T/lines"
    mkdir "$T/lines"
    split -l 1 -a 4 -d "$1" "$T/lines/l"
    pids=""
    i=0
    for f in "$T"/lines/l*; do
        "$B/vigil" produce --brokers "$BS" --topic news.articles --partition "$i" "$f" \
            2>> "$T/produce.log" &
        pids="$pids $!"
        i=$((i + 1))
    done
    for p in $pids; do wait "$p" || fail "producing an article failed"; done
    rm -rf "$T/lines"
}

budget() { # budget CONF: the byte budget its keys configure
    python3 - "$1" <<'PY'
import sys
kv = dict(l.split(" = ", 1) for l in open(sys.argv[1]).read().splitlines() if " = " in l)
print(int(kv["queue.max_bytes"]) + int(kv["output.max_bytes"])
      + int(kv["kafka.consumer.queued.max.messages.kbytes"]) * 1000
      + int(kv["kafka.consumer.fetch.max.bytes"]))
PY
}

# start_idle NAME CONF: start vigild, wait for its partitions, note IDLE_KB
start_idle() {
    start_vigild "$1" "$2"
    wait_log "$1" "partition(s) assigned" 60
    IDLE_KB=$(awk '/VmRSS/ {print $2}' "/proc/$VPID/status")
}

check_peak() { # check_peak WHAT CONF
    peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$VPID/status")
    b=$(budget "$2")
    echo "$1: peak RSS $((peak_kb / 1024)) MB; idle $((IDLE_KB / 1024)) MB + byte budget $((b / 1048576)) MB + margin $MARGIN_MB MB = $(((IDLE_KB + b / 1024) / 1024 + MARGIN_MB)) MB"
    [ "$peak_kb" -le $((IDLE_KB + b / 1024 + MARGIN_MB * 1024)) ] ||
        fail "$1: peak RSS $peak_kb kB over idle $IDLE_KB kB + budget $b bytes + $MARGIN_MB MB"
}

# flood_conf FILE GROUP QUEUE_MAX_BYTES: one slowed worker, small bounds
flood_conf() {
    base_conf "$2" "$2.events" > "$1"
    cat >> "$1" <<CONF
workers = 1
debug.worker_stall_ms = 1200
queue.max_bytes = $3
output.max_bytes = 2097152
kafka.consumer.queued.max.messages.kbytes = 8192
kafka.consumer.fetch.max.bytes = 9437184
http.port = $(free_port)
CONF
}

# --- run 1: ~3.6 MB pages, events published --------------------------------
start_broker --partitions "$N"
python3 tools/gen/gen-articles --count "$N" --seed 20 --html-bytes 3600000 > "$T/pages.jsonl"
expected_ids "$T/pages.jsonl" "$T/want"
[ -s "$T/want" ] || fail "the pages give no events offline"
flood_conf "$T/v.conf" mem 83886080
start_idle vigild "$T/v.conf"
produce_each "$T/pages.jsonl"
collect_ids mem.events "$T/want" "$T/got.ids" 300 || fail "events lost"
check_peak "$N pages of 3.6 MB" "$T/v.conf"
U=http://127.0.0.1:$(sed -n 's/^http.port = //p' "$T/v.conf")
http_get "$U/metrics" > "$T/m1.txt"
grep -q '^vigil_input_pauses_total{reason="queue_bytes"} [1-9]' "$T/m1.txt" ||
    fail "the byte bound never paused the input: $(grep pauses "$T/m1.txt")"
grep '^vigil_input_pauses_total' "$T/m1.txt"
stop_vigild "$VPID"

# --- run 2: messages at the 8 MiB limit, each larger than queue.max_bytes ----
kill -TERM $PIDS 2> /dev/null || true
exec 9>&-
for p in $PIDS; do wait "$p" 2> /dev/null || true; done
PIDS=""
rm -f "$T/broker.in" "$T/broker.out"
start_broker --partitions "$NB"
python3 tools/gen/gen-articles --count "$NB" --seed 21 --html-bytes 7900000 > "$T/big.jsonl"
python3 -c '
import sys
for l in open(sys.argv[1], "rb"):
    n = len(l) - 1
    assert 8000000 < n <= 8388608, n' "$T/big.jsonl" || fail "the big messages are not at the 8 MiB limit"
flood_conf "$T/v2.conf" mem2 4194304
start_idle vigild2 "$T/v2.conf"
produce_each "$T/big.jsonl"
consume mem2.events.dead "$NB" --headers > "$T/dead.jsonl" || fail "dead letters lost"
python3 - "$T/dead.jsonl" "$NB" <<'PY' || fail "wrong dead letters"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
classes = {r["headers"].get("__connect.errors.exception.class.name") for r in rows}
ids = {r["headers"].get("vigil.article.id") for r in rows}
print("dead letters:", len(rows), sorted(classes), len(ids), "articles")
assert len(rows) == int(sys.argv[2]) and classes == {"clean.too_big"}, (len(rows), classes)
PY
check_peak "$NB messages at the 8 MiB limit" "$T/v2.conf"
U=http://127.0.0.1:$(sed -n 's/^http.port = //p' "$T/v2.conf")
alone=$(metric "$U" vigil_articles_alone_total)
[ "$alone" = "$NB" ] || fail "vigil_articles_alone_total is $alone, expected $NB"
grep -q "more than queue.max_bytes" "$T/vigild2.log" || fail "no log line for the lone articles"
stop_vigild "$VPID"
echo "memory_bound: ok"
