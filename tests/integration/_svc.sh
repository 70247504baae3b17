# _svc.sh - helpers for the service tests (notify, metrics, reload): a free
# loopback port, bounded HTTP GETs through python3 (no curl needed), and
# reading vigild's metrics.  Sourced after _lib.sh.

# free_port: print a TCP port on 127.0.0.1 that is free right now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# http_get URL [METHOD]: prints "STATUS" on the first line, then the body;
# STATUS is 000 when nothing answers.  Bounded by a 5 s timeout.
http_get() {
    python3 - "$1" "${2:-GET}" <<'PY'
import sys, urllib.request, urllib.error
try:
    r = urllib.request.urlopen(urllib.request.Request(sys.argv[1], method=sys.argv[2]), timeout=5)
    code, body = r.status, r.read()
except urllib.error.HTTPError as e:
    code, body = e.code, e.read()
except OSError:
    code, body = 0, b""
sys.stdout.write("%03d\n" % code)
sys.stdout.write(body.decode("utf-8", "replace"))
PY
}

http_code() { http_get "$@" | sed -n 1p; }

# wait_http URL CODE [seconds]: poll until URL answers CODE.  Bounded by
# wall-clock time (a python3 start costs a lot on a loaded machine) and
# gives up at once when vigild ($VPID) has exited.
wait_http() {
    end=$(($(date +%s) + ${3:-30}))
    while [ "$(date +%s)" -le "$end" ]; do
        [ "$(http_code "$1")" = "$2" ] && return 0
        vigild_alive
        sleep 0.1
    done
    fail "timed out waiting for $2 from $1 (last: $(http_get "$1" | head -n 2 | tr '\n' ' '))"
}

vigild_alive() {
    [ -z "${VPID:-}" ] || kill -0 "$VPID" 2>/dev/null || fail "vigild exited"
}

# metric URL SAMPLE: value of one sample line (exact name and labels), or 0.
metric() {
    http_get "$1/metrics" | awk -v s="$2" '$1 == s { v = $2 } END { print v == "" ? 0 : v }'
}

# wait_metric URL SAMPLE VALUE [seconds]
wait_metric() {
    end=$(($(date +%s) + ${4:-30}))
    while [ "$(date +%s)" -le "$end" ]; do
        [ "$(metric "$1" "$2")" = "$3" ] && return 0
        vigild_alive
        sleep 0.1
    done
    fail "timed out waiting for $2 = $3 (is $(metric "$1" "$2"))"
}

# svc_conf FILE PORT [extra lines...]: a config for the broker in BS with the
# listener on PORT and statistics every 500 ms (readiness, lag).
svc_conf() {
    f=$1
    port=$2
    shift 2
    {
        echo "kafka.bootstrap.servers = $BS"
        echo "workers = 2"
        echo "http.port = $port"
        echo "kafka.statistics.interval.ms = 500"
        echo "kafka.consumer.session.timeout.ms = 6000"
        echo "kafka.consumer.heartbeat.interval.ms = 500"
        for l in "$@"; do echo "$l"; done
    } > "$f"
}
