#!/bin/sh
# notify.sh - the systemd notify contract, seen through a fake NOTIFY_SOCKET
# (tests/tools/notify-listen.py): READY=1, STATUS=, WATCHDOG=1 while idle or
# progressing, RELOADING=1 with MONOTONIC_USEC then READY=1 after SIGHUP,
# and STOPPING=1 at SIGTERM, in that order.  Then workers are stalled with
# the test-only knob debug.worker_stall_ms (turned on by a reload): while
# the pipeline is busy without progress WATCHDOG=1 stops (a gap well beyond
# WATCHDOG_USEC, so systemd would restart us), and comes back with progress.
# vigild is exec'd from a shell that exports WATCHDOG_PID=$$ first, so the
# watchdog is enabled for exactly that process, as under systemd.
#
# No step depends on how fast the machine is: every wait is for something
# vigild says (a datagram, a log line), bounded generously, and the stall
# gap is made by the workers' sleeps, which load can only lengthen.  The
# one clock bound left, idle pings at WATCHDOG_USEC/2 seen within
# WATCHDOG_USEC, is the contract itself; WATCHDOG_USEC is 2 s so that a
# loaded machine has a second of slack.
. "$(dirname "$0")/_lib.sh"
. "$(dirname "$0")/_svc.sh"

start_broker --partitions 3
svc_conf "$T/v.conf" 0
N=$T/notify.txt
python3 tests/tools/notify-listen.py "$T/notify.sock" "$N" 540 &
PIDS="$PIDS $!"
for _ in $(seq 1 50); do [ -S "$T/notify.sock" ] && break; sleep 0.1; done
[ -S "$T/notify.sock" ] || fail "notify listener did not start"

# JOURNAL_STREAM of some other stream (inherited, as from a shell started by
# systemd): vigild must keep logging to its stderr, which this test reads.
NOTIFY_SOCKET=$T/notify.sock WATCHDOG_USEC=2000000 JOURNAL_STREAM=1:1 \
    sh -c 'WATCHDOG_PID=$$; export WATCHDOG_PID; exec "$0" "$@"' "$B/vigild" -c "$T/v.conf" \
    > "$T/vigild.log" 2>&1 &
VPID=$!
PIDS="$PIDS $VPID"

wait_note() { # wait_note PATTERN [count] [seconds]: until PATTERN matched count lines
    for _ in $(seq 1 $((${3:-120} * 10))); do
        [ "$(grep -c -- "$1" "$N" 2>/dev/null)" -ge "${2:-1}" ] && return 0
        sleep 0.1
    done
    fail "timed out waiting for $1 (x${2:-1}) on the notify socket"
}

wait_note " READY=1"
wait_note " STATUS=consumed" # the periodic summary, every 5 s
wait_note " WATCHDOG=1" 3
"$B/vigil" produce --brokers "$BS" --topic news.articles tools/demo/articles.jsonl 2>> "$T/produce.log"
consume news.events 1 > /dev/null || fail "no events before the reload"

# Reload, and turn on the worker stall for the second half.
echo "debug.worker_stall_ms = 5000" >> "$T/v.conf"
t_hup=$(python3 -c 'import time; print(time.monotonic())')
kill -HUP "$VPID"
wait_note " READY=1" 2
wait_log vigild "reloaded" 120
w0=$(grep -c " WATCHDOG=1" "$N")
wait_note " WATCHDOG=1" $((w0 + 2)) # idle again: pings go on
t_stall=$(python3 -c 'import time; print(time.monotonic())')
# four articles on two stalled workers: ~10 s busy, two finish every ~5 s
head -n 4 tools/demo/articles.jsonl > "$T/four.jsonl"
"$B/vigil" produce --brokers "$BS" --topic news.articles "$T/four.jsonl" 2>> "$T/produce.log"
# all nine consumed and none waiting or running (the summary comes every
# 5 s and may first show the four consumed but still queued), then two
# pings more: the watchdog is back
wait_note " STATUS=consumed 9, .*, queue 0\(, paused\)\?$" 1 180
w1=$(grep -c " WATCHDOG=1" "$N")
wait_note " WATCHDOG=1" $((w1 + 2))
kill -TERM "$VPID"
wait_note " STOPPING=1" 1 60
for _ in $(seq 1 600); do kill -0 "$VPID" 2>/dev/null || break; sleep 0.1; done
wait "$VPID" || fail "vigild exited with status $?"

python3 - "$N" "$t_stall" "$t_hup" <<'PY' || fail "notify sequence wrong"
import sys
rows = []
for line in open(sys.argv[1]):
    t, n, kv = line.rstrip("\n").split(" ", 2)
    rows.append((float(t), int(n), kv))
t_stall, t_hup = float(sys.argv[2]), float(sys.argv[3])
def norm(kv):  # STATUS=... and MONOTONIC_USEC=... compare by key only
    k = kv.split("=", 1)[0]
    return k if k in ("STATUS", "MONOTONIC_USEC") else kv
keys = [norm(kv) for _, _, kv in rows]
def first(k, after=-1):
    for i, kk in enumerate(keys):
        if i > after and kk == k:
            return i
    raise AssertionError("no %s after row %d: %s" % (k, after, keys))
i_ready = first("READY=1")
i_status = first("STATUS", i_ready)
i_wd = first("WATCHDOG=1", i_status)
i_rel = first("RELOADING=1", i_wd)
i_ready2 = first("READY=1", i_rel)
i_stop = first("STOPPING=1", i_ready2)
assert "STOPPING=1" not in keys[:i_stop] and keys.count("RELOADING=1") == 1, keys
# RELOADING=1 and MONOTONIC_USEC in one datagram, the clock value (the same
# CLOCK_MONOTONIC) taken after the SIGHUP was sent and before the datagram
# was (the listener's stamps go through the wall clock: 10 ms of leeway)
t_rel, n_rel, _ = rows[i_rel]
mono = [kv for t, n, kv in rows if n == n_rel and kv.startswith("MONOTONIC_USEC=")]
assert mono, "RELOADING=1 without MONOTONIC_USEC"
usec = int(mono[0].split("=", 1)[1])
assert t_hup - 0.01 <= usec / 1e6 <= t_rel + 0.01, (t_hup, usec, t_rel)
# watchdog: steady while idle (gaps ~1 s, WATCHDOG_USEC/2), a stall gap
# beyond WATCHDOG_USEC while the workers sleep (5 s each), pings again after
wd = [t for t, _, kv in rows if kv == "WATCHDOG=1"]
# idle phase: from READY to the reload (the reload itself loads the knowledge
# on the main loop, which may take a while under ASan on a loaded machine)
before = [b - a for a, b in zip(wd, wd[1:]) if b < rows[i_rel][0]]
during = [(b - a, a) for a, b in zip(wd, wd[1:]) if b > t_stall]
assert before and max(before) < 2.0, ("idle pings too sparse", max(before or [0]))
gap, at = max(during)
assert gap >= 3.0, ("no watchdog gap during the stall", during)
assert any(t > at + gap for t in wd), "watchdog did not resume after the stall"
print("notify ok: READY, STATUS, WATCHDOG (idle max gap %.2f s), RELOADING+MONOTONIC_USEC, READY, "
      "stall gap %.2f s, STOPPING; %d datagrams" % (max(before), gap, rows[-1][1]))
PY
echo "notify: ok"
