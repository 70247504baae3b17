#!/bin/sh
# config-example.sh - config/vigild.conf is exactly what the config table
# generates (vigild --print-example), and vigild --check-config accepts it.
set -eu
B=${B:-build/asan}
T=$(mktemp)
trap 'rm -f "$T"' EXIT
"$B/vigild" --print-example > "$T"
diff -u config/vigild.conf "$T" || { echo "config/vigild.conf is stale: regenerate with vigild --print-example"; exit 1; }
"$B/vigild" --check-config -c config/vigild.conf
