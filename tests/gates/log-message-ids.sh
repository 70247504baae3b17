#!/bin/sh
# log-message-ids.sh - journald contract of vd_log: every lifecycle
# MESSAGE_ID (started, ready, reloading, reload failed, stopping, fatal) is
# defined once as 32 lower-case hex digits, distinct, and used by the
# daemon; per-article messages (vd_log_msg, and vk_log_msg in the Kafka
# layer) are never below warning, so
# normal processing writes no log line per article (the reload test also
# bounds vigild's log while 150 articles stream).
set -eu
H=daemon/vd_log.h
bad=0
for n in STARTED READY RELOADING RELOAD_FAILED STOPPING FATAL; do
    id=$(sed -n "s/^#define VD_MID_$n \"\\([0-9a-f]\\{32\\}\\)\"\$/\\1/p" "$H")
    [ -n "$id" ] || { echo "VD_MID_$n missing or not 32 hex digits in $H"; bad=1; continue; }
    uses=$(grep -l "VD_MID_$n\\b" daemon/*.c consumers/*.c producers/*.c 2>/dev/null | wc -l)
    [ "$uses" -gt 0 ] || { echo "VD_MID_$n is never logged"; bad=1; }
    echo "VD_MID_$n $id used in $uses file(s)"
done
dups=$(sed -n 's/^#define VD_MID_[A-Z_]* "\([0-9a-f]*\)"$/\1/p' "$H" | sort | uniq -d)
[ -z "$dups" ] || { echo "duplicate MESSAGE_IDs: $dups"; bad=1; }
if grep -n 'v[dk]_log_msg(LOG_\(INFO\|DEBUG\|NOTICE\)' daemon/*.c kafka/*.c consumers/*.c producers/*.c; then
    echo "per-article messages below warning (above)"
    bad=1
fi
exit "$bad"
