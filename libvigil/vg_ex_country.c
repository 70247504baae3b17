/*
 * vg_ex_country.c - extraction stage: datelines and the article's country.
 *
 * Most reports say where they are ("in Mali"); many do not.  Conflict
 * coders name a village with its district and region ("Bangataka (Djibo,
 * Soum)"), wire reports a city in the dateline ("MAIDUGURI, Nigeria
 * (Reuters) -"), others only the forces involved ("VDP", "soldats
 * maliens").  Each of these is a cue for a country, weighed by how much it
 * says: a country named where something happened ("in Mali") most, then
 * the country named, the dateline, its people (a demonym), a place whose
 * name is its own, an actor with a home country, and a place that merely
 * outranks its homonyms ("Gao") least.  The lead counts double and its
 * first place (named for itself, not as a party: "with France") more.  The
 * most weighed country is the article's, unless it is no more than the
 * next one, or unless it rests only on weak cues (actors, homonyms) that
 * another country's weak cues contest: no country is better than a wrong
 * one.  A dateline names where the report was filed, never where anything
 * happened, but that is in the same country far more often than not.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

#define MAX_COUNTRIES 64

/* A gap holding an opening bracket before an agency in capitals: "(AFP)",
 * "(Reuters)"; not a place in brackets ("Bangataka (Soum)"). */
int vg_ex_agency_gap(const vg_scan *sc, size_t k, size_t t1)
{
    size_t gl;
    const char *g = vg_scan_gap(sc, k, &gl);
    if (k + 1 >= t1 || !(sc->tok[k + 1].flags & (VG_TF_ALLCAP | VG_TF_CAP)) ||
        vg_scan_tag(sc, k + 1, VG_TAG_PLACE, NULL))
        return 0;
    return memchr(g, '(', gl) != NULL;
}

/* A dash between words: " - ", " – ", " — " (not the hyphen of "Obi-Wan"). */
static int dash_gap(const char *g, size_t gl)
{
    for (size_t i = 0; i < gl; i++) {
        if (g[i] == '-' && i + 1 < gl && g[i + 1] == ' ')
            return 1;
        if (i + 2 < gl && (unsigned char)g[i] == 0xE2 && (unsigned char)g[i + 1] == 0x80 &&
            ((unsigned char)g[i + 2] == 0x93 || (unsigned char)g[i + 2] == 0x94))
            return 1;
    }
    return 0;
}

/* Is the place at t the dateline of a report (where it was filed, not
 * where anything happened)?  Near the start of a sentence, followed by
 * names, numbers and dates only up to an agency in brackets ("OUAGADOUGOU
 * (AFP) -", "KANO, Nigeria (Reuters) -") or, after a first word in
 * capitals, a dash ("BAMAKO —", "NIAMEY, April 14 -"); anywhere, a place, a
 * date and an agency: "Ouagadougou, Aug 19, 2019 (AFP) -". */
int vg_ex_in_dateline(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    const vg_sent *s = &sc->sent[sc->tok[t].sent];
    size_t e;
    const vg_dateval *d = vg_scan_tag(sc, t, VG_TAG_PLACE, &e) ? vg_ex_date_at(x, e) : NULL;
    if (d && d->t1 > d->t0 && vg_ex_agency_gap(sc, d->t1 - 1, s->t1))
        return 1;
    if (t > s->t0 + 3)
        return 0;
    int caps = (sc->tok[s->t0].flags & VG_TF_ALLCAP) != 0;
    for (size_t k = t; k < s->t1 && k < t + 8; k++) {
        const vg_dateval *dk = vg_ex_date_at(x, k);
        size_t pe;
        if (dk && dk->t1 > k + 1)
            k = dk->t1 - 1; /* "April 14", "12 juin 2024" */
        else if (vg_scan_tag(sc, k, VG_TAG_PLACE, &pe) && pe > k + 1)
            k = pe - 1; /* "Democratic Republic of Congo" */
        size_t gl;
        const char *g = vg_scan_gap(sc, k, &gl);
        if (vg_ex_agency_gap(sc, k, s->t1) || (caps && dash_gap(g, gl)))
            return 1;
        if (!dk && !(sc->tok[k].flags & (VG_TF_CAP | VG_TF_ALLCAP | VG_TF_DIGIT)))
            return 0; /* a lower-case word: the sentence has begun */
    }
    return 0;
}

/* A country named as the other party of a relation: "agreements with
 * France", "avec la France", "against Mali". */
