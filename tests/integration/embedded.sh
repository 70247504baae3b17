#!/bin/sh
# embedded.sh - with no kafka.bootstrap.servers vigild starts its embedded
# in-memory broker with every topic created, says so loudly, starts the alert
# stage without asking for topics (no wait: topics.sh has the other case),
# and processes articles through it.  Under systemd (INVOCATION_ID set, as
# in a unit) with no brokers it refuses to start, saying why, unless
# embedded.enabled = true.
. "$(dirname "$0")/_lib.sh"
printf 'embedded.bootstrap_file = %s/bootstrap\n' "$T" > "$T/v.conf"
start_vigild vigild "$T/v.conf"
wait_log vigild "ready:"
grep -q "EMBEDDED IN-MEMORY broker" "$T/vigild.log" || fail "no embedded-broker warning"
grep -q "alerting: creating" "$T/vigild.log" && fail "the alert stage asked for topics that exist"
BS=$(cat "$T/bootstrap")
case "$BS" in 127.0.0.1:*) ;; *) fail "embedded broker not on loopback: $BS" ;; esac
"$B/vigil" produce --brokers "$BS" --topic news.articles tools/demo/articles.jsonl 2> "$T/p.log"
consume news.events 1 > "$T/events.jsonl" || fail "no event from the embedded broker"
stop_vigild "$VPID"

# under systemd, the shipped configuration (no brokers) must not quietly
# run an in-memory broker
rc=0
INVOCATION_ID=0123456789abcdef timeout 60 "$B/vigild" -c "$T/v.conf" > "$T/unit.log" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "under systemd with no brokers: exit status $rc"
grep -q "under systemd (INVOCATION_ID is set) vigild does not start its embedded" "$T/unit.log" ||
    fail "no reason given: $(cat "$T/unit.log")"
grep -q "EMBEDDED IN-MEMORY broker" "$T/unit.log" && fail "the embedded broker started under systemd"
rc=0
NOTIFY_SOCKET=/nonexistent "$B/vigild" --check-config -c "$T/v.conf" > "$T/check.log" 2>&1 || rc=$?
[ "$rc" = 1 ] && grep -q "NOTIFY_SOCKET" "$T/check.log" || fail "--check-config under systemd: $rc $(cat "$T/check.log")"
printf 'embedded.bootstrap_file = %s/bootstrap2\nembedded.enabled = true\n' "$T" > "$T/v2.conf"
export INVOCATION_ID=0123456789abcdef
start_vigild vigild2 "$T/v2.conf"
unset INVOCATION_ID
wait_log vigild2 "ready:"
grep -q "EMBEDDED IN-MEMORY broker" "$T/vigild2.log" || fail "embedded.enabled = true did not start it"
stop_vigild "$VPID"
echo "embedded: ok; refused under systemd unless embedded.enabled = true"
