/*
 * vg_ex_actors.c - extraction stage: which actors a sentence names.
 *
 * Actors are named (actors.tsv) or generic (lexicon labels: "Islamist
 * militants").  A group named only as another's affiliation ("al
 * Qaeda-linked"), a generic noun that names the same group as the actor
 * before it ("JNIM militants"), an alias of another country's actor and a
 * police or army cited as a source are not actors of the sentence.  Claims
 * take their source from the nearest actor or source cue.  People named in
 * a list after an arrest cue are counted when no figure is given.  Generic
 * labels are written with the event's country (the templates of
 * knowledge/types.tsv: "Civilians (Mali)"), and a generic label of the
 * state's forces is the country's army by its one name in actors.tsv
 * ("Malian Armed Forces", never also "Military Forces of Mali").  Who did
 * what to whom is vg_ex_agent.c's.
 */
#include "vg_ex.h"
#include "vg_dict.h"
#include "vg_fmt.h"

#include <string.h>

/* Only spaces, a hyphen or an apostrophe between tokens t and t+1: the
 * same name or title goes on. */
static int tight_gap(const vg_ex_ctx *x, size_t t)
{
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, t, &gl);
    if (gl > 3)
        return 0;
    for (size_t i = 0; i < gl; i++)
        if (g[i] != ' ' && g[i] != '-' && g[i] != '\'')
            return 0;
    return 1;
}

static int plural_word(const vg_ex_ctx *x, size_t t)
{
    const vg_tok *k = &x->sc.tok[t];
    char c = k->e > k->s ? x->sc.text[k->e - 1] : 0;
    return c == 's' || c == 'x';
}

enum { PI_PRONOUN = 1, PI_NAMED, PI_TITLE };

/* One person named in a list: an object pronoun, or an optional short
 * determiner ("the", "le", "of the") then capitalised name words and
 * singular official titles ("Prime Minister Boubou Cisse", "the Defence
 * Minister", "le président Mohamed Bazoum").  Places, dates, demonyms,
 * acronyms and other person nouns (soldiers) end it.  Returns the token
 * after the item (t when none) and its kind: PI_TITLE when it ends with a
 * title and names nobody ("the president"). */
static size_t person_item(const vg_ex_ctx *x, size_t t, size_t s1, int ndet, int *kind)
{
    const vg_scan *sc = &x->sc;
    if (t < s1 && vg_ex_is_word(x, t, VG_LX_PRONOUN)) {
        *kind = PI_PRONOUN;
        return t + 1;
    }
    size_t k = t;
    for (int d = 0; d < ndet && k + 1 < s1; d++) {
        const vg_tok *tk = &sc->tok[k];
        if ((tk->flags & (VG_TF_CAP | VG_TF_DIGIT | VG_TF_DIGPFX)) || tk->e - tk->s > 3 ||
            !tight_gap(x, k))
            break;
        k++;
    }
    size_t start = k;
    int last_title = 0;
    while (k < s1) {
        size_t e;
        if (k > start && !tight_gap(x, k - 1))
            break;
        if (x->place_tok[k] || vg_ex_date_at(x, k) || vg_ex_num_at(x, k) ||
            vg_ex_lex(x, k, VG_LX_WDAY, NULL) || vg_ex_lex(x, k, VG_LX_MONTH, NULL))
            break;
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, &e);
        if (v) {
            if (v->val != VG_VC_OFFICIAL || plural_word(x, e - 1))
                return t; /* "senior officials", "soldiers": not one person */
            last_title = 1;
            k = e;
            continue;
        }
        const vg_tok *tk = &sc->tok[k];
        if (!(tk->flags & VG_TF_CAP) || (tk->flags & (VG_TF_ALLCAP | VG_TF_DIGIT)))
            break;
        last_title = 0;
        k++;
    }
    if (k == start || vg_ex_possessive(x, k))
        return t; /* "Keita's bodyguards" */
    if (k < s1 && !last_title && tight_gap(x, k - 1) && vg_ex_lex(x, k, VG_LX_VICTIM, NULL))
        return t; /* "Boko Haram commanders": names qualifying a person noun */
    *kind = last_title ? PI_TITLE : PI_NAMED;
    return k;
}

