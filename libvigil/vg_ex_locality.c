/*
 * vg_ex_locality.c - extraction stage: places the gazetteer lacks.
 *
 * No gazetteer holds every village, and the villages it lacks are where
 * much of the violence happens.  A report says that a name is a place even
 * when nobody has listed it: "the village of Zaongo", "le hameau de X",
 * "Azur, a remote village in Damboa", or a name right after "in"/"near"
 * followed by the unit it is in ("near X in Borno State", "in X (Djibo,
 * Soum)", "à X, dans la région de Y"), or right before brackets that open
 * on a unit, whatever comes before it, as coders write ("attacked X
 * (Djibo, Soum)", "le poste de X (Say, Tillaberi)", "X commune
 * (Tahoua)"), or first of a pair ("between X and Y (Djibo, Soum)").  Such a name is the event's
 * place as written, in the country and units of the unit named beside it, else in the article's
 * country; it has no coordinates.  A gazetteer town of the same name in another country (or a
 * common word) does not stop it: the text says which one it is.  Each name is a capitalised run of
 * words (joined by spaces, hyphens or apostrophes: "Dogon-Daji", "N'Tillit"), never a word the
 * lexicon or the actor list knows.
 */
#include "vg_ex.h"
#include "vg_dict.h"
#include "vg_stem.h"

#include <math.h>
#include <string.h>

#define NAME_TOKS 4 /* words in a village name at most */
#define APPOS_ADJ 2 /* adjectives in "a small remote village" */

static int cap_tok(const vg_scan *sc, size_t t)
{
    return (sc->tok[t].flags & (VG_TF_CAP | VG_TF_ALLCAP)) != 0;
}

/* The word kinds (bits 1 << (kind - VG_LX_DET)) of the word at t: one
 * probe of the word dictionary for all of them. */
static unsigned word_kinds(const vg_ex_ctx *x, size_t t)
{
    size_t nh;
    const vg_dict_hit *h = vg_ex_word_hits(x, t, &nh);
    unsigned k = 0;
    for (size_t i = 0; i < nh; i++)
        if (h[i].tag == VG_TAG_LEX)
            k |= 1u << (((const vg_lex_entry *)h[i].val)->kind - VG_LX_DET);
    return k;
}

#define KIND(k) (1u << ((k)-VG_LX_DET))
#define NOT_A_NAME (KIND(VG_LX_DET) | KIND(VG_LX_UNITNOUN) | KIND(VG_LX_SETTLEMENT))

/* Can a village name start at t?  A capitalised word that is no function
 * word and no lexicon or actor phrase (a month, a weekday, a group); a
 * gazetteer name is fine (the text may mean another place of the name). */
static int name_start(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    if (t >= sc->ntok || !cap_tok(sc, t))
        return 0;
    if (sc->tok[t].mark >= 0) {
        const vg_mark *m = &sc->mark[sc->tok[t].mark];
        if (!(m->tags & (1u << VG_TAG_PLACE)) || (m->tags & (1u << VG_TAG_ACTOR)) ||
            (m->tags & (1u << VG_TAG_DEMONYM)))
            return 0;
        for (uint32_t h = 0; h < m->nhits; h++)
            if (m->hits[h].tag == VG_TAG_PLACE &&
                ((const vg_place *)m->hits[h].val)->level == VG_PLACE_COUNTRY)
                return 0; /* a country is never a village of another ("close to Mali") */
    }
    return !(word_kinds(x, t) & NOT_A_NAME);
}

/* The token after the name starting at t (t when none): capitalised words
 * joined by one space, a hyphen or an apostrophe; a word joined by a space
 * that starts a phrase of its own (a unit noun, a date) ends it. */
static size_t name_end(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    if (!name_start(x, t))
        return t;
    size_t e = t + 1;
    while (e < sc->ntok && e < t + NAME_TOKS && sc->tok[e].sent == sc->tok[t].sent &&
           cap_tok(sc, e)) {
        size_t gl;
        const char *g = vg_scan_gap(sc, e - 1, &gl);
        int glued = gl == 1 && (g[0] == '-' || g[0] == '\'');
        glued |= gl == 3 && (unsigned char)g[0] == 0xE2 && (unsigned char)g[2] == 0x99; /* ’ */
        if (!glued && !(gl == 1 && g[0] == ' '))
            break;
        if (!glued && (sc->tok[e].mark >= 0 || (word_kinds(x, e) & NOT_A_NAME)))
            break;
        e++;
    }
    return e;
}