static int with_party(const vg_ex_ctx *x, size_t t)
{
    for (size_t back = 1; back <= 2 && back <= t; back++) {
        size_t k = t - back;
        if (x->sc.tok[k].sent != x->sc.tok[t].sent)
            return 0;
        if (vg_ex_is_word(x, k, VG_LX_PARTYPREP))
            return 1;
        if (!vg_ex_is_word(x, k, VG_LX_DET))
            return 0; /* only an article may stand between */
    }
    return 0;
}

/* A phrase that puts a place beside the one that follows ends right before
 * t, or before its article: "near Mali", "near the Mali border", "près
 * du Niger" (where something happened is near that country, often not in
 * it). */
static int near_before(const vg_ex_ctx *x, size_t t)
{
    for (size_t k = t; k-- > 0 && k + 4 >= t && x->sc.tok[k].sent == x->sc.tok[t].sent;) {
        size_t e;
        if (vg_ex_lex(x, k, VG_LX_NEARPREP, &e) &&
            (e == t || (e + 1 == t && vg_ex_is_word(x, e, VG_LX_DET))))
            return 1;
    }
    return 0;
}

/* The country at t is named for a landmark placed near something: "close
 * to Menaka in Mali", "near Menaka, Mali" (a neighbour's town, the
 * country after it). */
static int near_landmark(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    size_t k = t;
    if (k > 0 &&
        (vg_scan_is(sc, k - 1, "in") || vg_scan_is(sc, k - 1, "au") || vg_scan_is(sc, k - 1, "en")))
        k--;
    size_t n = 0;
    while (k > 0 && n < 4 && sc->tok[k - 1].sent == sc->tok[t].sent &&
           (sc->tok[k - 1].flags & (VG_TF_CAP | VG_TF_ALLCAP)))
        k--, n++;
    return n > 0 && near_before(x, k);
}

static int country_named(const vg_ex_ctx *x, const char *iso)
{
    for (size_t i = 0; i < x->n_named_cc; i++)
        if (strcmp(x->named_cc[i], iso) == 0)
            return 1;
    return 0;
}

static void note_named_country(vg_ex_ctx *x, const char *iso)
{
    if (!iso[0] || country_named(x, iso))
        return;
    if (x->n_named_cc == sizeof(x->named_cc) / sizeof(x->named_cc[0]))
        x->place_caps++;
    else
        vg_ex_copy_str(x->named_cc[x->n_named_cc++], sizeof(x->named_cc[0]), iso);
}

typedef struct tally {
    const vg_place *c[MAX_COUNTRIES];
    int w[MAX_COUNTRIES];
    uint8_t strong[MAX_COUNTRIES]; /* a cue that names the country by itself */
    int n;
} tally;

static void add(vg_ex_ctx *x, tally *v, const vg_place *c, int w, int strong)
{
    int k = 0;
    while (k < v->n && v->c[k] != c)
        k++;
    if (k == v->n) {
        if (v->n == MAX_COUNTRIES) {
            x->place_caps++; /* more countries than any article names: the rest are noise */
            return;
        }
        v->c[v->n] = c;
        v->w[v->n] = 0;
        v->strong[v->n++] = 0;
    }
    v->w[k] += w;
    v->strong[k] |= (uint8_t)strong;
}

/* The country an actor mark names by itself: every actor hit of the phrase
 * has that home country ("CNSP" is Mali's and Niger's junta: none), and
 * foreign forces act abroad; organisations and media (which report from
 * anywhere) name no country, and an armed homonym's country stands.  *strong
 * is set for a state's own forces or government ("Burkinabe troops",
 * "Mali's junta" hide the demonym). */
static const char *actor_country(const vg_ex_ctx *x, const vg_mark *m, int *strong)
{
    const char *cc = NULL;
    *strong = 0;
    if (!(m->tags & (1u << VG_TAG_ACTOR)))
        return NULL;
    int armed = vg_ex_armed_phrase(x, m); /* "RSF fighters": not the press freedom body */
    for (uint32_t h = 0; h < m->nhits; h++) {
        if (m->hits[h].tag != VG_TAG_ACTOR)
            continue;
        const vg_actor_def *a = m->hits[h].val;
        if (armed && !vg_ex_armed_kind(a))
            continue;
        if (a->kind && (strcmp(a->kind, "organisation") == 0 || strcmp(a->kind, "media") == 0))
            continue; /* "RSF" the press group beside the Rapid Support Forces: the armed
                       * reading gives the country; the group alone gives none */
        if (!a->country[0] || !a->kind || strcmp(a->kind, "foreign_forces") == 0)
            return NULL;
        if (cc && strcmp(cc, a->country) != 0)
            return NULL;
        cc = a->country;
        if (strcmp(a->kind, "government") == 0)
            *strong = 2; /* the state itself */
        else if (strcmp(a->kind, "state_forces") == 0 && !*strong)
            *strong = 1;
    }
    return cc;
}

