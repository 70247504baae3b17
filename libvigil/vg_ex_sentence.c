/*
 * vg_ex_sentence.c - extraction stage: one sentence's features.
 *
 * One dictionary scan (vg_scan) finds places, actors and every lexicon cue
 * together, so a sentence is read once, mark by mark: triggers and subtype
 * cues (the strongest per event type), background, negation, irrealis, toll
 * updates, person nouns, actors and claims; then its places, dates and
 * figures.  The result (vg_ex_sent) is all the later stages read: the cost
 * is linear in the article.  A new cue kind is one case in scan_marks.
 */
#include "vg_ex.h"
#include "vg_dict.h"
#include "vg_norm.h"
#include "vg_stem.h"

#include <stdlib.h>
#include <string.h>

static void note_trigger(vg_ex_sent *si, const vg_lex_entry *e, size_t t, size_t end)
{
    int ty = e->type;
    if (e->kind == VG_LX_SUBCUE) {
        si->sub_w[ty] = 1;
        if (!si->sub_label[ty] || !si->sub_label[ty][0])
            si->sub_label[ty] = e->label;
        return;
    }
    if (e->val > si->trig_w[ty] ||
        (e->val == si->trig_w[ty] && e->label[0] && !(si->trig_sub[ty] && si->trig_sub[ty][0]))) {
        si->trig_w[ty] = e->val;
        si->trig_sub[ty] = e->label;
        si->trig_t[ty] = t;
        si->trig_e[ty] = end;
        if (ty == VG_EV_ARREST)
            si->arr_step = (e->flags & VG_LXF_STEP) != 0;
    }
}

/* A trigger row matched on its stem whose mark is the row's own phrase in
 * the infinitive - a French row's "-er", "-ir", "-re" phrase itself, an
 * English one's after "to" - names an act threatened, planned, called for
 * or feared ("menacé d'attaquer", "appelle à manifester", "return to
 * abduct"), not one that happened. */
static int infinitive(const vg_ex_ctx *x, const vg_sent *s, const vg_mark *m, const vg_lex_entry *e)
{
    const vg_scan *sc = &x->sc;
    char ph[VG_DICT_KEY_MAX];
    if (!e->stem)
        return 0;
    size_t n = vg_fold_phrase(e->phrase, strlen(e->phrase), ph, sizeof(ph));
    const vg_dict_tok *a = &sc->ftok[m->t0], *b = &sc->ftok[m->t1 - 1];
    if (!n || b->off + b->len - a->off != n || memcmp(sc->fold + a->off, ph, n) != 0)
        return 0;
    if (e->stem == 1 + VG_STEM_FR) {
        const char *w = memchr(ph, ' ', n);
        size_t wl = w ? (size_t)(w - ph) : n; /* the verb is the first word */
        return wl > 3 && (memcmp(ph + wl - 2, "er", 2) == 0 || memcmp(ph + wl - 2, "ir", 2) == 0 ||
                          memcmp(ph + wl - 2, "re", 2) == 0);
    }
    return m->t0 > s->t0 && vg_ex_is_word(x, m->t0 - 1, VG_LX_INFMARK);
}

/* The trigger at [t, end) is negated: a verbal negation ends at most two
 * tokens before it ("did not open fire", "n'ont pas tué"), or a denial
 * right before it governs it ("denied arresting", "a démenti avoir tué"). */
#define NOT_MAXLEN 6 /* the longest single-word negation (never, jamais) */

static int negated(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    for (size_t k = t; k-- > s->t0 && k + 5 > t;) {
        if (k + 3 > t && x->sc.ftok[k].len <= NOT_MAXLEN && vg_ex_is_word(x, k, VG_LX_NOT))
            return 1;
        size_t e;
        if (vg_ex_lex(x, k, VG_LX_NEG, &e) && e + 1 >= t)
            return 1;
    }
    return 0;
}

/* An arrest word at mark m used as an adjective of a person, not as an
 * act: between an article and a person noun ("demanded the release of a
 * detained activist", "the jailed journalist").  (Not the French order,
 * "un militant détenu": that is also a headline's passive.) */