/* The gazetteer phrase at t is exactly the name [t, end). */
static int mark_end_is(const vg_ex_ctx *x, size_t t, size_t end)
{
    return x->sc.tok[t].mark >= 0 && x->sc.mark[x->sc.tok[t].mark].t1 == end;
}

/* The gazetteer phrase at t holds the name [t, end) and maybe its unit
 * noun ("Benue State"). */
static int mark_covers(const vg_ex_ctx *x, size_t t, size_t end)
{
    return x->sc.tok[t].mark >= 0 && x->sc.mark[x->sc.tok[t].mark].t1 >= end;
}

int vg_ex_is_local(const vg_ex_ctx *x, const vg_place *p)
{
    return p >= x->local && p < x->local + x->nlocal;
}

/* The same country, and the same admin1 and admin2 where both are known
 * (a village the gazetteer lacks may lie in any unit it was not named
 * with). */
int vg_ex_local_compatible(const vg_place *a, const vg_place *b)
{
    if (strcmp(a->country, b->country) != 0)
        return 0;
    const char *a1 = a->level == VG_PLACE_ADMIN1 ? a->name : a->admin1;
    const char *b1 = b->level == VG_PLACE_ADMIN1 ? b->name : b->admin1;
    const char *a2 = a->level == VG_PLACE_ADMIN2 ? a->name : a->admin2;
    const char *b2 = b->level == VG_PLACE_ADMIN2 ? b->name : b->admin2;
    if (a1 && b1 && strcmp(a1, b1) != 0)
        return 0;
    return !a2 || !b2 || strcmp(a2, b2) == 0;
}

const vg_place *vg_ex_local_at(const vg_ex_ctx *x, size_t t)
{
    for (size_t i = 0; i < x->nlocal; i++)
        if (x->local_t[i] == t)
            return &x->local[i];
    return NULL;
}

/* The name [t, end) as a local place, in the country and units of unit (a
 * gazetteer place beside it, may be NULL), else of the article. */
static void add_local(vg_ex_ctx *x, size_t t, size_t end, const vg_place *unit)
{
    const char *cc = unit ? unit->country : x->art_country ? x->art_country->country : NULL;
    const vg_place *known = x->place_tok[t];
    if (!cc || vg_ex_local_at(x, t))
        return;
    if (x->nlocal == VG_EX_MAX_LOCAL) {
        x->place_caps++;
        return;
    }
    if (known && strcmp(known->country, cc) == 0 && mark_covers(x, t, end) &&
        (!unit || unit->level == VG_PLACE_COUNTRY || vg_ex_local_compatible(known, unit)))
        return; /* the gazetteer's own place (not a namesake in another unit: "Gao
                 * (Djibo, Soum)" is no town of Centre-Ouest) */
    vg_place *p = &x->local[x->nlocal];
    memset(p, 0, sizeof(*p));
    vg_ex_copy_tokens(x, t, end, x->local_name[x->nlocal], sizeof(x->local_name[0]));
    p->name = x->local_name[x->nlocal];
    memcpy(p->country, cc, 3);
    p->level = VG_PLACE_TOWN;
    p->local = 1;
    p->lat = p->lon = NAN;
    if (unit && unit->level == VG_PLACE_ADMIN1) {
        p->admin1 = unit->name;
    } else if (unit && unit->level == VG_PLACE_ADMIN2) {
        p->admin1 = unit->admin1;
        p->admin2 = unit->name;
    } else if (unit && unit->level == VG_PLACE_TOWN) {
        p->admin1 = unit->admin1;
        p->admin2 = unit->admin2;
    }
    x->local_t[x->nlocal++] = t;
    x->place_tok[t] = NULL; /* a foreign town or a word of the name: not this place */
    x->dem_tok[t] = 0;
}

/* "the village of X", "le village de X", "la localité d'X": the token
 * after the preposition, or 0. */