/* People listed from token t: "him, Prime Minister Boubou Cisse and ...",
 * "X et Y".  A title and a name side by side between commas are one person
 * ("the president, Mohamed Bazoum").  Returns the count, *end the token
 * after the last person. */
static int person_list(const vg_ex_ctx *x, size_t t, size_t s1, size_t *end)
{
    int n = 0, prev = 0, comma = 0;
    size_t k = t;
    *end = t;
    for (;;) {
        int kind = 0;
        size_t e = person_item(x, k, s1, n ? 1 : 2, &kind);
        if (e == k)
            break;
        if (!(comma &&
              ((prev == PI_TITLE && kind == PI_NAMED) || (prev == PI_NAMED && kind == PI_TITLE))))
            n++;
        prev = kind;
        *end = e;
        if (e >= s1)
            break;
        size_t gl, je;
        const char *g = vg_scan_gap(&x->sc, e - 1, &gl);
        comma = gl && memchr(g, ',', gl) != NULL;
        if (comma && vg_ex_lex(x, e, VG_LX_NUMJOIN, &je) && tight_gap(x, e)) {
            k = je; /* "A, B, and C" */
            comma = 0;
        } else if (comma && gl <= 3) {
            k = e;
        } else if (!comma && tight_gap(x, e - 1) && vg_ex_lex(x, e, VG_LX_NUMJOIN, &je)) {
            k = je;
        } else {
            break;
        }
    }
    return n;
}

/* How many people a sentence without an arrest figure names as arrested:
 * the list right after the arrest cue ("detained him, the Prime Minister
 * and the Defence Minister": 3), or two or more people just before a
 * passive one ("X and Y were arrested", "X et Y ont été interpellés"). */
int vg_ex_named_arrests(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si)
{
    size_t tt = si->trig_t[VG_EV_ARREST], te = si->trig_e[VG_EV_ARREST], end;
    int n = person_list(x, te, s->t1, &end);
    if (n)
        return n;
    size_t lo = tt > s->t0 + 16 ? tt - 16 : s->t0;
    for (size_t k = lo; k < tt; k++) {
        if (k > s->t0 && (x->sc.tok[k - 1].flags & VG_TF_CAP) && tight_gap(x, k - 1))
            continue; /* inside a name */
        n = person_list(x, k, tt, &end);
        if (n < 2 || end + 3 < tt)
            continue;
        int aux = 1; /* only auxiliaries between: "were", "have been", "ont été" */
        for (size_t j = end; j < tt && aux; j++)
            aux = !(x->sc.tok[j].flags & (VG_TF_CAP | VG_TF_DIGIT)) &&
                  !vg_ex_lex(x, j, VG_LX_VICTIM, NULL) && !x->place_tok[j] && !vg_ex_date_at(x, j);
        if (aux)
            return n;
    }
    return 0;
}

void vg_ex_add_actor(vg_ex_sent *si, const vg_ex_actor *a)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (strcmp(si->actors[i].name, a->name) == 0)
            return;
    if (si->nactors < VG_EX_MAX_ITEMS)
        si->actors[si->nactors++] = *a;
}

void vg_ex_claim_source(const vg_ex_ctx *x, const vg_sent *s, size_t t, size_t e, int pos,
                        vg_ex_sent *si)
{
    if (si->claim[0])
        return;
    size_t lo = pos == VG_CL_BEFORE ? e : (t > s->t0 + 8 ? t - 8 : s->t0);
    size_t hi =
        pos == VG_CL_BEFORE ? (e + 8 < s->t1 ? e + 8 : s->t1) : (e + 6 < s->t1 ? e + 6 : s->t1);
    const char *best = NULL;
    size_t bestd = (size_t)-1;
    for (size_t k = lo; k < hi; k++) {
        const char *name = NULL;
        const vg_lex_entry *src = vg_ex_lex(x, k, VG_LX_SOURCE, NULL);
        const vg_actor_def *ad = vg_scan_tag(&x->sc, k, VG_TAG_ACTOR, NULL);
        if (src)
            name = src->label;
        else if (ad)
            name = ad->name;
        if (!name)
            continue;
        size_t d = k < t ? t - k : k - t;
        if (pos == VG_CL_RESP && k > t)
            d += 100; /* the claimant precedes "claimed" */
        if (d < bestd) {
            bestd = d;
            best = name;
        }
    }
    if (best)
        vg_ex_copy_str(si->claim, sizeof(si->claim), best);
    else if (pos == VG_CL_BEFORE && e < s->t1)
        vg_ex_copy_tokens(x, e, e + 4 < s->t1 ? e + 4 : s->t1, si->claim, sizeof(si->claim));
}

