/*
 * vg_ex_figures.c - extraction stage: casualty and arrest figures.
 *
 * A figure is attached to the cue it counts ("killed", "arrested"), never
 * just "a number in the sentence": the cue must follow within WIN_BEFORE
 * tokens or precede within WIN_AFTER, with no injury cue between.  Years,
 * units, percentages, articles ("un groupe") and parts of another count
 * ("dont quatre enfants") are not figures.  When a sentence gives competing
 * figures the lowest precise one is kept (ACLED codes the conservative
 * figure).  Which of a sentence's figures is its toll (joined counts, both
 * sides, two sources) is vg_ex_toll.c's; dates are vg_ex_dates.c's.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

#define WIN_BEFORE 10 /* tokens between a count and its cue (count first) */
#define WIN_AFTER 4   /* tokens between a cue and its count (cue first) */

static int is_date_or_unit(const vg_ex_ctx *x, const vg_num *n, size_t tend)
{
    size_t e;
    if (n->t1 < tend &&
        (vg_ex_lex(x, n->t1, VG_LX_NONNUM, &e) || vg_ex_lex(x, n->t1, VG_LX_DUNIT, &e) ||
         vg_ex_lex(x, n->t1, VG_LX_MONTH, &e)))
        return 1;
    if (n->t0 > 0 && vg_ex_lex(x, n->t0 - 1, VG_LX_MONTH, NULL))
        return 1;
    if (n->min >= 1900 && n->min <= 2100 && !n->words && n->max == n->min)
        return 1; /* a year */
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, n->t1 - 1, &gl);
    if (gl && (g[0] == '%' || g[0] == ':' || g[0] == '/'))
        return 1;
    if (n->t0 > 0) {
        g = vg_scan_gap(&x->sc, n->t0 - 1, &gl);
        if (gl && (g[gl - 1] == '$' || g[gl - 1] == ':' || g[gl - 1] == '/' || g[gl - 1] == '#'))
            return 1;
    }
    return 0;
}

/* A word for one that is an article, not a count: "un groupe", "a été"
 * (folded "à"/"a"), "one of" - unless a person noun follows ("a soldier"). */
static int np_joined(const vg_ex_ctx *x, size_t k);

/* The person noun of row v ending at e qualifies a thing that follows it
 * ("a civilian vehicle", "a military convoy", lexicon kind nonnum) or an
 * event ("a jihadist attack"): the phrase names no person. */
static int qualifies_thing(const vg_ex_ctx *x, const vg_lex_entry *v, size_t e)
{
    return v && e < x->sc.ntok && np_joined(x, e) && !(x->sc.tok[e].flags & VG_TF_CAP) &&
           (vg_ex_lex(x, e, VG_LX_NONNUM, NULL) || vg_ex_lex(x, e, VG_LX_TRIG, NULL));
}

static int article_one(const vg_ex_ctx *x, const vg_num *n)
{
    size_t e = 0; /* set with v (vg_ex_lex): said for link-time optimisation */
    const vg_lex_entry *v = vg_ex_lex(x, n->t1, VG_LX_VICTIM, &e);
    return n->words && n->min == 1 && n->max == 1 && (!v || qualifies_thing(x, v, e));
}

#define MAX_UNITS 4 /* people named one by one in a phrase: "X, Y and Z" at most */
#define MAX_MODS 2  /* adjectives between a determiner and its person noun ("elderly") */

/* The grammatical number of the person noun of row v at token t: its row's,
 * else what its ending says (English and French plurals end in s or x). */
static int noun_plural(const vg_ex_ctx *x, const vg_lex_entry *v, size_t end)
{
    if (v->val2 != VG_VN_INFER)
        return v->val2 == VG_VN_PLURAL;
    const vg_dict_tok *f = &x->sc.ftok[end - 1];
    const char *w = x->sc.fold + f->off;
    return f->len > 2 && (w[f->len - 1] == 's' || w[f->len - 1] == 'x') && w[f->len - 2] != 's';
}

/* Token k continues the noun phrase before it: one space, or an elided
 * article's apostrophe ("l'opposant"). */
