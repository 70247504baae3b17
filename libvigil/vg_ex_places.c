/*
 * vg_ex_places.c - extraction stage: where.
 *
 * Places come from the gazetteer hits of the scan, kept only where the
 * context says they are places: proper nouns, not inside a longer name
 * ("Ibrahim Boubacar Keita", "Obi-Wan"), not a capital standing for its
 * government ("the Bamako government"), a common word only after
 * "in"/"near" in the article's country or named with its unit ("région du
 * Nord-Ouest").  A name borne by places of several countries is the one
 * that a unit or country named beside it agrees with ("Kaya, Burkina
 * Faso", "Hombori (Douentza, Mopti)"), else the one of the article's
 * country; a town that the unit beside it contradicts is a village of that
 * unit the gazetteer lacks, not the foreign town ("Sanaba, dans l'ouest du
 * Burkina Faso").  In an article with no cue for an African country, a
 * place stands for itself only when no place outside Africa bears its name
 * and it is named as a place ("in X", not "Ariana Grande").  A dateline
 * (vg_ex_country.c) says where a report was filed: a sentence takes no
 * place from it.  Which of a sentence's places is an event's is
 * vg_ex_where.c's choice.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

_Static_assert(VG_PLACE_COUNTRY == (int)VG_LOC_COUNTRY && VG_PLACE_ADMIN1 == (int)VG_LOC_ADMIN1 &&
                   VG_PLACE_ADMIN2 == (int)VG_LOC_ADMIN2 && VG_PLACE_TOWN == (int)VG_LOC_TOWN,
               "a location's precision is its place's level");

#define AGREE_GAP 4 /* tokens between two names that agree ("Kaya, in Burkina Faso") */

/* A locative word ends right before t, or (det) before the definite
 * article there: "in the Tillaberi region", "dans le Nord-Kivu" (not for
 * a common word: "in the Sahel", "in the North" name no unit). */
static int locprep_before(const vg_ex_ctx *x, size_t t, int det)
{
    const vg_scan *sc = &x->sc;
    if (det && t > 1 && sc->tok[t - 1].sent == sc->tok[t].sent &&
        (vg_scan_is(sc, t - 1, "the") || vg_scan_is(sc, t - 1, "le") ||
         vg_scan_is(sc, t - 1, "la") || vg_scan_is(sc, t - 1, "l") || vg_scan_is(sc, t - 1, "les")))
        t--;
    /* the longest locative phrases are five tokens: "dans le nord est du"
     * (this window was three, so the four- and five-token ones never
     * matched: test_phrasings) */
    for (size_t k = t; k-- > 0 && k + 5 >= t;) {
        if (sc->tok[k].sent != sc->tok[t].sent)
            return 0;
        size_t e;
        if ((vg_ex_lex(x, k, VG_LX_LOCPREP, &e) && e == t) || vg_ex_ref_after(x, k) == t)
            return 1; /* "in", "near the town of", "à 20 km au nord de" */
    }
    return 0;
}

int vg_ex_after_locprep(const vg_ex_ctx *x, size_t t)
{
    return locprep_before(x, t, 1);
}

