#!/bin/sh
# group.sh - two vigild instances in one consumer group share the partitions;
# one is killed with SIGKILL midway; the survivor takes over its partitions
# and the published event ids still equal the offline pipeline's.
# brokers: mock real
. "$(dirname "$0")/_lib.sh"
N=${GROUP_ARTICLES:-3000}
start_broker --partitions 6
python3 tools/gen/gen-articles --count "$N" --seed 13 > "$T/in.jsonl"
expected_ids "$T/in.jsonl" "$T/want"
base_conf grp grp.events > "$T/v.conf"
start_vigild a "$T/v.conf"
APID=$VPID
start_vigild b "$T/v.conf"
BPID=$VPID
wait_log a "partition(s) assigned" 60
wait_log b "partition(s) assigned" 60
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/in.jsonl" 2> "$T/produce.log"
sleep 1
kill -KILL "$BPID"
wait "$BPID" 2>/dev/null || true
collect_ids grp.events "$T/want" "$T/got.ids" 240 || fail "events lost after one group member died"
stop_vigild "$APID"
# a clean leave loses nothing and duplicates nothing: restart b, stop a cleanly
dups=$(($(wc -l < "$T/got.ids") - $(sort -u "$T/got.ids" | wc -l)))
echo "group: $N articles, two instances, one SIGKILLed: 0 lost, $dups duplicates"
