#!/usr/bin/env python3
"""promparse.py [FILE] - a strict parser of the Prometheus text exposition
format (0.0.4) as vigild writes it; exits 1 naming the first bad line.

Strict on purpose: the scraper in production is lenient, so this checker is
what catches a stray space, a bad escape, a sample outside its family, a
histogram whose buckets are not cumulative or lack +Inf, or a negative
counter.  Every line must be a HELP or TYPE comment or a sample.  As a
module, parse(text) returns {family: {"type", "help", "samples": [(name,
labels, value)]}}.
"""
import math
import re
import sys

NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
LABEL = r"[a-zA-Z_][a-zA-Z0-9_]*"
VALUE = r"(?:[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|NaN|[+-]Inf)"
HELP_RE = re.compile(r"^# HELP (%s) ((?:[^\\\n]|\\\\|\\n)*)$" % NAME)
TYPE_RE = re.compile(r"^# TYPE (%s) (counter|gauge|histogram|summary|untyped)$" % NAME)
SAMPLE_RE = re.compile(r"^(%s)(\{[^\n]*\})? (%s)(?: (-?\d+))?$" % (NAME, VALUE))
PAIR_RE = re.compile(r'(%s)="((?:[^"\\\n]|\\\\|\\"|\\n)*)"' % LABEL)
SUFFIXES = {"histogram": ("_bucket", "_sum", "_count"), "summary": ("", "_sum", "_count")}


class Bad(Exception):
    pass


def parse_labels(text):
    if not text:
        return {}
    body, labels, pos = text[1:-1], {}, 0
    while pos < len(body):
        m = PAIR_RE.match(body, pos)
        if not m:
            raise Bad("bad label pair at %r" % body[pos:])
        if m.group(1) in labels:
            raise Bad("duplicate label %s" % m.group(1))
        labels[m.group(1)] = m.group(2).replace("\\n", "\n").replace('\\"', '"').replace("\\\\", "\\")
        pos = m.end()
        if pos < len(body):
            if body[pos] != ",":
                raise Bad("expected ',' at %r" % body[pos:])
            pos += 1
            if pos == len(body):
                raise Bad("trailing comma")
    return labels


def family_of(name, families):
    for fam, f in families.items():
        for suf in SUFFIXES.get(f["type"], ("",)):
            if name == fam + suf:
                return fam
    return None


def check_histogram(fam, samples):
    series = {}
    for name, labels, value in samples:
        key = tuple(sorted((k, v) for k, v in labels.items() if k != "le"))
        s = series.setdefault(key, {"buckets": [], "sum": None, "count": None})
        if name.endswith("_bucket"):
            if "le" not in labels:
                raise Bad("%s bucket without le" % fam)
            s["buckets"].append((float(labels["le"]), value))
        elif name.endswith("_sum"):
            s["sum"] = value
        else:
            s["count"] = value
    for key, s in series.items():
        b = s["buckets"]
        if not b or b[-1][0] != math.inf or s["count"] is None or s["sum"] is None:
            raise Bad("%s%s: needs buckets ending in +Inf, _sum and _count" % (fam, key))
        for (le1, v1), (le2, v2) in zip(b, b[1:]):
            if not le1 < le2 or v2 < v1:
                raise Bad("%s%s: buckets not ascending and cumulative" % (fam, key))
        if b[-1][1] != s["count"]:
            raise Bad("%s%s: +Inf bucket != _count" % (fam, key))


def parse(text):
    if text and not text.endswith("\n"):
        raise Bad("no final newline")
    families, current, seen_samples = {}, None, set()
    for no, line in enumerate(text.split("\n")[:-1], 1):
        try:
            m = HELP_RE.match(line) or TYPE_RE.match(line)
            if m:
                name, key = m.group(1), "help" if line.startswith("# HELP") else "type"
                fam = families.setdefault(name, {"type": "untyped", "help": None, "samples": []})
                if key in fam.get("given", ()):
                    raise Bad("second %s for %s" % (key, name))
                if name in seen_samples or (current != name and fam.get("given")):
                    raise Bad("%s of %s outside its family block" % (key, name))
                fam.setdefault("given", set()).add(key)
                fam[key] = m.group(2)
                current = name
                continue
            if line.startswith("#"):
                raise Bad("unexpected comment")
            m = SAMPLE_RE.match(line)
            if not m:
                raise Bad("not a sample")
            name, labels, value = m.group(1), parse_labels(m.group(2)), float(m.group(3))
            fam = family_of(name, families)
            if fam is None or fam != current:
                raise Bad("sample %s outside its family block" % name)
            ftype = families[fam]["type"]
            if ftype == "counter" and not value >= 0:
                raise Bad("negative or NaN counter")
            if "le" in labels and not (ftype == "histogram" and name.endswith("_bucket")):
                raise Bad("le label outside histogram buckets")
            seen_samples.add(fam)
            families[fam]["samples"].append((name, labels, value))
        except (Bad, ValueError) as e:
            raise Bad("line %d: %s: %r" % (no, e, line))
    for fam, f in families.items():
        if f["type"] == "histogram":
            check_histogram(fam, f["samples"])
    return families


def main():
    text = open(sys.argv[1]).read() if len(sys.argv) > 1 else sys.stdin.read()
    try:
        fams = parse(text)
    except Bad as e:
        print("promparse: %s" % e, file=sys.stderr)
        return 1
    print("promparse: %d families, %d samples, %d lines ok" % (
        len(fams), sum(len(f["samples"]) for f in fams.values()), text.count("\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
