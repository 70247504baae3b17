/*
 * vg_ex_places.c - extraction stage: where.
 *
 * Places come from the gazetteer hits of the scan, kept only where the
 * context says they are places: proper nouns, not inside a longer unknown
 * name, not a capital standing for its government ("the Bamako
 * government"), a common word only after "in"/"near" in the article's
 * country.  A dateline ("BAMAKO —", "Ouagadougou, Aug 19, 2019 (AFP)") says
 * where a report was filed: a sentence takes no place from it.  The
 * article's country is the most named one (the lead counts double, "in
 * Mali" more than "Malian"); its place, the most named town or region of
 * that country.  An event takes the town or region nearest its trigger,
 * never a foreign homonym of a village or a foreign country named as a
 * party ("agreements with France").
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

_Static_assert(VG_PLACE_COUNTRY == (int)VG_LOC_COUNTRY && VG_PLACE_ADMIN1 == (int)VG_LOC_ADMIN1 &&
                   VG_PLACE_ADMIN2 == (int)VG_LOC_ADMIN2 && VG_PLACE_TOWN == (int)VG_LOC_TOWN,
               "a location's precision is its place's level");

static int after_locprep(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    /* the longest locative phrases are five tokens: "dans le nord est du"
     * (this window was three, so the four- and five-token ones never
     * matched: test_phrasings) */
    for (size_t k = t; k-- > 0 && k + 5 >= t;) {
        if (sc->tok[k].sent != sc->tok[t].sent)
            return 0;
        size_t e;
        if (vg_ex_lex(x, k, VG_LX_LOCPREP, &e) && e == t)
            return 1;
    }
    return 0;
}

/* 1 when the capitalised token before t (same sentence, not its first
 * token) is an unknown word: the match is then part of a longer name
 * ("Ibrahim Boubacar Keita"). */
static int inside_name(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    if (t == 0 || sc->tok[t - 1].sent != sc->tok[t].sent || sc->sent[sc->tok[t].sent].t0 == t - 1)
        return 0;
    const vg_tok *p = &sc->tok[t - 1];
    if (!(p->flags & VG_TF_CAP) || p->mark >= 0)
        return 0;
    size_t gl;
    const char *g = vg_scan_gap(sc, t - 1, &gl);
    return gl == 1 && g[0] == ' ';
}

static int in_article_country(const vg_ex_ctx *x, const vg_place *p)
{
    return x->art_country && strcmp(p->country, x->art_country->country) == 0;
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
    if (iso[0] && !country_named(x, iso) &&
        x->n_named_cc < sizeof(x->named_cc) / sizeof(x->named_cc[0]))
        vg_ex_copy_str(x->named_cc[x->n_named_cc++], sizeof(x->named_cc[0]), iso);
}

/* A town of a country the article never names, in an article about another
 * country, is most likely a village of that country the gazetteer lacks
 * that shares its name with one abroad ("le village de Sanaba, dans l'ouest
 * du Burkina Faso" is not the Sanaba of Côte d'Ivoire). */
static int foreign_homonym(const vg_ex_ctx *x, const vg_place *p)
{
    return p->level != VG_PLACE_COUNTRY && x->art_country && !in_article_country(x, p) &&
           !country_named(x, p->country);
}

/* 1 when token end starts an unknown capitalised word right after: the
 * match is the start of a longer name ("West Africa"). */
static int before_name(const vg_ex_ctx *x, size_t end)
{
    const vg_scan *sc = &x->sc;
    if (end >= sc->ntok || sc->tok[end].sent != sc->tok[end - 1].sent)
        return 0;
    size_t gl;
    const char *g = vg_scan_gap(sc, end - 1, &gl);
    return (sc->tok[end].flags & VG_TF_CAP) && sc->tok[end].mark < 0 && gl == 1 && g[0] == ' ';
}

/* "the Bamako government", "le gouvernement de Bamako": the capital names
 * the government, not where something happened. */
static int metonym(const vg_ex_ctx *x, size_t t, size_t end)
{
    const vg_scan *sc = &x->sc;
    if (end < sc->ntok && sc->tok[end].sent == sc->tok[t].sent &&
        vg_ex_lex(x, end, VG_LX_GOVT, NULL))
        return 1;
    for (size_t k = t; k-- > 0 && k + 3 >= t;) {
        size_t e;
        if (sc->tok[k].sent != sc->tok[t].sent)
            return 0;
        if (vg_ex_lex(x, k, VG_LX_GOVT, &e) && e + 1 >= t)
            return 1;
    }
    return 0;
}

