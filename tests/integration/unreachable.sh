#!/bin/sh
# unreachable.sh - a broker nobody listens on: vigild exits 1, and its
# critical line names the cause ("Connection refused") before it stops,
# not only librdkafka's generic "Broker transport failure"; every client's
# librdkafka lines come through vigild's logger (no raw "%3|time|FAIL|"
# lines), and the vigil tool's through its own ("vigil: kafka ...").
. "$(dirname "$0")/_lib.sh"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'kafka.bootstrap.servers = 127.0.0.1:%s\nalerts.enabled = true\n' "$port" > "$T/v.conf"
rc=0
timeout 120 "$B/vigild" -c "$T/v.conf" > "$T/vigild.log" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "vigild exit status $rc, expected 1"
fatal=$(grep -n "cannot start: cannot reach the Kafka cluster at 127.0.0.1:$port: .*Connection refused" \
    "$T/vigild.log" | head -n 1 | cut -d: -f1)
stop=$(grep -n "stopping" "$T/vigild.log" | head -n 1 | cut -d: -f1)
[ -n "$fatal" ] || fail "the fatal line does not name the cause"
[ -n "$stop" ] && [ "$fatal" -lt "$stop" ] || fail "the cause comes after 'stopping'"
grep -q '^<[0-9]>kafka vigild#producer-[0-9]*: .*Connection refused' "$T/vigild.log" ||
    fail "librdkafka's line not logged as vigild's"
grep -q '^%[0-9]|' "$T/vigild.log" && fail "raw librdkafka lines: $(grep -m1 '^%' "$T/vigild.log")"
rc=0
timeout 60 "$B/vigil" lag --brokers "127.0.0.1:$port" --topic t --group g > /dev/null 2> "$T/vigil.log" || rc=$?
[ "$rc" = 1 ] || fail "vigil lag exit status $rc"
grep -q '^vigil: kafka .*Connection refused' "$T/vigil.log" || fail "vigil: $(head -n 3 "$T/vigil.log")"
grep -q '^%[0-9]|' "$T/vigil.log" && fail "raw librdkafka lines from vigil"
echo "unreachable: $(sed -n "${fatal}p" "$T/vigild.log" | cut -c1-160)"
