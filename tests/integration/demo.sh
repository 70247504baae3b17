#!/bin/sh
# demo.sh - what `make run` shows a newcomer (tools/demo/run): vigild on its
# embedded broker, the sample articles published, each event and alert
# printed as one readable line (`vigil consume --format human`), metrics
# served on the port the demo names, and the demo still running after the
# minute at which `vigil consume --timeout 0` used to give up, until Ctrl-C
# (SIGINT) ends it cleanly.  Reports when the first event appeared.
. "$(dirname "$0")/_lib.sh"
export VIGIL_DEMO_HTTP_PORT=$((20000 + $$ % 20000)) # the demo's default (9464) may be taken here
start=$(date +%s)
timeout -s INT 300 tools/demo/run "$B" > "$T/demo.log" 2>&1 &
DPID=$!
PIDS="$PIDS $DPID"
for _ in $(seq 1 600); do
    grep -q '^EVENT ' "$T/demo.log" && break
    kill -0 "$DPID" 2>/dev/null || fail "the demo exited early"
    sleep 0.1
done
took=$(($(date +%s) - start))
grep -q '^EVENT ' "$T/demo.log" || fail "no event printed within 60 s"
grep -q "EMBEDDED IN-MEMORY broker" "$T/demo.log" || fail "no embedded-broker notice"
# every event line: EVENT date type | place | toll | actors | evidence
bad=$(grep '^EVENT ' "$T/demo.log" | awk -F' [|] ' 'NF != 5' | head -n 1)
[ -z "$bad" ] || fail "event line not in the human format: $bad"
grep -q '^{' "$T/demo.log" && fail "raw JSON printed instead of readable lines"
url=$(sed -n 's/^demo: metrics at \(http:[^ ]*\).*/\1/p' "$T/demo.log")
[ -n "$url" ] || fail "the demo does not say where its metrics are"
python3 - "$url" <<'PY' || fail "metrics not reachable at $url"
import sys, urllib.request
body = urllib.request.urlopen(sys.argv[1], timeout=10).read().decode()
assert "vigil_build_info" in body, body[:200]
PY
wait_log demo '^ALERT ' 120
# `vigil consume --timeout 0` used to stop after 60 s, and the demo with it
while [ $(($(date +%s) - start)) -lt 70 ]; do
    kill -0 "$DPID" 2>/dev/null || fail "the demo stopped by itself after $(($(date +%s) - start)) s"
    sleep 1
done
kill -INT "$DPID"
for _ in $(seq 1 300); do
    kill -0 "$DPID" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$DPID" 2>/dev/null && fail "the demo did not stop within 30 s of Ctrl-C"
rc=0
wait "$DPID" || rc=$?
[ "$rc" -eq 0 ] || fail "the demo exited with status $rc after Ctrl-C"
echo "demo: first event after ${took} s; $(grep -c '^EVENT ' "$T/demo.log") events, $(grep -c '^ALERT ' "$T/demo.log") alerts; still running at 70 s, stopped by Ctrl-C"
