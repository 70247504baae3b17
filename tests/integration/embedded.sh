#!/bin/sh
# embedded.sh - with no kafka.bootstrap.servers vigild starts its embedded
# in-memory broker with every topic created, says so loudly, starts the alert
# stage without asking for topics (no wait: topics.sh has the other case),
# and processes articles through it.
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
echo "embedded: ok"
