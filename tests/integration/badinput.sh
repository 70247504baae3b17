#!/bin/sh
# badinput.sh - hostile messages mixed into good traffic: every bad one lands
# in the dead-letter topic with a reason, every good one produces its events,
# vigild never restarts, and the sanitizers report nothing.
. "$(dirname "$0")/_lib.sh"

start_broker --partitions 3
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
# interleave: a slice of good articles, one bad message, ...
split -l 20 "$T/good.jsonl" "$T/good.part."
set -- "$T"/bad/*
for part in "$T"/good.part.*; do
    "$B/vigil" produce --brokers "$BS" --topic news.articles "$part" 2>> "$T/produce.log"
    if [ $# -gt 0 ]; then
        "$B/vigil" produce --brokers "$BS" --topic news.articles "$1" 2>> "$T/produce.log" ||
            fail "could not publish $1"
        shift
    fi
done
for f in "$@"; do "$B/vigil" produce --brokers "$BS" --topic news.articles "$f" 2>> "$T/produce.log"; done

collect_ids bad.events "$T/want" "$T/got.ids" 180 || fail "good articles lost events"
consume bad.events.dead "$nbad" --headers > "$T/dead.jsonl" || fail "not every bad message was dead-lettered"
python3 - "$T/dead.jsonl" "$nbad" <<'PY' || fail "dead-letter records lack reasons"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == int(sys.argv[2]), len(rows)
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
