/*
 * vg_ex_where.c - extraction stage: where an event happened.
 *
 * vg_ex_places.c decides which names are places; this file picks, among
 * the places of an event's sentence, the one where it happened: the town
 * or region nearest its trigger, the most specific of those nested in it
 * (village over district over region over country), never a unit given
 * only to say where another place lies ("X (Djibo, Soum)", "X, Djibo
 * department"), a reference point ("X, 14 km north of Y", "X near Y"), a
 * route's end towns ("the X-Y road near Z"), a foreign homonym or a
 * foreign country named as a party; a country named as the trigger's
 * modifier ("Hong Kong protests") when nothing more precise is named.  An
 * event whose sentences name no place takes the article's most named one
 * (or the most named town inside it); an English text's spelling of the
 * place is its location name.
 */
#include "vg_ex.h"
#include "vg_dict.h"
#include "vg_stem.h"

#include <string.h>
#include <strings.h>

#define NAME_TOKS 4 /* words in a place's name at most */

static int name_tok(const vg_scan *sc, size_t t)
{
    return (sc->tok[t].flags & (VG_TF_CAP | VG_TF_ALLCAP)) != 0;
}

/* The token after the place mark at t. */
static size_t mark_end(const vg_ex_ctx *x, size_t t)
{
    return x->sc.mark[x->sc.tok[t].mark].t1;
}

static int in_article_country(const vg_ex_ctx *x, const vg_place *p)
{
    return x->art_country && strcmp(p->country, x->art_country->country) == 0;
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
    if (!x->art_country || in_article_country(x, p) || vg_ex_after_locprep(x, t))
        return 0;
    if (si->art_country_named)
        return 1;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].country && strcmp(si->actors[i].country, x->art_country->country) == 0)
            return 1;
    return 0;
}

static size_t ref_after(const vg_ex_ctx *x, size_t k)
{
    const vg_scan *sc = &x->sc;
    size_t s = sc->tok[k < sc->ntok ? k : 0].sent, n = 0, e;
    /* "à 20 km de", "a village 30 kilometres from", "some 20 km" */
    for (size_t k0 = k; k < sc->ntok && k < k0 + 3 && sc->tok[k].sent == s && !vg_ex_num_at(x, k) &&
                        !vg_ex_lex(x, k, VG_LX_NEARPREP, NULL) &&
                        (vg_ex_is_word(x, k, VG_LX_DET) || vg_ex_is_word(x, k, VG_LX_SETTLEMENT) ||
                         vg_scan_is(sc, k, "a") || vg_scan_is(sc, k, "some") ||
                         vg_scan_is(sc, k, "about") || vg_scan_is(sc, k, "environ"));
         k++)
        ;
    const vg_num *num = vg_ex_num_at(x, k);
    if (num && num->t1 > k)
        k = num->t1; /* "14 km", "une vingtaine de kilomètres" */
    else if (k < sc->ntok && (sc->tok[k].flags & (VG_TF_DIGPFX | VG_TF_DIGIT)))
        k++; /* "14km", "20 km" (a distance is no count) */
    while (k < sc->ntok && sc->tok[k].sent == s) {
        if (vg_ex_lex(x, k, VG_LX_NEARPREP, &e) && e > k) {
            k = e;
            n++;
        } else if (n && (vg_ex_is_word(x, k, VG_LX_DET) || vg_scan_is(sc, k, "the") ||
                         vg_scan_is(sc, k, "from") || vg_scan_is(sc, k, "de") ||
                         vg_scan_is(sc, k, "d") || vg_scan_is(sc, k, "du"))) {
            k++;
        } else if (n && vg_ex_lex(x, k, VG_LX_LOCPREP, &e) && e > k + 1) {
            k = e; /* "near the town of Y" */
        } else {
            break;
        }
    }
    return n && k < sc->ntok && sc->tok[k].sent == s && name_tok(sc, k) ? k : 0;
}

