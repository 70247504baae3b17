/*
 * vg_ex_reading.c - extraction stage (typing): which reading a trigger word
 * has, told by the words around it rather than by the sentence's parties:
 *   - an aircraft word (the air force, jets, drones) is an air strike when
 *     it strikes, no act when it is bought, crashes or names the air
 *     force's men (types.tsv rule air_means);
 *   - a displacement noun ("displaced people", "déplacés") that names whom
 *     an act was done to is a population, not a movement
 *     (displaced_victims);
 *   - an arrest word said of a thing is a stop, not an arrest: French
 *     "arrêter" of trucks, convoys or traffic (thing_arrest);
 *   - a verb of deposing takes power only from an official or a regime
 *     (vg_ex_coup_object: "a déposé une gerbe", "s'était renversé" are no
 *     coups).
 * Split from vg_ex_typing.c, which runs these steps in types.tsv order
 * with the rules that read who did what to whom (civilians or soldiers
 * dead, crowds against the police).  The lists they read are lexicon.tsv
 * kinds (strike, nonnum, passaux, victim), never words written here.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

#define VICTIM_SPAN 5 /* tokens between an act and the people it was done to */

/* Does the act [t, e) name the people at token k as whom it was done to:
 * right after it ("abducted 150 displaced people", "pris en otage 23
 * déplacés"), or before it as the subject of its passive ("15 déplacés
 * ont été enlevés", "7 displaced people were killed")? */
static int act_names(const vg_ex_ctx *x, size_t t, size_t e, size_t k)
{
    if (k >= e)
        return k < e + VICTIM_SPAN && vg_ex_in_clause(x, t, k);
    return k < t && k + VICTIM_SPAN + 2 > t && vg_ex_in_clause(x, k, t) &&
           vg_ex_word_ends(x, t, VG_LX_PASSAUX);
}

/* A displacement noun of weight 2 or less ("displaced people", "déplacés")
 * naming whom an act of violence was done to is a population, not a
 * movement: the act is the event ("gunmen abducted 20 displaced people"). */
void vg_ex_displaced_victims(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!w[VG_EV_DISPLACEMENT] || w[VG_EV_DISPLACEMENT] > 2)
        return;
    size_t k = si->trig_t[VG_EV_DISPLACEMENT];
    static const int acts[] = {VG_EV_ABDUCTION, VG_EV_ATTACK_ON_CIVILIANS, VG_EV_ARMED_CLASH,
                               VG_EV_REMOTE_VIOLENCE, VG_EV_ARREST};
    for (size_t i = 0; i < sizeof(acts) / sizeof(acts[0]); i++)
        if (w[acts[i]] && act_names(x, si->trig_t[acts[i]], si->trig_e[acts[i]], k)) {
            w[VG_EV_DISPLACEMENT] = 0;
            return;
        }
    if (si->kill_w && si->kill_t < x->sc.ntok && act_names(x, si->kill_t, si->kill_e, k))
        w[VG_EV_DISPLACEMENT] = 0;
}

#define THING_SPAN 14 /* tokens before a passive arrest its subject lies in */

/* What tokens [a, b) name: 1 a thing (lexicon nonnum: trucks, convoys,
 * cattle, traffic) and no one, 0 anyone or nothing.  People are a person
 * noun, an actor or a number above one that counts no thing ("five
 * members of a cell"; "deux camions" counts trucks; "a" is also French
 * "has"). */
static int names_thing(const vg_ex_ctx *x, size_t a, size_t b)
{
    int thing = 0;
    for (size_t k = a; k < b; k++) {
        const vg_num *n = vg_ex_num_at(x, k);
        if (vg_ex_lex(x, k, VG_LX_VICTIM, NULL) || vg_ex_lex(x, k, VG_LX_ACTOR, NULL) ||
            (n && n->min > 1 && !vg_ex_lex(x, n->t1, VG_LX_NONNUM, NULL)))
            return 0;
        thing |= vg_ex_lex(x, k, VG_LX_NONNUM, NULL) != NULL;
    }
    return thing;
}