static int attributive(const vg_ex_ctx *x, const vg_sent *s, const vg_mark *m)
{
    size_t t = m->t0;
    if (t <= s->t0 || m->t1 >= s->t1)
        return 0;
    return vg_ex_is_word(x, t - 1, VG_LX_DET) && vg_ex_lex(x, m->t1, VG_LX_VICTIM, NULL) &&
           vg_ex_tok_joined(x, m->t1);
}

/* The phrase at t, an armed actor's name that is also a civilian person
 * noun (lexicon: "fulani herders"), is the object of a killing verb ending
 * at most three tokens before it ("killed six Fulani herders", "ont tué
 * six éleveurs peuls"): the killed, civilians. */
static int civilian_object(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    const vg_lex_entry *v = vg_ex_lex(x, t, VG_LX_VICTIM, NULL);
    if (!v || v->val != VG_VC_CIVILIAN)
        return 0;
    for (size_t k = t; k-- > s->t0 && k + 4 > t;) {
        size_t e;
        if (vg_ex_is_word(x, k, VG_LX_AGENT))
            return 0; /* "killed by Fulani herders" */
        if (vg_ex_lex(x, k, VG_LX_KILL, &e) && e <= t)
            return 1;
    }
    return 0;
}

#define SIMILE_GAP 3 /* tokens between a comparison word and its person noun ("like an army") */

/* A person noun at t that a comparison governs ("fought like soldiers",
 * "comme des lions"): no party to the act; a determiner, an adjective or
 * another unmarked word may stand between. */
static int simile(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    for (size_t k = t; k-- > s->t0 && t - k <= SIMILE_GAP;) {
        size_t e;
        if (vg_ex_lex(x, k, VG_LX_SIMILE, &e) && e <= t)
            return !vg_ex_clause_break(x, k, t + 1);
        if (x->sc.tok[k].mark >= 0 && !vg_ex_is_word(x, k, VG_LX_DET) &&
            !vg_ex_is_word(x, k, VG_LX_PADJ))
            return 0; /* (an unmarked word may stand between: "like real soldiers") */
    }
    return 0;
}

