#!/bin/sh
# kafka_security.sh - vigild on a broker that authenticates and authorizes:
# SASL/SCRAM-SHA-512 over TLS (a test CA and a broker certificate made by
# tools/kafka/kafka with openssl), ACLs enforced, vigild's principal
# limited to its topics and its groups.  With the right settings events
# flow; a wrong password, a principal with no ACL and a group outside the
# ACLs each end vigild at once with status 1 and a line that says why.
#
# The broker is Apache Kafka 3.9.2, not 4.x: librdkafka before 2.6.1
# (Debian 12 has 2.0.2) repeats the client nonce in its SCRAM final
# message, which Kafka 3.8.1 to 3.9.x tolerate and 4.x refuses as invalid
# credentials (librdkafka PR #4895; kafka_scram_4x.sh shows it).
# brokers: real
. "$(dirname "$0")/_lib.sh"

start_broker --partitions 3 --topic news.incidents --topic news.alerts -- --sasl --user vigil \
    --user intruder --version 3.9.2
ADMIN=$(cat "$KD/client.args")
acl() { # acl ARGS...: kafka-acls as the admin
    "$KAFKA" tool "$KD" kafka.admin.AclCommand --bootstrap-server "$BS" --add "$@" \
        >> "$T/acl.log" 2>&1 || fail "kafka-acls $*: $(tail -n 5 "$T/acl.log")"
}
P="--allow-principal User:vigil"
acl $P --operation Read --operation Describe --topic news.articles
acl $P --operation Write --operation Describe --topic news.events --topic news.deadletter
acl $P --operation Read --operation Describe --topic news.events # the alerting stage
acl $P --operation Read --operation Write --operation Describe --topic news.incidents \
    --topic news.alerts
acl $P --operation Read --resource-pattern-type prefixed --group vigil

conf() { # conf USER PASSWORD [extra lines]
    u=$1
    pw=$2
    shift 2
    cat <<CONF
kafka.bootstrap.servers = $BS
kafka.security.protocol = SASL_SSL
kafka.sasl.mechanisms = SCRAM-SHA-512
kafka.sasl.username = $u
kafka.sasl.password = $pw
kafka.ssl.ca.location = $KD/tls/ca.pem
workers = 1
alerts.group_wait_ms = 1000
kafka.session.timeout.ms = 6000
kafka.heartbeat.interval.ms = 500
CONF
    for l in "$@"; do echo "$l"; done
}

# the right settings: events flow
conf vigil "$(cat "$KD/users/vigil")" > "$T/ok.conf"
start_vigild ok "$T/ok.conf"
wait_log ok "alerting: 3 partition(s) assigned" 60
# shellcheck disable=SC2086
"$B/vigil" produce --brokers "$BS" $ADMIN --topic news.articles tools/demo/articles.jsonl \
    2> "$T/produce.log" || fail "admin cannot produce"
# shellcheck disable=SC2086
consume news.events 3 $ADMIN > "$T/events.jsonl" || fail "no events over SASL_SSL"
# shellcheck disable=SC2086
consume news.alerts 1 $ADMIN > /dev/null || fail "no alert over SASL_SSL"
stop_vigild "$VPID"
grep -q "stopped cleanly" "$T/ok.log" || fail "no clean stop"

# a wrong password
conf vigil wrong-password > "$T/pw.conf"
start_vigild pw "$T/pw.conf"
expect_exit pw "Authentication failed|SASL authentication error"

# a principal with no ACL: its topics are not visible to it
conf intruder "$(cat "$KD/users/intruder")" > "$T/noacl.conf"
start_vigild noacl "$T/noacl.conf"
expect_exit noacl "not authorized to see topic news.articles"

# a consumer group outside vigil's ACLs
conf vigil "$(cat "$KD/users/vigil")" "consumer.group = outsider" "alerts.enabled = false" \
    > "$T/group.conf"
start_vigild group "$T/group.conf"
expect_exit group "GROUP_AUTHORIZATION_FAILED"
echo "kafka_security: SCRAM-SHA-512 over TLS with ACLs: events flow; wrong password, no ACL, foreign group: exit 1"