/* 0 when the mark names no place or demonym (most marks): places are only
 * looked for at the marks that do. */
static int place_mark(const vg_mark *m)
{
    return (m->tags & ((1u << VG_TAG_PLACE) | (1u << VG_TAG_DEMONYM))) != 0;
}

/* The first place hit of the mark at t that fits its context.  *demonym
 * is set when the hit names a country without saying the event is there
 * (a demonym, or a country name outside a locative phrase). */
static const vg_place *place_at(const vg_ex_ctx *x, size_t t, int *demonym, size_t *end)
{
    const vg_place *p = vg_scan_tag(&x->sc, t, VG_TAG_PLACE, end);
    *demonym = 0;
    if (!p) {
        p = vg_scan_tag(&x->sc, t, VG_TAG_DEMONYM, end);
        *demonym = p != NULL;
        return p;
    }
    size_t k = t;
    while (k < *end && !(x->sc.tok[k].flags & (VG_TF_CAP | VG_TF_ALLCAP)))
        k++;
    if (k == *end)
        return NULL; /* places are proper nouns (the capital may come later in the name:
                      * "région de Ségou", "central Mali") */
    if (p->level == VG_PLACE_COUNTRY) {
        if (p->common && (before_name(x, *end) || inside_name(x, t)))
            return NULL; /* a first name: "Chad Johnson" (vg_ex_sense.c's hook) */
        *demonym = !after_locprep(x, t) && !vg_ex_possessive(x, *end);
        return p; /* "in Mali", "Mali's": where; otherwise only named */
    }
    if (inside_name(x, t) || metonym(x, t, *end) ||
        (p->unique != VG_UNIQUE_WORLD && before_name(x, *end)))
        return NULL; /* "San Francisco": a name borne abroad, inside a longer one */
    if (p->common && (!after_locprep(x, t) || !in_article_country(x, p) || before_name(x, *end)))
        return NULL; /* a common word needs "in"/"near" and the article's country */
    return p;
}

/* A gap holding an opening bracket before an agency in capitals: "(AFP)". */
int vg_ex_agency_gap(const vg_scan *sc, size_t k, size_t t1)
{
    size_t gl;
    const char *g = vg_scan_gap(sc, k, &gl);
    if (k + 1 >= t1 || !(sc->tok[k + 1].flags & (VG_TF_ALLCAP | VG_TF_CAP)))
        return 0; /* "(AFP)", "(Reuters)" */
    return memchr(g, '(', gl) != NULL;
}

/* Is the place at t the dateline of a report (where it was filed, not
 * where anything happened)?  At the start of a sentence, an agency in
 * capitals in brackets "(AP)" or a dash after a city in capitals
 * "BAMAKO —"; anywhere, a place, a date and an agency: "Ouagadougou,
 * Aug 19, 2019 (AFP) -". */
static int in_dateline(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    const vg_sent *s = &sc->sent[sc->tok[t].sent];
    size_t e;
    const vg_dateval *d = vg_scan_tag(sc, t, VG_TAG_PLACE, &e) ? vg_ex_date_at(x, e) : NULL;
    if (d && d->t1 > d->t0 && vg_ex_agency_gap(sc, d->t1 - 1, s->t1))
        return 1;
    if (t > s->t0 + 3)
        return 0;
    for (size_t k = t; k < s->t1 && k < t + 4; k++) {
        size_t gl;
        const char *g = vg_scan_gap(sc, k, &gl);
        if (vg_ex_agency_gap(sc, k, s->t1))
            return 1;
        for (size_t i = 0; i + 2 < gl; i++)
            if ((unsigned char)g[i] == 0xE2 && (unsigned char)g[i + 1] == 0x80 &&
                (unsigned char)g[i + 2] == 0x94 && (sc->tok[s->t0].flags & VG_TF_ALLCAP))
                return 1;
    }
    return 0;
}

void vg_ex_scan_places(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = vg_ex_first_mark(sc, s->t0); k < sc->nmark && sc->mark[k].t0 < s->t1; k++) {
        size_t t = sc->mark[k].t0;
        const vg_place *p = x->place_tok[t];
        int dem = x->dem_tok[t];
        if (!p || in_dateline(x, t))
            continue; /* where the report was filed */
        if (dem) {
            if (!si->demonym)
                si->demonym = p;
            int named = vg_scan_tag(&x->sc, t, VG_TAG_PLACE, NULL) != NULL;
            if (named && !si->named_country)
                si->named_country = p;
            if (x->art_country && strcmp(p->country, x->art_country->country) == 0)
                si->art_country_named = 1;
        } else if (si->nplaces < VG_EX_MAX_ITEMS) {
            si->places[si->nplaces++] = (vg_ex_placeref){p, t};
        }
    }
}

