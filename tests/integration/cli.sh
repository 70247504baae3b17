#!/bin/sh
# cli.sh - a newcomer's first commands: `vigil CMD --help` prints that
# command's usage (it used to say "unrecognized option"); `vigil extract`
# run outside the checkout finds the knowledge of the build tree it was
# built in; when the knowledge is nowhere, vigil and vigild say where they
# looked and how to name it (--knowledge, VIGIL_KNOWLEDGE, knowledge.dir).
# `vigil produce` reads standard input (piped; empty: says so, and sends
# it as one empty message as it does an empty file; closed: says so, exit
# 1), and a message whose delivery timed out counts as failed in its
# summary (it said "(0 failed)" with exit 1).
. "$(dirname "$0")/_lib.sh"
root=$(pwd)
bin=$(cd "$B" && pwd)
for c in extract clean check-knowledge produce consume lag commit relay; do
    "$bin/vigil" "$c" --help > "$T/help.out" 2>&1 || fail "vigil $c --help: exit status $?"
    grep -q "^usage: vigil $c " "$T/help.out" || fail "vigil $c --help: $(head -n 2 "$T/help.out")"
done
"$bin/vigil" --help | grep -q "vigil relay" || fail "vigil --help lacks the commands"

cd "$T" # outside the checkout: no ./knowledge here
"$bin/vigil" extract "$root/tools/demo/articles.jsonl" > "$T/events.jsonl" 2> "$T/extract.err" ||
    fail "vigil extract outside the checkout: $(cat "$T/extract.err")"
grep -q '"schema":"vigil.event/1"' "$T/events.jsonl" || fail "no event outside the checkout"
"$bin/vigild" --check-config > "$T/check.out" 2>&1 || fail "vigild outside the checkout: $(cat "$T/check.out")"

rc=0
VIGIL_KNOWLEDGE="$T/nowhere" "$bin/vigil" extract "$root/tools/demo/articles.jsonl" \
    > /dev/null 2> "$T/nokb.err" || rc=$?
[ "$rc" = 1 ] || fail "vigil extract without knowledge: exit status $rc"
grep -q -- "--knowledge DIR or VIGIL_KNOWLEDGE" "$T/nokb.err" || fail "no hint: $(cat "$T/nokb.err")"
grep -q "looked in" "$T/nokb.err" || fail "does not say where it looked: $(cat "$T/nokb.err")"
rc=0
VIGIL_KNOWLEDGE="$T/nowhere" "$bin/vigild" --check-config > "$T/nokb2.err" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "vigild --check-config without knowledge: exit status $rc"
grep -q "set knowledge.dir in the configuration, or VIGIL_KNOWLEDGE" "$T/nokb2.err" ||
    fail "no hint from vigild: $(cat "$T/nokb2.err")"
cd "$root"

start_broker --topic cli.in
arts=tools/demo/articles.jsonl
n=$(grep -c . "$arts")
rc=0; "$B/vigil" produce --brokers "$BS" --topic cli.in < "$arts" 2> "$T/p1.err" || rc=$?
[ "$rc" = 0 ] || fail "produce from a piped stdin: exit $rc: $(cat "$T/p1.err")"
grep -q "produced $n messages to cli.in (0 failed)" "$T/p1.err" || fail "stdin: $(cat "$T/p1.err")"
consume cli.in "$n" > /dev/null 2>> "$T/consume.log" || fail "the $n piped articles did not all arrive"
rc=0; printf '\n \n' | "$B/vigil" produce --brokers "$BS" --topic cli.in 2> "$T/p2.err" || rc=$?
[ "$rc" = 0 ] || fail "produce of an empty stdin: exit $rc: $(cat "$T/p2.err")"
grep -q "standard input is empty: sent as one empty message" "$T/p2.err" ||
    fail "empty stdin not said: $(cat "$T/p2.err")"
grep -q "produced 1 messages" "$T/p2.err" || fail "empty stdin: $(cat "$T/p2.err")"
rc=0; "$B/vigil" produce --brokers "$BS" --topic cli.in <&- 2> "$T/p3.err" || rc=$?
[ "$rc" = 1 ] || fail "produce with stdin closed: exit $rc"
grep -q "standard input is closed" "$T/p3.err" || fail "closed stdin, no reason: $(cat "$T/p3.err")"
# nothing listens on port 1: delivery times out after --timeout
rc=0; "$B/vigil" produce --brokers 127.0.0.1:1 --topic cli.in --timeout 2 "$arts" 2> "$T/p4.err" || rc=$?
[ "$rc" = 1 ] || fail "produce to no broker: exit $rc"
grep -q "$n messages not delivered in 2 s" "$T/p4.err" || fail "no timeout line: $(cat "$T/p4.err")"
grep -q "produced $n messages to cli.in ($n failed)" "$T/p4.err" ||
    fail "timed-out deliveries not counted as failed: $(tail -n 1 "$T/p4.err")"
echo "cli: produce: piped stdin ($n), empty stdin, closed stdin, timed-out delivery counted as failed"
echo "cli: --help for every command; knowledge found outside the checkout; hints when missing"