static void scan_marks(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    const vg_scan *sc = &x->sc;
    vg_ex_actor named = {0}; /* the last named actor, and the token after it */
    size_t named_end = 0;
    for (size_t k = vg_ex_first_mark(sc, s->t0); k < sc->nmark && sc->mark[k].t0 < s->t1; k++) {
        const vg_mark *m = &sc->mark[k];
        size_t t = m->t0;
        for (uint32_t h = 0; h < m->nhits; h++) {
            const vg_dict_hit *hit = &m->hits[h];
            if (hit->tag == VG_TAG_ACTOR && !(m->tags & (1u << VG_TAG_ACTOR)))
                continue; /* an acronym not in capitals (vg_ex_caps_actors) */
            if (hit->tag == VG_TAG_ACTOR && vg_ex_affiliation(x, t, m->t1))
                continue; /* "the al Qaeda-linked JNIM": JNIM is the actor */
            if (hit->tag == VG_TAG_ACTOR && vg_ex_other_countrys(x, m, hit->val))
                continue;
            if (hit->tag == VG_TAG_ACTOR) {
                const vg_actor_def *a = hit->val;
                vg_ex_actor r = {a->name,
                                 a->vclass,
                                 t,
                                 vg_ex_is_by(x, t, s->t0),
                                 a->kind && strcmp(a->kind, "media") == 0,
                                 a->country[0] ? a->country : NULL,
                                 a->kind && strcmp(a->kind, "organisation") == 0,
                                 0};
                vg_ex_add_actor(si, &r);
                named = r;
                named_end = m->t1;
                continue;
            }
            if (hit->tag != VG_TAG_LEX)
                continue;
            const vg_lex_entry *e = hit->val;
            if (((e->flags & VG_LXF_CAP) && !(sc->tok[t].flags & VG_TF_CAP)) ||
                !vg_lex_lang_ok(e, sc->lang))
                continue;
            switch (e->kind) {
            case VG_LX_TRIG:
                if (infinitive(x, s, m, e) || negated(x, s, t) ||
                    (e->type == VG_EV_ARREST && attributive(x, s, m)))
                    break;
                if (!(e->flags & VG_LXF_PERSON)) {
                    note_trigger(si, e, t, m->t1);
                    if (e->type == VG_EV_PROTEST && (m->kinds >> VG_LX_VICTIM) & 1 &&
                        e->val > si->crowd_noun)
                        si->crowd_noun = e->val; /* "protesters": people, not an act */
                    else if (e->type == VG_EV_PROTEST && !((m->kinds >> VG_LX_VICTIM) & 1) &&
                             !(m->kinds & (1ull << VG_LX_ACTOR)) && !si->crowd_act) {
                        si->crowd_act = 1 + t; /* "a demonstration", "une marche" */
                        si->crowd_act_e = m->t1;
                    }
                } else if (!si->pobj) {
                    si->pobj = e; /* decided once the sentence is read */
                    si->pobj_t = t;
                    si->pobj_e = m->t1;
                }
                break;
            case VG_LX_SUBCUE:
                note_trigger(si, e, t, m->t1);
                break;
            case VG_LX_KILL:
                if (e->val > si->kill_w && !infinitive(x, s, m, e) && !negated(x, s, t)) {
                    si->kill_w = e->val;
                    si->kill_t = t;
                    si->kill_e = m->t1;
                }
                break;
            case VG_LX_MISHAP:
                si->mishap = 1;
                break;
            case VG_LX_HIST: /* 2: an anniversary, whatever day it is kept */
                if (si->hist < 1 + e->val)
                    si->hist = 1 + e->val;
                break;
            case VG_LX_NEG:
                si->neg = 1;
                break;
            case VG_LX_IRREALIS:
                if (!si->irrealis)
                    si->irrealis = 1 + (int)t;
                break;
            case VG_LX_PERFECT:
                si->perfect = 1;
                break;
            case VG_LX_ANOTHER:
                if (!si->another)
                    si->another = 1 + (int)(m->t1 - 1);
                break;
            case VG_LX_UPDATE:
                si->update = 1;
                break;
            case VG_LX_DEATH:
                si->death = 1;
                break;
            case VG_LX_ARRESTN:
                si->arrestn = 1;
                break;
            case VG_LX_VICTIM:
                if (simile(x, s, t))
                    break;
                if (e->val > 0 && e->val < 8 && !(e->flags & VG_LXF_BROAD))
                    si->vclass_seen[e->val] = 1; /* (a broad noun counts, it proves nothing) */
                break;
            case VG_LX_ACTOR: {
                if (simile(x, s, t))
                    break; /* "fought like soldiers": no soldiers */
                if (e->val == VG_VC_MILITANT && ((m->kinds >> VG_LX_VICTIM) & 1) &&
                    civilian_object(x, s, t))
                    break; /* "killed six Fulani herders": the victims, not the militia */
                if (vg_ex_same_group(x, m, named.name ? &named : NULL, named_end, e->val) ||
                    (e->val != VG_VC_CIVILIAN && vg_ex_source_actor(x, t, m->t1)))
                    break; /* (villagers a report cites are still its victims) */
                vg_ex_actor r = {e->label, e->val, t, vg_ex_is_by(x, t, s->t0), 0, NULL, 0, 1};
                vg_ex_add_actor(si, &r);
                break;
            }
            case VG_LX_CLAIM:
                if (e->val != VG_CL_BLAME) /* (the agent it names: vg_ex_agent.c) */
                    vg_ex_claim_source(x, s, t, m->t1, e->val, si);
                break;
            case VG_LX_DOMAIN:
                si->domain |= 1u << e->val;
                break;
            case VG_LX_MEANS:
                if (!si->means)
                    si->means = 1 + (int)t;
                else if (!si->means2)
                    si->means2 = 1 + (int)t;
                break;
            case VG_LX_POWER:
                si->power = 1;
                break;
            case VG_LX_RELEASE:
                si->release = 1;
                break;
            case VG_LX_DENY:
                if (si->ndeny < sizeof(si->deny_e) / sizeof(si->deny_e[0]))
                    si->deny_e[si->ndeny++] = m->t1;
                break;
            case VG_LX_MODAL:
                if (si->nmodal < sizeof(si->modal_t) / sizeof(si->modal_t[0]) &&
                    (t == s->t0 || !(sc->tok[t].flags & VG_TF_CAP))) { /* "May" is a month */
                    if (e->val)
                        si->modal_fut |= (uint8_t)(1u << si->nmodal);
                    si->modal_t[si->nmodal] = t;
                    si->modal_e[si->nmodal++] = m->t1;
                }
                break;
            default:
                break;
            }
        }
    }
}