static int is_name_tok(const vg_scan *sc, size_t t)
{
    return (sc->tok[t].flags & (VG_TF_CAP | VG_TF_ALLCAP)) != 0;
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

/* The word joined to the phrase [t, end) by a bare hyphen, before or
 * after, makes one longer name with it ("Obi-Wan", "Dogon-Daji"): a
 * capitalised word that is not itself a place ("Mali-Niger border" names
 * both; "Mali-based", "pro-Gbagbo" keep the name). */
static int road_noun(const vg_scan *sc, size_t k);

/* The names hyphen-joined around [t, end) are the ends of a road: a road
 * noun follows the last or stands before the first ("the Dori-Tiabangou
 * road", "la route Fada-Pama"), so each known end is a place even when
 * the other is not known. */
static int road_ends(const vg_ex_ctx *x, size_t t, size_t end)
{
    const vg_scan *sc = &x->sc;
    size_t a = t, b = end, gl;
    while (a > 0 && sc->tok[a - 1].sent == sc->tok[t].sent && is_name_tok(sc, a - 1) &&
           (vg_scan_gap(sc, a - 1, &gl), gl == 1) && *vg_scan_gap(sc, a - 1, &gl) == '-')
        a--;
    while (b < sc->ntok && sc->tok[b].sent == sc->tok[t].sent && is_name_tok(sc, b) &&
           (vg_scan_gap(sc, b - 1, &gl), gl == 1) && *vg_scan_gap(sc, b - 1, &gl) == '-')
        b++;
    if (a == t && b == end)
        return 0;
    return (b < sc->ntok && sc->tok[b].sent == sc->tok[t].sent && road_noun(sc, b)) ||
           (a > 0 && sc->tok[a - 1].sent == sc->tok[t].sent && road_noun(sc, a - 1));
}

static int hyphen_joined(const vg_ex_ctx *x, size_t t, size_t end)
{
    const vg_scan *sc = &x->sc;
    size_t gl;
    const char *g;
    if (road_ends(x, t, end))
        return 0;
    if (t > 0 && sc->tok[t - 1].sent == sc->tok[t].sent) {
        g = vg_scan_gap(sc, t - 1, &gl);
        if (gl == 1 && g[0] == '-' && is_name_tok(sc, t - 1) &&
            !vg_scan_tag(sc, t - 1, VG_TAG_PLACE, NULL) &&
            !vg_scan_tag(sc, t - 1, VG_TAG_DEMONYM, NULL))
            return 1;
    }
    if (end < sc->ntok && sc->tok[end].sent == sc->tok[t].sent) {
        g = vg_scan_gap(sc, end - 1, &gl);
        if (gl == 1 && g[0] == '-' && is_name_tok(sc, end) &&
            !vg_scan_tag(sc, end, VG_TAG_PLACE, NULL) &&
            !vg_scan_tag(sc, end, VG_TAG_DEMONYM, NULL))
            return 1;
    }
    return 0;
}

size_t vg_ex_bracket_open(const vg_ex_ctx *x, size_t t, size_t names)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = t; k > 0 && k + names + 1 > t && sc->tok[k - 1].sent == sc->tok[t].sent; k--) {
        size_t gl;
        const char *g = vg_scan_gap(sc, k - 1, &gl);
        if (memchr(g, '(', gl))
            return k;
        if (memchr(g, ')', gl) || !is_name_tok(sc, k - 1) || (gl != 1 && !(gl == 2 && g[0] == ',')))
            return 0; /* names joined by a space or ", " only */
    }
    return 0;
}

/* A noun for a village after its name ("X village (Menaka)", "X hamlet
 * (Tidermene)", "Kaiga island (Lac)"): the brackets after it hold the
 * village's unit.  Only
 * these, not every settlement noun ("the Gao camp (MINUSMA)" names no
 * unit). */
static int village_noun(const vg_scan *sc, size_t k)
{
    return vg_scan_is(sc, k, "village") || vg_scan_is(sc, k, "hamlet") ||
           vg_scan_is(sc, k, "hameau") || vg_scan_is(sc, k, "locality") ||
           vg_scan_is(sc, k, "localite") || vg_scan_is(sc, k, "settlement") ||
           vg_scan_is(sc, k, "island") || vg_scan_is(sc, k, "ile");
}

/* A spot that has no name of its own, given with its unit in brackets as
 * coders write: a kilometre point ("PK 25 (Kompienga)"), a road whose
 * ends the gazetteer lacks ("the Dori-Tiabangou road (Seno)"), a mining
 * site ("the X mining site (Ennedi Ouest)", "site d'orpaillage de X
 * (Kouroussa)"). */
static int spot_noun(const vg_scan *sc, size_t k)
{
    return vg_scan_digits(sc, k) >= 0 || vg_scan_is(sc, k, "road") ||
           vg_scan_is(sc, k, "highway") || vg_scan_is(sc, k, "axis") ||
           vg_scan_is(sc, k, "route") || vg_scan_is(sc, k, "axe") || vg_scan_is(sc, k, "site") ||
           vg_scan_is(sc, k, "mine") || vg_scan_is(sc, k, "orpaillage");
}

/* The place at t is one of the names in brackets after a name, as coders
 * give a village's units: "Bangataka (Djibo, Soum)", "Tamou (Say,
 * Tillaberi)", "X commune (Tahoua)", "X hamlet (Tidermene)". */
static int in_unit_brackets(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    size_t k = vg_ex_bracket_open(x, t, 3);
    return k && (is_name_tok(sc, k - 1) || spot_noun(sc, k - 1) ||
                 ((vg_ex_is_word(x, k - 1, VG_LX_UNITNOUN) || vg_scan_is(sc, k - 1, "commune") ||
                   village_noun(sc, k - 1)) &&
                  k >= 2 && sc->tok[k - 2].sent == sc->tok[t].sent && is_name_tok(sc, k - 2)));
}

/* The place is named with its unit: the phrase holds a unit noun ("North-
 * West Region", "Région du Nord-Ouest"), one follows ("Nord-Ouest region")
 * or one stands before it with its preposition ("province of", "région
 * du"). */
