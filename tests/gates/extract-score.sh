#!/bin/sh
# extract-score.sh - `vigil extract` on the shared seeds and dev set runs end
# to end through ../shared/eval/score.py and prints the scores.  The bar
# (MIN_F1, default 0.85 = the issue's bar) guards against regressions; reads
# ../shared at test time.
set -eu
B=${B:-build/asan}
S=../shared
MIN_F1=${MIN_F1:-0.85}
# exit 77: cannot run here (tests/run reports a skip, and fails it in CI)
[ -f "$S/eval/score.py" ] || { echo "no ../shared: cannot run"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat "$S/seeds/gold.jsonl" "$S/dev/articles.jsonl" > "$T/gold.jsonl"
"$B/vigil" extract "$T/gold.jsonl" > "$T/out.jsonl"
python3 "$S/eval/score.py" "$T/gold.jsonl" "$T/out.jsonl" --json > "$T/score.json"
python3 - "$T/score.json" "$MIN_F1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
f1 = r["overall"]["f1"]
print("overall F1 %.4f (P %.3f R %.3f)" % (f1, r["overall"]["precision"], r["overall"]["recall"]))
for k, v in r["attributes"].items():
    print("  %-10s %s (n=%d)" % (k, v["accuracy"], v["n"]))
sys.exit(0 if f1 >= float(sys.argv[2]) else 1)
PY
