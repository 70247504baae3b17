#!/usr/bin/env python3
"""notify-listen.py SOCKET OUT [SECONDS] - a fake systemd NOTIFY_SOCKET.

Binds a unix datagram socket at SOCKET (what systemd gives a Type=notify
service in $NOTIFY_SOCKET) and appends every assignment of every datagram to
OUT as "<CLOCK_MONOTONIC seconds> <datagram no> <KEY=VALUE>", one per line,
flushed at once so a test can poll the file.  Bounded: it exits SECONDS
(default 120) after starting, or 1 s after it sees STOPPING=1.  Written in
Python because the tests only need to observe the protocol, not speak C.
"""
import os
import socket
import sys
import time


def main():
    path, out = sys.argv[1], sys.argv[2]
    limit = float(sys.argv[3]) if len(sys.argv) > 3 else 120.0
    deadline = time.monotonic() + limit
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if os.path.exists(path):
        os.unlink(path)
    s.bind(path)
    n = 0
    with open(out, "a", buffering=1) as f:
        while time.monotonic() < deadline:
            s.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                data = s.recv(65536)
            except socket.timeout:
                break
            now = time.monotonic()
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