/* An event word ("attacks", "l'attaque") ends right before token k. */
static int trigger_ends_at(const vg_ex_ctx *x, size_t k)
{
    for (size_t j = k; j-- > 0 && j + 3 >= k;) {
        size_t e = 0;
        if (vg_ex_lex(x, j, VG_LX_TRIG, &e) && e == k)
            return 1;
    }
    return 0;
}

/* A group named only as the affiliation of another ("al Qaeda-linked",
 * "jihadists linked to the Islamic State", "JNIM, affilié à al-Qaïda"): the
 * token just after [t, end) says so, or an affiliation word shortly before
 * t - unless that word follows an event word ("attacks linked to JNIM"
 * name JNIM as the attacker). */
int vg_ex_affiliation(const vg_ex_ctx *x, size_t t, size_t end)
{
    const vg_scan *sc = &x->sc;
    if (end < sc->ntok && sc->tok[end].sent == sc->tok[t].sent &&
        vg_ex_is_word(x, end, VG_LX_AFFILAFTER))
        return 1;
    /* "linked to (the)", "liés à (l')", "affiliated with" before t */
    for (size_t back = 2; back <= 4 && back <= t; back++)
        if (sc->tok[t - back].sent == sc->tok[t].sent &&
            vg_ex_is_word(x, t - back, VG_LX_AFFILBEFORE))
            return !trigger_ends_at(x, t - back);
    return 0;
}

/* A generic noun right after a named actor of its class, or inside one
 * (a named actor of the class starts at the same mark), names the same
 * group: "JNIM militants", "FAMa soldiers", "soldats nigériens". */
int vg_ex_same_group(const vg_ex_ctx *x, const vg_mark *m, const vg_ex_actor *named,
                     size_t named_end, int cls)
{
    if (!cls)
        return 0;
    for (uint32_t h = 0; h < m->nhits && (m->tags & (1u << VG_TAG_ACTOR)); h++)
        if (m->hits[h].tag == VG_TAG_ACTOR && ((const vg_actor_def *)m->hits[h].val)->vclass == cls)
            return 1;
    return named && named_end == m->t0 && named->cls == cls && vg_ex_tok_joined(x, m->t0);
}

/* An alias shared by actors of several countries ("CNSP": Mali's junta of
 * 2012, Niger's of 2023; "RSF") names one: the article's country's, else a
 * transnational one, else the first (vg_actor_best); when none
 * is the article's country's, a state body it names is that country's own,
 * which the dictionary lacks ("the presidential guard" in a Malian article
 * is neither Niger's nor Guinea's): no actor rather than a wrong one. */
/* An actor that may take up arms: not an organisation, a medium, a party
 * or a person. */
int vg_ex_armed_kind(const vg_actor_def *a)
{
    static const char *const unarmed[] = {"organisation", "media", "political_party", "person"};
    for (size_t i = 0; a->kind && i < sizeof(unarmed) / sizeof(unarmed[0]); i++)
        if (strcmp(a->kind, unarmed[i]) == 0)
            return 0;
    return 1;
}

/* The phrase of mark m names armed men: a soldier's or fighter's noun right
 * after it ("RSF fighters"), or an act of violence within three tokens
 * ("RSF attacked", "RSF shelled", "RSF killed"). */
int vg_ex_armed_phrase(const vg_ex_ctx *x, const vg_mark *m)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = m->t1; k < m->t1 + 3 && k < sc->ntok && sc->tok[k].sent == sc->tok[m->t0].sent;
         k++) {
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, NULL);
        if (!v)
            v = vg_ex_lex(x, k, VG_LX_ACTOR, NULL);
        if (k == m->t1 && v && (v->val == VG_VC_MILITARY || v->val == VG_VC_MILITANT))
            return 1;
        if (vg_ex_lex(x, k, VG_LX_TRIG, NULL) || vg_ex_lex(x, k, VG_LX_KILL, NULL))
            return 1;
    }
    return 0;
}