static int np_joined(const vg_ex_ctx *x, size_t k)
{
    if (vg_ex_tok_joined(x, k))
        return 1;
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, k - 1, &gl);
    return x->sc.tok[k - 1].sent == x->sc.tok[k].sent &&
           ((gl == 1 && g[0] == '\'') || (gl == 3 && memcmp(g, "\xe2\x80\x99", 3) == 0));
}

/* Token t ends in s or x: a plural noun or adjective in English and French. */
static int ends_plural(const vg_ex_ctx *x, size_t t)
{
    const vg_dict_tok *f = &x->sc.ftok[t];
    const char *w = x->sc.fold + f->off;
    return f->len > 2 && (w[f->len - 1] == 's' || w[f->len - 1] == 'x');
}

/* A word that may qualify a person noun after its article: lower case, no
 * digit, three letters or more, and starting no phrase of the lexicon but a
 * generic actor ("a gold miner", "a local councillor", "a retired army
 * officer"); a function word ("of", "and") or a cue ends the phrase. */
static int plain_modifier(const vg_ex_ctx *x, size_t k)
{
    const vg_tok *tk = &x->sc.tok[k];
    if ((tk->flags & (VG_TF_CAP | VG_TF_DIGIT | VG_TF_DIGPFX | VG_TF_ALLCAP)) ||
        x->sc.ftok[k].len < 3 || vg_ex_is_word(x, k, VG_LX_DET) ||
        vg_ex_is_word(x, k, VG_LX_POSS) || vg_ex_is_word(x, k, VG_LX_NOT))
        return 0;
    if (tk->mark < 0)
        return 1;
    const vg_mark *m = &x->sc.mark[tk->mark];
    return m->t1 == k + 1 && m->kinds == (1ull << VG_LX_ACTOR) && !(m->tags & ~(1u << VG_TAG_LEX));
}

/* Token k is a cue no name holds: a death, arrest or killing word, a
 * trigger or a place preposition - a Title Case headline's "Killed", "In"
 * ("7 Soldiers Killed In Djibo Attack"). */
static int cue_word(const vg_ex_ctx *x, size_t k)
{
    return vg_ex_lex(x, k, VG_LX_DEATH, NULL) || vg_ex_lex(x, k, VG_LX_ARRESTN, NULL) ||
           vg_ex_lex(x, k, VG_LX_KILL, NULL) || vg_ex_lex(x, k, VG_LX_TRIG, NULL) ||
           vg_ex_lex(x, k, VG_LX_LOCPREP, NULL) || vg_ex_lex(x, k, VG_LX_INJURY, NULL);
}

/* Token k follows token k - 1 in a name: one space or a hyphen ("Tin-Akoff"). */
static int name_joined(const vg_ex_ctx *x, size_t k)
{
    if (vg_ex_tok_joined(x, k))
        return 1;
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, k - 1, &gl);
    return x->sc.tok[k - 1].sent == x->sc.tok[k].sent && gl == 1 && g[0] == '-';
}

/* What a person heads or comes from, right after the person noun: "of"/"de"
 * and a name, with at most one lower-case noun and "de" between ("the
 * village chief of Tin-Akoff", "le chef du village de Tin-Akoff", "the imam
 * of Kaya"): where it ends, or e when none follows. */
static size_t of_name(const vg_ex_ctx *x, size_t e, size_t tend)
{
    size_t k = e;
    for (int hop = 0; hop < 2; hop++) {
        if (k + 1 >= tend || !vg_ex_tok_joined(x, k) || !vg_ex_is_word(x, k, VG_LX_GENPREP) ||
            !vg_ex_tok_joined(x, k + 1))
            return e;
        k++;
        unsigned fl = x->sc.tok[k].flags;
        if (fl & VG_TF_CAP) {
            while (k + 1 < tend && name_joined(x, k + 1) && (x->sc.tok[k + 1].flags & VG_TF_CAP))
                k++;
            return k + 1;
        }
        if ((fl & (VG_TF_DIGIT | VG_TF_DIGPFX | VG_TF_ALLCAP)) || x->sc.ftok[k].len < 3 ||
            vg_ex_is_word(x, k, VG_LX_DET) || vg_ex_is_word(x, k, VG_LX_POSS) ||
            vg_ex_lex(x, k, VG_LX_NUMJOIN, NULL))
            return e;
        k++; /* "du village de" */
    }
    return e;
}