/* ref_after once per token (x->ref_memo: the answer + 1, 0 when not yet
 * asked): the place passes ask it of the same tokens many times. */
size_t vg_ex_ref_after(const vg_ex_ctx *x, size_t k)
{
    if (!x->ref_memo || k >= x->sc.ntok)
        return ref_after(x, k);
    if (!x->ref_memo[k])
        x->ref_memo[k] = (uint32_t)ref_after(x, k) + 1;
    return x->ref_memo[k] - 1;
}

/* The token where a reference phrase before the place at t starts when a
 * town is named right before it ("X, 14 km north of Y", "X near Y": Y's
 * phrase), or 0. */
static size_t ref_start(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = t; k-- > 0 && k + 8 > t && sc->tok[k].sent == sc->tok[t].sent;) {
        if (k == 0 || vg_ex_ref_after(x, k) != t)
            continue; /* the phrase needs a name token before it */
        size_t gl;
        const char *g = vg_scan_gap(sc, k - 1, &gl);
        if (name_tok(sc, k - 1) && (gl == 1 || (gl == 2 && g[0] == ',')))
            return k;
    }
    return 0;
}

static int route_end(const vg_ex_ctx *x, size_t t);

/* Is the place i of the sentence a unit given for another place of it
 * rather than a place of its own: in brackets right after it ("Bantagoudi
 * (Djibo, Soum)", "Tamou (Say, Tillaberi)") or after it and a comma as a
 * named unit ("Bantagoudi, Djibo department")?  Such units say where the
 * place lies; the event is at the place. */
static int unit_of_other(const vg_ex_ctx *x, const vg_ex_sent *si, size_t i)
{
    const vg_scan *sc = &x->sc;
    size_t t = si->places[i].t, k = vg_ex_bracket_open(x, t, 5);
    if (!k && t > 0 && sc->tok[t - 1].sent == sc->tok[t].sent &&
        si->places[i].p->level == VG_PLACE_TOWN && !vg_ex_is_local(x, si->places[i].p) &&
        vg_ex_unit_town(x, t)) {
        size_t u = vg_ex_unit_noun_before(x, t),
               gl; /* "X, Djibo department", "X, commune de Boni" */
        const char *g = vg_scan_gap(sc, (u ? u : t) - 1, &gl);
        if (gl == 2 && g[0] == ',')
            k = u ? u : t;
    }
    int ref = 0;
    if (!k) { /* "X, 14 km north of Y", "X near Y": a town or village X */
        k = ref_start(x, t);
        ref = 1;
    }
    if (!k)
        return 0;
    for (size_t j = 0; j < si->nplaces; j++) {
        size_t tj = si->places[j].t;
        const vg_place *pj = si->places[j].p;
        if (j != i && tj < k && tj + NAME_TOKS >= k && pj->level != VG_PLACE_COUNTRY &&
            (!ref || (pj->level == VG_PLACE_TOWN && !route_end(x, tj))) &&
            !vg_ex_foreign_homonym(x, pj, tj) && !vg_ex_bracket_open(x, tj, 5))
            return 1;
    }
    return 0;
}

/* A road or axis: the nouns that make towns the ends of a route. */
static int route_noun(const vg_scan *sc, size_t k)
{
    return vg_scan_is(sc, k, "road") || vg_scan_is(sc, k, "highway") || vg_scan_is(sc, k, "axis") ||
           vg_scan_is(sc, k, "route") || vg_scan_is(sc, k, "axe") ||
           vg_scan_is(sc, k, "corridor") || vg_scan_is(sc, k, "troncon");
}

/* The place at t names an end of a route ("the Maiduguri-Damboa road",
 * "l'axe Dori-Gorgadji", "on the Djibo road"), not where on it something
 * happened: names joined by hyphens, with a route noun after or before. */
