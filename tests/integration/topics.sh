#!/bin/sh
# topics.sh - the alert stage creates the incidents and alerts topics only
# when they are missing, and says so before it waits for the cluster: the
# test broker lacks both topics and never answers CreateTopics, so vigild
# must log the creation, then that no answer came, then start anyway.
# (With the topics present, as on the embedded broker, nothing is asked and
# nothing waits: embedded.sh.)
. "$(dirname "$0")/_lib.sh"
start_broker --partitions 2
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
kafka.session.timeout.ms = 6000
kafka.heartbeat.interval.ms = 500
CONF
start_vigild vigild "$T/v.conf"
wait_log vigild "ready:" 60
c=$(grep -n "alerting: creating 2 missing topic(s) with 2 partition(s)" "$T/vigild.log" | cut -d: -f1)
w=$(grep -n "alerting: no answer to the topic creation" "$T/vigild.log" | cut -d: -f1)
r=$(grep -n "ready:" "$T/vigild.log" | cut -d: -f1)
[ -n "$c" ] || fail "the missing topics were not announced"
[ -n "$w" ] && [ "$c" -lt "$w" ] && [ "$w" -lt "$r" ] || fail "creation, wait and start out of order"
stop_vigild "$VPID"
echo "topics: creation announced before the wait, then started"
