#!/bin/sh
# lag.sh - `vigil commit` and `vigil lag`, the start and the end of
# bench/e2e's clock.  commit must leave a committed offset at each
# partition's beginning (a consumer whose reset policy is "latest" then
# still reads everything); lag --wait, which keeps the high watermarks it
# saw and asks again only when the committed offsets reach them, must not
# stop while messages written after its first probe are unconsumed; commit
# --partition P --offset N commits that one offset.
. "$(dirname "$0")/_lib.sh"

start_broker --partitions 3 --topic lag.out
in=tools/demo/articles.jsonl
n=$(wc -l < "$in")
# everything on partition 0; partitions 1 and 2 stay empty with no commit
"$B/vigil" produce --brokers "$BS" --topic news.articles --partition 0 "$in" 2> "$T/produce.log"
lag=$("$B/vigil" lag --brokers "$BS" --topic news.articles --group w)
[ "$lag" = "$n" ] || fail "lag of a group with no commit: $lag, not $n"

# The waiter caches the high watermark n of partition 0, which has a
# committed offset (0); n more arrive after it started.  Offsets are
# committed outside the group (`vigil commit --offset`), as a consumer that
# had read that far would.
commit_w() {
    "$B/vigil" commit --brokers "$BS" --topic news.articles --group w --partition 0 \
        --offset "$1" 2>> "$T/commit.log" || fail "commit of offset $1 failed"
}
commit_w 0
"$B/vigil" lag --brokers "$BS" --topic news.articles --group w --wait --timeout 60 \
    > "$T/wait.out" 2> "$T/wait.log" &
WAITER=$!
PIDS="$PIDS $WAITER"
# its first probe is done (and the watermark cached) once it says it waits
wait_log wait "lag: $n, waiting until it is under 1" 10
"$B/vigil" produce --brokers "$BS" --topic news.articles --partition 0 "$in" 2>> "$T/produce.log"
# committed offset n = the cached high watermark: the waiter must look again
commit_w "$n"
lag=$("$B/vigil" lag --brokers "$BS" --topic news.articles --group w)
[ "$lag" = "$n" ] || fail "lag after committing $n: $lag, not $n"
sleep 1 # the waiter probes every 50 ms: 20 chances to stop wrongly
kill -0 "$WAITER" 2> /dev/null ||
    fail "lag --wait stopped with $n messages unconsumed (printed '$(cat "$T/wait.out")')"
commit_w "$((2 * n))"
rc=0
wait "$WAITER" || rc=$?
[ "$rc" -eq 0 ] && [ "$(cat "$T/wait.out")" = 0 ] ||
    fail "lag --wait ended with rc $rc, printed '$(cat "$T/wait.out")'"

# commit: offsets at the beginning, so "latest" does not skip the 2n messages
"$B/vigil" commit --brokers "$BS" --topic news.articles --group c 2> "$T/commit.log" ||
    fail "commit failed: $(cat "$T/commit.log")"
lag=$("$B/vigil" lag --brokers "$BS" --topic news.articles --group c)
[ "$lag" = "$((2 * n))" ] || fail "lag after commit: $lag, not $((2 * n))"
"$B/vigil" relay --brokers "$BS" --topic news.articles --to lag.out --group c \
    --count "$((2 * n))" --timeout 30 -X auto.offset.reset=latest > /dev/null 2>> "$T/relay.log" ||
    fail "a consumer of the committed group did not read from the beginning"
for bad in "" "--group c --offset 3" "--group c --partition 0"; do
    # shellcheck disable=SC2086 # the words are the arguments
    rc=0; "$B/vigil" commit --brokers "$BS" --topic news.articles $bad 2> "$T/x.err" || rc=$?
    [ "$rc" -eq 2 ] && grep -q "needs" "$T/x.err" || fail "commit accepted '$bad' (rc $rc)"
done
rc=0
"$B/vigil" commit --brokers "$BS" --topic news.articles --group c --partition 7 --offset 1 \
    2> "$T/x.err" || rc=$?
[ "$rc" -eq 1 ] && grep -q "no partition 7" "$T/x.err" || fail "commit to a missing partition: rc $rc"
echo "lag: ok ($n + $n messages)"
