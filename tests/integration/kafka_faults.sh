#!/bin/sh
# kafka_faults.sh - nothing lost under real broker faults.  On a 3-node
# Apache Kafka cluster (replication factor 3, min.insync.replicas 2) vigild
# processes generated articles while (1) a broker that leads partitions of
# the input and output topics is killed with SIGKILL and later restarted
# (its leaderships move to the others: checked), and (2) the KRaft
# controller quorum's leader is stopped (a new leader is elected: checked)
# and restarted.  Input arrives before, during and after the faults.  The
# published event ids must equal the offline pipeline's; duplicates are
# reported (at-least-once).
# brokers: real
. "$(dirname "$0")/_lib.sh"
N=${FAULT_ARTICLES:-3000}

start_broker --brokers 3 --partitions 6
python3 tools/gen/gen-articles --count "$N" --seed 11 > "$T/in.jsonl"
expected_ids "$T/in.jsonl" "$T/want"
split -n l/3 -d "$T/in.jsonl" "$T/part."
pub() { "$B/vigil" produce --brokers "$BS" --topic news.articles "$1" 2>> "$T/produce.log" || fail "produce $1"; }

base_conf faults faults.events > "$T/v.conf"
echo "queue.depth = 16" >> "$T/v.conf" # keep work in flight short so faults hit many messages
start_vigild vigild "$T/v.conf"
wait_log vigild "partition(s) assigned" 60
pub "$T/part.00"

# (1) SIGKILL a broker that leads partitions, input and output flowing
leaders faults.events > "$T/lead.before"
victim=$(awk '{print $2}' "$T/lead.before" | sort | uniq -c | sort -rn | awk 'NR == 1 {print $2}')
[ -n "$victim" ] || fail "no partition leaders: $(cat "$T/tool.log")"
"$KAFKA" kill "$KD" "$victim"
pub "$T/part.01"
leaders faults.events > "$T/lead.during"
if awk -v v="$victim" '$2 == v' "$T/lead.during" | grep -q .; then
    fail "node $victim still leads after its SIGKILL: $(cat "$T/lead.during")"
fi
echo "node $victim killed: it led $(awk -v v="$victim" '$2 == v' "$T/lead.before" | wc -l) of 6 partitions of faults.events; leaders now $(awk '{print $2}' "$T/lead.during" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
"$KAFKA" restart "$KD" "$victim" > /dev/null 2>> "$T/kafka.log" || fail "node $victim did not restart"

# (2) stop the controller quorum's leader
ql=$("$KAFKA" quorum-leader "$KD")
[ -n "$ql" ] || fail "no quorum leader: $(tail -n 5 "$KD/quorum.log")"
"$KAFKA" stop-node "$KD" "$ql"
pub "$T/part.02"
nl=""
for _ in $(seq 1 30); do # bounded: a new leader is elected among the two voters left
    nl=$("$KAFKA" quorum-leader "$KD")
    [ -n "$nl" ] && [ "$nl" != "$ql" ] && break
    sleep 1
done
[ -n "$nl" ] && [ "$nl" != "$ql" ] || fail "no new quorum leader after stopping node $ql (got '$nl')"
echo "quorum leader $ql stopped; node $nl leads the quorum now"
"$KAFKA" restart "$KD" "$ql" > /dev/null 2>> "$T/kafka.log" || fail "node $ql did not restart"

collect_ids faults.events "$T/want" "$T/got.ids" 300 || fail "events lost under broker faults"
kill -0 "$VPID" || fail "vigild died under broker faults"
stop_vigild "$VPID"
dups=$(($(wc -l < "$T/got.ids") - $(sort -u "$T/got.ids" | wc -l)))
echo "kafka_faults: $N articles, $(wc -l < "$T/want") events, broker SIGKILL + restart, quorum leader stop + restart: 0 lost, $dups duplicates"