/* The dateline's country: the country it names ("KANO, Nigeria (Reuters)
 * -"), else its city's.  Only the first dateline of the text counts. */
static void find_dateline(vg_ex_ctx *x)
{
    const vg_scan *sc = &x->sc;
    x->dateline_country = NULL;
    x->dateline_place = NULL;
    for (size_t m = 0; m < sc->nmark && sc->tok[sc->mark[m].t0].sent < 3; m++) {
        size_t t = sc->mark[m].t0;
        const vg_place *p = vg_scan_tag(sc, t, VG_TAG_PLACE, NULL);
        if (!p || !vg_ex_in_dateline(x, t))
            continue;
        const char *cc = p->level == VG_PLACE_COUNTRY
                             ? p->country
                             : vg_gaz_dominant_country(sc->mark[m].hits, sc->mark[m].nhits);
        const vg_place *c = cc && x->kb->gaz ? vg_gaz_country(x->kb->gaz, cc) : NULL;
        if (!c)
            continue;
        if (!x->dateline_country || p->level == VG_PLACE_COUNTRY)
            x->dateline_country = c;
        if (!x->dateline_place && p->level != VG_PLACE_COUNTRY)
            x->dateline_place = vg_gaz_best(sc->mark[m].hits, sc->mark[m].nhits, cc);
        if (p->level == VG_PLACE_COUNTRY)
            break;
    }
}

/* Is there a cue for an African country that is not a bare place name?
 * Without one, a place must be named nowhere else in the world (and named
 * as a place) to stand for itself: "Victoria", "Richmond" or "Ariana" in a
 * page about elsewhere are not the African towns. */
static int african_cue(const vg_ex_ctx *x)
{
    const vg_scan *sc = &x->sc;
    if (x->dateline_country && x->dateline_country->african)
        return 1;
    for (size_t m = 0; m < sc->nmark; m++) {
        size_t t = sc->mark[m].t0;
        const vg_place *p = x->place_tok[t];
        int strong;
        if (p && p->level == VG_PLACE_COUNTRY && p->african)
            return 1;
        if (p && p->african && (x->dem_tok[t] & (VG_EX_PF_AGREE | VG_EX_PF_UNIT)) &&
            vg_ex_place_conf(x, t) >= vg_ex_unit_conf(p))
            return 1; /* "Borno State", "Hombori (Douentza, Mopti)", "X (Koulikoro)" */
        const char *cc = p ? NULL : actor_country(x, &sc->mark[m], &strong);
        const vg_place *c = cc && x->kb->gaz ? vg_gaz_country(x->kb->gaz, cc) : NULL;
        if (c && c->african)
            return 1;
    }
    return 0;
}

/* The one home country of every actor of the text that names one, or
 * NULL (none, or two). */
static const char *actors_country(const vg_ex_ctx *x)
{
    const char *cc = NULL;
    for (size_t m = 0; m < x->sc.nmark; m++) {
        int strong;
        const char *c = actor_country(x, &x->sc.mark[m], &strong);
        if (c && cc && strcmp(c, cc) != 0)
            return NULL;
        cc = c ? c : cc;
    }
    return cc;
}

/* The town at t, given in brackets as a unit ("X (Bani department)"), is
 * of another country than the one the text's actors all come from: a
 * unit of theirs the gazetteer lacks, no cue for its namesake abroad.
 * The actors' country, or NULL. */
const vg_place *vg_ex_unit_abroad(const vg_ex_ctx *x, const vg_place *p, size_t t)
{
    const char *ac;
    if (p->level != VG_PLACE_TOWN || !x->kb->gaz || !vg_ex_unit_town(x, t))
        return NULL; /* (the cheap tests first: cue_at asks of every place) */
    size_t n = vg_ex_unit_noun_before(x, t); /* "(département de Bani)" */
    if (!(vg_ex_bracket_open(x, t, 3) || (n && vg_ex_bracket_open(x, n, 0))) ||
        !(ac = actors_country(x)) || strcmp(ac, p->country) == 0)
        return NULL;
    return vg_gaz_country(x->kb->gaz, ac);
}

