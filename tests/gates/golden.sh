#!/bin/sh
# golden.sh - the extraction golden suite (tests/golden: texts written for
# vigil, every event type, number, date and claim form, EN and FR) scored
# with the shared scorer; fails below its bars (see tests/golden/run.sh).
set -eu
[ -f ../shared/eval/score.py ] || { echo "no ../shared: skipped"; exit 0; }
VIGIL=${B:-build/asan}/vigil exec sh tests/golden/run.sh
