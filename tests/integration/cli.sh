#!/bin/sh
# cli.sh - a newcomer's first commands: `vigil CMD --help` prints that
# command's usage (it used to say "unrecognized option"); `vigil extract`
# run outside the checkout finds the knowledge of the build tree it was
# built in; when the knowledge is nowhere, vigil and vigild say where they
# looked and how to name it (--knowledge, VIGIL_KNOWLEDGE, knowledge.dir).
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
echo "cli: --help for every command; knowledge found outside the checkout; hints when missing"