static int with_unit(const vg_ex_ctx *x, size_t t, size_t end)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = t; k < end; k++)
        if (vg_ex_is_word(x, k, VG_LX_UNITNOUN))
            return 1;
    if (end < sc->ntok && sc->tok[end].sent == sc->tok[t].sent &&
        vg_ex_is_word(x, end, VG_LX_UNITNOUN))
        return 1;
    if (in_unit_brackets(x, t))
        return 1;
    /* "région Amhara", "province of X", "la région de la Boucle du
     * Mouhoun", "le département de l'Alibori" */
    for (size_t k = t, skipped = 0; k-- > 0 && skipped <= 2 && sc->tok[k].sent == sc->tok[t].sent;
         skipped++) {
        if (vg_ex_is_word(x, k, VG_LX_UNITNOUN))
            return 1;
        if (!vg_scan_is(sc, k, "of") && !vg_scan_is(sc, k, "de") && !vg_scan_is(sc, k, "du") &&
            !vg_scan_is(sc, k, "des") && !vg_scan_is(sc, k, "la") && !vg_scan_is(sc, k, "l") &&
            !vg_scan_is(sc, k, "the"))
            return 0;
    }
    return 0;
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

/* A town of a country the article never names, in an article about another
 * country, is most likely a village of that country the gazetteer lacks
 * that shares its name with one abroad ("le village de Sanaba, dans l'ouest
 * du Burkina Faso" is not the Sanaba of Côte d'Ivoire); unless a unit named
 * beside it agrees. */
int vg_ex_foreign_homonym(const vg_ex_ctx *x, const vg_place *p, size_t t)
{
    return p->level != VG_PLACE_COUNTRY && x->art_country && !in_article_country(x, p) &&
           !country_named(x, p->country) && !(x->dem_tok[t] & VG_EX_PF_AGREE) &&
           !vg_ex_is_local(x, p) && !(vg_ex_after_locprep(x, t) && vg_ex_place_conf(x, t) >= 2);
    /* a name no other country's place bears, named as a place, is no
     * homonym ("in Gorom-Gorom" in a text that also names Mali; "Keita" may
     * be a president, not Niger's town) */
}

/* 1 when token end starts an unknown capitalised word right after: the
 * match is the start of a longer name ("West Africa", "Ariana Grande"). */
static int before_name(const vg_ex_ctx *x, size_t end)
{
    const vg_scan *sc = &x->sc;
    if (end >= sc->ntok || sc->tok[end].sent != sc->tok[end - 1].sent)
        return 0;
    size_t gl;
    const char *g = vg_scan_gap(sc, end - 1, &gl);
    return (sc->tok[end].flags & VG_TF_CAP) && sc->tok[end].mark < 0 && gl == 1 && g[0] == ' ' &&
           !vg_ex_is_word(x, end, VG_LX_UNITNOUN) && !vg_ex_is_word(x, end, VG_LX_SETTLEMENT);
}

/* "the Bamako government", "le gouvernement de Bamako": the capital names
 * the government, not where something happened ("protested against the
 * junta in Bamako" names where). */
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
            return e == t || vg_scan_is(sc, e, "of") ||
                   !vg_ex_lex(x, e, VG_LX_LOCPREP, NULL); /* not "the junta in Bamako" */
    }
    return 0;
}

/* 0 when the mark names no place or demonym (most marks): places are only
 * looked for at the marks that do. */
static int place_mark(const vg_mark *m)
{
    return (m->tags & ((1u << VG_TAG_PLACE) | (1u << VG_TAG_DEMONYM))) != 0;
}

/* The scan takes the longest phrase at the earliest token, so "la province
 * du Nord-Kivu" reads as "province du Nord" (Cameroon's North) and "Kivu":
 * when a place phrase ends inside a name (a capitalised word joined to
 * it follows), a place phrase starting inside it and ending further is
 * the name ("Nord-Kivu").  p and its hits, or that longer place and its. */
static const vg_place *respan(const vg_ex_ctx *x, size_t t, const vg_place *p,
                              const vg_dict_hit **hits, size_t *nhits, size_t *end)
{
    const vg_scan *sc = &x->sc;
    size_t e = *end, s1 = sc->sent[sc->tok[t].sent].t1;
    if (e >= s1 || !is_name_tok(sc, e) || e - t < 2 || !x->kb->dict)
        return p;
    for (size_t k = t + 1; k < e; k++) {
        const vg_dict_hit *h;
        size_t nh, n = vg_dict_match_toks(x->kb->dict, sc->fold, &sc->ftok[k],
                                          s1 - k < 8 ? s1 - k : 8, &h, &nh);
        const vg_place *q = n && k + n > e ? vg_gaz_best(h, nh, NULL) : NULL;
        if (q) {
            *hits = h;
            *nhits = nh;
            *end = k + n;
            return q;
        }
    }
    return p;
}

/* A unit named right after a name and a comma gives that name's unit, as
 * briefs write: "in Kourelbe, Zamfara" (the name is not the sentence's
 * first word). */