/* One group of a phrase naming people at token k: a number, an article or
 * a possessive, at most MAX_MODS adjectives of persons, then a person noun.  Returns how
 * many people it names (0: none, or a plural without a number) and sets
 * *end after it and *cls to its noun's class. */
static long people_unit(const vg_ex_ctx *x, size_t k, size_t tend, size_t *end, int *cls)
{
    long n = -1;
    const vg_num *num = vg_ex_num_at(x, k);
    if (num && !num->vague && num->max == num->min && num->t1 < tend) {
        n = num->min;
        k = num->t1;
        if (k + 2 < tend && vg_ex_is_word(x, k, VG_LX_GENPREP) &&
            vg_ex_is_word(x, k + 1, VG_LX_POSS))
            k += 2; /* "two of his sons", "deux de ses fils" */
    } else if (vg_ex_is_word(x, k, VG_LX_DET) || vg_ex_is_word(x, k, VG_LX_POSS)) {
        k++;
        if ((num = vg_ex_num_at(x, k)) && !num->vague && num->max == num->min && num->t1 < tend) {
            n = num->min; /* "her two children" */
            k = num->t1;
        }
    } else {
        return 0;
    }
    for (size_t j = 0; j <= MAX_MODS && k < tend; j++, k++) {
        size_t e = 0;
        if (!np_joined(x, k))
            return 0; /* one noun phrase: no punctuation inside */
        if (vg_ex_lex(x, k, VG_LX_NONNUM, NULL))
            return 0; /* "un véhicule civil": a thing, not a person */
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, &e);
        if (qualifies_thing(x, v, e))
            return 0; /* "a civilian vehicle", "a military convoy": a thing */
        if (v) {
            int pl = noun_plural(x, v, e);
            size_t ae;
            if ((vg_scan_tag(&x->sc, k, VG_TAG_ACTOR, &ae) && ae > e && ae <= tend) ||
                (e < tend && np_joined(x, e) && vg_scan_tag(&x->sc, e, VG_TAG_DEMONYM, &ae) &&
                 ae <= tend))
                e = ae;      /* "soldats maliens", "cinq militaires burkinabè" */
            if (v->val2 > 0) /* "a couple": two */
                n = (n > 1 ? n : 1) * v->val2;
            else if (n < 0 && pl)
                return 0; /* "the villagers": how many? */
            else if (n < 0)
                n = 1;
            while (e < tend && vg_ex_tok_joined(x, e) && (x->sc.tok[e].flags & VG_TF_CAP) &&
                   !vg_scan_mark_for(&x->sc, e, VG_LX_NUMJOIN, -1) && !cue_word(x, e))
                e++; /* the person's name: "le journaliste Ali Sanou" */
            e = of_name(x, e, tend);
            *end = e;
            *cls = v->val;
            return n;
        }
        size_t ne;
        const vg_actor_def *ad = vg_scan_tag(&x->sc, k, VG_TAG_ACTOR, &ne);
        if ((ad || vg_scan_tag(&x->sc, k, VG_TAG_DEMONYM, &ne)) && ne > k && ne <= tend) {
            if (ad && ne - k >= 2 && n > 1 && ends_plural(x, ne - 1) &&
                !(ne < tend && np_joined(x, ne) && vg_ex_lex(x, ne, VG_LX_VICTIM, NULL))) {
                *end = ne; /* an alias that holds its person noun: "5 Malian soldiers" */
                *cls = ad->vclass;
                return n;
            }
            k = ne - 1; /* whose: "5 FAMa soldiers", "3 JNIM fighters" */
            continue;
        }
        if (!vg_ex_is_word(x, k, VG_LX_PADJ) && !plain_modifier(x, k))
            return 0; /* "an elderly man", not "a jihadist insurgency" */
    }
    return 0;
}

