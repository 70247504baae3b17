#!/bin/sh
# check-config.sh - `vigild --check-config` rejects an unknown key, a bad
# value, an out-of-range number, a bad librdkafka property, an http.listen
# that is no numeric address, a bad environment
# override and a broken line in each knowledge file, every time naming the
# file and the line (or the variable), and exits 1; a good setup exits 0.
# The alert rules file and the silences file are validated the same way.
. "$(dirname "$0")/_lib.sh"

mkdir -p "$T/kb"
cp knowledge/* "$T/kb/"
printf 'knowledge.dir = %s\nworkers = 2\n' "$T/kb" > "$T/good.conf"
"$B/vigild" --check-config -c "$T/good.conf" > "$T/good.out" 2>&1 || fail "good config rejected: $(cat "$T/good.out")"

# expect_bad NAME PATTERN: --check-config on $T/NAME.conf exits 1 and says PATTERN
expect_bad() {
    rc=0
    "$B/vigild" --check-config -c "$T/$1.conf" > "$T/$1.out" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "$1: exit status $rc, expected 1"
    grep -q -- "$2" "$T/$1.out" || fail "$1: message lacks '$2': $(cat "$T/$1.out")"
    echo "$1: $(cat "$T/$1.out")"
}

cp "$T/good.conf" "$T/unknown.conf"
printf '# comment\nbogus.key = 1\n' >> "$T/unknown.conf"
expect_bad unknown "$T/unknown.conf:4: bogus.key: unknown key"

cp "$T/good.conf" "$T/value.conf"
echo "events.historical = maybe" >> "$T/value.conf"
expect_bad value "$T/value.conf:3: events.historical: expected true or false"

cp "$T/good.conf" "$T/range.conf"
echo "queue.depth = 0" >> "$T/range.conf"
expect_bad range "$T/range.conf:3: queue.depth: 0 is out of range"

cp "$T/good.conf" "$T/kafka.conf"
echo "kafka.no.such.property = 1" >> "$T/kafka.conf"
expect_bad kafka "$T/kafka.conf:3: kafka.no.such.property:"

cp "$T/good.conf" "$T/listen.conf"
echo "http.listen = metrics.example" >> "$T/listen.conf"
expect_bad listen "$T/listen.conf:3: http.listen: \"metrics.example\" is not a numeric IPv4 or IPv6 address"

cp "$T/good.conf" "$T/syntax.conf"
echo "just words" >> "$T/syntax.conf"
expect_bad syntax "$T/syntax.conf:3: expected \"key = value\""

rc=0
VIGIL_WORKERS=lots "$B/vigild" --check-config -c "$T/good.conf" > "$T/env.out" 2>&1 || rc=$?
[ "$rc" = 1 ] && grep -q "environment VIGIL_WORKERS: workers: expected a number" "$T/env.out" ||
    fail "bad environment override not reported: $(cat "$T/env.out")"

# A broken line in each knowledge file: "path:line: message".
for f in actors gazetteer lexicon types clean; do
    rm -rf "$T/kb-$f"
    cp -r "$T/kb" "$T/kb-$f"
    case $f in
    actors) printf 'Broken Actor\tno_such_kind\t\t\t\n' >> "$T/kb-$f/$f.tsv" ;;
    *) printf 'one column only\n' >> "$T/kb-$f/$f.tsv" ;;
    esac
    line=$(wc -l < "$T/kb-$f/$f.tsv")
    printf 'knowledge.dir = %s\n' "$T/kb-$f" > "$T/kb-$f.conf"
    expect_bad "kb-$f" "$T/kb-$f/$f.tsv:$line: "
done
# A broken line in the alert rules and in the silences file: "path:line: message".
rm -rf "$T/kb-rules"
cp -r "$T/kb" "$T/kb-rules"
echo "group broken coup,war" >> "$T/kb-rules/alert-rules.conf"
line=$(wc -l < "$T/kb-rules/alert-rules.conf")
printf 'knowledge.dir = %s\n' "$T/kb-rules" > "$T/rules.conf"
expect_bad rules "$T/kb-rules/alert-rules.conf:$line: group: unknown event type \"war\""
printf '# desk\nsilence mali-desk country=ML\n' > "$T/silences"
cp "$T/good.conf" "$T/silences.conf"
echo "alerts.silences_file = $T/silences" >> "$T/silences.conf"
expect_bad silences "$T/silences:2: silence mali-desk: until= is required"
# with the stage off, its files are not read
cp "$T/rules.conf" "$T/off.conf"
echo "alerts.enabled = false" >> "$T/off.conf"
"$B/vigild" --check-config -c "$T/off.conf" > "$T/off.out" 2>&1 || fail "alerts off: $(cat "$T/off.out")"
echo "check-config: ok"