static int route_end(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    size_t a = t, b = t, gl;
    while (a > 0 && sc->tok[a - 1].sent == sc->tok[t].sent && name_tok(sc, a - 1) &&
           (vg_scan_gap(sc, a - 1, &gl), gl == 1) && *vg_scan_gap(sc, a - 1, &gl) == '-')
        a--;
    while (b + 1 < sc->ntok && sc->tok[b + 1].sent == sc->tok[t].sent && name_tok(sc, b + 1) &&
           (vg_scan_gap(sc, b, &gl), gl == 1) && *vg_scan_gap(sc, b, &gl) == '-')
        b++;
    if (sc->tok[t].mark >= 0 && mark_end(x, t) > b + 1)
        b = mark_end(x, t) - 1;
    if ((b + 1 < sc->ntok && sc->tok[b + 1].sent == sc->tok[t].sent && route_noun(sc, b + 1)) ||
        (a > 0 && sc->tok[a - 1].sent == sc->tok[t].sent && route_noun(sc, a - 1)))
        return 1;
    /* "la route reliant Douentza à Boni", "the road linking A and B" */
    for (size_t k = a; k-- > 0 && k + 5 > a && sc->tok[k].sent == sc->tok[t].sent;)
        if (vg_scan_is(sc, k, "reliant") || vg_scan_is(sc, k, "linking") ||
            vg_scan_is(sc, k, "connecting") || vg_scan_is(sc, k, "joining"))
            return 1;
    return 0;
}

/* The place at t is named as where the act's people came from or went,
 * a base or a hospital, not where the act was: an
 * elseprep phrase ends right before it, determiners, settlement or unit
 * nouns and "in"/"à" between ("returning from the market in Dori") ("came from Dori", "based in
 * Dori", "evacuated to the hospital in Dori", "venus de Dori", "fled to Dori", "évacués vers
 * l'hôpital de Dori"), or "from" right after a person noun or an actor
 * ("a trader from Dori", "VDP from Dori").  "vers" is none: "an ambush on the road towards X" names
 * the act's place.
 * Units given for another place are no place of their own here. */
static int elsewhere(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    size_t k = t, e;
    while (k > 0 && k + 5 > t && sc->tok[k - 1].sent == sc->tok[t].sent &&
           (vg_ex_is_word(x, k - 1, VG_LX_DET) || vg_ex_is_word(x, k - 1, VG_LX_SETTLEMENT) ||
            vg_ex_is_word(x, k - 1, VG_LX_UNITNOUN) || vg_scan_is(sc, k - 1, "of") ||
            vg_scan_is(sc, k - 1, "de") || vg_scan_is(sc, k - 1, "d") ||
            vg_scan_is(sc, k - 1, "du") || vg_scan_is(sc, k - 1, "in") ||
            vg_scan_is(sc, k - 1, "a")) &&
           !(sc->tok[k - 1].flags & VG_TF_CAP))
        k--;
    for (size_t j = k; j-- > 0 && j + 5 > k && sc->tok[j].sent == sc->tok[t].sent;)
        if (vg_ex_lex(x, j, VG_LX_ELSEPREP, &e) && e >= k && e <= t)
            return 1;
    /* "a trader from Dori", "VDP from Dori": their hometown or base */
    if (k < 2 || k != t || sc->tok[k - 2].sent != sc->tok[t].sent || !vg_scan_is(sc, k - 1, "from"))
        return 0;
    for (size_t j = k - 1; j-- > 0 && j + 5 >= k && sc->tok[j].sent == sc->tok[t].sent;)
        if ((vg_ex_lex(x, j, VG_LX_VICTIM, &e) || vg_scan_tag(sc, j, VG_TAG_ACTOR, &e)) &&
            e == k - 1)
            return 1;
    return 0;
}

/* A country named right before the trigger, as its modifier: "Hong
 * Kong protests", "Niger's coup", "the Mali coup" (a name, not a
 * demonym), or NULL. */
