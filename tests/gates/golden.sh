#!/bin/sh
# golden.sh - the extraction golden suite (tests/golden: texts written for
# vigil, every event type, number, date and claim form, EN and FR) scored
# with the shared scorer; fails below its bars (see tests/golden/run.sh).
set -eu
# exit 77: cannot run here (tests/run reports a skip, and fails it in CI)
[ -f ../shared/eval/score.py ] || { echo "no ../shared: cannot run"; exit 77; }
VIGIL=${B:-build/asan}/vigil exec sh tests/golden/run.sh
