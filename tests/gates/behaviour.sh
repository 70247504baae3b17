#!/bin/sh
# behaviour.sh - the behavioural suite (tests/behaviour: generated EN/FR cases per
# capability, CheckList-style) run through $B/vigil extract, held to the ratchet in
# tests/behaviour/floor.tsv.  Prints every capability's pass rate (dev and held-out
# templates, EN and FR), its floor and issue 16's bar (95 % overall, 85 % per capability).
# Fails when a capability is under its floor, when the generator is not deterministic, and
# when vigil or the suite cannot run: it never skips.
set -eu
B=${B:-build/asan}
[ -x "$B/vigil" ] || { echo "behaviour: $B/vigil is not built"; exit 1; }
a=$(PYTHONHASHSEED=1 python3 tests/behaviour/gen.py | cksum)
b=$(PYTHONHASHSEED=2 python3 tests/behaviour/gen.py | cksum)
[ "$a" = "$b" ] || { echo "behaviour: gen.py output differs between runs"; exit 1; }
exec python3 tests/behaviour/run "$B" --floor tests/behaviour/floor.tsv