/* A phrase naming people one by one, joined by "and"/"et" ("an elderly man
 * and his son"), at t: into *out as a count (the class of its first noun
 * into *cls).  1 when found. */
static int people_at(const vg_ex_ctx *x, size_t t, size_t tend, vg_num *out, int *cls)
{
    long total = 0;
    size_t k = t, end = t, e;
    int units = 0, c0 = 0;
    while (units < MAX_UNITS) {
        int c = 0;
        long n = people_unit(x, k, tend, &e, &c);
        if (n <= 0)
            break;
        total += n;
        end = e;
        if (!units++)
            c0 = c;
        if (e >= tend || !vg_ex_lex(x, e, VG_LX_NUMJOIN, &k) || k >= tend)
            break;
    }
    if (!units)
        return 0;
    *out = (vg_num){.min = total, .max = total, .qual = VG_Q_EXACT, .words = 1, .t0 = t, .t1 = end};
    *cls = c0;
    return 1;
}

/* A count starts at t (a number that is not an article). */
static int counts_at(const vg_ex_ctx *x, size_t t)
{
    const vg_num *n = vg_ex_num_at(x, t);
    return n && !article_one(x, n);
}

/* The count is the object of an abduction or arrest verb ending at most
 * two tokens before it ("abducted four herders and killed two others",
 * "detained 4 people after ... killed 9"): it counts the captured, not the
 * dead, whatever death cue follows.  A death cue nearer decides first
 * ("abducted and killed four"). */
static int captured_count(const vg_ex_ctx *x, const vg_num *n, size_t s0)
{
    /* "Four people were killed and three (others) abducted", "trois
     * enlevés": the verb right after the count, a participle of the
     * captured */
    for (size_t t = n->t1;
         t < n->t1 + 3 && t < x->sc.ntok && x->sc.tok[t].sent == x->sc.tok[n->t0].sent; t++) {
        size_t e;
        const vg_lex_entry *tr = vg_ex_lex(x, t, VG_LX_TRIG, &e);
        if (vg_ex_lex(x, t, VG_LX_DEATH, NULL) || vg_ex_lex(x, t, VG_LX_VICTIM, NULL) ||
            vg_ex_is_word(x, t, VG_LX_PASSAUX) ||
            (t > n->t1 && vg_ex_lex(x, t, VG_LX_PERFECT, NULL)))
            break; /* (a subject, then "had": "a man they had detained", what he had
                    * undergone before the act) */
        if (tr && (tr->type == VG_EV_ABDUCTION || tr->type == VG_EV_ARREST))
            return 1;
    }
    for (size_t t = n->t0; t-- > s0 && t + 5 > n->t0;) {
        size_t e;
        if (vg_ex_lex(x, t, VG_LX_DEATH, &e) && e + 2 >= n->t0)
            return 0;
        const vg_lex_entry *tr = vg_ex_lex(x, t, VG_LX_TRIG, &e);
        if (((tr && (tr->type == VG_EV_ABDUCTION || tr->type == VG_EV_ARREST)) ||
             vg_ex_lex(x, t, VG_LX_ARRESTN, &e)) &&
            e <= n->t0 && e + 2 >= n->t0)
            return 1;
    }
    return 0;
}

/* No comma, colon, semicolon or bracket between tokens a and b (a < b): one
 * clause. */
static int one_clause(const vg_ex_ctx *x, size_t a, size_t b)
{
    for (size_t k = a; k + 1 < b; k++) {
        size_t gl;
        const char *g = vg_scan_gap(&x->sc, k, &gl);
        for (size_t i = 0; i < gl; i++)
            if (g[i] == ',' || g[i] == ';' || g[i] == ':' || g[i] == '(' || g[i] == ')')
                return 0;
    }
    return 1;
}

/* A cue at t that may count one person named (tight): before the person's
 * phrase [a, b), in its clause; and not a noun that names the event itself
 * (after an article - French "a" is a verb -, or after a capitalised word
 * that is no known name: "the arrests come amid reports of a resurgent
 * jihadist", "the warden of the New York detention centre"). */