static size_t after_noun_of(const vg_ex_ctx *x, size_t k)
{
    const vg_scan *sc = &x->sc;
    if (!vg_ex_is_word(x, k, VG_LX_SETTLEMENT))
        return 0; /* (both readings below need the noun: the cached test first) */
    /* a French adjective may follow the noun: "le détachement militaire de X" */
    size_t a = k + 3 < sc->ntok && sc->tok[k + 3].sent == sc->tok[k].sent && !cap_tok(sc, k + 1) &&
                       !vg_scan_is(sc, k + 1, "of") && !vg_scan_is(sc, k + 1, "de") &&
                       !vg_scan_is(sc, k + 1, "d") && vg_ex_is_word(x, k, VG_LX_SETTLEMENT) &&
                       (vg_scan_is(sc, k + 2, "de") || vg_scan_is(sc, k + 2, "d")) &&
                       cap_tok(sc, k + 3)
                   ? 1
                   : 0;
    if (a && !vg_ex_is_word(x, k + 1, VG_LX_DET) && !vg_ex_lex(x, k + 1, VG_LX_LOCPREP, NULL))
        return k + 3;
    if (k + 2 >= sc->ntok || sc->tok[k + 2].sent != sc->tok[k].sent || !cap_tok(sc, k + 2))
        return 0;
    if (!vg_scan_is(sc, k + 1, "of") && !vg_scan_is(sc, k + 1, "de") && !vg_scan_is(sc, k + 1, "d"))
        return 0;
    if (cap_tok(sc, k) && k > sc->sent[sc->tok[k].sent].t0 && cap_tok(sc, k - 1))
        return 0; /* a name's word: "Local Government Area of Benue" */
    return vg_ex_is_word(x, k, VG_LX_SETTLEMENT) ? k + 2 : 0;
}

/* "X, a remote village", "X, un village": the name ends at e, before the
 * comma; the name is the object of a verb or a preposition (not a
 * sentence's subject: "Police, a force...").  The token after the noun
 * (where its unit may follow: "a remote village in Damboa"), or 0. */
static size_t appositive(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    size_t gl;
    const char *g = vg_scan_gap(sc, e - 1, &gl);
    if (e >= sc->ntok || sc->tok[e].sent != sc->tok[t].sent || gl < 1 || g[0] != ',')
        return 0;
    if (t == sc->sent[sc->tok[t].sent].t0 || cap_tok(sc, t - 1))
        return 0;
    if (!(vg_scan_is(sc, e, "a") || vg_scan_is(sc, e, "an") || vg_scan_is(sc, e, "un") ||
          vg_scan_is(sc, e, "une")))
        return 0;
    for (size_t k = e + 1;
         k < sc->ntok && k <= e + 1 + APPOS_ADJ && sc->tok[k].sent == sc->tok[t].sent; k++) {
        if (vg_ex_is_word(x, k, VG_LX_SETTLEMENT))
            return k + 1;
        if (cap_tok(sc, k))
            return 0;
    }
    return 0;
}

/* "X village", "X town": the name [t, e) is followed by a settlement noun
 * in lower case (a phrase of the gazetteer that runs on over it is not:
 * "Cape Town"). */
static int noun_after(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    size_t gl;
    const char *g = vg_scan_gap(sc, e - 1, &gl);
    if (e >= sc->ntok || sc->tok[e].sent != sc->tok[t].sent || cap_tok(sc, e) || gl != 1 ||
        g[0] != ' ')
        return 0;
    if (sc->tok[t].mark >= 0 && sc->mark[sc->tok[t].mark].t1 > e)
        return 0;
    return vg_ex_is_word(x, e, VG_LX_SETTLEMENT) && !vg_scan_is(sc, e, "city");
}

/* Known place q, named before unit u of another country, is that place
 * and u a smaller namesake abroad of a unit the gazetteer lacks: q's name
 * is its own and u is a town of fewer people ("Kumba (Meme)": Cameroon's
 * Kumba, not a village of Meme in Côte d'Ivoire). */
static int outweighs_unit(const vg_place *q, const vg_place *u)
{
    return u->level == VG_PLACE_TOWN && q->level != VG_PLACE_COUNTRY &&
           strcmp(q->country, u->country) != 0 && q->unique >= VG_UNIQUE_AFRICA &&
           q->population > u->population;
}

/* "X (Djibo, Soum)": the name [t, e) followed by brackets that open on
 * a town or unit of the gazetteer is a village of that unit, as coders
 * write (the brackets hold where the place lies, not another name: "Boko
 * Haram (JAS)", "Mali (Kidal)" give no unit or the gazetteer's own
 * place).  The unit, or NULL. */
