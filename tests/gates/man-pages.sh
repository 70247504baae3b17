#!/bin/sh
# man-pages.sh - the manual pages are in step with the code: man/vigil.conf.5
# is exactly what man/gen-conf-page makes from the configuration table (like
# config/vigild.conf), vigild(8) names every journal MESSAGE_ID of vd_log.h
# and every metric family of vd_stats.c, and every page formats with groff
# without a warning.
set -eu
B=${B:-build/asan}
T=$(mktemp)
trap 'rm -f "$T"' EXIT
man/gen-conf-page "$B/vigild" > "$T"
diff -u man/vigil.conf.5 "$T" || {
    echo "man/vigil.conf.5 is stale: regenerate with man/gen-conf-page $B/vigild > man/vigil.conf.5"
    exit 1
}
bad=0
for id in $(sed -n 's/^#define VD_MID_[A-Z_]* "\([0-9a-f]\{32\}\)"$/\1/p' daemon/vd_log.h); do
    grep -q "$id" man/vigild.8 || { echo "vigild.8 lacks MESSAGE_ID $id"; bad=1; }
done
for m in $(grep -o '"vigil_[a-z_]*"' daemon/vd_stats.c | tr -d '"'); do
    grep -q "^\.B.*$m" man/vigild.8 || { echo "vigild.8 lacks metric $m"; bad=1; }
done
for p in man/vigild.8 man/vigil.1 man/vigil.conf.5; do
    out=$(groff -man -ww -z "$p" 2>&1)
    [ -z "$out" ] || { echo "$p: $out"; bad=1; }
done
[ "$bad" = 0 ] && echo "man pages ok"
exit "$bad"