static int tight_cue(const vg_ex_ctx *x, size_t t, size_t a, size_t b)
{
    if (a > t + 1 && a <= t + 3 && vg_ex_is_word(x, a - 1, VG_LX_GENPREP) &&
        vg_ex_lex(x, t, VG_LX_DEATH, NULL))
        return 1; /* the death noun's own "of": "resulting in the deaths of a man", "la mort
                   * d'un enseignant" */
    if (t > 0 && ((vg_ex_is_word(x, t - 1, VG_LX_DET) && !vg_ex_is_word(x, t - 1, VG_LX_ACTAUX)) ||
                  ((x->sc.tok[t - 1].flags & VG_TF_CAP) && x->sc.tok[t - 1].mark < 0 &&
                   x->sc.tok[t - 1].sent == x->sc.tok[t].sent && t - 1 > a)))
        return 0;
    return t >= a || one_clause(x, t, b);
}

static int subset_before(const vg_ex_ctx *x, const vg_num *n, size_t s0);

/* The class of the people a bare death noun after a count belongs to, named
 * right after it in its clause ("2 morts dans ses rangs", "five dead among
 * the soldiers", "3 morts parmi les civils"): 0 when none. */
static int class_after(const vg_ex_ctx *x, size_t t, size_t s1)
{
    for (size_t k = t + 1; k < s1 && k <= t + 4; k++) {
        if (!one_clause(x, t, k + 1) || counts_at(x, k))
            return 0;
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, NULL);
        if (v && (v->val == VG_VC_MILITARY || v->val == VG_VC_CIVILIAN))
            return v->val;
    }
    return 0;
}

/* Find a count cue of kind near the number: after it (within WIN_BEFORE tokens, no
 * injury cue in between) or before it (within WIN_AFTER).  People named
 * without a number (tight) take a verb of their own clause only
 * (tight_cue): "after Assange's arrest in London, a lawyer said" counts no
 * one. */
static int count_cue(const vg_ex_ctx *x, const vg_num *n, size_t s0, size_t s1, int kind, int tight,
                     int *vclass)
{
    *vclass = 0;
    if (kind == VG_LX_DEATH && captured_count(x, n, s0))
        return 0;
    size_t lim = n->t1 + WIN_BEFORE;
    for (size_t t = n->t1; t < s1 && t < lim; t++) {
        size_t e;
        const vg_lex_entry *v = vg_ex_lex(x, t, VG_LX_VICTIM, &e);
        const vg_lex_entry *a = vg_ex_lex(x, t, VG_LX_ACTOR, &e);
        /* "killing seven, police said": asked only where a class may be taken */
        if ((v || a) && !*vclass && one_clause(x, n->t1 - 1, t + 1)) {
            if (v)
                *vclass = v->val;
            if (a && !*vclass)
                *vclass = a->val;
        }
        if (vg_ex_lex(x, t, VG_LX_INJURY, NULL) && t <= n->t1 + 1)
            return 0;
        if (kind == VG_LX_DEATH && t > n->t1 + 1 && vg_ex_lex(x, t, VG_LX_KILL, NULL) &&
            vg_ex_is_word(x, t - 1, VG_LX_DET) && !vg_ex_is_word(x, t - 1, VG_LX_ACTAUX))
            break; /* "Thirteen officers have been held over the killing": the act
                    * named, not what befell them ("among the dead" still counts) */
        if (vg_ex_lex(x, t, kind, NULL)) {
            if (!*vclass)
                *vclass = class_after(x, t, s1); /* "2 morts dans ses rangs" */
            return !tight || tight_cue(x, t, n->t0, n->t1);
        }
        if (t > n->t1 && vg_ex_lex(x, t, VG_LX_NUMJOIN, NULL) && t + 1 < s1 &&
            vg_ex_lex(x, t + 1, kind, NULL))
            return 0; /* "abducted a pharmacist and killed a carpenter": another verb's */
        const vg_num *j = NULL;
        if (tight && vg_ex_lex(x, t, VG_LX_NUMJOIN, NULL) &&
            ((j = vg_ex_num_at(x, t + 1)) || (j = vg_ex_num_at(x, t + 2)))) {
            lim = j->t1 + WIN_BEFORE; /* "une femme et ses deux enfants ont été tués" */
            t = j->t1 - 1;
            continue;
        }
        if (vg_ex_lex(x, t, VG_LX_INJURY, NULL))
            break; /* "killed eight soldiers and injured five": the cue may be before */
        if (t > n->t1 && counts_at(x, t) && !vg_ex_lex(x, t, VG_LX_VICTIM, NULL)) {
            const vg_num *o = vg_ex_num_at(x, t);
            if (o && subset_before(x, o, s0) && o->t1 > t) {
                t = o->t1 - 1; /* "Four people, including two soldiers, were killed" */
                continue;
            }
            break; /* another count starts */
        }
    }
    /* cue first: the cue phrase ends at most WIN_AFTER tokens before the
     * count ("killed 200 soldiers", "ont coûté la vie à cinq civils") */
    size_t lo = n->t0 > s0 + 2 * WIN_AFTER ? n->t0 - 2 * WIN_AFTER : s0;
    for (size_t t = n->t0; t-- > lo;) {
        size_t e;
        if (t + 1 < n->t0 && vg_ex_lex(x, t, VG_LX_NUMJOIN, NULL) &&
            !(t + 2 == n->t0 && vg_ex_is_word(x, t + 1, VG_LX_DET)) &&
            !vg_ex_lex(x, t + 1, VG_LX_NUMJOIN, NULL))
            return 0; /* "arrested four suspects and recovered three rifles": another
                       * verb's count */
        if ((vg_ex_lex(x, t, kind, &e) ||
             (kind == VG_LX_DEATH && vg_ex_lex(x, t, VG_LX_UPDATE, &e))) &&
            e + WIN_AFTER >= n->t0)
            return !tight || tight_cue(x, t, n->t0, n->t1);
        if (vg_ex_lex(x, t, VG_LX_INJURY, &e) && e + WIN_AFTER >= n->t0)
            return 0;
    }
    return 0;
}

