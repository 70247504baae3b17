#!/bin/sh
# kafka_topics.sh - on Apache Kafka with topic auto-creation off (as in
# production), a missing output or input topic is a clear start-up error:
# vigild names the topic and exits non-zero at once instead of retrying,
# and creates nothing.  Once the topics exist it runs.
# brokers: real
. "$(dirname "$0")/_lib.sh"

start_broker --partitions 3
# vigild must exit by itself (bounded), with status 1 and a line naming $2
expect_exit() { # expect_exit NAME WORDS
    status=""
    for _ in $(seq 1 600); do
        if ! kill -0 "$VPID" 2> /dev/null; then
            status=0
            wait "$VPID" || status=$?
            break
        fi
        sleep 0.1
    done
    [ -n "$status" ] || fail "$1: vigild kept running"
    [ "$status" -eq 1 ] || fail "$1: exit status $status, not 1"
    grep -q "cannot start: $2" "$T/$1.log" || fail "$1: no clear error: $(tail -n 3 "$T/$1.log")"
}

# the events topic is missing (its dead-letter topic exists)
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
output.events_topic = missing.events
output.deadletter_topic = news.deadletter
CONF
start_vigild noevents "$T/v.conf"
expect_exit noevents "topic missing.events does not exist and the broker does not create topics"

# the input topic is missing
cat > "$T/v2.conf" <<CONF
kafka.bootstrap.servers = $BS
input.topic = missing.articles
CONF
start_vigild noinput "$T/v2.conf"
expect_exit noinput "topic missing.articles does not exist"

# nothing was created on the way
"$B/vigil" topics --brokers "$BS" > "$T/topics.txt" || fail "cannot list topics"
if grep -q "^missing" "$T/topics.txt"; then fail "a missing topic was created: $(cat "$T/topics.txt")"; fi

# with every topic in place vigild runs (alerting off: its topics are
# created by vigild itself)
create_topics missing.events
printf 'alerts.enabled = false\n' >> "$T/v.conf"
start_vigild ok "$T/v.conf"
wait_log ok "ready:" 60
"$B/vigil" produce --brokers "$BS" --topic news.articles tools/demo/articles.jsonl 2> "$T/produce.log"
consume missing.events 1 > /dev/null || fail "no event once the topic exists"
stop_vigild "$VPID"
echo "kafka_topics: missing output and input topics are clear start-up errors; nothing created"