/* Is place a inside region b (a town or province of it)? */
static int within(const vg_place *a, const vg_place *b)
{
    if (a->level <= b->level || strcmp(a->country, b->country) != 0)
        return 0;
    if (b->level == VG_PLACE_ADMIN1)
        return a->admin1 && strcmp(a->admin1, b->name) == 0;
    return b->level == VG_PLACE_ADMIN2 && a->admin2 && strcmp(a->admin2, b->name) == 0;
}

/* A foreign country named without "in"/"au" in a sentence that names the
 * article's own country (its name, demonym or one of its actors) is a party,
 * not the place: "Niger's junta revoked the defence agreements with
 * France" happened in Niger. */
static int foreign_party(const vg_ex_ctx *x, const vg_ex_sent *si, const vg_place *p, size_t t)
{
    if (!x->art_country || in_article_country(x, p) || after_locprep(x, t))
        return 0;
    if (si->art_country_named)
        return 1;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].country && strcmp(si->actors[i].country, x->art_country->country) == 0)
            return 1;
    return 0;
}

/* The place of the event: the town/region nearest to the trigger (a
 * sentence often names other places: "in addition to the Djibo assault, an
 * attack in Loroum province"); else a country named in the sentence, the
 * article's own country first; never a
 * foreign homonym town or a foreign party. */
const vg_place *vg_ex_best_place(const vg_ex_ctx *x, const vg_ex_sent *si, size_t trig_t)
{
    const vg_place *best = NULL;
    size_t bestd = (size_t)-1;
    for (size_t i = 0; i < si->nplaces; i++) {
        const vg_place *p = si->places[i].p;
        size_t t = si->places[i].t;
        size_t d = t >= trig_t ? t - trig_t : 2 * (trig_t - t);
        if (foreign_homonym(x, p))
            continue;
        if (p->level == VG_PLACE_COUNTRY) {
            if ((best && best->level != VG_PLACE_COUNTRY) || foreign_party(x, si, p, t))
                continue;
            if (!best || (in_article_country(x, p) && !in_article_country(x, best)))
                best = p;
            continue;
        }
        if (!best || best->level == VG_PLACE_COUNTRY || d < bestd ||
            (d == bestd && p->level > best->level)) {
            best = p;
            bestd = d;
        }
    }
    /* a place named inside the nearest one is more specific: "the
     * Koutougou department in Soum province" */
    for (size_t i = 0; best && best->level != VG_PLACE_COUNTRY && i < si->nplaces; i++)
        if (within(si->places[i].p, best))
            best = si->places[i].p;
    return best;
}

const char *vg_ex_country_name(const vg_ex_ctx *x, const char *iso)
{
    const vg_place *c = x->kb->gaz ? vg_gaz_country(x->kb->gaz, iso) : NULL;
    return c ? c->name : NULL;
}

void vg_ex_set_location(vg_ex_cand *c, const vg_place *p)
{
    c->place = p;
    if (!p || p->level == VG_PLACE_COUNTRY) {
        c->ev.has_location = 0;
        memset(&c->ev.location, 0, sizeof(c->ev.location));
        return;
    }
    c->ev.has_location = 1;
    vg_ex_copy_str(c->ev.location.name, sizeof(c->ev.location.name), p->name);
    vg_ex_copy_str(c->ev.location.admin1, sizeof(c->ev.location.admin1),
                   p->admin1 ? p->admin1 : (p->level == VG_PLACE_ADMIN1 ? p->name : ""));
    vg_ex_copy_str(c->ev.location.admin2, sizeof(c->ev.location.admin2),
                   p->admin2 ? p->admin2 : (p->level == VG_PLACE_ADMIN2 ? p->name : ""));
    c->ev.location.lat = p->lat;
    c->ev.location.lon = p->lon;
    c->ev.location.has_coords = p->has_coords; /* else lat/lon are NAN */
    c->ev.location.precision = p->level <= VG_PLACE_TOWN ? (vg_loc_prec)p->level : VG_LOC_TOWN;
}

/* Places by token, once the article's country is known: vg_ex_article_country
 * cached them without it, and only common-word places depend on it. */