static int after_name(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    if (t < 2 || sc->tok[t - 1].sent != sc->tok[t].sent || !is_name_tok(sc, t - 1) ||
        sc->sent[sc->tok[t].sent].t0 == t - 1)
        return 0;
    size_t gl;
    const char *g = vg_scan_gap(sc, t - 1, &gl);
    return gl == 2 && g[0] == ',';
}

/* The place hit of the mark at t that fits its context, the one of
 * country hint when it has one (a country is never traded for a unit of
 * the hint's: "Niger" is not Nigeria's Niger State).  *flags gets
 * VG_EX_PF_DEM when the hit names a country without saying the event is
 * there (a demonym, or a country name outside a locative phrase). */
static const vg_place *place_at(const vg_ex_ctx *x, size_t t, const char *hint, uint8_t *flags,
                                size_t *end)
{
    const vg_mark *m = &x->sc.mark[x->sc.tok[t].mark];
    const vg_place *p = vg_scan_tag(&x->sc, t, VG_TAG_PLACE, end);
    const vg_dict_hit *hits = m->hits;
    size_t nhits = m->nhits;
    *flags = 0;
    if (p)
        p = respan(x, t, p, &hits, &nhits, end);
    if (!p) {
        p = vg_scan_tag(&x->sc, t, VG_TAG_DEMONYM, end);
        *flags = p ? VG_EX_PF_DEM : 0;
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
            return NULL; /* a first name: "Chad Williams", "Michael Jordan" */
        if (!vg_ex_after_locprep(x, t) && !vg_ex_possessive(x, *end))
            *flags = VG_EX_PF_DEM;
        return p; /* "in Mali", "Mali's": where; otherwise only named */
    }
    if (hint) {
        const vg_place *q = vg_gaz_best(hits, nhits, hint);
        if (q && q->level != VG_PLACE_COUNTRY)
            p = q;
    }
    if (inside_name(x, t) || metonym(x, t, *end) || hyphen_joined(x, t, *end) ||
        (p->unique != VG_UNIQUE_WORLD && before_name(x, *end)))
        return NULL; /* "San Francisco": a name borne abroad, inside a longer one */
    int unit = with_unit(x, t, *end) ||
               ((p->level == VG_PLACE_ADMIN1 || p->level == VG_PLACE_ADMIN2) && after_name(x, t));
    /* the flag is the place's, the word may be only an alias of it: a name of
     * several words as written ("Bobo-Dioulasso", whose alias "Bobo" is a
     * word) is no common word */
    int common = p->common && (*end == t + 1 || p->unique != VG_UNIQUE_WORLD);
    if (common && (before_name(x, *end) ||
                   (!unit && (!locprep_before(x, t, 0) || !in_article_country(x, p)))))
        return NULL; /* a common word needs "in"/"near" and the article's country, or its unit */
    *flags = unit ? VG_EX_PF_UNIT : 0;
    return p;
}

/* The token after the place mark at t. */
static size_t mark_end(const vg_ex_ctx *x, size_t t)
{
    return x->sc.mark[x->sc.tok[t].mark].t1;
}

/* The token of the unit noun that names the town at k as the seat of a
 * unit: "commune de Boni", "the commune of Boni", "département de X"
 * (the noun's token), or 0. */
size_t vg_ex_unit_noun_before(const vg_ex_ctx *x, size_t k)
{
    const vg_scan *sc = &x->sc;
    if (k < 2 || sc->tok[k - 2].sent != sc->tok[k].sent ||
        (!vg_scan_is(sc, k - 1, "de") && !vg_scan_is(sc, k - 1, "d") &&
         !vg_scan_is(sc, k - 1, "of")))
        return 0;
    return vg_ex_is_word(x, k - 2, VG_LX_UNITNOUN) || vg_scan_is(sc, k - 2, "commune") ||
                   vg_scan_is(sc, k - 2, "municipality")
               ? k - 2
               : 0;
}

/* The town at k is named as the seat of a unit: "Djibo department", "Say
 * district", "commune de Boni" read as units. */
int vg_ex_unit_town(const vg_ex_ctx *x, size_t k)
{
    if (x->sc.tok[k].mark < 0)
        return 0;
    size_t e = mark_end(x, k);
    return (e < x->sc.ntok && x->sc.tok[e].sent == x->sc.tok[k].sent &&
            vg_ex_is_word(x, e, VG_LX_UNITNOUN)) ||
           vg_ex_unit_noun_before(x, k);
}

/* Only lower-case words and unit nouns between tokens a (included) and b:
 * 1, or 2 when one of them puts the second name beside the first rather
 * than around it ("Djibo near the border with Mali", "Kaya, 100 km north
 * of Ouagadougou"); 0 for a name between. */
