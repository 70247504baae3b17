/*
 * vg_lex.c - load knowledge/lexicon.tsv (see vg_lex.h and the file header).
 *
 * Two passes by design: every line is parsed and validated into a growing
 * array first, and only when the whole file is good are the phrases added to
 * the shared dictionary (the dictionary keeps pointers into the array, so
 * the array must not move after that point).  Any error names file and line.
 */
#include "vg_lex.h"
#include "vg_arr.h"
#include "vg_dict.h"
#include "vg_norm.h"
#include "vg_stem.h"
#include "vigil.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 7

struct vg_lex {
    vg_lex_entry *v;
    size_t n, cap;
    vg_dict *words;  /* the word kinds (vg_lex_words) */
    uint64_t *multi; /* first tokens of word phrases of two tokens or more (vg_lex_words_multi) */
    uint64_t *dlcue; /* first tokens of the dateline cues (vg_lex_dateline_cues) */
    vg_stems *stems; /* the rows matched on stems (vg_lex_stems) */
};

typedef struct kind_spec {
    const char *name;
    uint8_t kind;
    uint8_t min_args, max_args; /* after the phrase */
} kind_spec;

/* Word kinds go to lx->words rather than the shared dictionary. */
static int word_kind(int kind)
{
    return kind >= VG_LX_DET && kind < VG_LX__COUNT;
}

static const kind_spec kinds[] = {
    {"num", VG_LX_NUM, 1, 2},
    {"numjoin", VG_LX_NUMJOIN, 0, 0},
    {"range", VG_LX_RANGE, 0, 0},
    {"qual", VG_LX_QUAL, 1, 1},
    {"month", VG_LX_MONTH, 1, 2},
    {"wday", VG_LX_WDAY, 1, 1},
    {"reldate", VG_LX_RELDATE, 2, 3},
    {"ago", VG_LX_AGO, 1, 2},
    {"dunit", VG_LX_DUNIT, 1, 1},
    {"dmod", VG_LX_DMOD, 1, 1},
    {"dateline", VG_LX_DATELINE, 0, 0},
    {"trig", VG_LX_TRIG, 3, 4},
    {"subcue", VG_LX_SUBCUE, 2, 2},
    {"death", VG_LX_DEATH, 0, 0},
    {"injury", VG_LX_INJURY, 0, 0},
    {"arrestn", VG_LX_ARRESTN, 0, 0},
    {"victim", VG_LX_VICTIM, 1, 3},
    {"claim", VG_LX_CLAIM, 1, 1},
    {"source", VG_LX_SOURCE, 1, 1},
    {"hist", VG_LX_HIST, 0, 1},
    {"neg", VG_LX_NEG, 0, 0},
    {"abbr", VG_LX_ABBR, 0, 0},
    {"actor", VG_LX_ACTOR, 2, 2},
    {"nonnum", VG_LX_NONNUM, 0, 0},
    {"update", VG_LX_UPDATE, 0, 0},
    {"locprep", VG_LX_LOCPREP, 0, 0},
    {"nearprep", VG_LX_NEARPREP, 0, 0},
    {"elseprep", VG_LX_ELSEPREP, 0, 0},
    {"kill", VG_LX_KILL, 1, 1},
    {"mishap", VG_LX_MISHAP, 0, 0},
    {"block", VG_LX_BLOCK, 0, 0},
    {"irrealis", VG_LX_IRREALIS, 0, 0},
    {"another", VG_LX_ANOTHER, 0, 0},
    {"perfect", VG_LX_PERFECT, 0, 0},
    {"between", VG_LX_BETWEEN, 0, 0},
    {"subset", VG_LX_SUBSET, 0, 0},
    {"govt", VG_LX_GOVT, 0, 0},
    {"domain", VG_LX_DOMAIN, 1, 1},
    {"means", VG_LX_MEANS, 0, 0},
    {"power", VG_LX_POWER, 0, 0},
    {"deny", VG_LX_DENY, 0, 0},
    {"release", VG_LX_RELEASE, 0, 0},
    {"modal", VG_LX_MODAL, 0, 1},
    {"strike", VG_LX_STRIKE, 0, 0},
    {"stock", VG_LX_STOCK, 0, 0},
    {"judged", VG_LX_JUDGED, 0, 0},
    {"simile", VG_LX_SIMILE, 0, 0},
    {"habit", VG_LX_HABIT, 0, 0},
    {"det", VG_LX_DET, 0, 0},
    {"agent", VG_LX_AGENT, 0, 0},
    {"affilafter", VG_LX_AFFILAFTER, 0, 0},
    {"affilbefore", VG_LX_AFFILBEFORE, 0, 0},
    {"citeafter", VG_LX_CITEAFTER, 0, 0},
    {"citebefore", VG_LX_CITEBEFORE, 0, 0},
    {"since", VG_LX_SINCE, 0, 0},
    {"partyprep", VG_LX_PARTYPREP, 0, 0},
    {"passaux", VG_LX_PASSAUX, 0, 0},
    {"pronoun", VG_LX_PRONOUN, 0, 0},
    {"infmark", VG_LX_INFMARK, 0, 0},
    {"poss", VG_LX_POSS, 0, 0},
    {"padj", VG_LX_PADJ, 0, 0},
    {"not", VG_LX_NOT, 0, 0},
    {"settlement", VG_LX_SETTLEMENT, 0, 0},
    {"unitnoun", VG_LX_UNITNOUN, 0, 0},
    {"speech", VG_LX_SPEECH, 0, 0},
    {"selfref", VG_LX_SELFREF, 0, 0},
    {"objprep", VG_LX_OBJPREP, 0, 0},
    {"genprep", VG_LX_GENPREP, 0, 0},
    {"suffer", VG_LX_SUFFER, 0, 0},
    {"actaux", VG_LX_ACTAUX, 0, 0},
    {"frame", VG_LX_FRAME, 0, 0},
    {"cause", VG_LX_CAUSE, 0, 0},
    {"negator", VG_LX_NEGATOR, 0, 0},
    {"definite", VG_LX_DEFINITE, 0, 0},
    {"role", VG_LX_ROLE, 0, 0},
    {"captive", VG_LX_CAPTIVE, 0, 0},
    {"civplace", VG_LX_CIVPLACE, 0, 0},
    {"hazard", VG_LX_HAZARD, 0, 0},
    {"allege", VG_LX_ALLEGE, 0, 0},
    {"clausejoin", VG_LX_CLAUSEJOIN, 0, 0},
};
_Static_assert(VG_LX_DET <= 64, "vg_mark.kinds has a bit per kind of the phrase dictionary");
_Static_assert(VG_LX__COUNT - VG_LX_DET <= 31,
               "vg_ex_ctx.word_kinds caches a bit per word kind below bit 31");