static int armed_actor(const vg_ex_sent *si)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITANT || si->actors[i].cls == VG_VC_MILITARY)
            return 1;
    return 0;
}

/* An armed actor other than the dead of a figure ("20 soldiers killed"
 * names soldiers as the dead, not as the killers). */
static int agent_actor(const vg_ex_sent *si)
{
    for (size_t i = 0; i < si->nactors; i++) {
        const vg_ex_actor *a = &si->actors[i];
        int counted = 0;
        for (size_t f = 0; f < si->nfigs && !counted; f++)
            counted = a->t >= si->figs[f].n.t0 && a->t < si->figs[f].n.t1 + 3;
        if (!counted && (a->cls == VG_VC_MILITANT || a->cls == VG_VC_MILITARY))
            return 1;
    }
    return 0;
}

/* A killing verb reports a violent event whose type its victims decide
 * (civilians: an attack on them; soldiers or fighters: a battle), so it
 * stands as an armed-clash trigger for typing to resolve when the sentence
 * anchors an incident of its own - a place below the country, an armed
 * actor or a day; otherwise its deaths are a toll ("20 soldiers killed",
 * "thousands have been killed"), which goes to the incident told around it.
 * It yields to a stronger clash word, to a protest or riot (the deaths are
 * their toll: "police shot dead two protesters"), to remote violence (a
 * mortar, a drone), and to a mishap without anyone armed ("a bus crash
 * killed 15 passengers"). */
/* The dead of a killing named in the sentence are all soldiers, police or
 * fighters ("150 gendarmes were executed"). */
static int forces_killed(const vg_ex_sent *si)
{
    int forces = 0;
    for (size_t i = 0; i < si->nfigs; i++) {
        if (si->figs[i].kind != 1)
            continue;
        int c = si->figs[i].vclass;
        if (c == VG_VC_CIVILIAN || c == VG_VC_PERSON || c == VG_VC_OFFICIAL)
            return 0;
        forces |= c == VG_VC_MILITARY || c == VG_VC_MILITANT;
    }
    return forces;
}

