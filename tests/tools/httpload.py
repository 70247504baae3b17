#!/usr/bin/env python3
"""httpload.py - hostile HTTP clients for vigild's listener, on loopback only.

Used by tests/integration/http_hostile.sh (bounds, no timing) and
bench/http-hostile (the issue's figures).  Every loop is bounded.

  httpload.py flood --port P --conns N [--addrs A,B,...] [--mode idle|line|trickle|mix]
                    [--reopen] [--hold S] [--probes K] [--probe-every S] [--probe-timeout S]
      Open N connections (spread over the source addresses, all 127.x),
      keep them idle (idle: nothing sent; line: a request line and nothing
      more; trickle: a request line, then a header byte every 100 ms; mix:
      a third of each), reopening those the server closes when --reopen is
      given, and probe /healthz K times from 127.0.0.1 meanwhile.  Prints
      one JSON object: probe statuses and latencies, connections opened and
      closed by the server.
  httpload.py burst --port P --requests N --clients C [--path /healthz]
      N GET requests from C threads, one connection each; prints JSON with
      the count of 200s and of failures.
  httpload.py raw --port P (--data TEXT | --hex HEX | --repeat BYTE:COUNT...) [--shut]
      Send bytes, print the status code of the answer (000: none within 5 s,
      or the connection closed without one).
"""
import argparse
import json
import resource
import selectors
import socket
import statistics
import sys
import threading
import time

HOST = "127.0.0.1"


def raise_nofile():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def request(port, path="/healthz", timeout=5.0, src=None):
    """One GET on a fresh connection: (status, seconds); status 0 on failure."""
    t0 = time.monotonic()
    try:
        s = socket.socket()
        s.settimeout(timeout)
        if src:
            s.bind((src, 0))
        s.connect((HOST, port))
        s.sendall(b"GET %s HTTP/1.1\r\nHost: vigil\r\n\r\n" % path.encode())
        data = b""
        while len(data) < 65536:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        s.close()
    except OSError:
        return 0, time.monotonic() - t0
    status = 0
    if data.startswith(b"HTTP/1.") and len(data) >= 12:
        try:
            status = int(data[9:12])
        except ValueError:
            status = 0
    return status, time.monotonic() - t0


class Flood:
    """N hostile connections kept on a selector by one thread."""

    def __init__(self, port, conns, addrs, mode, reopen):
        self.port, self.conns, self.addrs, self.mode, self.reopen = port, conns, addrs, mode, reopen
        self.sel = selectors.DefaultSelector()
        self.opened = self.closed = self.failed = 0
        self.stop = threading.Event()
        self.ready = threading.Event()
        self.trickle = []

    def kind(self, i):
        if self.mode != "mix":
            return self.mode
        return ("idle", "line", "trickle")[i % 3]

    def open_one(self, i):
        s = socket.socket()
        try:
            s.bind((self.addrs[i % len(self.addrs)], 0))
            s.settimeout(5)
            s.connect((HOST, self.port))
            kind = self.kind(i)
            if kind in ("line", "trickle"):
                s.sendall(b"GET /metrics HTTP/1.1\r\n")
            s.setblocking(False)
        except OSError:
            s.close()
            self.failed += 1
            return
        self.opened += 1
        self.sel.register(s, selectors.EVENT_READ, i)
        if self.kind(i) == "trickle":
            self.trickle.append(s)

    def run(self):
        for i in range(self.conns):
            self.open_one(i)
        self.ready.set()
        last_trickle = time.monotonic()
        while not self.stop.is_set():
            for key, _ in self.sel.select(timeout=0.05):
                s, i = key.fileobj, key.data
                try:
                    gone = not s.recv(4096)
                except BlockingIOError:
                    continue
                except OSError:
                    gone = True
                if gone:
                    self.closed += 1
                    self.sel.unregister(s)
                    if s in self.trickle:
                        self.trickle.remove(s)
                    s.close()
                    if self.reopen and not self.stop.is_set():
                        self.open_one(i)
            if time.monotonic() - last_trickle >= 0.1:
                last_trickle = time.monotonic()
                for s in list(self.trickle):
                    try:
                        s.send(b"X")
                    except OSError:
                        pass
        for key in list(self.sel.get_map().values()):
            key.fileobj.close()
        self.sel.close()