static int plain_between(const vg_ex_ctx *x, size_t a, size_t b)
{
    int r = 1;
    for (size_t k = a; k < b; k++) {
        if (is_name_tok(&x->sc, k) && !vg_ex_is_word(x, k, VG_LX_UNITNOUN))
            return 0;
        if (vg_ex_lex(x, k, VG_LX_NEARPREP, NULL) || vg_ex_is_word(x, k, VG_LX_PARTYPREP))
            r = 2;
    }
    return r;
}

/* A place hit of mark m in country cc, or NULL. */
static const vg_place *hit_in(const vg_mark *m, const char *cc)
{
    const vg_place *p = vg_gaz_best(m->hits, m->nhits, cc);
    return p && strcmp(p->country, cc) == 0 ? p : NULL;
}

/* Two names close together, the second a unit, a town or a country ("Kaya,
 * Burkina Faso", "Hombori (Douentza, Mopti)", "Monguno LGA, Borno State"):
 * when some country has a place of both names, both are that country's
 * (VG_EX_PF_AGREE); when none does and the second is a unit or a country,
 * the first, a town, is not the gazetteer's (VG_EX_PF_CONTRA), unless contra is 0 (the
 * second is near it, not around it: "Djibo near the Mali border"). */
static void agree_pair(vg_ex_ctx *x, size_t ti, size_t tj, int contra)
{
    const vg_mark *mi = &x->sc.mark[x->sc.tok[ti].mark], *mj = &x->sc.mark[x->sc.tok[tj].mark];
    const vg_place *pj = x->place_tok[tj];
    for (uint32_t h = 0; h < mi->nhits; h++) {
        if (mi->hits[h].tag != VG_TAG_PLACE)
            continue;
        const char *cc = ((const vg_place *)mi->hits[h].val)->country;
        const vg_place *qj =
            pj->level == VG_PLACE_COUNTRY ? (strcmp(pj->country, cc) ? NULL : pj) : hit_in(mj, cc);
        if (!qj)
            continue;
        x->place_tok[ti] = hit_in(mi, cc);
        x->dem_tok[ti] |= VG_EX_PF_AGREE;
        if (pj->level != VG_PLACE_COUNTRY) {
            x->place_tok[tj] = qj;
            x->dem_tok[tj] |= VG_EX_PF_AGREE;
        }
        return;
    }
    if (contra && x->place_tok[ti]->level == VG_PLACE_TOWN && pj->level != VG_PLACE_TOWN)
        x->dem_tok[ti] |= VG_EX_PF_CONTRA;
}

/* Every place next to the following one in its sentence. */
static void agree_all(vg_ex_ctx *x)
{
    const vg_scan *sc = &x->sc;
    size_t prev = (size_t)-1;
    for (size_t m = 0; m < sc->nmark; m++) {
        size_t t = sc->mark[m].t0;
        const vg_place *p = x->place_tok[t];
        if (!p || (x->dem_tok[t] & VG_EX_PF_DEM && !vg_scan_tag(sc, t, VG_TAG_PLACE, NULL)))
            continue; /* demonyms do not place a town */
        if (prev != (size_t)-1 && sc->tok[prev].sent == sc->tok[t].sent &&
            x->place_tok[prev]->level != VG_PLACE_COUNTRY) {
            size_t e = mark_end(x, prev);
            int pb = t >= e && t - e <= AGREE_GAP ? plain_between(x, e, t) : 0;
            size_t gl;
            if (pb && t == e && *vg_scan_gap(sc, e - 1, &gl) == '-')
                pb = 2; /* "the Bamenda-Bali road": two ends, neither around the other */
            if (pb)
                agree_pair(x, prev, t, pb == 1);
        }
        prev = t;
    }
}

void vg_ex_find_places(vg_ex_ctx *x)
{
    memset(x->place_tok, 0, x->sc.ntok * sizeof(*x->place_tok));
    memset(x->dem_tok, 0, x->sc.ntok);
    for (size_t m = 0; m < x->sc.nmark; m++) {
        size_t t = x->sc.mark[m].t0, e;
        if (place_mark(&x->sc.mark[m]))
            x->place_tok[t] = place_at(x, t, NULL, &x->dem_tok[t], &e);
    }
    agree_all(x);
}

/* The hits of the phrase that names the place at t: its mark's, or the
 * longer phrase's respan found. */
static void hits_of(const vg_ex_ctx *x, size_t t, const vg_dict_hit **hits, size_t *n)
{
    const vg_mark *m = &x->sc.mark[x->sc.tok[t].mark];
    *hits = m->hits;
    *n = m->nhits;
    for (uint32_t h = 0; h < m->nhits; h++)
        if (m->hits[h].val == x->place_tok[t])
            return;
    size_t e = m->t1;
    respan(x, t, x->place_tok[t], hits, n, &e);
}

