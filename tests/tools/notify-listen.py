#!/usr/bin/env python3
"""notify-listen.py SOCKET OUT [SECONDS] - a fake systemd NOTIFY_SOCKET.

Binds a unix datagram socket at SOCKET (what systemd gives a Type=notify
service in $NOTIFY_SOCKET) and appends every assignment of every datagram to
OUT as "<CLOCK_MONOTONIC seconds> <datagram no> <KEY=VALUE>", one per line,
flushed at once so a test can poll the file.  The time is when the sender
sent the datagram (the kernel's SO_TIMESTAMPNS stamp, taken in the sender's
sendmsg, brought to CLOCK_MONOTONIC), not when this listener got round to
reading it: on a loaded machine the two differ by as much as a second, and
the tests measure the sender's intervals.  Bounded: it exits SECONDS
(default 120) after starting, or 1 s after it sees STOPPING=1.  Written in
Python because the tests only need to observe the protocol, not speak C.
"""
import os
import socket
import struct
import sys
import time

SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux; cmsg type alike


def clock_offset():
    """CLOCK_MONOTONIC minus CLOCK_REALTIME, from the tightest of a few reads
    (both clocks are slewed alike; only a step of the wall clock moves it)."""
    best = None
    for _ in range(5):
        m1, r, m2 = time.monotonic(), time.time(), time.monotonic()
        if best is None or m2 - m1 < best[0]:
            best = (m2 - m1, (m1 + m2) / 2 - r)
    return best[1]


def sent_at(ancdata, mono_minus_real):
    """The kernel's stamp of a datagram (CLOCK_REALTIME) as CLOCK_MONOTONIC."""
    for level, kind, data in ancdata:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(data) >= 16:
            sec, nsec = struct.unpack("qq", data[:16])
            return sec + nsec / 1e9 + mono_minus_real
    sys.exit("notify-listen: a datagram without its SO_TIMESTAMPNS stamp")


def main():
    path, out = sys.argv[1], sys.argv[2]
    limit = float(sys.argv[3]) if len(sys.argv) > 3 else 120.0
    deadline = time.monotonic() + limit
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if os.path.exists(path):
        os.unlink(path)
    s.bind(path)
    s.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    mono_minus_real = clock_offset()
    n = 0
    with open(out, "a", buffering=1) as f:
        while time.monotonic() < deadline:
            s.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                data, anc, _, _ = s.recvmsg(65536, socket.CMSG_SPACE(16))
            except socket.timeout:
                break
            now = sent_at(anc, mono_minus_real)
            n += 1
            for line in data.decode("utf-8", "replace").split("\n"):
                if line:
                    f.write("%.6f %d %s\n" % (now, n, line))
            if b"STOPPING=1" in data.split(b"\n"):
                deadline = min(deadline, now + 1.0)
    s.close()
    os.unlink(path)


if __name__ == "__main__":
    main()
