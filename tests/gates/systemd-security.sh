#!/bin/sh
# systemd-security.sh - the unit's exposure score must stay <= 1.5
# (systemd-analyze security --offline=true); without systemd-analyze it
# cannot run (exit 77).
set -eu
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "systemd-analyze not installed: cannot run"
    exit 77 # tests/run reports a skip, and fails it in CI
fi
out=$(systemd-analyze security --offline=true systemd/vigild.service 2>&1)
score=$(printf '%s\n' "$out" | sed -n 's/.*Overall exposure level for vigild.service: \([0-9.]*\).*/\1/p')
[ -n "$score" ] || { printf '%s\n' "$out"; echo "no exposure score"; exit 1; }
echo "exposure $score"
python3 -c "import sys; sys.exit(0 if float('$score') <= 1.5 else 1)"