static const vg_place *bracket_unit(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    size_t gl;
    const char *g = vg_scan_gap(sc, e - 1, &gl);
    if (e >= sc->ntok || sc->tok[e].sent != sc->tok[t].sent || !memchr(g, '(', gl))
        return NULL;
    const vg_place *u = vg_ex_unit_after(x, e, 0);
    if (!u || u->level == VG_PLACE_COUNTRY)
        return NULL;
    const vg_mark *m = sc->tok[t].mark >= 0 ? &sc->mark[sc->tok[t].mark] : NULL;
    if (m && m->t1 == e)
        for (uint32_t h = 0; h < m->nhits; h++) {
            const vg_place *q = m->hits[h].val;
            if (m->hits[h].tag != VG_TAG_PLACE)
                continue;
            if (vg_ex_local_compatible(q, u))
                return NULL; /* the gazetteer's own place of that unit */
            if (outweighs_unit(q, u))
                return NULL;
        }
    return u;
}

/* "X, 14 km north of Djibo", "X near Y (Say, Tillaberi)": the name [t, e)
 * lies near a town or unit, in its country and units.  That place, or
 * NULL. */
static const vg_place *ref_unit(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    size_t gl;
    const char *g = vg_scan_gap(sc, e - 1, &gl);
    if (e >= sc->ntok || sc->tok[e].sent != sc->tok[t].sent ||
        !(gl == 1 || (gl == 2 && g[0] == ',')))
        return NULL;
    size_t r = vg_ex_ref_after(x, e);
    if (!r)
        return NULL;
    const vg_place *u = x->place_tok[r];
    if (u && (x->dem_tok[r] & VG_EX_PF_DEM))
        u = NULL;
    if (!u) {
        size_t e2 = name_end(x, r);
        u = e2 > r ? bracket_unit(x, r, e2) : NULL;
    }
    if (!u || u->level == VG_PLACE_COUNTRY)
        return NULL;
    const vg_mark *m = sc->tok[t].mark >= 0 ? &sc->mark[sc->tok[t].mark] : NULL;
    for (uint32_t h = 0; m && m->t1 == e && h < m->nhits; h++)
        if (m->hits[h].tag == VG_TAG_PLACE &&
            strcmp(((const vg_place *)m->hits[h].val)->country, u->country) == 0)
            return NULL; /* the gazetteer's town of that country: "Kaya, 100 km north of
                          * Ouagadougou" (near, so maybe in another unit) */
    return u;
}

/* "between X and Y (Djibo, Soum)", "entre X et Y, dans le cercle de Z":
 * the first of two names [t, e) joined by "and"/"et" after "between"/
 * "entre" lies in the unit given after the second.  The unit, or NULL. */
static const vg_place *pair_unit(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    if (!vg_scan_is(sc, t - 1, "between") && !vg_scan_is(sc, t - 1, "entre"))
        return NULL;
    if (e + 1 >= sc->ntok || sc->tok[e + 1].sent != sc->tok[t].sent ||
        (!vg_scan_is(sc, e, "and") && !vg_scan_is(sc, e, "et")))
        return NULL;
    size_t e2 = name_end(x, e + 1);
    if (e2 == e + 1)
        return NULL;
    const vg_place *u = bracket_unit(x, e + 1, e2);
    if (!u && x->place_tok[e + 1] && x->place_tok[e + 1]->level != VG_PLACE_COUNTRY &&
        mark_end_is(x, e + 1, e2))
        u = x->place_tok[e + 1]; /* between X and Djibo: X lies near Djibo */
    if (!u)
        u = vg_ex_unit_after(x, e2, 0);
    if (!u || u->level == VG_PLACE_COUNTRY ||
        (x->place_tok[t] && vg_ex_local_compatible(x->place_tok[t], u)))
        return NULL;
    return u;
}

/* The name at t is the target of an act: "an attack on X", "l'attaque
 * contre X", "un assaut sur X" (followed by its unit, it is a place). */
static int target_prep(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    return t > 0 && sc->tok[t - 1].sent == sc->tok[t].sent &&
           (vg_scan_is(sc, t - 1, "on") || vg_scan_is(sc, t - 1, "contre") ||
            vg_scan_is(sc, t - 1, "sur") || vg_scan_is(sc, t - 1, "against"));
}

/* The name at t continues a longer proper name through "of"/"de": "the
 * Union of Democratic Forces of Guinea", "Université de X" (an
 * organisation, not a place of that name). */
static int name_of(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    return t >= 2 && sc->tok[t - 2].sent == sc->tok[t].sent &&
           (vg_scan_is(sc, t - 1, "of") || vg_scan_is(sc, t - 1, "de")) && cap_tok(sc, t - 2) &&
           t - 2 > sc->sent[sc->tok[t].sent].t0;
}