static int subset_before(const vg_ex_ctx *x, const vg_num *n, size_t s0)
{
    for (size_t t = n->t0; t-- > s0 && t + 4 > n->t0;) {
        size_t e;
        if (vg_ex_lex(x, t, VG_LX_SUBSET, &e) && e == n->t0)
            return 1;
    }
    return 0;
}

/* A figure restated by an update cue right before it ("put the number at",
 * "rose to"): it counts what the sentence's previous figure counts. */
static int restated(const vg_ex_ctx *x, const vg_num *n, size_t s0)
{
    for (size_t t = n->t0; t-- > s0 && t + 6 > n->t0;) {
        size_t e;
        if (vg_ex_lex(x, t, VG_LX_UPDATE, &e) && e == n->t0)
            return 1;
    }
    return 0;
}

/* Is token t inside one of the sentence's figures? */
static int in_figure(const vg_ex_sent *si, size_t t)
{
    for (size_t i = 0; i < si->nfigs; i++)
        if (t >= si->figs[i].n.t0 && t < si->figs[i].n.t1)
            return 1;
    return 0;
}

/* People named without a number first ("the village chief and his deputy
 * were burned alive"): a phrase from an article or a possessive that a
 * death or arrest cue counts, in token order among the figures. */
static void named_people(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    for (size_t t = s->t0; t < s->t1 && si->nfigs < VG_EX_MAX_ITEMS; t++) {
        vg_num n;
        int pcls = 0, vc = 0;
        if (x->sc.ftok[t].len > 5 || in_figure(si, t) || vg_ex_num_at(x, t) ||
            !(vg_ex_is_word(x, t, VG_LX_DET) || vg_ex_is_word(x, t, VG_LX_POSS)) ||
            !people_at(x, t, s->t1, &n, &pcls))
            continue;
        vg_ex_fig f = {n, 0, 0};
        if (count_cue(x, &n, s->t0, s->t1, VG_LX_DEATH, 1, &vc))
            f.kind = 1;
        else if (count_cue(x, &n, s->t0, s->t1, VG_LX_ARRESTN, 1, &vc))
            f.kind = 2;
        if (!f.kind)
            continue;
        f.vclass = vc ? vc : pcls;
        size_t i = si->nfigs;
        while (i > 0 && si->figs[i - 1].n.t0 > t) {
            si->figs[i] = si->figs[i - 1];
            i--;
        }
        si->figs[i] = f;
        si->nfigs++;
        t = n.t1 - 1;
    }
}

