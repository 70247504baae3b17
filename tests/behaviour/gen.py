#!/usr/bin/env python3
"""gen.py - expand the behavioural suite's templates and filler lists into test cases.

Usage: gen.py [--stats] > cases.jsonl

Reads data/*.tsv (fillers) and templates/*.tpl (sentences) beside this file and writes one
JSON object per case: {"id", "cap", "var", "detail", "lang", "kind", "template", "part",
"base", "envelope": {"id", "published", "lang", "title"?, "text"}, "expect": {...},
"checks": [...]}.  The expansion is deterministic: every choice of a filler is a hash of the
case's identity (sha1), never a random draw, so the same files give the same cases, in the
same order, on every machine.  "part" is "heldout" for about one template in five (sha1 of
the template's id, or of the lemma's id in the trigger capability, is 0 mod 5), else "dev".
README.md beside this file documents the capabilities, the formats and the slots.
Standard library only.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PUBLISHED = "2025-03-12"  # a Wednesday: "on Monday" is 2025-03-10

# kind -> (event type, coup subtype, perpetrator when the text names none)
KINDS = {
    "attack_on_civilians": ("attack_on_civilians", None, "@unid"),
    "armed_clash": ("armed_clash", None, "@unid"),
    "abduction": ("abduction", None, "@unid"),
    "arrest": ("arrest", None, "@police"),
    "air_strike": ("remote_violence", None, "@army"),
    "ied": ("remote_violence", None, "@unid"),
    "shelling": ("remote_violence", None, None),
    "suicide_bombing": ("remote_violence", None, "@unid"),
    "coup_plot": ("coup", "plot", None),
    "coup_attempt": ("coup", "attempt", None),
    "coup_seizure": ("coup", "seizure", None),
    "protest": ("protest", None, "@protesters"),
    "riot": ("riot", None, "@rioters"),
    "displacement": ("displacement", None, None),
    "strategic": ("strategic", None, None),
}
NP_SLOTS = ("P", "O", "T", "ARMY", "AIR", "MUT", "GOV", "CROWD", "MOB", "E")
DAYS = {"en": ["on Monday", "on Sunday", "on Monday", "on Tuesday"],
        "fr": ["lundi", "dimanche", "lundi", "mardi"]}
CONTEXT = {
    "en": ["Officials gave no further details.",
           "The information could not be independently verified.",
           "Residents described a climate of fear in the area.",
           "More details were expected later in the day."],
    "fr": ["Les autorités ont promis de donner plus de détails.",
           "L'information n'a pas pu être vérifiée de source indépendante.",
           "Des habitants décrivent un climat de peur dans la zone.",
           "Plus de détails étaient attendus dans la journée."],
}
AGENCY = {"en": "Reuters", "fr": "AFP"}


class DataError(Exception):
    pass


def h(*parts):
    """A stable integer from strings (the suite's only source of 'choice')."""
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


def pick(seq, *key):
    if not seq:
        raise DataError("nothing to pick for %s" % "/".join(key))
    return seq[h(*key) % len(seq)]


def heldout(unit):
    return h("split", unit) % 5 == 0


def load(rel, ncols):
    path = os.path.join(HERE, rel)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != ncols:
                raise DataError("%s:%d: %d columns, want %d" % (rel, n, len(cols), ncols))
            rows.append(cols)
    return rows


def agr_of(spec):
    """'pl m' / 'sg f' -> ('pl', 'm')."""
    num, gen = spec.split()
    if num not in ("sg", "pl") or gen not in ("m", "f"):
        raise DataError("bad agreement %r" % spec)
    return (num, gen)


class Data:
    def __init__(self):
        self.countries = {}
        for c in load("data/countries.tsv", 12):
            adj = c[5].split("|")
            self.countries[c[0]] = {
                "iso": c[0], "en": c[1], "fr": c[2], "fr_in": c[3], "adj_en": c[4],
                "adj": {"ms": adj[0], "fs": adj[1], "mp": adj[2], "fp": adj[3]},
                "cap": {"en": c[6], "fr": c[7]}, "army": c[8].split("|"),
                "police": c[9].split("|"), "people": c[10]}
        self.places = []
        for p in load("data/places.tsv", 7):
            if p[1] not in self.countries:
                raise DataError("places.tsv: %s: unknown country %s" % (p[0], p[1]))
            self.places.append({"name": p[0], "iso": p[1], "kind": p[2], "alone": p[3] == "y",
                                "en": p[4], "fr": p[5]})
        self.towns = [p for p in self.places if p["kind"] == "town"]
        self.regions = [p for p in self.places if p["kind"] == "region"]
        self.villages = [r[0] for r in load("data/villages.tsv", 1)]
        self.perps = [{"id": r[0], "lang": r[1], "class": r[2], "form": r[3], "text": r[4],
                       "agr": agr_of(r[5]), "countries": r[6].split(), "expect": r[7]}
                      for r in load("data/perpetrators.tsv", 8)]
        self.victims = [{"id": r[0], "lang": r[1], "class": r[2], "form": r[3], "sg": r[4],
                         "pl": r[5], "gender": r[6], "count": r[7]}
                        for r in load("data/victims.tsv", 8)]
        self.numbers = [{"lang": r[0], "form": r[1], "text": r[2],
                         "accept": [None if x == "null" else int(x) for x in r[3].split("|")],
                         "num": r[4]} for r in load("data/numbers.tsv", 5)]
        self.targets = [{"id": r[0], "lang": r[1], "class": r[2], "text": r[3],
                         "agr": agr_of(r[4])} for r in load("data/targets.tsv", 5)]
        self.verbs = [{"id": r[0], "lang": r[1], "kind": r[2], "frame": r[3], "f": r[4:]}
                      for r in load("data/verbs.tsv", 10)]
        self.nouns = [{"id": r[0], "lang": r[1], "kind": r[2], "indef": r[3], "def": r[4],
                       "bare": r[5], "agr": agr_of(r[6])} for r in load("data/nouns.tsv", 7)]
        self.events = [{"id": r[0], "lang": r[1], "kinds": r[2].split(","), "frame": r[3],
                        "form": r[4], "text": r[5]} for r in load("templates/events.tpl", 6)]
        self.negation = [{"id": r[0], "lang": r[1], "var": r[2], "expect": r[3], "text": r[4]}
                         for r in load("templates/negation.tpl", 5)]
        self.sense = [{"id": r[0], "lang": r[1], "var": r[2], "expect": r[3], "text": r[4]}
                      for r in load("templates/sense.tpl", 5)]
        self.dates = [{"id": r[0], "lang": r[1], "var": r[2], "pub": r[3], "expect": r[4],
                       "text": r[5]} for r in load("templates/dates.tpl", 6)]
        for t in self.dates:
            if t["pub"] not in ("pub", "none"):
                raise DataError("dates.tpl: %s: pub %r, want pub or none" % (t["id"], t["pub"]))
        self.junk = [{"lang": r[0], "kind": r[1], "text": r[2].replace("\\n", "\n")}
                     for r in load("data/junk.tsv", 3)]
        ids = [x["id"] for x in self.perps + self.victims + self.targets + self.verbs +
               self.nouns + self.events + self.negation + self.sense + self.dates]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise DataError("duplicate ids: %s" % ", ".join(sorted(dup)))
        for k in [v["kind"] for v in self.verbs + self.nouns] + \
                 [k for t in self.events for k in t["kinds"]]:
            if k not in KINDS and k != "kill":
                raise DataError("unknown kind %s" % k)


# ---------------------------------------------------------------- morphology

def en_verb(v, form, agr):
    base, past, pp, s, ing, noun = v["f"]
    sg = agr[0] == "sg"
    table = {"base": base, "past": past, "pp": pp, "ing": ing, "noun": noun, "s": s,
             "pres": s if sg else base,
             "perf": ("has " if sg else "have ") + pp,
             "pass": ("was " if sg else "were ") + pp}
    return table.get(form)


def fr_agree(pp, agr):
    head, _, tail = pp.partition("|")
    if agr[1] == "f":
        head += "e"
    if agr[0] == "pl" and not head.endswith("s"):
        head += "s"
    return head + (" " + tail if tail else "")


def fr_verb(v, form, agr):
    inf, pp, aux, s3, p3, noun = v["f"]
    sg = agr[0] == "sg"
    plain = pp.replace("|", " ")
    if form == "pc":
        if aux.startswith("avoir"):
            return ("a " if sg else "ont ") + plain
        if aux == "être":
            return ("est " if sg else "sont ") + fr_agree(pp, agr)
        return ("s'est " if sg else "se sont ") + fr_agree(pp, agr)
    if form == "pass":
        return ("a été " if sg else "ont été ") + fr_agree(pp, agr) if aux == "avoir+" else "-"
    table = {"inf": inf, "pp": plain, "pres": s3 if sg else p3, "ppa": fr_agree(pp, agr),
             "noun": noun}
    return table.get(form)


def verb_forms(t):
    """The {V.form} slots a template uses."""
    return re.findall(r"\{V\.([a-z]+)", t["text"])


def verb_fits(v, t):
    """Can verb v fill template t (its forms exist)?"""
    for form in verb_forms(t):
        if v["lang"] == "en":
            got = en_verb(v, form, ("sg", "m"))
        else:
            got = fr_verb(v, form, ("sg", "m"))
        if got is None or got == "-":
            return False
    return True


def fr_clean(s):
    for a, b in ((" de le ", " du "), (" de les ", " des "), (" de des ", " de "),
                 (" de un ", " d'un "), (" de une ", " d'une "), (" à le ", " au "),
                 (" à les ", " aux "), ("De le ", "Du "), ("De des ", "De "),
                 (" que il", " qu'il"), (" de au moins", " d'au moins")):
        s = s.replace(a, b)
    return re.sub(r"\b([dD])e (?=[AEIOUÉÈ])", r"\1'", s)


def tidy(s, lang):
    s = re.sub(r"[ \t]+", " ", s).strip()
    s = re.sub(r" ([,.;])", r"\1", s) if lang == "en" else re.sub(r" ([,.])", r"\1", s)
    s = re.sub(r",+", ",", s)
    s = s.replace(",.", ".").replace(", ;", " ;").replace(",;", ";").replace(",:", " :")
    s = s.rstrip(",").rstrip()
    if lang == "fr":
        s = fr_clean(" " + s)[1:]
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- slot fillers

def adj_sub(text, country, lang):
    text = text.replace("{ADJ}", country["adj_en"]).replace("{CAP}", country["cap"][lang])
    for k, v in country["adj"].items():
        text = text.replace("{ADJ.%s}" % k, v)
    return text


def expect_actor(spec, country):
    if spec in ("-", "", None):
        return None
    if spec == "@unid":
        return ["Unidentified armed group"]
    if spec == "@army":
        return country["army"]
    if spec == "@police":
        return country["police"]
    if spec == "@protesters":
        return ["Protesters (%s)" % country["people"]]
    if spec == "@rioters":
        return ["Rioters (%s)" % country["people"]]
    return spec.split("|")


def place_phrase(place, form, lang, C):
    n = place["name"]
    if form == "village_country":
        return "in %s, %s," % (n, C["en"]) if lang == "en" else "à %s, %s," % (n, C["fr_in"])
    if form == "village_alone":
        return "in %s" % n if lang == "en" else "à %s" % n
    if form == "near":
        return "near %s, %s," % (n, C["en"]) if lang == "en" else "près de %s, %s," % (n, C["fr_in"])
    if form == "village_of":
        return ("in the village of %s, %s," % (n, C["en"]) if lang == "en"
                else "dans le village de %s, %s," % (n, C["fr_in"]))
    if form == "region":
        return "in " + place["en"] if lang == "en" else "dans " + place["fr"]
    # a village the gazetteer lacks, with the unit it is in (place["region"]),
    # as reports and coders write it
    r = place.get("region")
    if form == "village_region":
        return ("in the village of %s in %s," % (n, r["en"]) if lang == "en"
                else "dans le village de %s, dans %s," % (n, r["fr"]))
    if form == "village_appos":
        return ("in %s, a remote village in %s," % (n, r["en"]) if lang == "en"
                else "à %s, un village de %s," % (n, r["fr"]))
    if form == "village_units":
        units = "(%s, %s)" % (place["town"]["name"], r["name"])
        return ("in the village of %s %s" % (n, units) if lang == "en"
                else "dans le village de %s %s" % (n, units))
    # the most specific place wins over the unit given to say where it lies
    if form == "village_edge":
        return ("in %s, on the edge of %s," % (n, r["en"]) if lang == "en"
                else "à %s, en bordure de %s," % (n, r["fr"]))
    if form == "village_poss":
        reg = r["en"][4:] if r["en"].startswith("the ") else r["en"]
        return ("in %s, a village in %s's %s," % (n, C["en"], reg) if lang == "en"
                else "dans le village de %s, dans %s %s," % (n, r["fr"], C["fr_in"]))
    # coders' notes: the village with its units in brackets or after a comma
    t = place.get("town", {}).get("name")
    if form == "village_quarter":  # a quarter of a town whose name is its own
        return ("in %s, a neighbourhood of %s," % (n, t) if lang == "en"
                else "à %s, un quartier de %s," % (n, t))
    if form == "units_bare":
        return ("in %s (%s, %s)" % (n, t, r["name"]) if lang == "en"
                else "à %s (%s, %s)" % (n, t, r["name"]))
    if form == "units_town":  # a town whose name is its own: "X (Ouallam)"
        return "in %s (%s)" % (n, t) if lang == "en" else "à %s (%s)" % (n, t)
    if form == "units_area":
        return ("in the %s area (%s, %s)" % (n, t, r["name"]) if lang == "en"
                else "dans la zone de %s (%s, %s)" % (n, t, r["name"]))
    if form == "units_seat":
        return ("in %s, %s department (%s)," % (n, t, r["name"]) if lang == "en"
                else "à %s, commune de %s (%s)," % (n, t, r["name"]))
    if form == "units_dist":  # a village placed by its distance from a town
        return ("in %s, 20 km north of %s," % (n, t) if lang == "en"
                else "à %s, à 20 km au nord de %s," % (n, t))
    if form == "units_near":
        return ("in %s near %s (%s)" % (n, t, r["name"]) if lang == "en"
                else "à %s, près de %s (%s)," % (n, t, r["name"]))
    if form == "units_from":  # a town the victims came back from, nearer the verb
        o = place["from"]
        return ("as they were returning from the market in %s, in %s (%s, %s)," %
                (o, n, t, r["name"]) if lang == "en"
                else "alors qu'elles revenaient du marché de %s, à %s (%s, %s)," %
                (o, n, t, r["name"]))
    if form == "units_between":
        return ("between %s and %s (%s, %s)" % (n, place["other"], t, r["name"]) if lang == "en"
                else "entre %s et %s (%s, %s)" % (n, place["other"], t, r["name"]))
    if form in ("dateline", "dateline_town"):
        return ""
    raise DataError("place form %s" % form)


def object_np(victim, number, lang):
    """(text, agreement, accepted counts) of a victim row with a number form (noun rows)."""
    if victim["form"] != "noun":
        n = int(victim["count"])
        return victim["sg"], ("sg" if n == 1 else "pl", victim["gender"]), [n]
    text = number["text"]
    noun_sg, noun_pl = victim["sg"], victim["pl"]
    if lang == "en":
        text = text.replace("{a}", "an" if noun_sg[0] in "aeiou" else "a")
    else:
        text = text.replace("{un}", "une" if victim["gender"] == "f" else "un")
        text = text.replace("{de}", "d'" if noun_pl[0] in "aeiouéèêhœ" else "de ")
    text = text.replace("{sg}", noun_sg).replace("{pl}", noun_pl)
    return text, (number["num"], victim["gender"]), number["accept"]


class Fill:
    """One assignment of fillers to a template's slots, and its rendering."""

    def __init__(self, data, lang, place, place_form="village_country"):
        self.d = data
        self.lang = lang
        self.place = place
        self.C = data.countries[place["iso"]]
        self.place_form = place_form
        self.slots = {}  # name -> (text, agr)
        self.verb = None
        self.day = DAYS[lang][0]

    def set(self, name, text, agr):
        self.slots[name] = (adj_sub(text, self.C, self.lang), agr)

    def value(self, name, agr_hint, prev_agr):
        C, lang = self.C, self.lang
        if name in self.slots:
            return self.slots[name][0]
        if name == "L":
            return place_phrase(self.place, self.place_form, lang, C)
        if name == "D":
            return self.day
        if name == "C":
            return C[lang]
        if name == "Cin":
            return "in " + C["en"] if lang == "en" else C["fr_in"]
        if name.startswith("ADJ") or name == "CAP":
            return adj_sub("{%s}" % name, C, lang)
        if name.startswith("V."):
            form, _, who = name[2:].partition(":")
            agr = self.agreement(who) if who else prev_agr
            if agr is None:
                agr = ("sg", "m")
            fn = en_verb if lang == "en" else fr_verb
            got = fn(self.verb, form, agr)
            if got in (None, "-"):
                raise DataError("verb %s has no form %s" % (self.verb["id"], form))
            return got
        if name.startswith("?"):
            who, _, alts = name[1:].partition(":")
            alts = alts.split("|")
            agr = self.agreement(who)
            if len(alts) == 2:
                return alts[agr[0] == "pl"]
            return alts[(agr[1] == "f") * 2 + (agr[0] == "pl")]
        raise DataError("slot {%s} has no filler" % name)

    def agreement(self, who):
        lit = {"sgm": ("sg", "m"), "sgf": ("sg", "f"), "plm": ("pl", "m"), "plf": ("pl", "f")}
        if who in lit:
            return lit[who]
        if who in self.slots:
            return self.slots[who][1]
        raise DataError("agreement with unfilled slot %s" % who)

    def render(self, text):
        out = []
        prev = None
        pos = 0
        for m in re.finditer(r"\{([^{}]+)\}", text):
            out.append(text[pos:m.start()])
            name = m.group(1)
            out.append(self.value(name, None, prev))
            base = name.split(".")[0].split(":")[0]
            if base in NP_SLOTS and name in self.slots:
                prev = self.slots[name][1]
            pos = m.end()
        out.append(text[pos:])
        return tidy("".join(out), self.lang)


# ---------------------------------------------------------------- cases

class Builder:
    def __init__(self, data):
        self.d = data
        self.cases = []
        self.ids = set()

    def add(self, cap, var, detail, lang, kind, template, unit, title, text, expect, checks,
            base=None, fill=None, published=PUBLISHED):
        cid = "%s:%s:%s" % (cap, template, var)
        n = 1
        while "%s:%d" % (cid, n) in self.ids:
            n += 1
        cid = "%s:%d" % (cid, n)
        self.ids.add(cid)
        env = {"id": cid, "lang": lang}
        if published:
            env["published"] = published
        if fill is not None and fill.place_form == "dateline":
            cap_city = fill.C["cap"][lang].upper()
            text = "%s (%s) - %s" % (cap_city, AGENCY[lang], text)
        elif fill is not None and fill.place_form == "dateline_town":
            text = "%s, %s (%s) - %s" % (fill.place["name"].upper(), fill.C[lang], AGENCY[lang],
                                         text)
        if title:
            env["title"] = title
        env["text"] = text
        self.cases.append({"id": cid, "cap": cap, "var": var, "detail": detail, "lang": lang,
                           "kind": kind, "template": template,
                           "part": "heldout" if heldout(unit) else "dev", "base": base,
                           "envelope": env, "expect": expect, "checks": checks})
        return cid

    # -- helpers choosing fillers
    def perps(self, lang, cls, iso=None, form=None):
        out = [p for p in self.d.perps if p["lang"] == lang and p["class"] in cls.split("|")]
        if iso:
            out = [p for p in out if "*" in p["countries"] or iso in p["countries"]]
        if form:
            out = [p for p in out if p["form"] == form]
        return out

    def victims(self, lang, cls, forms=None):
        return [v for v in self.d.victims if v["lang"] == lang and v["class"] == cls
                and (forms is None or v["form"] in forms)]

    def numbers(self, lang, forms=None):
        return [n for n in self.d.numbers if n["lang"] == lang
                and (forms is None or n["form"] in forms)]

    def event_case(self, cap, var, detail, t, kind, key, unit, verb=None, noun=None,
                   perp=None, victim=None, number=None, place=None, place_form=None,
                   checks=(), extra_text=None):
        """Fill event template t for kind; returns the case id."""
        d, lang = self.d, t["lang"]
        text = t["text"]
        if place is None:
            if perp is not None and "*" not in perp["countries"]:
                pool = [p for p in d.towns if p["iso"] in perp["countries"]]
            else:
                pool = d.towns
            place = pick(pool, key, "place")
        f = Fill(d, lang, place, place_form or "village_country")
        f.day = pick(DAYS[lang], key, "day")
        C = f.C
        # the event kind's victims decide the type of a killing
        vclass = {"kill": "civ", "abduction": "civ", "arrest": "detainee",
                  "displacement": "displaced"}.get(kind, "civ")
        if kind in ("air_strike", "ied", "shelling", "suicide_bombing"):
            vclass = pick(["civ", "mil", "civ"], key, "vclass")
        if victim is None and "{O}" in text:
            vs = self.victims(lang, vclass)
            victim = pick(vs, key, "victim")
        fat = None
        if victim is not None:
            if number is None and victim["form"] == "noun":
                number = pick(self.numbers(lang, ["digits", "word", "at_least"]), key, "num")
            otext, oagr, counts = object_np(victim, number, lang)
            f.set("O", otext, oagr)
            fat = counts
            vclass = victim["class"]
        etype_kind = kind
        if kind == "kill":
            etype_kind = {"civ": "attack_on_civilians", "mil": "armed_clash",
                          "fighter": "armed_clash"}[vclass]
        # perpetrator
        if "{P}" in text:
            if perp is None:
                if kind == "arrest":
                    cls = "police"
                elif kind == "kill" and vclass == "civ":
                    cls = "armed|army"
                elif kind == "kill" and vclass == "fighter":
                    cls = "army"
                elif kind == "shelling":
                    cls = "armed|army"
                else:
                    cls = "armed"
                perp = pick(self.perps(lang, cls, C["iso"]), key, "perp")
            f.set("P", perp["text"], perp["agr"])
        for slot, cls in (("AIR", "air"), ("MUT", "mutineer"), ("GOV", "gov"),
                          ("CROWD", "crowd"), ("MOB", "mob"), ("ARMY", "army")):
            if "{%s}" % slot in text:
                p = pick(self.perps(lang, cls), key, slot)
                f.set(slot, p["text"], p["agr"])
                if slot in ("CROWD", "MOB", "AIR"):
                    perp = p
        if "{T}" in text:
            tcls = {"armed_clash": "facility", "riot": "building"}.get(kind, "site")
            tg = pick([x for x in d.targets if x["lang"] == lang and x["class"] == tcls],
                      key, "target")
            f.set("T", tg["text"], tg["agr"])
        if "{E." in text:
            if noun is None:
                kinds = [kind] if kind in t["kinds"] else t["kinds"]
                noun = pick([n for n in d.nouns if n["lang"] == lang and n["kind"] in kinds],
                            key, "noun")
                etype_kind = noun["kind"]
            f.slots["E"] = (noun["indef"], noun["agr"])
            f.slots["E.indef"] = (noun["indef"], noun["agr"])
            f.slots["E.def"] = (noun["def"], noun["agr"])
            f.slots["E.bare"] = (noun["bare"], noun["agr"])
        if "{V." in text:
            if verb is None:
                vs = [v for v in d.verbs if v["lang"] == lang and v["frame"] == t["frame"]
                      and verb_fits(v, t)]
                verb = pick(vs, key, "verb")
            f.verb = verb
        sentence = f.render(text)
        headline = t["form"] in ("pres", "ppa")
        ctx = pick(CONTEXT[lang], key, "ctx")
        if headline:
            title, body = sentence, sentence + "\n\n" + ctx
        else:
            title, body = None, sentence + " " + ctx
        if extra_text:
            body = extra_text(body)
        etype, subtype, dflt_actor = KINDS[etype_kind]
        actor_spec = perp["expect"] if (perp is not None and "{P}" in text or
                                        perp is not None and perp["class"] in ("crowd", "mob", "air")) \
            else dflt_actor
        if kind == "arrest" and "{P}" not in text:
            actor_spec = None  # "were arrested": the state's, but which force is not said
        expect = {"event": True, "type": etype, "subtype": subtype, "country": C["iso"],
                  "location": None, "fatalities": None, "arrests": None,
                  "actor": expect_actor(actor_spec, C)}
        if "{L}" in text and not f.place_form.startswith("dateline"):
            expect["location"] = place["name"]
        if fat is not None:
            if etype == "arrest":
                expect["arrests"] = fat
            elif etype in ("attack_on_civilians", "armed_clash", "remote_violence"):
                expect["fatalities"] = fat
        return self.add(cap, var, detail, lang, etype_kind, t["id"], unit, title, body, expect,
                        list(checks), fill=f)


def templates_for(data, kind=None, frame=None, forms=None, lang=None, need=()):
    out = []
    for t in data.events:
        if kind and kind not in t["kinds"]:
            continue
        if frame and t["frame"] != frame:
            continue
        if forms and t["form"] not in forms:
            continue
        if lang and t["lang"] != lang:
            continue
        if any(("{%s}" % s) not in t["text"] for s in need):
            continue
        out.append(t)
    return out


# ---------------------------------------------------------------- capabilities

def cap_trigger(b):
    """Every lemma of the inventory, in every form a template of its frame offers."""
    d = b.d

    def each_form(lemma, ts, slot):
        for form in sorted({t["form"] for t in ts}):
            t = pick([t for t in ts if t["form"] == form], "trigger", lemma["id"], form)
            key = "trigger:%s:%s" % (lemma["id"], form)
            b.event_case("trigger", lemma["id"], form, t, lemma["kind"], key,
                         "lemma:" + lemma["id"], **{slot: lemma})
    for v in d.verbs:
        each_form(v, [t for t in d.events if t["lang"] == v["lang"] and t["frame"] == v["frame"]
                      and v["kind"] in t["kinds"] and verb_fits(v, t)], "verb")
    for n in d.nouns:
        each_form(n, [t for t in d.events if t["lang"] == n["lang"] and n["kind"] in t["kinds"]
                      and "{E." in t["text"]], "noun")


def cap_tense_voice(b):
    """Every event template (tense, voice, headline, nominalisation), with three fillings."""
    for t in b.d.events:
        for k in range(3):
            kind = pick(t["kinds"], "tv", t["id"], str(k))
            b.event_case("tense_voice", t["form"], kind, t, kind, "tv:%s:%d" % (t["id"], k),
                         t["id"])


def cap_number(b):
    """Number forms before killed and arrested people: the figure recorded."""
    d = b.d
    for lang in ("en", "fr"):
        for num in b.numbers(lang):
            for kind, vcls, chk, rep in (("kill", "civ", "fatalities", 0),
                                         ("kill", "civ", "fatalities", 1),
                                         ("kill", "mil", "fatalities", 0),
                                         ("arrest", "detainee", "arrests", 0),
                                         ("arrest", "detainee", "arrests", 1)):
                ts = templates_for(d, kind=kind, forms=("past", "passive", "agentless"),
                                   lang=lang, need=("O",))
                key = "num:%s:%s:%s:%s:%d" % (lang, num["text"], kind, vcls, rep)
                t = pick(ts, key, "t")
                vic = pick([v for v in b.victims(lang, vcls) if v["form"] == "noun"], key, "v")
                perp = None
                if vcls == "mil":
                    perp = pick(b.perps(lang, "armed", None, "unknown"), key, "p")
                b.event_case("number", num["form"], num["text"], t, kind, key, t["id"],
                             victim=vic, number=num, perp=perp, checks=[chk])


def cap_perpetrator(b):
    """Who did it: a named group, unknown gunmen, an army by demonym, no agent."""
    d = b.d
    plan = (("kill", "civ"), ("armed_clash", None), ("abduction", None), ("arrest", None))
    for lang in ("en", "fr"):
        for perp in [p for p in d.perps if p["lang"] == lang and p["class"] in ("armed", "army", "police")]:
            for kind, rep in [(k, r) for k, _ in plan for r in (0, 1)]:
                if perp["class"] == "police" and kind != "arrest":
                    continue
                if perp["class"] != "police" and kind == "arrest" and perp["class"] != "army":
                    continue
                if perp["class"] == "army" and kind in ("armed_clash", "abduction"):
                    continue
                ts = templates_for(d, kind=kind, forms=("past", "passive", "perfect"), lang=lang,
                                   need=("P",))
                key = "perp:%s:%s:%d" % (perp["id"], kind, rep)
                t = pick(ts, key, "t")
                b.event_case("perpetrator", perp["form"], perp["id"], t, kind, key, t["id"],
                             perp=perp, checks=["actor"])
        # no agent named: the default perpetrator of the kind
        for kind in ("kill", "armed_clash", "abduction"):
            ts = templates_for(d, kind=kind, forms=("agentless",), lang=lang)
            for k in range(6):
                key = "perp:none:%s:%s:%d" % (lang, kind, k)
                t = pick(ts, key, "t")
                b.event_case("perpetrator", "none", kind, t, kind, key, t["id"],
                             checks=["actor"])


def cap_victim(b):
    """Whom it was done to: single people, pairs, families, soldiers, militants."""
    d = b.d
    for lang in ("en", "fr"):
        rows = [v for v in d.victims if v["lang"] == lang and v["class"] in ("civ", "mil", "fighter")]
        for v in rows:
            reps = 4 if v["form"] != "noun" else 3
            for k in range(reps):
                key = "vic:%s:%d" % (v["id"], k)
                ts = templates_for(d, kind="kill", forms=("past", "passive", "agentless", "pres"),
                                   lang=lang, need=("O",))
                t = pick(ts, key, "t")
                perp = None
                if v["class"] == "mil":
                    perp = pick(b.perps(lang, "armed", None, "unknown"), key, "p")
                elif v["class"] == "fighter":
                    perp = pick(b.perps(lang, "army"), key, "p")
                    if "{P}" not in t["text"]:
                        t = pick([x for x in ts if "{P}" in x["text"]], key, "t2")
                num = None
                if v["form"] == "noun":
                    num = pick(b.numbers(lang, ["digits", "word"]), key, "n")
                var = v["form"] if v["class"] == "civ" else v["class"]
                b.event_case("victim", var, v["id"], t, "kill", key, t["id"], victim=v,
                             number=num, perp=perp, checks=["fatalities"])


def cap_place(b):
    """Where: village and country, village alone, region, near X, village of X, dateline (a
    capital's, a town's with its country); villages the gazetteer lacks with their unit: "the
    village of X in Y", "X, a remote village in Y", "the village of X (Town, Region)"."""
    d = b.d
    kinds = ("kill", "abduction", "armed_clash", "protest", "arrest")
    forms = ("past", "passive", "agentless")

    def one(place, pform, lang, key):
        kind = pick(list(kinds), key, "kind")
        ts = templates_for(d, kind=kind, forms=forms, lang=lang, need=("L",))
        t = pick(ts, key, "t")
        b.event_case("place", pform, place["name"], t, kind, key, t["id"], place=place,
                     place_form=pform,
                     checks=["location"] if not pform.startswith("dateline") else [])

    for i, p in enumerate(d.towns):
        langs = ("en", "fr") if i % 2 == 0 else ("fr", "en")
        if p["alone"]:
            one(p, "village_alone", langs[0], "place:alone:%s" % p["name"])
        one(p, "village_country", langs[1], "place:vc:%s" % p["name"])
        pf = ("near", "village_of")[i % 2]
        one(p, pf, langs[i % 2], "place:%s:%s" % (pf, p["name"]))
    for p in d.regions:
        for lang in ("en", "fr"):
            one(p, "region", lang, "place:region:%s:%s" % (p["name"], lang))
    for iso in sorted(d.countries):
        towns = [p for p in d.towns if p["iso"] == iso]
        for lang in ("en", "fr"):
            one(pick(towns, "dl", iso, lang), "dateline", lang, "place:dl:%s:%s" % (iso, lang))
            # a town's dateline with its country: "KANO, Nigeria (Reuters) -"
            one(pick(towns, "dlt", iso, lang), "dateline_town", lang,
                "place:dlt:%s:%s" % (iso, lang))
    for r in d.regions:
        towns = [p for p in d.towns if p["iso"] == r["iso"]]
        for lang in ("en", "fr"):
            for pf in ("village_region", "village_appos", "village_units", "units_bare",
                       "units_town", "units_area", "units_seat", "units_between", "units_dist",
                       "units_near", "units_from", "village_edge", "village_poss",
                       "village_quarter"):
                key = "place:%s:%s:%s" % (pf, r["name"], lang)
                if pf in ("units_town", "units_dist", "village_quarter"):
                    # the town alone must give the country (regions are all borne abroad too)
                    alone = [p for p in towns if p["alone"]]
                    if not alone:
                        continue
                name = pick(d.villages, key, "v")
                v = {"name": name, "iso": r["iso"], "kind": "local",
                     "alone": False, "en": "-", "fr": "-", "region": r,
                     "town": pick(alone if pf in ("units_town", "units_dist", "village_quarter")
                                  else towns, key,
                                  "town"),
                     "other": pick([x for x in d.villages if x != name], key, "v2")}
                if pf == "units_from":
                    if len(towns) < 2:
                        continue
                    v["from"] = pick([x for x in towns if x is not v["town"]], key,
                                     "from")["name"]
                one(v, pf, lang, key)


def inline_alts(text, k):
    return re.sub(r"\[([^\[\]]*\|[^\[\]]*)\]",
                  lambda m: m.group(1).split("|")[k % len(m.group(1).split("|"))], text)


def plain_case(b, cap, t, k):
    """A negation, sense or date template: slots {L} {LN} {C} {Cin} {ADJ..} {CAP} {D} {P}
    {ARMY} {GOV}; [a|b] alternatives taken in turn; expect 'none' or 'KIND[ key=v...]'
    (fat=0|null: the fatalities accepted; date=VALUE|none: the event's date value); a date
    template's pub column says whether the envelope has the suite's publication date."""
    d = b.d
    lang = t["lang"]
    key = "%s:%s:%d" % (cap, t["id"], k)
    place = pick(d.towns, key, "place")
    f = Fill(d, lang, place)
    f.day = pick(DAYS[lang], key, "day")
    text = inline_alts(t["text"], k)
    text = text.replace("{LN}", place["name"])
    perp = None
    for slot, cls in (("P", "armed"), ("ARMY", "army"), ("GOV", "gov"), ("MUT", "mutineer"),
                      ("CROWD", "crowd")):
        if "{%s}" % slot in text:
            pool = b.perps(lang, cls, f.C["iso"])
            p = pick(pool, key, slot)
            f.set(slot, p["text"], p["agr"])
            if slot == "P":
                perp = p
    parts = text.split(" || ")
    rendered = [f.render(x) for x in parts]
    body = " ".join(rendered)
    title = None
    spec = t["expect"].split()
    if spec[0] == "none":
        expect = {"event": False}
        checks = []
    else:
        etype, subtype, dflt = KINDS[spec[0]]
        expect = {"event": True, "type": etype, "subtype": subtype, "country": f.C["iso"],
                  "location": place["name"] if "{L}" in text or "{LN}" in text else None,
                  "fatalities": None, "arrests": None, "actor": None}
        checks = []
        for item in spec[1:]:
            k2, _, v = item.partition("=")
            if k2 == "fat":
                expect["fatalities"] = [None if x == "null" else int(x) for x in v.split("|")]
                checks.append("fatalities")
            elif k2 == "date":
                expect["date"] = "" if v == "none" else v
                checks.append("date")
            else:
                raise DataError("%s: unknown check %s" % (t["id"], k2))
    b.add(cap, t["var"], t["id"], lang, spec[0] if spec[0] != "none" else "-", t["id"],
          t["id"], title, body, expect, checks, fill=f,
          published=None if t.get("pub") == "none" else PUBLISHED)


def cap_negation(b):
    for t in b.d.negation:
        for k in range(5):
            plain_case(b, "negation", t, k)


def cap_sense(b):
    for t in b.d.sense:
        for k in range(5):
            plain_case(b, "sense", t, k)


def cap_date(b):
    """When: the event's own day, not the day it was said, claimed or filed, nor another
    act's; ranges, vague periods, coders' notes; no publication date: what anchors a date,
    and what stays unknown."""
    for t in b.d.dates:
        for k in range(5):
            plain_case(b, "date", t, k)


def cap_invariance(b):
    """A base event article, then the same with junk lines, a footer, an unrelated
    paragraph, as a one-sentence brief, and with its place swapped for another."""
    d = b.d
    junk = {lang: [j for j in d.junk if j["lang"] == lang] for lang in ("en", "fr")}
    plan = [("kill", "past"), ("kill", "passive"), ("armed_clash", "past"), ("abduction", "past"),
            ("arrest", "past"), ("protest", "past"), ("ied", "past"), ("air_strike", "past"),
            ("riot", "past"), ("kill", "agentless")]
    for lang in ("en", "fr"):
        for i, (kind, form) in enumerate(plan):
            for k in range(2):
                key = "inv:%s:%s:%s:%d" % (lang, kind, form, k)
                ts = templates_for(d, kind=kind, forms=(form,), lang=lang, need=("L",))
                t = pick(ts, key, "t")
                vic = None
                if "{O}" in t["text"] and kind in ("kill", "arrest", "abduction"):
                    cls = {"kill": "civ", "abduction": "civ", "arrest": "detainee"}[kind]
                    vic = pick([v for v in b.victims(lang, cls)], key, "v")
                perp = None
                if "{P}" in t["text"]:
                    if kind == "arrest":
                        perp = pick(b.perps(lang, "police"), key, "p")
                    else:  # a perpetrator of any country, so the place can be swapped
                        perp = pick(b.perps(lang, "armed", None, "unknown"), key, "p")
                num = pick(b.numbers(lang, ["digits", "word"]), key, "n")
                place = pick(d.towns, key, "place")
                args = dict(victim=vic, number=num, perp=perp, place=place)
                chk = []  # type and country; the rest is compared with the base's events
                base = b.event_case("invariance", "base", kind, t, kind, key, t["id"],
                                    checks=chk, **args)

                def wrap(kindj, where):
                    js = [j for j in junk[lang] if j["kind"] == kindj]
                    j = pick(js, key, kindj)["text"]

                    def fn(body):
                        if where == "around":
                            j2 = pick(js, key, kindj, "2")["text"]
                            return j + "\n" + body + "\n" + j2
                        return body + "\n\n" + j
                    return fn
                for var, fn in (("junk_lines", wrap("junk", "around")),
                                ("footer", wrap("footer", "after")),
                                ("paragraph", wrap("paragraph", "after"))):
                    b.event_case("invariance", var, kind, t, kind, key, t["id"], checks=chk,
                                 extra_text=fn, **args)
                    b.cases[-1]["base"] = base
                # one-sentence brief: drop the neutral second sentence
                def brief(body):
                    for ctxs in CONTEXT[lang]:
                        if body.endswith(" " + ctxs):
                            return body[:-len(ctxs) - 1]
                    return body
                b.event_case("invariance", "brief", kind, t, kind, key, t["id"], checks=chk,
                             extra_text=brief, **args)
                b.cases[-1]["base"] = base
                # the place swapped for one in another country
                others = [p for p in d.towns if p["iso"] != place["iso"]]
                if others:
                    p2 = pick(others, key, "swap")
                    args2 = dict(args, place=p2)
                    b.event_case("invariance", "place_swap", kind, t, kind, key,
                                 t["id"], checks=chk, **args2)
                    b.cases[-1]["base"] = base
                    b.cases[-1]["swap"] = True


CAPS = [("trigger", cap_trigger), ("tense_voice", cap_tense_voice), ("number", cap_number),
        ("perpetrator", cap_perpetrator), ("victim", cap_victim), ("place", cap_place),
        ("negation", cap_negation), ("sense", cap_sense), ("date", cap_date),
        ("invariance", cap_invariance)]


def generate():
    data = Data()
    b = Builder(data)
    for _, fn in CAPS:
        fn(b)
    return b.cases


def main(argv):
    try:
        cases = generate()
    except DataError as e:
        sys.exit("gen.py: %s" % e)
    if "--stats" in argv:
        from collections import Counter
        c = Counter((x["cap"], x["part"]) for x in cases)
        for cap, _ in CAPS:
            print("%-12s dev %5d  heldout %5d" % (cap, c[(cap, "dev")], c[(cap, "heldout")]))
        print("total %d" % len(cases))
        return
    out = sys.stdout
    for x in cases:
        out.write(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