/* A place right after token e (where a unit may follow a name): a cheap
 * test before the costlier ones. */
static int place_soon(const vg_ex_ctx *x, size_t e, size_t t1)
{
    for (size_t k = e; k < t1 && k < e + 8; k++)
        if (x->place_tok[k])
            return 1;
    return 0;
}

/* The name [t, e) is the bare object of a violent act and a direction
 * phrase follows it after a comma ("stormed X, east of the town", "ont
 * attaqué X, à l'ouest de la ville"): the text says it is a place even
 * when the place it is near goes unnamed. */
static int act_target_near(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    size_t gl, k = e;
    const char *g = vg_scan_gap(sc, e - 1, &gl);
    if (e >= sc->ntok || sc->tok[e].sent != sc->tok[t].sent || gl != 2 || g[0] != ',' ||
        !vg_ex_act_object(x, t) || x->place_tok[t])
        return 0;
    const vg_num *num = vg_ex_num_at(x, k);
    if (num && num->t1 > k)
        k = num->t1; /* "X, 20 km east of" */
    else if (k < sc->ntok && (sc->tok[k].flags & (VG_TF_DIGPFX | VG_TF_DIGIT)))
        k++;
    return k < sc->ntok && sc->tok[k].sent == sc->tok[t].sent &&
           vg_ex_lex(x, k, VG_LX_NEARPREP, NULL);
}

/* The name [t, e) is two or more place names joined by spaces, none of
 * them a country or a people nor a unit the first lies in ("Dusuman
 * Kura", "Tudun Kano"): one village of its own, not the first place
 * ("Mali Niger", "Mubi Adamawa" are no village names). */
static int places_no_country(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    size_t gl;
    if (e < sc->ntok && sc->tok[e].sent == sc->tok[t].sent && cap_tok(sc, e) &&
        (vg_scan_gap(sc, e - 1, &gl), gl == 1))
        return 0; /* a longer name goes on: "Modibo Keita Senou airport" */
    size_t k = t;
    if (sc->tok[k].mark < 0)
        k++; /* the first word may be unknown: "Tungar Kano" */
    while (k < e) {
        if (sc->tok[k].mark < 0)
            return 0;
        const vg_mark *m = &sc->mark[sc->tok[k].mark];
        if (m->tags & (1u << VG_TAG_DEMONYM))
            return 0;
        for (uint32_t h = 0; h < m->nhits; h++) {
            const vg_place *q = m->hits[h].val;
            if (m->hits[h].tag != VG_TAG_PLACE)
                continue;
            if (q->level == VG_PLACE_COUNTRY ||
                (k > t && x->place_tok[t] && vg_ex_local_compatible(x->place_tok[t], q)))
                return 0; /* "Mubi Adamawa": a town and its unit, the comma left out */
        }
        k = m->t1;
    }
    return 1;
}

/* The country that every place word of the name [t, e) is in, when the
 * article has none: "in Tudun Kano" is a village of Nigeria (all of Kano's
 * places are Nigerian); a word with places in two countries gives none. */
static const vg_place *words_country(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    const char *cc = NULL;
    for (size_t k = t; k < e; k++) {
        if (sc->tok[k].mark < 0)
            continue;
        const vg_mark *m = &sc->mark[sc->tok[k].mark];
        for (uint32_t h = 0; h < m->nhits; h++) {
            if (m->hits[h].tag != VG_TAG_PLACE)
                continue;
            const char *c = ((const vg_place *)m->hits[h].val)->country;
            if (cc && strcmp(cc, c) != 0)
                return NULL;
            cc = c;
        }
        k = m->t1 - 1;
    }
    return cc && x->kb->gaz ? vg_gaz_country(x->kb->gaz, cc) : NULL;
}

/* The name [t, e) is a word the lexicon, the actors and the gazetteer do
 * not know, right after "in", "near" or "à" and at the end of its clause
 * (a comma, a full stop, a date or a lower-case word follows): in a report
 * whose country is known and African (the gazetteer has every town of
 * those, none elsewhere), a village of it ("killed 3 militants in
 * Kwobtenga."). */
