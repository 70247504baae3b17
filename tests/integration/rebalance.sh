#!/bin/sh
# rebalance.sh - clean rebalances lose nothing: a second instance joins and
# later leaves cleanly (SIGTERM) while articles stream, under the eager and
# the cooperative protocol.  Every event id arrives, and exactly once unless
# the broker refused the commit made on revoke (see below).
# brokers: mock real
. "$(dirname "$0")/_lib.sh"
start_broker --partitions 6 --topic rb-range.in --topic rb-cooperative-sticky.in
for proto in range cooperative-sticky; do
    python3 tools/gen/gen-articles --count 1500 --seed 17 > "$T/in.$proto.jsonl"
    expected_ids "$T/in.$proto.jsonl" "$T/want.$proto"
    base_conf "rb-$proto" "rb-$proto.events" > "$T/$proto.conf"
    printf 'kafka.consumer.partition.assignment.strategy = %s\ninput.topic = rb-%s.in\n' \
        "$proto" "$proto" >> "$T/$proto.conf"
    start_vigild "a-$proto" "$T/$proto.conf"
    APID=$VPID
    wait_log "a-$proto" "partition(s) assigned" 60
    head -n 500 "$T/in.$proto.jsonl" > "$T/p1"
    sed -n '501,1000p' "$T/in.$proto.jsonl" > "$T/p2"
    tail -n +1001 "$T/in.$proto.jsonl" > "$T/p3"
    "$B/vigil" produce --brokers "$BS" --topic "rb-$proto.in" "$T/p1" 2>> "$T/produce.log"
    start_vigild "b-$proto" "$T/$proto.conf"
    BPID=$VPID
    wait_log "b-$proto" "partition(s) assigned" 60
    "$B/vigil" produce --brokers "$BS" --topic "rb-$proto.in" "$T/p2" 2>> "$T/produce.log"
    sleep 2
    stop_vigild "$BPID"
    "$B/vigil" produce --brokers "$BS" --topic "rb-$proto.in" "$T/p3" 2>> "$T/produce.log"
    collect_ids "rb-$proto.events" "$T/want.$proto" "$T/got.$proto" 180 || fail "$proto: events lost"
    stop_vigild "$APID"
    dups=$(($(wc -l < "$T/got.$proto") - $(sort -u "$T/got.$proto" | wc -l)))
    # vigild drains and commits on revoke (both protocols).  The broker
    # process, unlike a real broker, may refuse that commit while the group
    # rebalances (REBALANCE_IN_PROGRESS); work finished since the last
    # auto-commit is then redone: duplicates, never loss.  On the mock,
    # duplicates are a failure unless the log shows the broker refused the
    # revoke commit; Apache Kafka must accept every revoke commit, and then
    # nothing is redone.
    if [ "$BROKER" = real ]; then
        if grep -h "commit on revoke failed" "$T/a-$proto.log" "$T/b-$proto.log"; then
            fail "$proto: Apache Kafka refused a commit on revoke"
        fi
        [ "$dups" -eq 0 ] || fail "$proto: $dups duplicates after clean rebalances"
        grep -q "partition(s) revoked" "$T/a-$proto.log" || fail "$proto: no revoke seen"
    elif [ "$dups" -gt 0 ] && ! grep -q "commit on revoke failed: Broker: Group rebalance in progress" \
        "$T/a-$proto.log" "$T/b-$proto.log"; then
        fail "$proto: $dups duplicates after clean rebalances although every revoke commit succeeded"
    fi
    grep -q "$( [ $proto = range ] && echo eager || echo cooperative)" "$T/a-$proto.log" || fail "$proto protocol not used"
    echo "rebalance ($proto): 1500 articles, join + clean leave: 0 lost, $dups duplicates"
done