/* An arrest word said of a thing: French "arrêter" is also to stop
 * ("les camions ont été arrêtés à un faux barrage", "le trafic a été
 * arrêté"), English "held up", "stopped".  A passive arrest trigger whose
 * subject (the sentence before it, THING_SPAN tokens at most) names a
 * thing and no one, or an active one whose object (the next tokens of its
 * clause, up to a place) does: no arrest. */
void vg_ex_thing_arrest(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!w[VG_EV_ARREST])
        return;
    const vg_scan *sc = &x->sc;
    size_t t = si->trig_t[VG_EV_ARREST], e = si->trig_e[VG_EV_ARREST];
    size_t s0 = sc->sent[sc->tok[t].sent].t0, s1 = sc->sent[sc->tok[t].sent].t1;
    int thing;
    if (vg_ex_word_ends(x, t, VG_LX_PASSAUX)) {
        thing = names_thing(x, t > s0 + THING_SPAN ? t - THING_SPAN : s0, t);
    } else {
        size_t k = e;
        while (k < s1 && k < e + VICTIM_SPAN && vg_ex_in_clause(x, t, k) &&
               !vg_ex_lex(x, k, VG_LX_LOCPREP, NULL))
            k++;
        thing = names_thing(x, e, k);
    }
    if (thing)
        w[VG_EV_ARREST] = 0;
}

#define AIR_SPAN 6 /* tokens after an aircraft its act is named in ("drones of the X army") */

/* What the aircraft at [t, e) does: 1 when it strikes (a violent trigger,
 * a killing verb or a verb of striking, lexicon kind strike, within
 * AIR_SPAN tokens of its clause: "the air force struck", "des avions ont
 * pilonné"; or it is the agent of a passive: "killed by a drone"), -1 when
 * it is no aircraft but the men of the air force ("air force personnel",
 * "an air force officer"), 0 when it does nothing violent ("received two
 * jets", "a helicopter crashed"). */
static int air_act(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t, size_t e)
{
    if (vg_ex_lex(x, e, VG_LX_VICTIM, NULL) || vg_ex_lex(x, e, VG_LX_ACTOR, NULL))
        return -1;
    for (size_t k = t; k-- > 0 && k + AIR_SPAN > t && vg_ex_in_clause(x, k, t);)
        if (vg_ex_is_word(x, k, VG_LX_AGENT))
            return 1; /* "hit by army aircraft", "tués par un drone" */
    for (size_t k = e; k < e + AIR_SPAN && vg_ex_in_clause(x, t, k); k++) {
        if (vg_ex_lex(x, k, VG_LX_STRIKE, NULL) || (si->kill_w && si->kill_t == k))
            return 1;
        for (int ty = 1; ty < VG_EV__COUNT; ty++)
            if (si->trig_w[ty] && si->trig_t[ty] == k && vg_ex_violent((vg_event_type)ty) &&
                (ty == VG_EV_REMOTE_VIOLENCE || si->trig_w[ty] < 4))
                return 1; /* (aircraft do not "clash": "air force personnel clashed") */
        int owner = vg_ex_is_word(x, k - 1, VG_LX_GENPREP) ||
                    (k > e && vg_ex_is_word(x, k - 1, VG_LX_DET) &&
                     vg_ex_is_word(x, k - 2, VG_LX_GENPREP)); /* "drones de l'armée" */
        if ((!owner &&
             (vg_ex_lex(x, k, VG_LX_VICTIM, NULL) || vg_ex_lex(x, k, VG_LX_ACTOR, NULL))) ||
            vg_ex_is_word(x, k, VG_LX_SPEECH))
            return 0; /* another subject, or the air force speaks */
    }
    return 0;
}

