#!/usr/bin/env python3
"""schemacheck.py SCHEMA [FILE...] - check JSON Lines of events against a
JSON Schema; exits 1 listing the first problems.

Implements the subset of draft 2020-12 that schema/event.schema.json uses
(type, enum, const, required, properties, additionalProperties, items,
oneOf, pattern, minimum, maximum) and refuses any other keyword, so that a
schema edit can never make the check pass by being ignored.  Lines may be
events or `vigil extract` lines ({"id", "events": [...]}); with no FILE,
stdin.
"""
import json
import re
import sys

KNOWN = {"$schema", "$id", "title", "description", "type", "enum", "const", "required",
         "properties", "additionalProperties", "items", "oneOf", "pattern", "minimum",
         "maximum"}
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def is_type(v, t):
    if t == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    if t == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    return isinstance(v, TYPES[t])


def check(s, v, path, errs):
    unknown = set(s) - KNOWN
    if unknown:
        sys.exit("schemacheck: unsupported keywords %s at %s" % (sorted(unknown), path))
    if "type" in s:
        ts = s["type"] if isinstance(s["type"], list) else [s["type"]]
        if not any(is_type(v, t) for t in ts):
            errs.append("%s: %r is not %s" % (path, v, "/".join(ts)))
            return
    if "const" in s and v != s["const"]:
        errs.append("%s: %r is not %r" % (path, v, s["const"]))
    if "enum" in s and v not in s["enum"]:
        errs.append("%s: %r is not one of the schema's values" % (path, v))
    if "pattern" in s and isinstance(v, str) and not re.search(s["pattern"], v):
        errs.append("%s: %r does not match %s" % (path, v, s["pattern"]))
    if "minimum" in s and is_type(v, "number") and v < s["minimum"]:
        errs.append("%s: %r < %r" % (path, v, s["minimum"]))
    if "maximum" in s and is_type(v, "number") and v > s["maximum"]:
        errs.append("%s: %r > %r" % (path, v, s["maximum"]))
    if "oneOf" in s:
        ok = 0
        for sub in s["oneOf"]:
            e = []
            check(sub, v, path, e)
            ok += not e
        if ok != 1:
            errs.append("%s: matches %d of the oneOf branches" % (path, ok))
    if isinstance(v, dict):
        for k in s.get("required", []):
            if k not in v:
                errs.append("%s: missing %s" % (path, k))
        props = s.get("properties", {})
        for k, x in v.items():
            if k in props:
                check(props[k], x, path + "/" + k, errs)
            elif s.get("additionalProperties") is False:
                errs.append("%s: unexpected key %s" % (path, k))
    if isinstance(v, list) and "items" in s:
        for i, x in enumerate(v):
            check(s["items"], x, "%s/%d" % (path, i), errs)


def main():
    schema = json.load(open(sys.argv[1]))
    files = sys.argv[2:] or ["-"]
    n, errs = 0, []
    for f in files:
        for line in (sys.stdin if f == "-" else open(f, encoding="utf-8")):
            if not line.strip():
                continue
            o = json.loads(line)
            for ev in o["events"] if "events" in o else [o]:
                n += 1
                check(schema, ev, ev.get("event_id", "?"), errs)
    for e in errs[:20]:
        print(e)
    print("schemacheck: %d events, %d problems" % (n, len(errs)))
    sys.exit(1 if errs or n == 0 else 0)


if __name__ == "__main__":
    main()
