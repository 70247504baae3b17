#!/bin/sh
# stop_join.sh - vigild stopped (SIGTERM) in the middle of its group join
# stops cleanly: exit 0, no abort.  librdkafka 2.0.2 asserts in
# rd_kafka_sticky_assignor_state_destroy when a consumer whose JoinGroup was
# answered is destroyed before its first assignment arrives (upstream issue
# #4312, fixed in 2.2.0): vigild's input consumer uses cooperative-sticky.
# The group coordinator (broker 1) answers 800 ms late, so the SIGTERM sent
# as soon as vigild logs the JoinGroup answer falls before the SyncGroup
# answer: each round checks in its log that it did.
# brokers: mock
. "$(dirname "$0")/_lib.sh"
ROUNDS=${STOP_JOIN_ROUNDS:-3}
start_broker
echo "coordinator sj 1" >&9
base_conf sj sj.events > "$T/v.conf"
cat >> "$T/v.conf" <<CONF
log.level = debug
kafka.consumer.debug = cgrp
CONF
r=0
in_window=0
while [ $r -lt "$ROUNDS" ]; do
    r=$((r + 1))
    echo "rtt 1 800" >&9
    start_vigild "sj$r" "$T/v.conf"
    wait_log "sj$r" "JoinGroup response: GenerationId" 60
    stop_vigild "$VPID" # exit 0 within 30 s, or the test fails
    echo "rtt 1 0" >&9
    ! grep -q "Assertion\|assert" "$T/sj$r.log" || fail "round $r: librdkafka asserted: $(grep -m1 -i assert "$T/sj$r.log")"
    grep -q "stopped cleanly" "$T/sj$r.log" || fail "round $r: no clean stop"
    # the stop came between the JoinGroup and the SyncGroup answers
    if awk '/JoinGroup response: GenerationId/ {j = 1} /stopping: finishing/ && j && !a {s = 1}
            /partition\(s\) assigned/ {a = 1} END {exit !s}' "$T/sj$r.log"; then
        in_window=$((in_window + 1))
    fi
done
[ "$in_window" -gt 0 ] || fail "no stop fell between the JoinGroup and SyncGroup answers"
echo "stop_join: $ROUNDS SIGTERMs during the group join ($in_window between JoinGroup and SyncGroup): all exit 0, no assertion"