static void kill_trigger(vg_ex_sent *si)
{
    int *w = si->trig_w;
    const char *sub = si->trig_sub[VG_EV_ATTACK_ON_CIVILIANS];
    if (w[VG_EV_ATTACK_ON_CIVILIANS] && sub &&
        (!strcmp(sub, "massacre") || !strcmp(sub, "execution")) && !w[VG_EV_ARMED_CLASH] &&
        forces_killed(si)) {
        /* a massacre or an execution is a killing too: of the forces, a battle */
        w[VG_EV_ARMED_CLASH] = 3;
        si->trig_sub[VG_EV_ARMED_CLASH] = "";
        si->trig_t[VG_EV_ARMED_CLASH] = si->trig_t[VG_EV_ATTACK_ON_CIVILIANS];
        si->trig_e[VG_EV_ARMED_CLASH] = si->trig_e[VG_EV_ATTACK_ON_CIVILIANS];
        w[VG_EV_ATTACK_ON_CIVILIANS] = 0;
    }
    if (si->crowd_noun && w[VG_EV_ARREST] && w[VG_EV_PROTEST] <= si->crowd_noun && !si->crowd_act)
        w[VG_EV_PROTEST] = 0; /* "police arrested 12 protesters": the arrest's object */
    else if (si->crowd_noun && w[VG_EV_ARREST] && si->crowd_act) {
        si->trig_t[VG_EV_PROTEST] = si->crowd_act - 1; /* "... protesters during a
                                                        * demonstration": the act */
        si->trig_e[VG_EV_PROTEST] = si->crowd_act_e;
    }
    if (w[VG_EV_REMOTE_VIOLENCE] >= 2 && w[VG_EV_ARMED_CLASH] <= 1)
        w[VG_EV_ARMED_CLASH] = 0; /* "targeted by drones": the target of a strike */
    if ((w[VG_EV_PROTEST] || w[VG_EV_RIOT]) && w[VG_EV_ATTACK_ON_CIVILIANS] <= 1)
        w[VG_EV_ATTACK_ON_CIVILIANS] = 0; /* crowds that loot and burn riot */
    if (!si->kill_w || w[VG_EV_ARMED_CLASH] >= si->kill_w || w[VG_EV_PROTEST] || w[VG_EV_RIOT] ||
        w[VG_EV_REMOTE_VIOLENCE] || (si->mishap && !armed_actor(si)))
        return;
    int anchor = agent_actor(si) || (si->has_date && !si->date.year_only);
    for (size_t i = 0; i < si->nplaces && !anchor; i++)
        anchor = si->places[i].p->level != VG_PLACE_COUNTRY;
    if (!anchor)
        return;
    w[VG_EV_ARMED_CLASH] = si->kill_w;
    si->trig_sub[VG_EV_ARMED_CLASH] = "";
    si->trig_t[VG_EV_ARMED_CLASH] = si->kill_t;
    si->trig_e[VG_EV_ARMED_CLASH] = si->kill_e;
}

/* A place name (no actor's) that the context made no place, neither in the
 * gazetteer's sense nor as a local place, is words: "ont tué quatre
 * sœurs" names four sisters, not the Mauritian town.  Its marks give way
 * to the phrases under it, and numbers and dates are read again. */
int vg_ex_release_names(vg_ex_ctx *x)
{
    vg_scan *sc = &x->sc;
    uint8_t *rel = NULL;
    for (size_t i = 0; i < sc->nmark; i++) {
        const vg_mark *m = &sc->mark[i];
        const uint32_t name = (1u << VG_TAG_PLACE) | (1u << VG_TAG_DEMONYM);
        if (m->t1 - m->t0 < 2 || !(m->tags & name) || (m->tags & (1u << VG_TAG_ACTOR)) ||
            x->place_tok[m->t0] || vg_ex_local_at(x, m->t0))
            continue;
        if (!rel && !(rel = calloc(sc->nmark, 1)))
            return VG_ENOMEM;
        rel[i] = 1;
    }
    if (!rel)
        return 0;
    int rc = vg_scan_release(sc, x->kb->dict, vg_lex_stems(x->kb->lex), rel);
    free(rel);
    if (rc < 0)
        return VG_ENOMEM;
    if (rc > 0)
        vg_ex_recache(x);
    return 0;
}

/* A person noun of the family or the household at k, after a possessive
 * ("son mari", "her husband", "sa propre fille": one modifier may stand
 * between), in sentence s: its end, or 0. */
static size_t kin_at(const vg_ex_ctx *x, const vg_sent *s, size_t k)
{
    size_t e;
    if (k >= s->t1 || !vg_ex_is_word(x, k, VG_LX_POSS))
        return 0;
    for (size_t j = k + 1; j < s->t1 && j <= k + 2; j++) {
        const vg_lex_entry *v = vg_ex_lex(x, j, VG_LX_VICTIM, &e);
        if (v)
            return v->val == VG_VC_CIVILIAN || v->val == VG_VC_PERSON ? e : 0;
    }
    return 0;
}