static int bare_in(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    size_t gl;
    if (!x->art_country || !x->art_country->african || sc->tok[t].mark >= 0 || t < 2 ||
        name_of(x, t) ||
        !(vg_scan_is(sc, t - 1, "in") || vg_scan_is(sc, t - 1, "near") ||
          (vg_scan_is(sc, t - 1, "a") && sc->lang == VG_STEM_FR)) ||
        (vg_scan_gap(sc, t - 2, &gl), gl != 1) || cap_tok(sc, t - 1))
        return 0; /* "à X", not "Jama'a Nusrat" */
    for (size_t k = t; k < e; k++)
        if (sc->tok[k].mark >= 0 || (sc->tok[k].flags & VG_TF_ALLCAP))
            return 0; /* "in Abuja Kano", "in UN" */
    if (e >= sc->ntok || sc->tok[e].sent != sc->tok[t].sent || !cap_tok(sc, e))
        return 1;
    const char *g = vg_scan_gap(sc, e - 1, &gl);
    return memchr(g, '(', gl) != NULL;
    /* or brackets follow, with a unit the gazetteer lacks: "in Kwobtenga (Rollo)" */
}

/* "the X mining site (Tibesti)", "the X gold mine (Gao)": the name [t, e)
 * is followed by up to three lower-case words ending in "site" or "mine"
 * and by brackets.  The token after the bracket (where the unit starts),
 * or 0.  The site keeps its name as written, whatever a word of it names
 * elsewhere ("Kouri Bougoudi" is no Kouri of Mali). */
static size_t spot_bracket(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    size_t gl;
    for (size_t k = e; k < e + 3 && k + 1 < sc->ntok && sc->tok[k + 1].sent == sc->tok[t].sent;
         k++) {
        const char *g = vg_scan_gap(sc, k - 1, &gl);
        if (cap_tok(sc, k) || gl != 1 || (g[0] != ' ' && g[0] != '-'))
            return 0;
        g = vg_scan_gap(sc, k, &gl);
        if (memchr(g, '(', gl))
            return vg_scan_is(sc, k, "site") || vg_scan_is(sc, k, "mine") ? k + 1 : 0;
    }
    return 0;
}

