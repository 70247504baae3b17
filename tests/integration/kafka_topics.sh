#!/bin/sh
# kafka_topics.sh - on Apache Kafka with topic auto-creation off (as in
# production), a missing output or input topic is a clear start-up error:
# vigild names the topic and exits non-zero at once instead of retrying,
# and creates nothing.  Once the topics exist it runs.
# brokers: real
. "$(dirname "$0")/_lib.sh"

start_broker --partitions 3

# the events topic is missing (its dead-letter topic exists)
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
output.events_topic = missing.events
output.deadletter_topic = news.deadletter
CONF
start_vigild noevents "$T/v.conf"
expect_exit noevents "cannot start: topic missing.events does not exist and the broker does not create topics"

# the input topic is missing
cat > "$T/v2.conf" <<CONF
kafka.bootstrap.servers = $BS
input.topic = missing.articles
CONF
start_vigild noinput "$T/v2.conf"
expect_exit noinput "cannot start: topic missing.articles does not exist"

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