/* A killing in the family or the household, ordinary crime rather than
 * political violence (lexicon domain crime): done by one's kin ("tuée par
 * son mari", "killed by her husband") or by a person, not a group, to his
 * kin ("a man killed his wife", "un homme a tué sa femme"). */
static int domestic(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si)
{
    if (!si->kill_w)
        return 0;
    for (size_t k = si->kill_e; k < s->t1 && k < si->kill_e + 6; k++)
        if (vg_ex_is_word(x, k, VG_LX_AGENT))
            return kin_at(x, s, k + 1) != 0;
    if (!kin_at(x, s, si->kill_e))
        return 0;
    size_t k = si->kill_t;
    while (k > s->t0 &&
           (vg_ex_is_word(x, k - 1, VG_LX_ACTAUX) || vg_ex_is_word(x, k - 1, VG_LX_NOT)))
        k--;
    for (size_t j = k; j-- > s->t0 && j + 3 > k;) {
        size_t e;
        const vg_lex_entry *v = vg_ex_lex(x, j, VG_LX_VICTIM, &e);
        if (v && e == k)
            return (v->val == VG_VC_CIVILIAN || v->val == VG_VC_PERSON) &&
                   !vg_scan_mark_for(&x->sc, j, VG_LX_ACTOR, -1);
    }
    return 0;
}

#define PERSON_OBJ_W 4 /* a person-object trigger whose people are named */

void vg_ex_analyse(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    memset(si, 0, offsetof(vg_ex_sent, places));
    scan_marks(x, s, si);
    if (domestic(x, s, si))
        si->domain |= 1u << VG_DOM_CRIME;
    vg_ex_scan_places(x, s, si);
    vg_ex_scan_dates(x, s, si);
    vg_ex_find_figures(x, s, si);
    kill_trigger(si);
    if (si->pobj) { /* "seized two men", not "seized weapons" */
        int cls = vg_ex_object_class(x, s, si->pobj_t);
        int ty = si->pobj->type;
        if (ty == VG_EV_COUP
                ? vg_ex_coup_object(x, si->pobj_t, si->pobj_e, cls)
                : cls == VG_VC_CIVILIAN || cls == VG_VC_PERSON || cls == VG_VC_OFFICIAL) {
            note_trigger(si, si->pobj, si->pobj_t, si->pobj_e);
            if (si->trig_t[ty] == si->pobj_t && si->trig_w[ty] == PERSON_OBJ_W - 1)
                si->trig_w[ty] = PERSON_OBJ_W; /* with its people named, "seized 37
                                                * villagers" is no generic word: an act
                                                * of its own beside a killing (a row
                                                * too weak to stand alone stays so) */
        }
    }
    if (si->trig_w[VG_EV_ARMED_CLASH])
        si->object_class = vg_ex_object_class(x, s, si->trig_t[VG_EV_ARMED_CLASH]);
    if (si->trig_w[VG_EV_ARMED_CLASH] && !si->object_class && si->kill_w &&
        si->kill_t > si->trig_t[VG_EV_ARMED_CLASH])
        si->object_class = vg_ex_object_class(x, s, si->kill_t); /* "attacked X (Y, Z),
                                                                  * killing an unspecified
                                                                  * number of civilians" */
    for (size_t i = 0; i < si->nfigs && si->object_class; i++)
        if (si->figs[i].kind == 1 && !si->figs[i].vclass)
            si->figs[i].vclass = si->object_class; /* "fired on worshippers, killing 14" */
    if (si->trig_w[VG_EV_ARREST])
        si->official_near_arrest = vg_ex_official_near(x, s, si->trig_t[VG_EV_ARREST]);
    if (si->trig_w[VG_EV_ABDUCTION])
        si->held_official = vg_ex_official_near(x, s, si->trig_t[VG_EV_ABDUCTION]);
}

/* Marks of an act (a trigger or a killing verb) start in tokens [a, b):
 * the first one's token, or b. */
static size_t first_act(const vg_scan *sc, size_t a, size_t b)
{
    const uint64_t act = (1ull << VG_LX_TRIG) | (1ull << VG_LX_KILL);
    for (size_t k = vg_ex_first_mark(sc, a); k < sc->nmark && sc->mark[k].t0 < b; k++)
        if (sc->mark[k].kinds & act)
            return sc->mark[k].t0;
    return b;
}