/* The cue weight of the place or actor at mark m, 0 for none; *c its
 * country, *strong whether it names it by itself. */
static int cue_at(vg_ex_ctx *x, size_t m, const vg_place **c, int *strong, int *is_place)
{
    const vg_scan *sc = &x->sc;
    size_t t = sc->mark[m].t0;
    const vg_place *p = x->place_tok[t];
    *c = NULL;
    *strong = 0;
    *is_place = p != NULL;
    if (p && vg_ex_in_dateline(x, t))
        return 0; /* counted once, as the dateline */
    if (p && vg_ex_unit_abroad(x, p, t))
        return 0;
    if (p && p->level == VG_PLACE_COUNTRY) {
        int named = vg_scan_tag(sc, t, VG_TAG_PLACE, NULL) != NULL;
        *c = p;
        *strong = 1;
        note_named_country(x, p->country);
        /* "Malian" 2, "Mali" or "Mali's" 3, "in Mali" 5; "with Mali", "the
         * border with Niger", "close to Niger", "near Menaka in Mali": a
         * party or a neighbour, 1 */
        if (with_party(x, t) || near_landmark(x, t) || (named && near_before(x, t)))
            return 1; /* "close to Niger", "near the border with Mali": a neighbour */
        return !named ? 2 : (x->dem_tok[t] & VG_EX_PF_DEM) ? 3 : 5;
    }
    const char *cc = NULL;
    if (p) {
        int conf = vg_ex_place_conf(x, t);
        if (conf == 0 || (!x->african_cue && !vg_ex_lone_place(x, t)))
            return 0;
        cc = p->country;
        *strong = conf >= 2;
    } else {
        cc = actor_country(x, &sc->mark[m], strong);
        if (cc && *strong)
            note_named_country(x, cc);
    }
    *c = cc && x->kb->gaz ? vg_gaz_country(x->kb->gaz, cc) : NULL;
    /* a state's forces weigh as its demonym, its government as "Mali's" (the
     * state that acts, above the demonym of what it acts on: "the Beninese
     * government suspended a French radio station") */
    int w = 1 + (!p && *strong) + (!p && *strong == 2);
    *strong = *strong != 0;
    return *c ? w : 0;
}

int vg_ex_article_country(vg_ex_ctx *x)
{
    const vg_scan *sc = &x->sc;
    tally v = {.n = 0};
    int placed = 0; /* first-place bonus given */
    x->art_country = NULL;
    x->country_contested = 0;
    x->n_named_cc = 0;
    vg_ex_find_places(x);
    find_dateline(x);
    x->african_cue = african_cue(x);
    if (x->dateline_country)
        add(x, &v, x->dateline_country, 3, 1);
    for (size_t m = 0; m < sc->nmark; m++) {
        size_t t = sc->mark[m].t0;
        const vg_place *c;
        int strong, is_place;
        int w = cue_at(x, m, &c, &strong, &is_place);
        if (!w)
            continue;
        if (sc->sent[sc->tok[t].sent].para == 0)
            w *= 2; /* the lead */
        if (is_place && strong &&
            !(x->dem_tok[t] & VG_EX_PF_DEM && !vg_scan_tag(sc, t, VG_TAG_PLACE, NULL)) &&
            !with_party(x, t) && !near_before(x, t) && !placed++)
            w += 4; /* the first place named for itself (not "Malian"; "with France": a party) */
        add(x, &v, c, w, strong);
    }
    int best = -1, second = -1;
    for (int k = 0; k < v.n; k++) {
        if (best < 0 || v.w[k] > v.w[best]) {
            second = best;
            best = k;
        } else if (second < 0 || v.w[k] > v.w[second]) {
            second = k;
        }
    }
    if (best < 0)
        return 0;
    if (second >= 0 && (v.w[second] == v.w[best] || (!v.strong[best] && v.w[second] > 0))) {
        x->country_contested = 1;
        return 0; /* contested: no country rather than a wrong one */
    }
    x->art_country = v.c[best];
    return 0;
}

/* An event's country: its place's; else the article's; else, unless the
 * article's cues contest each other, the country its sentence names or
 * whose people it names. */
const char *vg_ex_event_country(const vg_ex_ctx *x, const vg_ex_sent *si, const vg_place *p)
{
    if (p)
        return p->country;
    if (x->art_country)
        return x->art_country->country;
    if (x->country_contested)
        return "";
    const vg_place *cp = si->named_country ? si->named_country : si->demonym;
    return cp ? cp->country : "";
}