def cmd_flood(a):
    raise_nofile()
    f = Flood(a.port, a.conns, a.addrs.split(","), a.mode, a.reopen)
    t = threading.Thread(target=f.run)
    t.start()
    f.ready.wait(timeout=120)
    opened_before_probes = f.opened
    probes = []
    for _ in range(a.probes):
        probes.append(request(a.port, "/healthz", a.probe_timeout))
        time.sleep(a.probe_every)
    end = time.monotonic() + a.hold
    while time.monotonic() < end:
        time.sleep(0.05)
    f.stop.set()
    t.join(timeout=30)
    lat = [p[1] for p in probes]
    out = {
        "conns": a.conns,
        "opened": f.opened,
        "opened_before_probes": opened_before_probes,
        "open_failed": f.failed,
        "closed_by_server": f.closed,
        "probe_status": [p[0] for p in probes],
        "probe_seconds": [round(x, 4) for x in lat],
        "probe_median_s": round(statistics.median(lat), 4) if lat else None,
        "probe_max_s": round(max(lat), 4) if lat else None,
    }
    print(json.dumps(out))


def cmd_burst(a):
    raise_nofile()
    results = []
    lock = threading.Lock()
    per = [a.requests // a.clients + (1 if i < a.requests % a.clients else 0) for i in range(a.clients)]

    def client(n):
        mine = [request(a.port, a.path, a.timeout) for _ in range(n)]
        with lock:
            results.extend(mine)

    t0 = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in per]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - t0
    ok = sum(1 for s, _ in results if s == 200)
    print(json.dumps({"requests": len(results), "ok": ok, "failed": len(results) - ok,
                      "statuses": sorted({s for s, _ in results}), "seconds": round(took, 3)}))


def cmd_raw(a):
    if a.data is not None:
        data = a.data.encode().decode("unicode_escape").encode("latin-1")
    elif a.hex is not None:
        data = bytes.fromhex(a.hex)
    else:
        data = b""
    for r in a.repeat or []:
        byte, count = r.split(":")
        data += byte.encode().decode("unicode_escape").encode("latin-1") * int(count)
    for t in a.tail or []:
        data += t.encode().decode("unicode_escape").encode("latin-1")
    s = socket.create_connection((HOST, a.port), timeout=5)
    got = b""
    try:
        s.sendall(data)
        if a.shut:
            s.shutdown(socket.SHUT_WR)
        while len(got) < 65536:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
    except OSError:
        pass
    s.close()
    print(got[9:12].decode() if got.startswith(b"HTTP/1.") and len(got) >= 12 else "000")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("flood")
    f.add_argument("--port", type=int, required=True)
    f.add_argument("--conns", type=int, required=True)
    f.add_argument("--addrs", default=HOST)
    f.add_argument("--mode", default="line", choices=["idle", "line", "trickle", "mix"])
    f.add_argument("--reopen", action="store_true")
    f.add_argument("--hold", type=float, default=0)
    f.add_argument("--probes", type=int, default=20)
    f.add_argument("--probe-every", type=float, default=0.05)
    f.add_argument("--probe-timeout", type=float, default=5)
    b = sub.add_parser("burst")
    b.add_argument("--port", type=int, required=True)
    b.add_argument("--requests", type=int, required=True)
    b.add_argument("--clients", type=int, default=8)
    b.add_argument("--path", default="/healthz")
    b.add_argument("--timeout", type=float, default=10)
    r = sub.add_parser("raw")
    r.add_argument("--port", type=int, required=True)
    r.add_argument("--data")
    r.add_argument("--hex")
    r.add_argument("--repeat", action="append")
    r.add_argument("--tail", action="append")
    r.add_argument("--shut", action="store_true")
    a = p.parse_args()
    {"flood": cmd_flood, "burst": cmd_burst, "raw": cmd_raw}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
