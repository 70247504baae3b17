#!/bin/sh
# kafka_scram_4x.sh - why kafka_security.sh runs on Kafka 3.9: with Apache
# Kafka 4.x, SCRAM-SHA-512 from librdkafka 2.0.2 (Debian 12's) is refused
# as invalid credentials although they are right (librdkafka before 2.6.1
# repeats the client nonce in its final message, which 4.x checks strictly:
# librdkafka PR #4895).  Proven here: Kafka's own Java client logs in with
# the same user and password, librdkafka cannot, and vigild says so and
# exits 1 instead of retrying.  When Debian ships librdkafka >= 2.6.1 this
# test fails: then move kafka_security.sh to 4.x and drop this one.
# brokers: real
. "$(dirname "$0")/_lib.sh"

# not start_broker: its topics are created with librdkafka
"$KAFKA" start "$KD" --sasl --user vigil --owner $$ > "$T/kafka.log" 2>&1 ||
    fail "Apache Kafka did not start: $(tail -n 5 "$T/kafka.log")"
BS=$(cat "$KD/bootstrap")
# Kafka's Java admin client, as admin: accepted
for t in news.articles news.events news.deadletter; do
    "$KAFKA" tool "$KD" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BS" --create \
        --topic $t --partitions 1 > /dev/null 2> "$T/java.err" ||
        fail "the Java client was refused: $(tail -n 3 "$T/java.err")"
done
"$KAFKA" tool "$KD" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BS" --list \
    > "$T/java.out" 2> "$T/java.err" || fail "the Java client was refused: $(tail -n 3 "$T/java.err")"
grep -q "news.articles" "$T/java.out" || fail "the Java client saw no topic: $(cat "$T/java.out")"
# librdkafka with the same admin credentials: refused
# shellcheck disable=SC2046
if "$B/vigil" topics --brokers "$BS" $(cat "$KD/client.args") --timeout 10 > "$T/rd.out" 2> "$T/rd.err"; then
    fail "librdkafka's SCRAM was accepted by Kafka 4.x: librdkafka was upgraded; move kafka_security.sh to 4.x"
fi
grep -q "invalid credentials" "$T/rd.err" || fail "librdkafka failed otherwise: $(tail -n 3 "$T/rd.err")"
cat > "$T/v.conf" <<CONF
kafka.bootstrap.servers = $BS
kafka.security.protocol = SASL_SSL
kafka.sasl.mechanisms = SCRAM-SHA-512
kafka.sasl.username = vigil
kafka.sasl.password = $(cat "$KD/users/vigil")
kafka.ssl.ca.location = $KD/tls/ca.pem
CONF
start_vigild vigild "$T/v.conf"
wait_exit 60
[ "$STATUS" = 1 ] || fail "vigild did not exit 1 (status '$STATUS')"
grep -q "cannot start: cannot reach the Kafka cluster.*invalid credentials" "$T/vigild.log" ||
    fail "no clear start-up error: $(tail -n 3 "$T/vigild.log")"
echo "kafka_scram_4x: Kafka $(sed -n 's/.*kafka_2.13-\([0-9.]*\)\.jar.*/\1/p' "$(cat "$KD/classpath")" | head -n 1) accepts the Java client's SCRAM, refuses librdkafka 2.0.2's; vigild exits 1 saying so"
