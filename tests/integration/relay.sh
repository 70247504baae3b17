#!/bin/sh
# relay.sh - `vigil relay`, bench/e2e's Kafka floor, does the work it is
# timed for: every input message reaches the output topic unchanged, the
# group's offsets are committed (lag 0), and a bad call is a usage error.
. "$(dirname "$0")/_lib.sh"

start_broker --partitions 3 --topic relay.out
in=tools/demo/articles.jsonl
n=$(wc -l < "$in")
"$B/vigil" produce --brokers "$BS" --topic news.articles "$in" 2> "$T/produce.log"
"$B/vigil" relay --brokers "$BS" --topic news.articles --to relay.out --group rl \
    --count "$n" --timeout 30 > "$T/relay.out" 2> "$T/relay.log" || fail "relay failed"
grep -q "^relayed $n messages from news.articles to relay.out .* us per message" "$T/relay.out" ||
    fail "relay printed no figures: $(cat "$T/relay.out")"
consume relay.out "$n" > "$T/copies.txt" || fail "fewer than $n copies"
sort "$in" > "$T/a" && sort "$T/copies.txt" > "$T/b"
cmp -s "$T/a" "$T/b" || fail "the copies differ from the inputs"
lag=$("$B/vigil" lag --brokers "$BS" --topic news.articles --group rl)
[ "$lag" = 0 ] || fail "relay left lag $lag"
rc=0; "$B/vigil" relay --brokers "$BS" --topic news.articles --group rl --count 1 2> "$T/x.err" || rc=$?
[ "$rc" -eq 2 ] && grep -q "needs" "$T/x.err" || fail "relay without --to accepted (rc $rc)"
echo "relay: ok ($n messages)"