static const vg_place *country_before(const vg_ex_ctx *x, size_t trig_t)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = trig_t; k-- > 0 && k + 5 > trig_t && sc->tok[k].sent == sc->tok[trig_t].sent;) {
        const vg_place *p = x->place_tok[k];
        if (!p || p->level != VG_PLACE_COUNTRY || !vg_scan_tag(sc, k, VG_TAG_PLACE, NULL) ||
            sc->tok[k].mark < 0)
            continue;
        size_t e = mark_end(x, k);
        return e == trig_t || (e + 1 == trig_t && vg_ex_possessive(x, e)) ? p : NULL;
    }
    return NULL;
}

/* A nearness phrase ends right before t, or before its article there:
 * "close to Menaka", "near the Djibo". */
static int near_ref(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = t; k-- > 0 && k + 5 >= t && sc->tok[k].sent == sc->tok[t].sent;) {
        size_t e;
        if (vg_ex_lex(x, k, VG_LX_NEARPREP, &e) &&
            (e == t || (e + 1 == t && vg_ex_is_word(x, e, VG_LX_DET))))
            return 1;
    }
    return 0;
}

/* The place i of the sentence is another country than the article's,
 * named after "near"/"close to" ("close to Mali", "near the Niger
 * border") or right after a landmark so named ("close to Menaka in
 * Mali"): near a border is not across it, the event stays in the
 * article's country.  (A town abroad named so may be where it happened:
 * "near Fotokol" in a report on Nigeria.) */
static int foreign_landmark(const vg_ex_ctx *x, const vg_ex_sent *si, size_t i)
{
    const vg_place *p = si->places[i].p;
    size_t t = si->places[i].t;
    if (!x->art_country || in_article_country(x, p) || p->level != VG_PLACE_COUNTRY)
        return 0; /* "near Fotokol in Cameroon" in a report on Nigeria may be there */
    if (near_ref(x, t))
        return 1;
    for (size_t j = 0; j < si->nplaces; j++) {
        size_t tj = si->places[j].t;
        const vg_place *pj = si->places[j].p;
        if (j != i && pj->level != VG_PLACE_COUNTRY && tj < t && t <= tj + NAME_TOKS + 2 &&
            strcmp(pj->country, p->country) == 0 && near_ref(x, tj))
            return 1;
    }
    return 0;
}

/* Place i ends a route whose other end is in another country, and the
 * route's own country is the other end's: that end is a town and this
 * one only a unit ("the Bamenda-Bali road": Cameroon's Bamenda, not
 * Nigeria's Bali LGA), or the sentence's other places are in its country
 * and none in this one's ("la route Fada-Pama, au PK 25 (Kompienga)":
 * Burkina Faso's Pama, not Chad's Fada).  A homonym abroad. */
