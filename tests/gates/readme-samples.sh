#!/bin/sh
# readme-samples.sh - the README's samples are real output, and the event
# schema is what vigild publishes.
#   1. The event sample in the README (Event JSON) is exactly what
#      `vigil extract` gives for that article of tools/demo/articles.jsonl
#      (when extraction changes, paste the event printed below).
#   2. Every event extracted from our own texts (demo, golden, alert
#      fixtures; background included) passes schema/event.schema.json,
#      enums and closed objects; a sample with a made-up role or an extra
#      key does not.
#   3. The alert sample (Alert JSON) names only keys the alert and incident
#      encoder (incidents/vi_json.c) writes.
set -eu
VIGIL=${B:-build/asan}/vigil
T=$(mktemp -d /tmp/vigil-readme.XXXXXX)
trap 'rm -rf "$T"' EXIT
python3 - README.md "$T" <<'PY'
import json, re, sys
readme, t = sys.argv[1:3]
blocks = re.findall(r"```json\n(.*?)```", open(readme, encoding="utf-8").read(), re.S)
ev = [json.loads(b) for b in blocks if '"vigil.event/1"' in b.split("\n")[0]]
al = [json.loads(b) for b in blocks if '"vigil.alert/1"' in b.split("\n")[0]]
assert len(ev) == 1 and len(al) == 1, "expected one event and one alert sample, got %d and %d" % (len(ev), len(al))
json.dump(ev[0], open(t + "/event.json", "w"))
json.dump(al[0], open(t + "/alert.json", "w"))
PY
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["article_id"])' "$T/event.json")
grep "\"id\": *\"$id\"" tools/demo/articles.jsonl > "$T/article.jsonl" || {
    echo "the README's event sample is for $id, not an article of tools/demo/articles.jsonl"
    exit 1
}
"$VIGIL" extract "$T/article.jsonl" > "$T/real.jsonl"
python3 - "$T/event.json" "$T/real.jsonl" <<'PY'
import json, sys
sample = json.load(open(sys.argv[1]))
real = json.loads(open(sys.argv[2]).read())["events"]
same = [e for e in real if e == sample]
if not same:
    print("README event sample differs from `vigil extract` for %s; the real event%s:" %
          (sample["article_id"], "s" if len(real) != 1 else ""))
    for e in real:
        print(json.dumps(e, ensure_ascii=False))
    sys.exit(1)
print("README event sample: equal to vigil extract's %s" % sample["event_id"])
PY
cat tools/demo/articles.jsonl tests/golden/articles.jsonl tests/fixtures/alerts/*.jsonl |
    "$VIGIL" extract --historical 2> /dev/null > "$T/all.jsonl"
python3 tests/tools/schemacheck.py schema/event.schema.json "$T/all.jsonl"
python3 - "$T" <<'PY'
import json, sys
t = sys.argv[1]
e = json.load(open(t + "/event.json"))
e["actors"][0]["role"] = "attacker"
open(t + "/bad1.jsonl", "w").write(json.dumps(e) + "\n")
e = json.load(open(t + "/event.json"))
e["location"]["population"] = 1
open(t + "/bad2.jsonl", "w").write(json.dumps(e) + "\n")
PY
for b in bad1 bad2; do
    if python3 tests/tools/schemacheck.py schema/event.schema.json "$T/$b.jsonl" > /dev/null; then
        echo "the schema accepts a broken event ($b)"
        exit 1
    fi
done
python3 - "$T/alert.json" incidents/vi_json.c <<'PY'
import json, re, sys
alert = json.load(open(sys.argv[1]))
written = set(re.findall(r"\"([a-z0-9_]+)\"", open(sys.argv[2]).read()))
keys = set()
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            keys.add(k)
            walk(v)
    elif isinstance(o, list):
        for v in o:
            walk(v)
walk(alert)
unknown = sorted(keys - written)
if unknown:
    sys.exit("README alert sample has keys the encoder never writes: %s" % ", ".join(unknown))
print("README alert sample: %d keys, all written by incidents/vi_json.c" % len(keys))
PY