void vg_ex_cache_places(vg_ex_ctx *x)
{
    for (size_t k = 0; k < x->sc.nmark; k++) {
        size_t t = x->sc.mark[k].t0;
        if (!place_mark(&x->sc.mark[k]))
            continue;
        const vg_place *p = vg_scan_tag(&x->sc, t, VG_TAG_PLACE, NULL);
        if (!p || !p->common)
            continue;
        int dem = 0;
        size_t e;
        x->place_tok[t] = place_at(x, t, &dem, &e);
        x->dem_tok[t] = (uint8_t)dem;
    }
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

int vg_ex_article_country(vg_ex_ctx *x)
{
    /* the most named country, names in the first paragraph counting more */
    const vg_place *best = NULL;
    int best_n = 0;
    const vg_place *seen[64];
    int cnt[64], ns = 0, placed = 0; /* placed: place mentions counted so far */
    memset(x->place_tok, 0, x->sc.ntok * sizeof(*x->place_tok)); /* see vg_ex_cache_places */
    memset(x->dem_tok, 0, x->sc.ntok);
    for (size_t m = 0; m < x->sc.nmark; m++) {
        size_t t = x->sc.mark[m].t0;
        int dem = 0;
        size_t e;
        const vg_place *p = place_mark(&x->sc.mark[m]) ? place_at(x, t, &dem, &e) : NULL;
        x->place_tok[t] = p;
        x->dem_tok[t] = (uint8_t)dem;
        /* Actors are weak evidence (foreign forces act abroad), except a
         * country's own government or army named with it ("Mali's junta",
         * "Burkinabe troops" hide the place in one actor name): a town's
         * weight, never the first-mention bonus, so it decides only when no
         * place does. */
        const vg_actor_def *gov = p ? NULL : vg_scan_tag(&x->sc, t, VG_TAG_ACTOR, NULL);
        if (gov &&
            (!gov->kind || !gov->country[0] ||
             (strcmp(gov->kind, "government") != 0 && strcmp(gov->kind, "state_forces") != 0)))
            gov = NULL;
        if ((!p && !gov) || in_dateline(x, t))
            continue;
        if (!p || p->level == VG_PLACE_COUNTRY)
            note_named_country(x, p ? p->country : gov->country);
        const vg_place *c = p && p->level == VG_PLACE_COUNTRY ? p : NULL;
        if (!c && x->kb->gaz)
            c = vg_gaz_country(x->kb->gaz, p ? p->country : gov->country);
        if (!c)
            continue;
        /* a town 1, "Malian" 2, "Mali" or "Mali's" 3, "in Mali" 5; the lead
         * counts double and the very first mention more */
        int named = p && vg_scan_tag(&x->sc, t, VG_TAG_PLACE, NULL) != NULL;
        int w = !p || p->level != VG_PLACE_COUNTRY ? 1 : !named ? 2 : after_locprep(x, t) ? 5 : 3;
        if (x->sc.sent[x->sc.tok[t].sent].para == 0)
            w *= 2;
        if (p && !with_party(x, t) && !placed++) /* "with France": a party, not the place */
            w += 4;
        int k = 0;
        while (k < ns && strcmp(seen[k]->country, c->country) != 0)
            k++;
        if (k == ns) {
            if (ns == 64)
                continue;
            seen[ns] = c;
            cnt[ns++] = 0;
        }
        cnt[k] += w;
        if (cnt[k] > best_n) {
            best_n = cnt[k];
            best = seen[k];
        }
    }
    x->art_country = best;
    return 0;
}

/* The most named town or region of the article's country (the title and
 * first paragraph count double): where an incident whose own sentences
 * name no place most likely happened. */
void vg_ex_article_place(vg_ex_ctx *x)
{
    const vg_place *seen[64];
    int cnt[64], ns = 0, best_n = 0;
    x->art_place = NULL;
    if (!x->art_country)
        return;
    for (size_t m = 0; m < x->sc.nmark; m++) {
        size_t t = x->sc.mark[m].t0; /* places are only at marks */
        const vg_place *p = x->place_tok[t];
        int dem = x->dem_tok[t];
        if (!p || dem || p->level == VG_PLACE_COUNTRY || !in_article_country(x, p))
            continue;
        int w = x->sc.sent[x->sc.tok[t].sent].para == 0 ? 2 : 1;
        int k = 0;
        while (k < ns && seen[k] != p)
            k++;
        if (k == ns) {
            if (ns == 64)
                continue;
            seen[ns] = p;
            cnt[ns++] = 0;
        }
        cnt[k] += w;
        if (cnt[k] > best_n) {
            best_n = cnt[k];
            x->art_place = p;
        }
    }
}