/* The local places of sentence s. */
static void find_in(vg_ex_ctx *x, const vg_sent *s)
{
    const vg_scan *sc = &x->sc;
    size_t gl2;
    for (size_t t = s->t0; t < s->t1; t++) {
        size_t n = after_noun_of(x, t);
        if (n) { /* the village of X */
            size_t e = name_end(x, n), e2 = e;
            while (e2 < s->t1 && e2 < n + NAME_TOKS && cap_tok(sc, e2) && sc->tok[e2].mark >= 0 &&
                   sc->mark[sc->tok[e2].mark].tags == (1u << VG_TAG_PLACE) &&
                   (vg_scan_gap(sc, e2 - 1, &gl2), gl2 == 1))
                e2 = sc->mark[sc->tok[e2].mark].t1;
            if (e > n && e2 > e && places_no_country(x, n, e2))
                e = e2; /* "the village of Wuro Saba" */
            if (e > n)
                add_local(x, n, e, vg_ex_unit_after(x, e, 1));
            continue;
        }
        if (!cap_tok(sc, t) ||
            (t > s->t0 && cap_tok(sc, t - 1) && !vg_ex_is_word(x, t - 1, VG_LX_DET) &&
             !vg_ex_lex(x, t - 1, VG_LX_LOCPREP, NULL)))
            continue; /* a name's first word */
        size_t e = name_end(x, t);
        if (e == t)
            continue;
        size_t e2 = e; /* "Dan Kade village": a word of the name is a place elsewhere */
        while (e2 < s->t1 && e2 < t + NAME_TOKS && cap_tok(sc, e2) && sc->tok[e2].mark >= 0 &&
               sc->mark[sc->tok[e2].mark].tags == (1u << VG_TAG_PLACE) &&
               (vg_scan_gap(sc, e2 - 1, &gl2), gl2 == 1))
            e2 = sc->mark[sc->tok[e2].mark].t1;
        if (e2 > e && (noun_after(x, t, e2) || bracket_unit(x, t, e2)))
            e = e2; /* and "Gidan Bakura (Maru, Zamfara)", "Tin Gao (Ansongo, Gao)" */
        else if (e2 > e && vg_ex_after_locprep(x, t) && places_no_country(x, t, e2)) {
            const vg_place *u = vg_ex_unit_after(x, e2, 0);
            add_local(x, t, e2,
                      u || x->art_country ? u : words_country(x, t, e2)); /* "in Dusuman Kura." */
            t = e2 - 1;
            continue;
        }
        if (noun_after(x, t, e)) { /* Gidan Dawa village (Maru, Zamfara) */
            const vg_place *u = vg_ex_unit_after(x, e + 1, 1);
            /* "the Christian community in Kaduna" names people: a community
             * is a place after "of" or as an appositive ("Yogbo, a farming
             * community in Guma") */
            if (!vg_scan_is(sc, e, "community") && !vg_scan_is(sc, e, "communities"))
                add_local(x, t, e, u);
            t = e;
            continue;
        }
        size_t sb = spot_bracket(x, t, e);
        const vg_place *bu = sb ? vg_ex_unit_after(x, sb, 0) : bracket_unit(x, t, e);
        if (sb && bu && bu->level == VG_PLACE_COUNTRY)
            bu = NULL;
        if (!bu && t > s->t0)
            bu = ref_unit(x, t, e);
        if (bu) { /* attacked Bantagoudi (Djibo, Soum); le poste de X (Say, Tillaberi) */
            add_local(x, t, e, bu);
            t = e - 1;
            continue;
        }
        if (t == s->t0 || cap_tok(sc, t - 1)) {
            t = e - 1;
            continue; /* a sentence's subject, or a name after "In": not an object */
        }
        size_t a = appositive(x, t, e);
        const vg_place *pu = a ? NULL : pair_unit(x, t, e);
        if (pu) {
            add_local(x, t, e, pu); /* between X and Y (Djibo, Soum) */
        } else if (a) {
            add_local(x, t, e, vg_ex_unit_after(x, a, 1)); /* X, a remote village (in Y) */
        } else if (act_target_near(x, t, e)) {
            add_local(x, t, e, vg_ex_unit_after(x, e, 0)); /* stormed X, east of the town */
        } else if (place_soon(x, e, s->t1) && (vg_ex_after_locprep(x, t) || target_prep(x, t)) &&
                   !name_of(x, t)) {
            const vg_place *unit = vg_ex_unit_after(x, e, 0);
            if (unit &&
                (!x->place_tok[t] || (strcmp(x->place_tok[t]->country, unit->country) != 0 &&
                                      !outweighs_unit(x->place_tok[t], unit))))
                add_local(x, t, e, unit); /* near X in Borno State, in X (Djibo, Soum) */
        } else if (bare_in(x, t, e)) {
            add_local(x, t, e, NULL); /* "VDP killed 3 militants in Kwobtenga." */
        }
        t = e - 1;
    }
}

/* A name the text has shown to be a village of its own ("le village de
 * Sindo, commune de Bourzanga") is that village wherever else the text
 * names it alone, in a headline ("Attaque de Sindo :") or a later
 * sentence, not the gazetteer's namesake abroad.  The villages found so
 * far (n of them) are echoed at the gazetteer's marks of the same name. */
static void echo_locals(vg_ex_ctx *x, size_t n)
{
    const vg_scan *sc = &x->sc;
    char buf[sizeof(x->local_name[0])];
    for (size_t m = 0; m < sc->nmark && x->nlocal < VG_EX_MAX_LOCAL; m++) {
        size_t t = sc->mark[m].t0;
        const vg_place *p = x->place_tok[t];
        if (!p || p->level == VG_PLACE_COUNTRY || (x->dem_tok[t] & VG_EX_PF_DEM) ||
            vg_ex_local_at(x, t))
            continue;
        vg_ex_copy_tokens(x, t, sc->mark[m].t1, buf, sizeof(buf));
        for (size_t i = 0; i < n; i++) {
            if (strcmp(buf, x->local_name[i]) != 0 || strcmp(p->country, x->local[i].country) == 0)
                continue;
            vg_place *q = &x->local[x->nlocal];
            *q = x->local[i];
            memcpy(x->local_name[x->nlocal], x->local_name[i], sizeof(x->local_name[0]));
            q->name = x->local_name[x->nlocal];
            x->local_t[x->nlocal++] = t;
            x->place_tok[t] = NULL;
            x->dem_tok[t] = 0;
            break;
        }
    }
}

void vg_ex_find_localities(vg_ex_ctx *x)
{
    const vg_scan *sc = &x->sc;
    x->nlocal = 0;
    for (size_t i = 0; i < sc->nsent; i++)
        find_in(x, &sc->sent[i]);
    echo_locals(x, x->nlocal);
}