/* The actor the phrase of mark m names, by the article's country (vg_actor_best);
 * in a context of armed men, among those that may take up arms ("RSF
 * fighters" are the Rapid Support Forces wherever the article is placed,
 * never Reporters Without Borders). */
static const vg_actor_def *best_of_mark(const vg_ex_ctx *x, const vg_mark *m, const char *cc)
{
    const vg_actor_def *best = vg_actor_best(m->hits, m->nhits, cc);
    if (!best || vg_ex_armed_kind(best) || !vg_ex_armed_phrase(x, m))
        return best;
    vg_dict_hit armed[8];
    size_t n = 0;
    for (uint32_t h = 0; h < m->nhits && n < 8; h++)
        if (m->hits[h].tag == VG_TAG_ACTOR && vg_ex_armed_kind(m->hits[h].val))
            armed[n++] = m->hits[h];
    return n ? vg_actor_best(armed, n, cc) : best;
}

int vg_ex_other_countrys(const vg_ex_ctx *x, const vg_mark *m, const vg_actor_def *a)
{
    const char *cc = x->art_country ? x->art_country->country : NULL;
    if (best_of_mark(x, m, cc) != a)
        return 1; /* one actor per phrase: "RSF" in Sudan is not also Reporters Without Borders */
    if (!cc || !a->country[0] || strcmp(a->country, cc) == 0)
        return 0;
    int shared = 0;
    for (uint32_t h = 0; h < m->nhits; h++) {
        const vg_actor_def *d = m->hits[h].val;
        if (m->hits[h].tag != VG_TAG_ACTOR || d == a)
            continue;
        if (strcmp(d->country, x->art_country->country) == 0)
            return 1;
        shared |= strcmp(d->country, a->country) != 0;
    }
    return shared && a->kind &&
           (strcmp(a->kind, "state_forces") == 0 || strcmp(a->kind, "government") == 0);
}

/* A generic actor that is a source of the report, not a party to it: "a
 * police source", "police spokesman", "according to the police", "selon la
 * gendarmerie". */
int vg_ex_source_actor(const vg_ex_ctx *x, size_t t, size_t end)
{
    const vg_scan *sc = &x->sc;
    if (end < sc->ntok && sc->tok[end].sent == sc->tok[t].sent &&
        vg_ex_is_word(x, end, VG_LX_CITEAFTER))
        return 1;
    size_t k = t;
    while (k > 0 && sc->tok[k - 1].sent == sc->tok[t].sent && vg_ex_is_word(x, k - 1, VG_LX_DET))
        k--;
    return k > 0 && sc->tok[k - 1].sent == sc->tok[t].sent &&
           vg_ex_word_ends(x, k, VG_LX_CITEBEFORE);
}

/* Is an official (politician, journalist, minister) the one arrested? */
int vg_ex_official_near(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    size_t lo = t > s->t0 + 5 ? t - 5 : s->t0, hi = t + 6 < s->t1 ? t + 6 : s->t1;
    for (size_t k = lo; k < hi; k++) {
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, NULL);
        if (v && v->val == VG_VC_OFFICIAL)
            return 1;
    }
    return 0;
}

static int fold_is(const vg_ex_ctx *x, size_t k, const char *w)
{
    size_t n = strlen(w);
    return x->sc.ftok[k].len == n && memcmp(x->sc.fold + x->sc.ftok[k].off, w, n) == 0;
}

/* A participle right after a count of people, coordinated with another
 * act's ("Six were killed and 12 (others) abducted", "six personnes tuées
 * et douze autres enlevées"): the count, people, is what it was done to. */
static int counted_before(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    size_t k = t;
    if (k > s->t0 && (fold_is(x, k - 1, "others") || fold_is(x, k - 1, "autres")))
        k--;
    for (size_t j = k; j-- > s->t0 && j + 3 >= k;) {
        const vg_num *n = vg_ex_num_at(x, j);
        if (n && n->t1 == k && !vg_ex_date_at(x, j))
            return j > s->t0 && vg_ex_lex(x, j - 1, VG_LX_NUMJOIN, NULL) != NULL;
    }
    return 0;
}