int vg_ex_place_conf(const vg_ex_ctx *x, size_t t)
{
    const vg_place *p = x->place_tok[t];
    if (!p || x->sc.tok[t].mark < 0)
        return 0;
    if (p->level == VG_PLACE_COUNTRY || (x->dem_tok[t] & VG_EX_PF_AGREE))
        return 3;
    if (x->dem_tok[t] & VG_EX_PF_CONTRA)
        return 0;
    const vg_dict_hit *hits;
    size_t n;
    hits_of(x, t, &hits, &n);
    if (vg_gaz_implied_country(hits, n, VG_UNIQUE_WORLD))
        return 3;
    if (vg_gaz_implied_country(hits, n, VG_UNIQUE_AFRICA))
        return 2;
    const char *cc = vg_gaz_dominant_country(hits, n);
    return cc && strcmp(cc, p->country) == 0;
}

int vg_ex_unit_conf(const vg_place *p)
{
    return p->level == VG_PLACE_ADMIN1 || p->level == VG_PLACE_ADMIN2 ? 1 : 2;
}

/* A lexicon phrase of kind starts at most span tokens before token j and
 * ends right before it. */
static int phrase_ends_at(const vg_ex_ctx *x, size_t j, int kind, size_t span)
{
    const vg_scan *sc = &x->sc;
    size_t e;
    for (size_t k = j; k-- > 0 && k + span >= j && sc->tok[k].sent == sc->tok[j].sent;)
        if (vg_ex_lex(x, k, kind, &e) && e == j)
            return 1;
    return 0;
}

/* The place at t is what a violent act's trigger targets, right after
 * it or after its preposition ("attacked Seytenga", "ont attaqué
 * Seytenga", "an attack on Seytenga", "ont attaqué dimanche Djibo"):
 * named as where, like "in X". */
int vg_ex_act_object(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    size_t k = t;
    if (k > 1 && sc->tok[k - 1].sent == sc->tok[t].sent &&
        (vg_ex_is_word(x, k - 1, VG_LX_OBJPREP) || vg_ex_lex(x, k - 1, VG_LX_WDAY, NULL) ||
         vg_ex_lex(x, k - 1, VG_LX_RELDATE, NULL)))
        k--; /* "an attack on X"; a day between them: "ont attaqué dimanche Djibo" */
    return phrase_ends_at(x, k, VG_LX_TRIG, 5) || phrase_ends_at(x, t, VG_LX_TRIG, 5);
}

/* A word that says where ends right before token j: an object or
 * locative preposition ("on", "contre", "in", "à la", "devant", "along"). */
static int where_before(const vg_ex_ctx *x, size_t j)
{
    const vg_scan *sc = &x->sc;
    return j > 0 && (vg_ex_is_word(x, j - 1, VG_LX_OBJPREP) || vg_scan_is(sc, j - 1, "devant") ||
                     vg_scan_is(sc, j - 1, "derriere") || vg_scan_is(sc, j - 1, "along") ||
                     phrase_ends_at(x, j, VG_LX_LOCPREP, 3));
}

/* The place at t names the town of a building or site where something
 * happened, in French ("devant la mairie de Maradi", "à la gare de X",
 * "contre le marché de X"): a locative word or an object preposition, a
 * determiner, a lower-case noun, then "de" (English "the town hall of X"
 * has its locative "of"). */
static int facility_de(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    return t >= 4 && sc->tok[t - 4].sent == sc->tok[t].sent &&
           (vg_scan_is(sc, t - 1, "de") || vg_scan_is(sc, t - 1, "d")) &&
           !(sc->tok[t - 2].flags & (VG_TF_CAP | VG_TF_ALLCAP | VG_TF_DIGIT)) &&
           vg_ex_is_word(x, t - 3, VG_LX_DET) && where_before(x, t - 3);
}

static int road_noun(const vg_scan *sc, size_t k)
{
    return vg_scan_is(sc, k, "road") || vg_scan_is(sc, k, "highway") || vg_scan_is(sc, k, "axis") ||
           vg_scan_is(sc, k, "route") || vg_scan_is(sc, k, "axe");
}

/* The place at t names the road where something happened, "on the
 * Djibo road", "along the Djibo-Dori highway" (an object or locative
 * preposition, a determiner, the name, hyphenated names joined, a road
 * noun) or "the road to Djibo", "la route de Djibo". */
