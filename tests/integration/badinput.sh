#!/bin/sh
# badinput.sh - hostile messages mixed into good traffic: every bad one lands
# in the dead-letter topic with a reason, every good one produces its events,
# vigild never restarts, and the sanitizers report nothing.
. "$(dirname "$0")/_lib.sh"

start_broker --partitions 6
mkdir "$T/bad"
python3 - "$T/bad" <<'PY'
import os, sys
d = sys.argv[1]
bad = {
    "empty": b"",
    "spaces": b"   \n\t  ",
    "ten_mb": b'{"id": "big", "text": "' + b"word " * (2 * 1024 * 1024) + b'"}',
    "invalid_utf8": b"\xff\xfe\xfd\xc3\x28 \xa0\xa1 " * 200,
    "nul_bytes": b"Soldiers were killed\x00 in Mali.\x00",
    "binary": bytes(range(256)) * 64,
    "truncated_json": b'{"id": "t1", "text": "Gunmen killed ten people in Djibo',
    "deep_json": b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b', "text": "x"}',
    "wrong_types": b'{"id": ["x"], "text": 12}',
    "text_not_string": b'{"id": "wt2", "text": {"body": "x"}}',
    "json_array": b'[{"id": "arr", "text": "Gunmen killed ten people in Djibo."}]',
    "html_nesting": b"<html><body>" + b"<div>" * 200000 + b"deep" + b"</div>" * 200000 + b"</body></html>",
    "one_char": b"a" * (3 * 1024 * 1024),
}
for name, data in bad.items():
    open(os.path.join(d, name), "wb").write(data)
PY
nbad=$(ls "$T/bad" | wc -l)
python3 tools/gen/gen-articles --count 300 --seed 5 --junk > "$T/good.jsonl"
expected_ids "$T/good.jsonl" "$T/want"

base_conf bad bad.events > "$T/v.conf"
start_vigild vigild "$T/v.conf"
wait_log vigild "partition(s) assigned" 60
"$B/vigil" consume --brokers "$BS" --topic bad.events.dead --headers --timeout 240 \
    > "$T/dead.jsonl" 2> "$T/deadconsume.log" &
DPID=$!
PIDS="$PIDS $DPID"
dead_count() { wc -l < "$T/dead.jsonl"; }
wait_dead() { # wait_dead N: until N dead-letter records have arrived
    for _ in $(seq 1 1200); do
        [ "$(dead_count)" -ge "$1" ] && return 0
        sleep 0.1
    done
    fail "only $(dead_count) of $1 dead-letter records arrived"
}
pub() { "$B/vigil" produce --brokers "$BS" --topic news.articles "$@" 2>> "$T/produce.log" || fail "publish $*"; }

# The broker process keeps at most 5 MiB per partition and silently drops
# older data, so each multi-megabyte message gets a partition of its own
# (3, 4, 5); everything else is mixed on partitions 1 and 2: a slice of good
# articles, one bad message, ...
big="ten_mb one_char html_nesting"
split -l 20 "$T/good.jsonl" "$T/good.part."
small=""
for f in "$T"/bad/*; do
    case " $big " in *" $(basename "$f") "*) ;; *) small="$small $f" ;; esac
done
set -- $small
p=1
for part in "$T"/good.part.*; do
    pub --partition $p "$part"
    if [ $# -gt 0 ]; then
        pub --partition $p "$1"
        shift
    fi
    p=$((3 - p))
done
for f in "$@"; do pub --partition 1 "$f"; done
n=$(echo $small | wc -w)
wait_dead "$n"
p=3
for name in $big; do
    n=$((n + 1))
    pub --partition $p "$T/bad/$name"
    p=$((p + 1))
done
wait_dead "$n"

collect_ids bad.events "$T/want" "$T/got.ids" 180 || fail "good articles lost events"
python3 - "$T/dead.jsonl" "$nbad" <<'PY' || fail "dead-letter records lack reasons"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == int(sys.argv[2]), (len(rows), sys.argv[2])
for r in rows:
    h = r["headers"]
    assert h.get("__connect.errors.exception.class.name"), h
    assert h.get("__connect.errors.exception.message"), h
    print(h["__connect.errors.exception.class.name"], h.get("vigil.errors.truncated.original_bytes", ""))
PY
kill -0 "$VPID" || fail "vigild died"
stop_vigild "$VPID"
if grep -E "AddressSanitizer|runtime error|LeakSanitizer" "$T/vigild.log"; then fail "sanitizer report"; fi
[ "$(grep -c 'starting' "$T/vigild.log")" -eq 1 ] || fail "vigild restarted"
echo "badinput: $nbad hostile messages dead-lettered, $(sort -u "$T/got.ids" | wc -l) events from 300 good articles"
