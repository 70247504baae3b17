#!/usr/bin/env python3
"""alerts-dups.py SCORER_DIR GOLD ALERTS - where the duplicates come from.

score_alerts.py joins gold events into incidents transitively, and an unknown
date agrees with any date: one undated report of a Mali coup chains the
2020 coup, the 2022 plot and the 2025 plot into one gold incident.  For each
first alert it calls a duplicate, this finds the earlier alerts of the same
gold incident (the scorer's own matching) and says which kind it is:
  same          its date agrees with an earlier alert's known date: a
                duplicate of the same dated incident;
  dates apart   it has a known date that agrees with no earlier alert's
                known date (there is one): a distinct incident by its own
                date, chained by the gold;
  undated       it, or every earlier alert, has no known date: vigild bounded
                it by the time it first saw the article (nothing joins across
                an unknown), while the gold lets the unknown date agree.
Diagnostic only: the figures are score_alerts.py's.
"""
import json
import sys

sys.path.insert(0, sys.argv[1])
import score_alerts as S  # noqa: E402
from score import dates_agree, get_date, iso2, load_jsonl  # noqa: E402


def main():
    gold = load_jsonl(sys.argv[2])
    alerts = [a for a in load_jsonl(sys.argv[3]) if a.get("status") == "firing"]
    evs, inc = S.gold_incidents(gold)
    by_article = {}
    for k, (aid, _) in enumerate(evs):
        by_article.setdefault(aid, []).append(k)
    seen = {}  # gold incident -> known dates of its alerts so far (None = undated)
    kinds = {"same": 0, "dates apart": 0, "undated": 0}
    for al in alerts:
        i = al.get("incident") or {}
        d = i.get("date") or {}
        date = d.get("value") or d.get("first")
        sysev = {"type": i.get("type"), "country": i.get("country"), "date": date}
        hit = None
        for s in i.get("sources") or []:
            for k in by_article.get(s.get("article_id"), []):
                e = evs[k][1]
                if (e.get("type") == sysev["type"]
                        and iso2(e.get("country")) == iso2(sysev["country"])
                        and dates_agree(get_date(e), get_date(sysev))):
                    hit = k if hit is None or inc[k] not in seen else hit
        if hit is None:
            continue
        g = inc[hit]
        if g in seen:
            dated = [x for x in seen[g] if x]
            if not date or not dated:
                kinds["undated"] += 1
            elif any(dates_agree(get_date({"date": date}), get_date({"date": x})) for x in dated):
                kinds["same"] += 1
            else:
                kinds["dates apart"] += 1
        seen.setdefault(g, []).append(date)
    print(json.dumps(kinds))


if __name__ == "__main__":
    main()