/* An air strike is typed by the act, not by the actor: an aircraft word
 * (a remote-violence trigger of a subtype with flag air below weight 3:
 * the air force, jets, drones) that strikes is an air strike (weight 5,
 * as "air strike" itself: the battle or attack words of the same act give
 * way to it by the "precede" steps); one that does nothing violent, or
 * names the air force's men on the ground, is no act (the other triggers
 * type the sentence: "air force personnel arrested three"). */
/* The subtype of an aircraft word inside tokens [t, e) (an actor's name
 * hides the words of its phrase from the scan), or NULL. */
static int air_trig(const vg_ex_ctx *x, const vg_lex_entry *le)
{
    return le->kind == VG_LX_TRIG && le->type == VG_EV_REMOTE_VIOLENCE &&
           vg_lex_lang_ok(le, x->sc.lang) &&
           (vg_types_subtype(x->kb->types, le->label) & VG_SUB_AIR);
}

static const char *air_word(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_lex_entry *le = vg_ex_lex_inside(x, t, e, air_trig);
    return le ? le->label : NULL;
}

/* An army named by its aircraft ("the Nigerian Air Force", an alias of
 * the country's armed forces): its span into [*t, *e) and the aircraft's
 * subtype, or NULL. */
static const char *air_actor(const vg_ex_ctx *x, const vg_ex_sent *si, size_t *t, size_t *e)
{
    const vg_scan *sc = &x->sc;
    for (size_t i = 0; i < si->nactors; i++) {
        size_t a = si->actors[i].t;
        if (si->actors[i].cls != VG_VC_MILITARY || a >= sc->ntok || sc->tok[a].mark < 0)
            continue;
        const vg_mark *m = &sc->mark[sc->tok[a].mark];
        const char *sub = air_word(x, m->t0, m->t1);
        if (sub) {
            *t = m->t0;
            *e = m->t1;
            return sub;
        }
    }
    return NULL;
}

void vg_ex_air_means(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    size_t at, ae;
    const char *named = w[VG_EV_REMOTE_VIOLENCE] ? NULL : air_actor(x, si, &at, &ae);
    if (named && air_act(x, si, at, ae) > 0) {
        w[VG_EV_REMOTE_VIOLENCE] = 5; /* "the Nigerian Air Force struck a camp" */
        si->trig_t[VG_EV_REMOTE_VIOLENCE] = at;
        si->trig_e[VG_EV_REMOTE_VIOLENCE] = ae;
        si->trig_sub[VG_EV_REMOTE_VIOLENCE] = named;
        return;
    }
    const char *sub = si->trig_sub[VG_EV_REMOTE_VIOLENCE];
    if (!w[VG_EV_REMOTE_VIOLENCE] || w[VG_EV_REMOTE_VIOLENCE] >= 3 || !sub ||
        !(vg_types_subtype(x->kb->types, sub) & VG_SUB_AIR))
        return;
    int act = air_act(x, si, si->trig_t[VG_EV_REMOTE_VIOLENCE], si->trig_e[VG_EV_REMOTE_VIOLENCE]);
    w[VG_EV_REMOTE_VIOLENCE] = act > 0 ? 5 : 0;
}

#define COUP_OBJECT_SPAN 4 /* tokens after a deposing verb its object is named in */

/* A verb of deposing (a coup trigger of flag person: "a renversé",
 * "a déposé") at [t, e) takes power from someone: its object, whose
 * person class (vg_ex_object_class) is cls, is an official ("renversé le
 * président", "le président a été renversé"), or a power cue follows it
 * in its clause ("renversé le régime").  A wreath laid ("a déposé une
 * gerbe") or a vehicle overturned ("s'était renversé") deposes no one. */
int vg_ex_coup_object(const vg_ex_ctx *x, size_t t, size_t e, int cls)
{
    if (cls == VG_VC_OFFICIAL)
        return 1;
    for (size_t k = e; k < e + COUP_OBJECT_SPAN && vg_ex_in_clause(x, t, k); k++)
        if (vg_ex_lex(x, k, VG_LX_POWER, NULL))
            return 1;
    return 0;
}