/* A source speaks in tokens [a, b) ("while officials said 6 were killed"):
 * the clause is a second account of the same act, not another act. */
static int reported(const vg_ex_ctx *x, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (vg_ex_lex(x, k, VG_LX_CLAIM, NULL) || vg_ex_is_word(x, k, VG_LX_SPEECH))
            return 1;
    return 0;
}

#define CLAUSE_SUBJ 6 /* tokens at most between the joining word and the second act */

/* Where sentence s tells a second act with its own subject: the joining
 * word (lexicon kind clausejoin) at *k, the second clause from *e.  An act
 * is told before it; after it, a subject of at most CLAUSE_SUBJ tokens,
 * then an act ("..., while army drones struck a depot", "before soldiers
 * killed both attackers", "tandis que l'armée pilonnait").  Not a
 * participle ("before entering it": the same act's step) nor an act right
 * after the word ("while fighting"). */
static int clause_cut(const vg_ex_ctx *x, const vg_sent *s, size_t *k, size_t *e)
{
    const vg_scan *sc = &x->sc;
    if (s->t1 - s->t0 < 8)
        return 0;
    for (size_t t = s->t0 + 3; t + 3 < s->t1; t++) {
        size_t j;
        if (!vg_ex_lex(x, t, VG_LX_CLAUSEJOIN, &j) || j >= s->t1)
            continue;
        const vg_dict_tok *w = &sc->ftok[j];
        if (w->len > 4 && memcmp(sc->fold + w->off + w->len - 3, "ing", 3) == 0)
            continue;
        size_t a2 = first_act(sc, j, s->t1);
        if (a2 == j || a2 >= s->t1 || a2 > j + CLAUSE_SUBJ || first_act(sc, s->t0, t) >= t ||
            reported(x, j, a2))
            continue;
        *k = t;
        *e = j;
        return 1;
    }
    return 0;
}

int vg_ex_clause_events(vg_ex_ctx *x, size_t i)
{
    vg_sent *s = &x->sc.sent[i];
    size_t k, e;
    if (!clause_cut(x, s, &k, &e))
        return vg_ex_sentence_events(x, i);

    const vg_sent whole = *s;
    /* each clause read as a sentence of its own (same index: one
     * sentence for what follows it), then the sentence restored */
    s->t1 = (uint32_t)k;
    s->e = x->sc.tok[k - 1].e;
    size_t n0 = x->nc, d0 = x->ndef;
    int rc = vg_ex_sentence_events(x, i);
    size_t n1 = x->nc, d1 = x->ndef;
    s->m0 = (uint32_t)vg_ex_first_mark(&x->sc, e); /* (before t0 moves: the scan's
                                                    * cache is the whole sentence's) */
    s->t0 = (uint32_t)e;
    s->t1 = whole.t1;
    s->s = x->sc.tok[e].s;
    s->e = whole.e;
    if (rc >= 0)
        rc = vg_ex_sentence_events(x, i);
    *s = whole;
    const vg_ex_cand *first = NULL; /* the first clause's day is the second's when it
                                     * names none ("on Sunday before soldiers killed") */
    for (size_t j = n0; j < n1 && j < x->nc && !first; j++)
        if (x->c[j].has_date && x->c[j].sent == i)
            first = &x->c[j];
    for (size_t j = d0; j < d1 && j < x->ndef && !first; j++)
        if (x->def[j].has_date && x->def[j].sent == i)
            first = &x->def[j];
    for (size_t j = n1; first && j < x->nc; j++)
        if (!x->c[j].has_date && x->c[j].sent == i)
            vg_ex_set_date(x, &x->c[j], &first->date);
    for (size_t j = d1; first && j < x->ndef; j++)
        if (!x->def[j].has_date && x->def[j].sent == i)
            vg_ex_set_date(x, &x->def[j], &first->date);
    return rc;
}
