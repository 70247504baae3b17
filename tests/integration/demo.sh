#!/bin/sh
# demo.sh - what `make run` shows a newcomer: tools/demo/run starts vigild on
# its embedded broker, publishes the sample articles and prints their events
# (and alerts) within 30 s; Ctrl-C (SIGINT) ends it cleanly.
. "$(dirname "$0")/_lib.sh"
start=$(date +%s)
timeout -s INT 45 tools/demo/run "$B" > "$T/demo.log" 2>&1 &
DPID=$!
PIDS="$PIDS $DPID"
for _ in $(seq 1 300); do
    grep -q '"schema":"vigil.event/1"' "$T/demo.log" && break
    sleep 0.1
done
took=$(($(date +%s) - start))
grep -q '"schema":"vigil.event/1"' "$T/demo.log" || fail "no event printed within 30 s"
kill -INT "$DPID" 2>/dev/null || true
wait "$DPID" 2>/dev/null || true
grep -q "EMBEDDED IN-MEMORY broker" "$T/demo.log" || fail "no embedded-broker notice"
echo "demo: first event after ${took} s; $(grep -c '"schema":"vigil.event/1"' "$T/demo.log") events, $(grep -c '^ALERT' "$T/demo.log") alerts"