/* Who the violent trigger at t is done to: the first person noun after it
 * ("attacked villagers"), or in a passive the subject before it
 * ("civilians were targeted by an attack", "des civils ciblés par une
 * attaque"). */
int vg_ex_object_class(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    int passive = 0; /* "was killed by soldiers": the agent follows, the object came before */
    for (size_t k = t; k < s->t1 && k < t + 8 && !passive; k++) {
        if (k > t && vg_ex_clause_break(x, t, k + 1))
            break; /* "an attack in the north, the army said": the object is in its clause */
        if (k > t && vg_ex_is_word(x, k, VG_LX_AGENT)) {
            passive = 1;
            break;
        }
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, NULL);
        if (!v && k > t)
            v = vg_ex_lex(x, k, VG_LX_ACTOR, NULL); /* "an attack on the army" */
        if (v)
            return v->val;
    }
    if (!passive && counted_before(x, s, t))
        return VG_VC_PERSON; /* "six tués et douze (autres) enlevés" */
    if (!passive && !vg_ex_is_by(x, t, s->t0) && !(t > s->t0 + 1 && vg_ex_is_by(x, t - 1, s->t0)) &&
        !vg_ex_word_ends(x, t, VG_LX_PASSAUX))
        return 0; /* (a passive with no agent: "X was stabbed to death") */
    for (size_t k = t; k-- > s->t0 && k + 8 > t;) {
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, NULL);
        if (v)
            return v->val;
    }
    return 0;
}

/* A generic label of the state's forces ("soldiers", "security forces"),
 * save the police: the country's army has one name (actors.tsv), so
 * "FAMa" and "Malian soldiers" are one actor. */
static const vg_actor_def *generic_army(const vg_ex_ctx *x, const vg_ex_actor *a, const char *iso)
{
    if (!a->generic || a->cls != VG_VC_MILITARY ||
        strcmp(a->name, x->kb->types->generic[VG_GEN_POLICE].name) == 0)
        return NULL;
    return vg_actors_army(x->kb->actors, iso);
}

void vg_ex_actor_label(const vg_ex_ctx *x, const vg_ex_actor *a, const char *iso, char *out,
                       size_t cap)
{
    const char *cn = iso[0] ? vg_ex_country_name(x, iso) : NULL;
    const vg_actor_label *l = cn ? vg_types_label(x->kb->types, a->name) : NULL;
    const vg_actor_def *army = l ? generic_army(x, a, iso) : NULL;
    if (army) {
        vg_ex_copy_str(out, cap, army->name);
        return;
    }
    if (l) {
        vg_fmt f; /* snprintf's "PRE%sPOST" without stdio */
        vg_fmt_init(&f, out, cap);
        vg_fmt_str(&f, l->pre);
        vg_fmt_str(&f, cn);
        vg_fmt_str(&f, l->post);
        return;
    }
    vg_ex_copy_str(out, cap, a->name);
}

vg_actor_kind vg_ex_class_kind(int cls)
{
    static const vg_actor_kind kinds[VG_VC__COUNT] = {VG_AK_NONE,        VG_AK_CIVILIANS,
                                                      VG_AK_CIVILIANS,   VG_AK_STATE_FORCES,
                                                      VG_AK_ARMED_GROUP, VG_AK_POLITICAL};
    return cls > 0 && cls < VG_VC__COUNT ? kinds[cls] : VG_AK_NONE;
}

void vg_ex_caps_actors(vg_ex_ctx *x)
{
    vg_scan *sc = &x->sc;
    for (size_t i = 0; i < sc->nmark; i++) {
        vg_mark *m = &sc->mark[i];
        if (!(m->tags & (1u << VG_TAG_ACTOR)))
            continue;
        int other = 0, caps = 1;
        for (uint32_t h = 0; h < m->nhits && !other; h++)
            other = m->hits[h].tag == VG_TAG_ACTOR &&
                    !((const vg_actor_def *)m->hits[h].val)->caps_only;
        for (uint32_t t = m->t0; t < m->t1 && caps; t++)
            caps = (sc->tok[t].flags & VG_TF_ALLCAP) != 0;
        if (!other && !caps)
            m->tags &= ~(1u << VG_TAG_ACTOR); /* "an ant", "in fact" */
    }
}