static int route_outvoted(const vg_ex_ctx *x, const vg_ex_sent *si, size_t i)
{
    const vg_place *p = si->places[i].p;
    if (p->level == VG_PLACE_COUNTRY || !route_end(x, si->places[i].t))
        return 0;
    int split = 0, other = 0, same = 0;
    for (size_t j = 0; j < si->nplaces; j++) {
        const vg_place *q = si->places[j].p;
        if (j == i || q->level == VG_PLACE_COUNTRY)
            continue;
        int cc = strcmp(q->country, p->country) == 0;
        if (route_end(x, si->places[j].t)) {
            if (!cc && p->level != VG_PLACE_TOWN && q->level == VG_PLACE_TOWN)
                return 1;
            split |= !cc;
        } else if (q->level != VG_PLACE_TOWN || !vg_ex_foreign_homonym(x, q, si->places[j].t)) {
            same |= cc;
            other |= !cc;
        }
    }
    return split && other && !same;
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
    int off_route = 0; /* a town or village named beside a route: "the X-Y road near Z" */
    for (size_t i = 0; i < si->nplaces && !off_route; i++)
        off_route = si->places[i].p->level == VG_PLACE_TOWN &&
                    !vg_ex_foreign_homonym(x, si->places[i].p, si->places[i].t) &&
                    !route_end(x, si->places[i].t);
    int here = 0; /* a town or region named as where, not whence or whither */
    for (size_t i = 0; i < si->nplaces && !here; i++)
        here = si->places[i].p->level != VG_PLACE_COUNTRY &&
               !vg_ex_foreign_homonym(x, si->places[i].p, si->places[i].t) &&
               !elsewhere(x, si->places[i].t) && !unit_of_other(x, si, i);
    for (size_t i = 0; i < si->nplaces; i++) {
        const vg_place *p = si->places[i].p;
        size_t t = si->places[i].t;
        size_t d = t >= trig_t ? t - trig_t : 2 * (trig_t - t);
        if (vg_ex_foreign_homonym(x, p, t) || unit_of_other(x, si, i) ||
            foreign_landmark(x, si, i) || (off_route && route_end(x, t)) ||
            route_outvoted(x, si, i) || (here && p->level != VG_PLACE_COUNTRY && elsewhere(x, t)))
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
        if (within(si->places[i].p, best) && !unit_of_other(x, si, i) &&
            !(here && elsewhere(x, si->places[i].t)))
            best = si->places[i].p;
    if (!best || best->level == VG_PLACE_COUNTRY) {
        const vg_place *c = country_before(x, trig_t);
        if (c)
            best = c; /* "Hong Kong protests" in a page that names China more */
    }
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

/* The first mention of gazetteer place p as a name of its own (not a
 * demonym, not in capitals, no unit noun in it): its first token, or
 * (size_t)-1. */
static size_t first_mention(const vg_ex_ctx *x, const vg_place *p)
{
    const vg_scan *sc = &x->sc;
    for (size_t m = 0; m < sc->nmark; m++) {
        size_t t = sc->mark[m].t0, e = sc->mark[m].t1;
        if (x->place_tok[t] != p || (x->dem_tok[t] & VG_EX_PF_DEM) || e - t > 3)
            continue;
        int plain = 1;
        for (size_t k = t; k < e && plain; k++)
            plain = !(sc->tok[k].flags & VG_TF_ALLCAP) && !vg_ex_is_word(x, k, VG_LX_UNITNOUN);
        if (plain)
            return t;
    }
    return (size_t)-1;
}

/* a and b spell the same letters, whatever their case, spaces, hyphens
 * and apostrophes ("Dansadau", "Dan Sadau"). */
static int same_letters(const char *a, const char *b)
{
    for (;; a++, b++) {
        while (*a == ' ' || *a == '-' || *a == '\'')
            a++;
        while (*b == ' ' || *b == '-' || *b == '\'')
            b++;
        if ((*a | 0x20) != (*b | 0x20) || !*a || !*b)
            return !*a && !*b;
    }
}

void vg_ex_name_as_written(const vg_ex_ctx *x, vg_ex_cand *c)
{
    const vg_place *p = c->place;
    if (!p || !c->ev.has_location || p->level == VG_PLACE_COUNTRY || vg_ex_is_local(x, p) ||
        !p->has_coords)
        return; /* rows without coordinates are the hand-written villages of
                 * tools/gazetteer/extra-places.tsv, named as ACLED spells them
                 * (Tinzaouaten, not Tinzahuaten) */
    size_t t = first_mention(x, p);
    if (t == (size_t)-1)
        return;
    char buf[sizeof(c->ev.location.name)];
    vg_ex_copy_tokens(x, t, x->sc.mark[x->sc.tok[t].mark].t1, buf, sizeof(buf));
    if (!buf[0] || strcasecmp(buf, p->name) == 0 ||
        (x->sc.lang == VG_STEM_FR && !same_letters(buf, p->name)))
        return; /* French texts: the English name, as coders write (Tombouctou:
                 * Timbuktu), unless the text only spaces it otherwise
                 * ("Dansadau" for "Dan Sadau") */
    for (const char *s = buf; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == ' ' || *s == '-' ||
              *s == '\''))
            return; /* accents, digits: the gazetteer's name says the same */
    vg_ex_copy_str(c->ev.location.name, sizeof(c->ev.location.name), buf);
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
        if (!p || (x->dem_tok[t] & VG_EX_PF_DEM) || p->level == VG_PLACE_COUNTRY ||
            !in_article_country(x, p) || vg_ex_in_dateline(x, t))
            continue;
        int w = x->sc.sent[x->sc.tok[t].sent].para == 0 ? 2 : 1;
        int k = 0;
        while (k < ns && seen[k] != p)
            k++;
        if (k == ns) {
            if (ns == 64) {
                x->place_caps++;
                continue;
            }
            seen[ns] = p;
            cnt[ns++] = 0;
        }
        cnt[k] += w;
        if (cnt[k] > best_n) {
            best_n = cnt[k];
            x->art_place = p;
        }
    }
    /* the most named place inside it is more specific: an attack "in the
     * Tillaberi region" whose village the article names too */
    const vg_place *in = NULL;
    int in_n = 0;
    for (int k = 0; x->art_place && k < ns; k++)
        if (within(seen[k], x->art_place) && cnt[k] > in_n) {
            in = seen[k];
            in_n = cnt[k];
        }
    if (in)
        x->art_place = in;
}