static int road_named(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    size_t e = mark_end(x, t), gl;
    while (e + 1 < sc->ntok && sc->tok[e].sent == sc->tok[t].sent &&
           (vg_scan_gap(sc, e - 1, &gl), gl == 1 && *vg_scan_gap(sc, e - 1, &gl) == '-') &&
           is_name_tok(sc, e))
        e++; /* "Djibo-Dori" */
    if (t >= 2 && sc->tok[t - 2].sent == sc->tok[t].sent &&
        (vg_scan_is(sc, t - 1, "to") || vg_scan_is(sc, t - 1, "de") ||
         vg_scan_is(sc, t - 1, "d")) &&
        road_noun(sc, t - 2))
        return 1; /* "on the road to Djibo", "sur la route de Djibo" */
    return t >= 2 && e < sc->ntok && sc->tok[e].sent == sc->tok[t].sent &&
           sc->tok[t - 2].sent == sc->tok[t].sent && vg_ex_is_word(x, t - 1, VG_LX_DET) &&
           road_noun(sc, e) && where_before(x, t - 1);
}

/* In an article with no cue for an African country, a place stands for
 * itself only when it is named as a place ("in X"), not as the start of a
 * longer name ("Ariana Grande"), and no place abroad bears its name, or,
 * in the countries vigil watches first, its name says its country in
 * Africa ("in Gao"; "in Bethlehem" is not South Africa's), or the same
 * named as an act's target ("attacked Seytenga") or as a building's town
 * ("devant la mairie de Maradi") or a road's ("on the Djibo road"); or
 * when it is a
 * national capital whose name no other African place bears (the capital is
 * its best-known bearer: "in Bissau"); or when it is named with its
 * unit ("province du Bam") and no other country has a place of its name. */
int vg_ex_lone_place(const vg_ex_ctx *x, size_t t)
{
    int conf = vg_ex_place_conf(x, t);
    if ((x->dem_tok[t] & VG_EX_PF_UNIT) &&
        (conf >= vg_ex_unit_conf(x->place_tok[t]) || (conf >= 1 && vg_gaz_core(x->place_tok[t]))))
        return 1; /* "X (Kaya)": the town that outranks its namesakes, in a core country */
    if (before_name(x, mark_end(x, t)))
        return 0;
    if ((vg_ex_after_locprep(x, t) || vg_ex_act_object(x, t) || facility_de(x, t) ||
         road_named(x, t)) &&
        (conf == 3 || (conf >= 1 && vg_gaz_core(x->place_tok[t]))))
        return 1;
    const vg_mark *m = &x->sc.mark[x->sc.tok[t].mark];
    for (uint32_t h = 0; conf >= 2 && h < m->nhits; h++)
        if (m->hits[h].tag == VG_TAG_PLACE && ((const vg_place *)m->hits[h].val)->capital)
            return 1;
    return 0;
}

/* The place hits of mark m are in more than one country. */
static int homonyms(const vg_mark *m)
{
    const char *cc = NULL;
    for (uint32_t h = 0; h < m->nhits; h++) {
        if (m->hits[h].tag != VG_TAG_PLACE)
            continue;
        const char *c = ((const vg_place *)m->hits[h].val)->country;
        if (cc && strcmp(cc, c) != 0)
            return 1;
        cc = c;
    }
    return 0;
}

/* Places by token, once the article's country is known: common words in
 * it become places, homonyms take its country (or the one a unit beside
 * them agreed on), and without an African cue only lone places stay. */
void vg_ex_cache_places(vg_ex_ctx *x)
{
    for (size_t k = 0; k < x->sc.nmark; k++) {
        size_t t = x->sc.mark[k].t0, e;
        if (!place_mark(&x->sc.mark[k]))
            continue;
        const vg_place *p0 = x->place_tok[t];
        if (p0 && !p0->common && x->african_cue && !homonyms(&x->sc.mark[k]))
            continue; /* nothing the article's country changes */
        uint8_t keep = x->dem_tok[t] & (VG_EX_PF_AGREE | VG_EX_PF_CONTRA);
        const char *hint = (keep & VG_EX_PF_AGREE) && x->place_tok[t] ? x->place_tok[t]->country
                           : x->art_country                           ? x->art_country->country
                                                                      : NULL;
        uint8_t f;
        const vg_place *p = place_at(x, t, hint, &f, &e);
        if (p && p->level != VG_PLACE_COUNTRY && !x->african_cue && !vg_ex_lone_place(x, t))
            p = NULL;
        x->place_tok[t] = p;
        x->dem_tok[t] = f | keep;
    }
    vg_ex_find_localities(x);
}