/* People named without a number, joined by "and" to a figure that follows
 * ("the village chief and two of his sons", "the imam and three other
 * people"): they are counted with it. */
static void named_before(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    for (size_t i = 0; i < si->nfigs; i++) {
        vg_ex_fig *f = &si->figs[i];
        size_t t = f->n.t0;
        if (!f->kind || t < s->t0 + 3 || !vg_ex_lex(x, t - 1, VG_LX_NUMJOIN, NULL) ||
            (i > 0 && si->figs[i - 1].n.t1 >= t - 1))
            continue;
        for (size_t a = t - 3; a + 9 > t && a >= s->t0; a--) {
            vg_num pn;
            int cls = 0;
            if ((vg_ex_is_word(x, a, VG_LX_DET) || vg_ex_is_word(x, a, VG_LX_POSS)) &&
                !vg_ex_num_at(x, a) && people_at(x, a, t - 1, &pn, &cls) && pn.t1 == t - 1) {
                f->n.min += pn.min;
                f->n.max = f->n.max >= 0 ? f->n.max + pn.min : -1;
                f->n.t0 = a;
                break;
            }
            if (a == s->t0)
                break;
        }
    }
}

void vg_ex_find_figures(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    size_t i = vg_ex_first_num(x, s->t0);
    for (size_t t = s->t0; t < s->t1 && si->nfigs < VG_EX_MAX_ITEMS;) {
        while (i < x->nnums && x->nums[i].t0 < t)
            i++;
        if (i == x->nnums || x->nums[i].t0 >= s->t1)
            break; /* no number from t to the end of the sentence */
        t = x->nums[i].t0;
        vg_num n = x->nums[i];
        size_t next = n.t1 > t ? n.t1 : t + 1;
        const vg_dateval *dv = vg_ex_date_at(x, t);
        if (!n.words && dv && !dv->year_only && dv->t1 > n.t1 - (n.t1 > n.t0)) {
            t = dv->t1 > t ? dv->t1 : t + 1;
            continue;
        }
        if (subset_before(x, &n, s->t0)) {
            t = next; /* "cinq civils, dont quatre enfants": part of a count */
            continue;
        }
        vg_num pn;
        int pcls = 0;
        if ((si->death || si->arrestn) && people_at(x, t, s->t1, &pn, &pcls) &&
            (pn.t1 > n.t1 + 1 || article_one(x, &n)) && !is_date_or_unit(x, &pn, s->t1)) {
            n = pn; /* "a woman and her two children": three */
            next = pn.t1;
        } else if ((pcls = 0), article_one(x, &n)) {
            t = next;
            continue;
        }
        if (is_date_or_unit(x, &n, s->t1) || n.min <= 0) {
            t = next;
            continue;
        }
        int vc = 0;
        vg_ex_fig f = {n, 0, 0};
        if (si->nfigs && restated(x, &n, s->t0)) {
            f.kind = si->figs[si->nfigs - 1].kind; /* "... while a source put the number at 20" */
            f.vclass = si->figs[si->nfigs - 1].vclass;
            si->figs[si->nfigs++] = f;
            t = next;
            continue;
        }
        int one = n.words && n.min == 1 && n.max == 1; /* "a lawyer": named, not counted */
        if (count_cue(x, &n, s->t0, s->t1, VG_LX_DEATH, one, &vc))
            f.kind = 1;
        else if (count_cue(x, &n, s->t0, s->t1, VG_LX_ARRESTN, one, &vc))
            f.kind = 2;
        f.vclass = pcls ? pcls : vc; /* the counted noun's own class first: "une femme et
                                      * ses deux enfants ... par des assaillants" */
        if (f.kind)
            si->figs[si->nfigs++] = f;
        else if (n.min >= 10 || n.vague)
            si->count = 1; /* a head count of something else (displaced, refugees) */
        t = next;
    }
    named_before(x, s, si);
    int counted = 0; /* a figure that counts the dead or the arrested already */
    for (size_t f = 0; f < si->nfigs && !counted; f++)
        counted = si->figs[f].kind != 0;
    if ((si->death || si->arrestn) && !counted)
        named_people(x, s, si);
}