/* Events told where coups, protests and arrests happen, the capital, may
 * take the dateline's capital when the article names no place of its
 * own: "OUAGADOUGOU (AP) - Soldiers announced on state television...".
 * A dateline is never where an attack happened. */
static int capital_event(vg_event_type t)
{
    return t == VG_EV_COUP || t == VG_EV_PROTEST || t == VG_EV_ARREST || t == VG_EV_RIOT;
}

/* The event's sentence says it happened in "the capital" ("in the
 * capital", "dans la capitale", "the capital's airport"): the national
 * capital of its country, or NULL.  A wire brief dated from the capital
 * often names no other place. */
static const vg_place *capital_said(const vg_ex_ctx *x, const vg_ex_cand *c)
{
    const vg_scan *sc = &x->sc;
    if (c->sent >= sc->nsent || !c->ev.country[0] || !x->kb->gaz)
        return NULL;
    const vg_sent *s = &sc->sent[c->sent];
    int said = 0;
    for (size_t k = s->t0 + 1; k < s->t1 && !said; k++)
        said = (vg_scan_is(sc, k, "capital") || vg_scan_is(sc, k, "capitale")) &&
               !(sc->tok[k].flags & VG_TF_CAP) &&
               (vg_ex_after_locprep(x, k) || vg_ex_possessive(x, k + 1));
    /* where, not whither: "fled to the capital" names no place of the act */
    for (size_t i = 0; said && i < vg_gaz_count(x->kb->gaz); i++) {
        const vg_place *p = vg_gaz_at(x->kb->gaz, i);
        if (p->capital && p->level != VG_PLACE_COUNTRY && strcmp(p->country, c->ev.country) == 0)
            return p;
    }
    return NULL;
}

const vg_place *vg_ex_fallback_place(const vg_ex_ctx *x, const vg_ex_cand *c)
{
    const vg_event *e = &c->ev;
    if (e->has_location || e->historical || e->type == VG_EV_STRATEGIC ||
        e->type == VG_EV_DISPLACEMENT)
        return NULL;
    const vg_place *cap = capital_said(x, c);
    if (cap)
        return cap; /* "fighting broke out in the capital" */
    const vg_place *p = x->art_place;
    if (!p && capital_event(e->type) && x->dateline_place && x->dateline_place->capital)
        p = x->dateline_place;
    return p && strcmp(e->country, p->country) == 0 ? p : NULL;
}