void vg_ex_scan_places(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = vg_ex_first_mark(sc, s->t0); k < sc->nmark && sc->mark[k].t0 < s->t1; k++) {
        size_t t = sc->mark[k].t0;
        const vg_place *p = x->place_tok[t];
        if (!p || vg_ex_in_dateline(x, t))
            continue; /* where the report was filed */
        if (x->dem_tok[t] & VG_EX_PF_DEM) {
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
    for (size_t i = 0; i < x->nlocal && si->nplaces < VG_EX_MAX_ITEMS; i++)
        if (x->local_t[i] >= s->t0 && x->local_t[i] < s->t1)
            si->places[si->nplaces++] = (vg_ex_placeref){&x->local[i], x->local_t[i]};
}

/* A compass word gazetteered alone (Cameroon's "East", "Nord") that opens
 * a longer unit name in brackets ("(East Gezira)", "(Nord Tibesti)"): the
 * word qualifies the name after it, it is no unit of its own. */
static int compass_head(const vg_ex_ctx *x, size_t k)
{
    const vg_scan *sc = &x->sc;
    static const char *const w[] = {"east", "west",  "north", "south",
                                    "est",  "ouest", "nord",  "sud"};
    size_t gl;
    if (sc->tok[k].mark < 0 || mark_end(x, k) != k + 1 || k + 1 >= sc->ntok ||
        sc->tok[k + 1].sent != sc->tok[k].sent || !is_name_tok(sc, k + 1) ||
        vg_ex_is_word(x, k + 1, VG_LX_UNITNOUN) || vg_scan_gap(sc, k, &gl)[0] != ' ' || gl != 1)
        return 0;
    for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
        if (vg_scan_is(sc, k, w[i]))
            return 1;
    return 0;
}

const vg_place *vg_ex_unit_after(const vg_ex_ctx *x, size_t end, int towns)
{
    const vg_scan *sc = &x->sc;
    if (end == 0 || end >= sc->ntok || sc->tok[end].sent != sc->tok[end - 1].sent)
        return NULL;
    size_t gl;
    const char *g = vg_scan_gap(sc, end - 1, &gl);
    int bracket = memchr(g, '(', gl) != NULL;
    const vg_place *country = NULL; /* "in Burkina Faso's Boucle du Mouhoun region" */
    for (size_t k = end; k < sc->ntok && k < end + 8 && sc->tok[k].sent == sc->tok[end].sent; k++) {
        const vg_place *p = x->place_tok[k];
        if (vg_ex_lex(x, k, VG_LX_NEARPREP, NULL))
            return country; /* "X near the Mali border": near, not in, Mali */
        if (bracket && k == end && compass_head(x, k))
            continue; /* "(East Gezira)": Gezira's, not Cameroon's East */
        const vg_place *home = bracket && p ? vg_ex_unit_abroad(x, p, k) : NULL;
        if (home) { /* "(Bani department)" beside Burkinabe actors: a unit of theirs */
            country = country ? country : home;
            k = mark_end(x, k) - 1;
            continue;
        }
        if (p && !(x->dem_tok[k] & VG_EX_PF_DEM) &&
            (p->level == VG_PLACE_ADMIN1 || p->level == VG_PLACE_ADMIN2 ||
             (p->level == VG_PLACE_TOWN &&
              (towns || (bracket && k == end) || vg_ex_unit_town(x, k)))))
            return p;
        if (p && p->level == VG_PLACE_COUNTRY && !country &&
            vg_scan_tag(sc, k, VG_TAG_PLACE, NULL)) {
            country = p;
            k = mark_end(x, k) - 1;
            if (vg_ex_possessive(x, k + 1))
                k++;
            continue;
        }
        if (bracket && is_name_tok(sc, k) && !p)
            continue; /* a unit the gazetteer lacks: "Karma (Namaro, Tillaberi)" */
        if (is_name_tok(sc, k) && !p && k + 1 < sc->ntok) {
            size_t n = 0; /* "Yogbo, Guma Local Government Area of Benue State" */
            for (size_t w = 3; w >= 1 && !n; w--) /* the longest: "local government area" */
                if (vg_ex_word(x, k + 1, w, VG_LX_UNITNOUN))
                    n = w;
            if (n) {
                k += n;
                continue;
            }
        }
        size_t le;
        if (vg_ex_lex(x, k, VG_LX_LOCPREP, &le) && le > k + 1) {
            k = le - 1; /* "dans le nord du", "in north-eastern" */
            continue;
        }
        if (!vg_ex_is_word(x, k, VG_LX_DET) && !vg_ex_lex(x, k, VG_LX_LOCPREP, NULL) &&
            !vg_ex_is_word(x, k, VG_LX_UNITNOUN) && !vg_scan_is(sc, k, "de") &&
            !vg_scan_is(sc, k, "du") && !vg_scan_is(sc, k, "of") && !vg_scan_is(sc, k, "d") &&
            !vg_scan_is(sc, k, "commune"))
            return country; /* a name or a word first: "Bamako to demand Keita's" */
    }
    return country;
}