static const char *const qual_names[VG_Q__COUNT] = {"exact", "at_least", "over",
                                                    "about", "up_to",    "nearly"};
static const char *const unit_names[] = {"", "day", "week", "month", "year"};
static const char *const claim_names[] = {"", "before", "after", "resp", "blame"};
static const char *const domain_names[VG_DOM__COUNT] = {
    "",      "sports",   "business", "culture", "weather", "accident",
    "legal", "rhetoric", "health",   "tech",    "drill",   "crime"};

static int find_name(const char *const *names, int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (names[i][0] && strcmp(names[i], s) == 0)
            return i;
    return -1;
}

static int perr(char *err, size_t errlen, const char *path, unsigned line, const char *fmt, ...)
{
    if (err && errlen) {
        char msg[256];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof(msg), fmt, ap);
        va_end(ap);
        snprintf(err, errlen, "%s:%u: %s", path, line, msg);
    }
    return VG_EKB;
}

static int parse_int(const char *s, long lo, long hi, int32_t *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = (int32_t)v;
    return 0;
}

static char *dupstr(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* Split line at tabs into f[]; returns the field count or -1 when too many. */
static int split_tabs(char *line, char **f)
{
    int n = 0;
    for (char *p = line;;) {
        if (n == MAX_FIELDS)
            return -1;
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = 0;
        p = t + 1;
    }
    return n;
}

static int parse_flags(const char *s, uint8_t *flags)
{
    char buf[64];
    snprintf(buf, sizeof(buf), "%s", s);
    char *save = NULL;
    for (char *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        if (strcmp(tok, "cap") == 0)
            *flags |= VG_LXF_CAP;
        else if (strcmp(tok, "mult") == 0)
            *flags |= VG_LXF_MULT;
        else if (strcmp(tok, "vague") == 0)
            *flags |= VG_LXF_VAGUE;
        else if (strcmp(tok, "approx") == 0)
            *flags |= VG_LXF_APPROX;
        else
            return -1;
    }
    return 0;
}

/* Fill e from the kind-specific arguments a[0..na).  Returns NULL or an
 * error message. */
static const char *parse_args(vg_lex_entry *e, char **a, int na, const char **label)
{
    int k;
    *label = "";
    switch (e->kind) {
    case VG_LX_NUM:
        if (parse_int(a[0], 0, 1000000000L, &e->val))
            return "bad number value";
        if (na > 1 && parse_flags(a[1], &e->flags))
            return "bad flags (cap, mult, vague, approx)";
        return NULL;
    case VG_LX_QUAL:
        if ((k = find_name(qual_names, VG_Q__COUNT, a[0])) <= 0)
            return "bad qualifier";
        e->val = k;
        return NULL;
    case VG_LX_MONTH:
        if (parse_int(a[0], 1, 12, &e->val))
            return "month must be 1..12";
        if (na > 1 && parse_flags(a[1], &e->flags))
            return "bad flags";
        return NULL;
    case VG_LX_WDAY:
        return parse_int(a[0], 1, 7, &e->val) ? "weekday must be 1 (Monday)..7" : NULL;
    case VG_LX_RELDATE:
        if ((k = find_name(unit_names, 5, a[0])) <= 0)
            return "bad unit (day, week, month, year)";
        e->val = k;
        if (na > 2 && strcmp(a[2], "told"))
            return "reldate flag must be told";
        if (na > 2)
            e->flags |= VG_LXF_TOLD; /* "la veille": the day before the date told */
        return parse_int(a[1], -1000, 1000, &e->val2) ? "bad offset" : NULL;
    case VG_LX_DUNIT:
        if ((k = find_name(unit_names, 5, a[0])) <= 0)
            return "bad unit (day, week, month, year)";
        e->val = k;
        return NULL;
    case VG_LX_AGO:
        if (strcmp(a[0], "before") && strcmp(a[0], "after"))
            return "ago position must be before or after";
        e->val = strcmp(a[0], "after") == 0;
        if (na > 1 && strcmp(a[1], "later") && strcmp(a[1], "earlier") && strcmp(a[1], "since"))
            return "ago direction must be later, earlier or since";
        if (na > 1) { /* "two days later": from the date told, forward or back; "three
                       * years after" a date: from it to the time of writing */
            e->flags |= VG_LXF_TOLD;
            e->val2 = strcmp(a[1], "later") == 0 ? 1 : strcmp(a[1], "earlier") == 0 ? -1 : 2;
        }
        return NULL;
    case VG_LX_DMOD:
        return parse_int(a[0], -1, 1, &e->val) ? "dmod offset must be -1, 0 or 1" : NULL;
    case VG_LX_TRIG:
    case VG_LX_SUBCUE:
        if ((e->type = (uint8_t)vg_event_type_from_name(a[0])) == VG_EV_NONE)
            return "unknown event type";
        *label = strcmp(a[1], "-") ? a[1] : "";
        if (strlen(*label) >= 32)
            return "subtype too long";
        if (e->kind == VG_LX_TRIG && parse_int(a[2], 1, 9, &e->val))
            return "weight must be 1..9";
        if (e->kind == VG_LX_TRIG && na > 3) {
            if (strcmp(a[3], "person") && strcmp(a[3], "step"))
                return "trigger flag must be person or step";
            e->flags |= strcmp(a[3], "person") ? VG_LXF_STEP : VG_LXF_PERSON;
        }
        return NULL;
    case VG_LX_KILL:
        return parse_int(a[0], 1, 9, &e->val) ? "weight must be 1..9" : NULL;
    case VG_LX_VICTIM:
        if ((k = vg_vclass_from_name(a[0])) <= 0)
            return "bad class (person, civilian, military, militant, official)";
        e->val = k;
        if (na > 1 && strcmp(a[na - 1], "broad") == 0) {
            e->flags |= VG_LXF_BROAD;
            na--;
        }
        if (na > 1 && strcmp(a[1], "pl") == 0)
            e->val2 = VG_VN_PLURAL;
        else if (na > 1 && strcmp(a[1], "sg") == 0)
            e->val2 = VG_VN_SINGULAR;
        else if (na > 1 && parse_int(a[1], 1, 100, &e->val2))
            return "number must be sg, pl or a count 1..100";
        return NULL;
    case VG_LX_CLAIM:
        if ((k = find_name(claim_names, 5, a[0])) <= 0)
            return "bad claim position (before, after, resp)";
        e->val = k;
        return NULL;
    case VG_LX_DOMAIN:
        if ((k = find_name(domain_names, VG_DOM__COUNT, a[0])) <= 0)
            return "bad domain (sports, business, culture, weather, accident, legal, rhetoric, "
                   "health, tech, drill)";
        e->val = k;
        return NULL;
    case VG_LX_HIST:
        if (na > 0 && strcmp(a[0], "always"))
            return "hist takes no argument or always";
        e->val = na > 0;
        return NULL;
    case VG_LX_MODAL:
        if (na > 0 && strcmp(a[0], "future"))
            return "modal takes no argument or future";
        e->val = na > 0;
        return NULL;
    case VG_LX_SOURCE:
        *label = a[0];
        return strlen(a[0]) >= 64 ? "label too long" : NULL;
    case VG_LX_ACTOR:
        *label = a[0];
        if (strlen(a[0]) >= 64)
            return "label too long";
        if ((k = vg_vclass_from_name(a[1])) <= 0)
            return "bad class";
        e->val = k;
        return NULL;
    default:
        return NULL;
    }
}

static int push_entry(vg_lex *lx, const vg_lex_entry *e)
{
    if (vg_arr_room(&lx->v, lx->n, &lx->cap, sizeof(*lx->v), 256) < 0)
        return VG_ENOMEM;
    lx->v[lx->n++] = *e;
    return 0;
}

static void trim_eol(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = 0;
}

static int parse_line(vg_lex *lx, char *line, const char *path, unsigned ln, char *err,
                      size_t errlen)
{
    char *f[MAX_FIELDS];
    int nf = split_tabs(line, f);
    if (nf < 0)
        return perr(err, errlen, path, ln, "too many fields");
    const kind_spec *ks = NULL;
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (strcmp(kinds[i].name, f[0]) == 0)
            ks = &kinds[i];
    if (!ks)
        return perr(err, errlen, path, ln, "unknown kind '%s'", f[0]);
    if (nf < 2 || !f[1][0])
        return perr(err, errlen, path, ln, "missing phrase");
    int na = nf - 2;
    for (int i = 1; i < nf; i++)
        if (!f[i][0])
            return perr(err, errlen, path, ln, "empty field %d", i + 1);
    vg_lex_entry e = {.kind = ks->kind, .label = ""};
    for (int i = 2; i < nf; i++) /* "lang=": a word of one language only */
        if (strncmp(f[i], "lang=", 5) == 0) {
            int lang = vg_stem_lang(f[i] + 5);
            if (lang < 0)
                return perr(err, errlen, path, ln, "lang must be en or fr");
            e.lang = (uint8_t)(1 + lang);
            memmove(f + i, f + i + 1, (size_t)(nf - 1 - i) * sizeof(*f));
            nf--;
            na--;
            break;
        }
    for (int i = 2; i < nf - 1; i++) /* "stem=" may come before a flag: move it last */
        if (strncmp(f[i], "stem=", 5) == 0) {
            char *st = f[i];
            memmove(f + i, f + i + 1, (size_t)(nf - 1 - i) * sizeof(*f));
            f[nf - 1] = st;
            break;
        }
    if (na > 0 && strncmp(f[nf - 1], "stem=", 5) == 0) {
        int lang = vg_stem_lang(f[nf - 1] + 5);
        if (lang < 0)
            return perr(err, errlen, path, ln, "stem language must be en or fr");
        if (word_kind(ks->kind))
            return perr(err, errlen, path, ln, "%s phrases are matched exactly", ks->name);
        e.stem = (uint8_t)(1 + lang);
        na--;
        nf--;
    }
    if (na < ks->min_args || na > ks->max_args)
        return perr(err, errlen, path, ln, "%s takes %d..%d arguments after the phrase, got %d",
                    ks->name, ks->min_args, ks->max_args, na);
    const char *label;
    const char *msg = parse_args(&e, f + 2, na, &label);
    if (msg)
        return perr(err, errlen, path, ln, "%s", msg);
    char *ph = dupstr(f[1]);
    char *lb = label[0] ? dupstr(label) : NULL;
    if (!ph || (label[0] && !lb)) {
        free(ph);
        free(lb);
        return VG_ENOMEM;
    }
    e.phrase = ph;
    e.label = lb ? lb : "";
    if (push_entry(lx, &e) < 0) {
        free(ph);
        free(lb);
        return VG_ENOMEM;
    }
    return 0;
}

static int read_file(vg_lex *lx, FILE *fp, const char *path, int depth, char *err, size_t errlen);

/* "include FILE": the rows of FILE, a file of the same format in the
 * directory of path (a generated list such as persons.tsv), read in place.
 * FILE is a plain name; an included file includes nothing. */
static int include_file(vg_lex *lx, const char *path, unsigned ln, const char *name, int depth,
                        char *err, size_t errlen)
{
    char sub[4096];
    const char *slash = strrchr(path, '/');
    int dir = slash ? (int)(slash - path) + 1 : 0;
    if (depth > 0)
        return perr(err, errlen, path, ln, "an included file includes nothing");
    if (!name[0] || strchr(name, '/') || name[0] == '.')
        return perr(err, errlen, path, ln, "include takes a file name of this directory");
    if ((size_t)snprintf(sub, sizeof(sub), "%.*s%s", dir, path, name) >= sizeof(sub))
        return perr(err, errlen, path, ln, "include path too long");
    FILE *fp = fopen(sub, "r");
    if (!fp)
        return perr(err, errlen, path, ln, "cannot open %s: %s", name, strerror(errno));
    int rc = read_file(lx, fp, sub, depth + 1, err, errlen);
    fclose(fp);
    return rc;
}

static int read_file(vg_lex *lx, FILE *fp, const char *path, int depth, char *err, size_t errlen)
{
    char line[1024];
    unsigned ln = 0;
    while (fgets(line, sizeof(line), fp)) {
        ln++;
        if (!strchr(line, '\n') && !feof(fp))
            return perr(err, errlen, path, ln, "line too long");
        trim_eol(line);
        if (line[0] == '#' || line[0] == 0)
            continue;
        int rc = strncmp(line, "include\t", 8) == 0
                     ? include_file(lx, path, ln, line + 8, depth, err, errlen)
                     : parse_line(lx, line, path, ln, err, errlen);
        if (rc < 0)
            return rc;
    }
    if (ferror(fp))
        return perr(err, errlen, path, ln, "read error");
    if (lx->n == 0)
        return perr(err, errlen, path, ln, "no entries");
    return 0;
}

/* A French stem row whose verb is an infinitive (-er, -ir, -re) also
 * matches its third person plural present exactly ("tuer" -> "tuent",
 * "abattre" -> "abattent"): Snowball leaves "-ent" on, as it is also the
 * ending of nouns and adverbs ("gouvernement"), so the headline present
 * ("des hommes armés tuent ...") would be missed. */
static int add_plural_present(vg_dict *dict, const vg_lex_entry *e)
{
    char ph[256];
    const char *p = e->phrase, *sp = strchr(p, ' ');
    size_t n = sp ? (size_t)(sp - p) : strlen(p);
    if (e->stem != 1 + VG_STEM_FR || n < 4 || n + strlen(p) + 2 >= sizeof(ph) ||
        !(memcmp(p + n - 2, "er", 2) == 0 || memcmp(p + n - 2, "ir", 2) == 0 ||
          memcmp(p + n - 2, "re", 2) == 0))
        return 0;
    snprintf(ph, sizeof(ph), "%.*sent%s", (int)(n - 2), p, sp ? sp : "");
    return vg_dict_add(dict, ph, strlen(ph), VG_TAG_LEX, e);
}

/* Note the first two tokens of a word phrase of two tokens or more in
 * lx->multi (vg_lex_pair_hash). */
static void note_multi(vg_lex *lx, const char *phrase)
{
    size_t len = strlen(phrase), pos = 0, ts, te, t2, e2;
    char f[VG_DICT_KEY_MAX];
    if (!vg_tok_next(phrase, len, &pos, &ts, &te) || !vg_tok_next(phrase, len, &pos, &t2, &e2))
        return;
    uint64_t h1 = vg_dict_tok_hash(f, vg_fold_token(phrase + ts, te - ts, f, sizeof(f)));
    uint64_t h2 = vg_dict_tok_hash(f, vg_fold_token(phrase + t2, e2 - t2, f, sizeof(f)));
    uint64_t h = vg_lex_pair_hash(h1, h2);
    lx->multi[(h >> 48) / 64] |= 1ull << ((h >> 48) % 64);
}

/* Note the first token of an exact dateline cue in lx->dlcue. */
static void note_dateline(vg_lex *lx, const char *phrase)
{
    size_t pos = 0, ts, te;
    char f[VG_DICT_KEY_MAX];
    if (!vg_tok_next(phrase, strlen(phrase), &pos, &ts, &te))
        return;
    uint64_t h = vg_dict_tok_hash(f, vg_fold_token(phrase + ts, te - ts, f, sizeof(f)));
    lx->dlcue[(h >> 48) / 64] |= 1ull << ((h >> 48) % 64);
}

static int add_to_dict(vg_lex *lx, vg_dict *dict, const char *path, char *err, size_t errlen)
{
    for (size_t i = 0; i < lx->n; i++) {
        const vg_lex_entry *e = &lx->v[i];
        if (e->stem) {
            char bad[64] = "";
            int rc = vg_stems_add(lx->stems, e->stem - 1, e->phrase, strlen(e->phrase), VG_TAG_LEX,
                                  e, bad, sizeof(bad));
            if (rc == VG_EINVAL && bad[0])
                return perr(err, errlen, path, 0,
                            "phrase '%s': stem '%s' is too short or not letters: list its forms "
                            "without stem=",
                            e->phrase, bad);
            if (rc == VG_EINVAL)
                return perr(err, errlen, path, 0, "phrase '%s' is empty or too long", e->phrase);
            if (rc < 0 || (rc = add_plural_present(dict, e)) < 0)
                return rc;
            continue;
        }
        vg_dict *d = word_kind(e->kind) ? lx->words : dict;
        if (word_kind(e->kind))
            note_multi(lx, e->phrase);
        if (e->kind == VG_LX_DATELINE)
            note_dateline(lx, e->phrase);
        int rc = vg_dict_add(d, e->phrase, strlen(e->phrase), VG_TAG_LEX, e);
        if (rc == VG_EINVAL)
            return perr(err, errlen, path, 0, "phrase '%s' is empty or too long", e->phrase);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int vg_lex_load(const char *path, vg_dict *dict, vg_lex **out, char *err, size_t errlen)
{
    int rc = VG_ENOMEM;
    FILE *fp = NULL;
    vg_lex *lx = calloc(1, sizeof(*lx));
    *out = NULL;
    if (!lx || !(lx->words = vg_dict_new()) || !(lx->stems = vg_stems_new()) ||
        !(lx->multi = calloc(VG_DICT_FILTER_BITS / 64, sizeof(uint64_t))) ||
        !(lx->dlcue = calloc(VG_DICT_FILTER_BITS / 64, sizeof(uint64_t))))
        goto fail;
    if (!(fp = fopen(path, "r"))) {
        rc = VG_EIO;
        if (err && errlen)
            snprintf(err, errlen, "%s:0: cannot open: %s", path, strerror(errno));
        goto fail;
    }
    if ((rc = read_file(lx, fp, path, 0, err, errlen)) < 0)
        goto fail;
    if ((rc = add_to_dict(lx, dict, path, err, errlen)) < 0)
        goto fail;
    fclose(fp);
    *out = lx;
    return 0;
fail:
    if (fp)
        fclose(fp);
    vg_lex_free(lx);
    return rc;
}

void vg_lex_free(vg_lex *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < lx->n; i++) {
        free((char *)lx->v[i].phrase);
        if (lx->v[i].label[0])
            free((char *)lx->v[i].label);
    }
    free(lx->v);
    vg_dict_free(lx->words);
    free(lx->multi);
    free(lx->dlcue);
    vg_stems_free(lx->stems);
    free(lx);
}

size_t vg_lex_count(const vg_lex *lx)
{
    return lx ? lx->n : 0;
}

const vg_dict *vg_lex_words(const vg_lex *lx)
{
    return lx ? lx->words : NULL;
}

const uint64_t *vg_lex_words_multi(const vg_lex *lx)
{
    return lx ? lx->multi : NULL;
}

const uint64_t *vg_lex_dateline_cues(const vg_lex *lx)
{
    return lx ? lx->dlcue : NULL;
}

const vg_stems *vg_lex_stems(const vg_lex *lx)
{
    return lx && vg_stems_count(lx->stems) ? lx->stems : NULL;
}
