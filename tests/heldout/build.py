#!/usr/bin/env python3
"""tests/heldout/build.py - writes tests/heldout/heldout.jsonl from the item files in src/.

The texts and their gold events live in src/*.py (readable, reviewable); the JSONL beside this
script is what bench/extract-quality feeds to `vigil extract` and ../shared/eval/score.py.
`build.py --check` fails if the committed JSONL is not what the sources give.
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout.jsonl")
FILES = ("articles1", "articles2", "articles3", "articles4", "records", "records2", "news",
         "news2")
TYPES = {"coup", "arrest", "armed_clash", "attack_on_civilians", "abduction", "remote_violence",
         "protest", "riot", "displacement", "strategic"}


def items():
    sys.path.insert(0, os.path.join(HERE, "src"))
    out = []
    for f in FILES:
        if os.path.exists(os.path.join(HERE, "src", f + ".py")):
            out += importlib.import_module(f).ITEMS
    ids = set()
    for it in out:
        assert it["id"] not in ids, it["id"]
        ids.add(it["id"])
        for e in it["events"]:
            assert e["type"] in TYPES, (it["id"], e["type"])
            assert len(e["country"]) == 2, it["id"]
    return out


def main():
    text = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items())
    if "--check" in sys.argv:
        if open(OUT, encoding="utf-8").read() != text:
            sys.exit("heldout.jsonl is stale: run tests/heldout/build.py")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
