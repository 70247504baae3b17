#!/bin/sh
# tests/golden/run.sh - the extraction golden suite.
#
# tests/golden/articles.jsonl holds short reports written for vigil (English
# and French: every event type, number, date and claim form) with their
# expected events in the GOLD.md format.  This script runs
# `build/$VARIANT/vigil extract` on them and scores the output with the
# shared scorer (../shared/eval/score.py).
#
# Fails when required-event F1 < 0.85 or when an attribute accuracy on
# matched events (location, fatalities, date, subtype) < 0.80.
#
# Usage (from the source tree root):  VARIANT=rel tests/golden/run.sh
set -eu
VARIANT=${VARIANT:-rel}
BIN=${VIGIL:-build/$VARIANT/vigil}
SCORER=${SCORER:-../shared/eval/score.py}
GOLD=tests/golden/articles.jsonl
F1_MIN=${F1_MIN:-0.85}
ATTR_MIN=${ATTR_MIN:-0.80}

[ -x "$BIN" ] || { echo "golden: $BIN not built" >&2; exit 2; }
[ -f "$SCORER" ] || { echo "golden: scorer $SCORER not found" >&2; exit 2; }
out=$(mktemp /tmp/vigil-golden.XXXXXX)
trap 'rm -f "$out" "$out.json"' EXIT INT TERM
"$BIN" extract "$GOLD" > "$out"
python3 "$SCORER" "$GOLD" "$out" --json > "$out.json"
python3 - "$out.json" "$F1_MIN" "$ATTR_MIN" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
f1_min, attr_min = float(sys.argv[2]), float(sys.argv[3])
f1 = r["overall"]["f1"]
print("golden: F1 %.3f (P %.3f R %.3f, tp %d fp %d fn %d)" % (
    f1, r["overall"]["precision"], r["overall"]["recall"], r["overall"]["tp"],
    r["overall"]["fp"], r["overall"]["fn"]))
bad = []
if f1 < f1_min:
    bad.append("F1 %.3f < %.2f" % (f1, f1_min))
for k in ("location", "fatalities", "date", "subtype"):
    a = r["attributes"].get(k, {}).get("accuracy")
    print("golden: %-10s %s" % (k, "n/a" if a is None else "%.3f" % a))
    if a is not None and a < attr_min:
        bad.append("%s %.3f < %.2f" % (k, a, attr_min))
if bad:
    print("golden: FAILED: " + "; ".join(bad))
    sys.exit(1)
print("golden: ok")
PY