/* The end of a phrase at t that says who a figure counts - a person noun, a
 * generic or named actor, a death or arrest word, an object pronoun - or 0. */
static size_t counted_at(const vg_ex_ctx *x, size_t t)
{
    static const int kinds[] = {VG_LX_VICTIM, VG_LX_ACTOR, VG_LX_DEATH, VG_LX_ARRESTN};
    size_t e, best = 0;
    for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
        if (vg_ex_lex(x, t, kinds[k], &e) && e > best)
            best = e;
    if (vg_scan_tag(&x->sc, t, VG_TAG_ACTOR, &e) && e > best)
        best = e;
    if (!best && vg_ex_is_word(x, t, VG_LX_PRONOUN)) /* "detained him" */
        best = t + 1;
    if (!best && vg_ex_is_word(x, t, VG_LX_PASSAUX) && vg_ex_lex(x, t + 1, VG_LX_DEATH, &e))
        best = e; /* "were killed" */
    return best;
}

/* End (exclusive) of a figure's quoted text: the number, then what says who
 * it counts ("at least 12 soldiers", "five Malian soldiers", "20 morts",
 * "37 people were killed"), starting within the next two tokens and joined
 * to the number by single spaces - and nothing after it ("in", "dont",
 * "were" or the next sentence used to end the quote). */
static size_t figure_end(const vg_ex_ctx *x, const vg_num *n)
{
    size_t end = n->t1;
    for (size_t t = n->t1; t < n->t1 + 2 && t < x->sc.ntok && t > 0 && vg_ex_tok_joined(x, t);
         t++) {
        size_t e = counted_at(x, t), j = t + 1;
        if (!e || e > t + 3)
            continue;
        while (j < e && vg_ex_tok_joined(x, j))
            j++;
        if (j == e && e > end)
            end = e;
    }
    return end;
}

void vg_ex_set_figure(const vg_ex_ctx *x, vg_figure *f, const vg_num *n, const char *claim)
{
    f->present = 1;
    f->min = n->min;
    f->max = n->max;
    f->qualifier = n->qual >= 0 && n->qual < VG_Q__COUNT ? (vg_qual)n->qual : VG_Q_EXACT;
    vg_ex_copy_tokens(x, n->t0, figure_end(x, n), f->text, sizeof(f->text));
    vg_ex_copy_str(f->claimed_by, sizeof(f->claimed_by), claim);
}

/* The people sentence sent counts by one exact figure (a number and a
 * person noun: "Three herders were abducted", "quatre agriculteurs"): into
 * *out (and their class into *cls), 1 when there is exactly one such figure
 * (none or several: 0).  The captives of an abduction whose bodies are
 * found later (vg_ex_merge.c). */
int vg_ex_sentence_people(const vg_ex_ctx *x, size_t sent, vg_num *out, int *cls)
{
    if (sent >= x->sc.nsent)
        return 0;
    const vg_sent *s = &x->sc.sent[sent];
    int found = 0;
    for (size_t i = vg_ex_first_num(x, s->t0); i < x->nnums && x->nums[i].t0 < s->t1; i++) {
        const vg_num *n = &x->nums[i];
        size_t e = 0;
        int c = 0;
        if (n->vague || n->min != n->max || article_one(x, n))
            continue;
        long k = people_unit(x, n->t0, s->t1, &e, &c);
        if (k <= 0)
            continue;
        if (found++)
            return 0;
        *out = (vg_num){
            .min = k, .max = k, .qual = VG_Q_EXACT, .words = n->words, .t0 = n->t0, .t1 = e};
        *cls = c;
    }
    return found == 1;
}
