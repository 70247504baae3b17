"""Helpers shared by the held-out item files (tests/heldout/src/*.py).

ev() builds one gold event in the format of ../shared/eval/GOLD.md; item() one article row.
"""


def ev(type_, country, location=None, admin1=None, date=None, fat=None, arrests=None,
       actors=(), subtype=None, claimed=None, required=True, fat_max=None):
    return {"type": type_, "subtype": subtype, "country": country, "location": location,
            "admin1": admin1, "date": date, "fatalities": fat, "fatalities_max": fat_max,
            "arrests": arrests, "actors": list(actors), "claimed_by": claimed,
            "required": required}


def item(id_, kind, lang, published, text, events):
    return {"id": "heldout:" + id_, "lang": lang, "published": published,
            "source": "written for vigil's held-out set (tests/heldout)", "kind": kind,
            "text": text.strip() + "\n", "events": list(events)}
