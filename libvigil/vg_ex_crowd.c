/*
 * vg_ex_crowd.c - extraction stage (typing): crowds and unrest.
 *
 * The typing steps of knowledge/types.tsv that tell a riot from a battle
 * or an attack by who the parties are and what they do, not by the trigger
 * word: civilians (youths, residents, traders) fighting the police riot
 * (crowd_clash); clashes with no armed party after a grievance - a
 * verdict, an arrest, a death - are unrest (unrest_clash); a crowd's means
 * (stones, burning tyres, a ransacked police station) make a riot without a
 * riot word (crowd_means), and a crowd that kills one person is mob
 * violence (mob_killing).  Split from vg_ex_typing.c, which runs these
 * steps in types.tsv order and keeps the questions both files ask of a
 * sentence's parties (vg_ex_class_actor, vg_ex_force_party, ...).
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

/* Soldiers or police named after the active trigger at t, not as its
 * agent: what it was done to. */
static int state_target(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t)
{
    if (vg_ex_word_ends(x, t, VG_LX_PASSAUX))
        return 0; /* "villagers were killed by soldiers": the force is the agent */
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITARY && si->actors[i].t > t && !si->actors[i].by &&
            !vg_ex_actor_speaks(x, &si->actors[i]))
            return 1;
    return 0;
}

#define CROWD_SPAN 6   /* tokens around a clash its civilian party is named in */
#define BETWEEN_SPAN 4 /* tokens after a clash its "between" may stand ("broke out between") */

/* A civilian noun (youths, residents, traders) in the clause of the
 * trigger [t, e), within CROWD_SPAN tokens before it (its subject), or
 * after it when "between" follows it ("clashes between youths and
 * police", "broke out between", "ont opposé des jeunes"); not after
 * "with" ("troops ... fought with residents": whom soldiers fight is no
 * crowd's riot of its own). */
static int civilians_near(const vg_ex_ctx *x, size_t t, size_t e)
{
    size_t k0 = t > CROWD_SPAN ? t - CROWD_SPAN : 0;
    size_t k1 = t;
    for (size_t k = e; k < e + BETWEEN_SPAN && vg_ex_in_clause(x, t, k); k++)
        if (vg_ex_lex(x, k, VG_LX_BETWEEN, NULL)) {
            k1 = k + CROWD_SPAN; /* "clashes broke out on Monday between youths and police" */
            break;
        }
    for (size_t k = k0; k < k1 && k < x->sc.ntok; k++) {
        if ((k >= t && k < e) || !vg_ex_in_clause(x, k < t ? k : t, k < t ? t : k))
            continue;
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, NULL);
        if (v && v->val == VG_VC_CIVILIAN)
            return 1;
    }
    return 0;
}

/* The civilians are the subject of the act [t, e): a civilian noun before
 * it in its clause, within CROWD_SPAN tokens ("residents stoned a police
 * vehicle", "des jeunes ont saccagé le commissariat"). */
static int civilians_before(const vg_ex_ctx *x, size_t t)
{
    for (size_t k = t; k-- > 0 && k + CROWD_SPAN >= t && vg_ex_in_clause(x, k, t);) {
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, NULL);
        if (v && v->val == VG_VC_CIVILIAN)
            return 1;
    }
    return 0;
}

/* Civilians fighting the police or soldiers ("youths clashed with
 * police", "des jeunes se sont affrontés aux forces de l'ordre"), or one
 * another with a riot's means and no force or armed group named ("rival
 * groups of traders fought with clubs and stones"): a clash trigger of
 * weight 4 (clashed, fought) with a civilian noun in its clause,
 * or an act of violence against people whose subject they are and whose
 * object is the force ("villagers lynched a soldier"), no armed group or
 * fighter named: ACLED's riot (violent demonstration, mob violence), weight
 * 3; the clash or the attack goes.  (A bare "attack" by residents is left:
 * a civilian noun before it is as often its victim.) */
void vg_ex_crowd_clash(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (w[VG_EV_RIOT] >= 3 || w[VG_EV_PROTEST] || vg_ex_class_actor(si, VG_VC_MILITANT) ||
        si->vclass_seen[VG_VC_MILITANT] || vg_ex_class_fig(si, 1, VG_VC_MILITANT))
        return;
    if (!vg_ex_force_party(x, si) &&
        !(si->sub_w[VG_EV_RIOT] && !vg_ex_military_actor(si) && !si->vclass_seen[VG_VC_MILITARY]))
        return; /* (civilians fighting civilians with stones: mob violence too) */
    int ty = 0;
    size_t ac = si->trig_t[VG_EV_ARMED_CLASH], aoc = si->trig_t[VG_EV_ATTACK_ON_CIVILIANS];
    if (w[VG_EV_ARMED_CLASH] == 4 && civilians_near(x, ac, si->trig_e[VG_EV_ARMED_CLASH]))
        ty = VG_EV_ARMED_CLASH; /* "youths clashed with police" */
    else if (w[VG_EV_ATTACK_ON_CIVILIANS] && w[VG_EV_ATTACK_ON_CIVILIANS] <= 4 &&
             civilians_before(x, aoc) && state_target(x, si, aoc))
        ty = VG_EV_ATTACK_ON_CIVILIANS; /* "residents stoned a police vehicle" */
    if (!ty)
        return;
    w[VG_EV_RIOT] = 3;
    si->trig_t[VG_EV_RIOT] = si->trig_t[ty];
    si->trig_e[VG_EV_RIOT] = si->trig_e[ty];
    si->trig_sub[VG_EV_RIOT] = "";
    si->sub_label[VG_EV_RIOT] = "";
    w[ty] = 0;
}

/* A civilian noun (villagers, habitants) as the active subject of the act at
 * t: before it in its clause, with no passive auxiliary between ("a
 * teacher was executed" names the victim). */
static int crowd_subject(const vg_ex_ctx *x, size_t t)
{
    for (size_t k = t; k-- > 0 && k + CROWD_SPAN >= t && vg_ex_in_clause(x, k, t);) {
        if (vg_ex_is_word(x, k, VG_LX_PASSAUX))
            return 0;
        size_t end;
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, &end);
        if (v && v->val == VG_VC_CIVILIAN) {
            if (v->val2 != VG_VN_INFER)
                return v->val2 == VG_VN_PLURAL && !(v->flags & VG_LXF_BROAD);
            const vg_dict_tok *f = &x->sc.ftok[end - 1];
            const char *w = x->sc.fold + f->off; /* (a crowd: plural, "s" or "x") */
            return !(v->flags & VG_LXF_BROAD) && f->len > 2 &&
                   (w[f->len - 1] == 's' || w[f->len - 1] == 'x') && w[f->len - 2] != 's';
        }
    }
    return 0;
}

/* Mob justice ("villagers beat to death a suspected thief", "des habitants
 * ont battu à mort un présumé voleur"): an attack on civilians (a killing
 * verb's) whose subject is a civilian crowd noun, one person counted dead, no force, soldier, armed
 * group or fighter named: ACLED's riot (mob violence), weight 3; the attack goes. */
void vg_ex_mob_killing(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    size_t aoc = si->trig_t[VG_EV_ATTACK_ON_CIVILIANS];
    if (!w[VG_EV_ATTACK_ON_CIVILIANS] || w[VG_EV_ATTACK_ON_CIVILIANS] > 4 || w[VG_EV_RIOT] >= 3 ||
        w[VG_EV_ARMED_CLASH] || vg_ex_force_party(x, si) || vg_ex_soldiers(x, si) ||
        vg_ex_military_actor(si) || vg_ex_class_actor(si, VG_VC_MILITANT) ||
        si->vclass_seen[VG_VC_MILITANT] || si->vclass_seen[VG_VC_MILITARY] || si->means ||
        !crowd_subject(x, aoc))
        return;
    int one = 0;
    for (size_t i = 0; i < si->nfigs; i++)
        if (si->figs[i].kind == 1) {
            if (si->figs[i].n.min != 1 || si->figs[i].n.max != 1)
                return; /* (a massacre is no lynching) */
            one = 1;
        }
    if (!one)
        return; /* (one person killed: the mob's victim) */
    w[VG_EV_RIOT] = 3;
    si->trig_t[VG_EV_RIOT] = aoc;
    si->trig_e[VG_EV_RIOT] = si->trig_e[VG_EV_ATTACK_ON_CIVILIANS];
    si->trig_sub[VG_EV_RIOT] = "";
    si->sub_label[VG_EV_RIOT] = "";
    w[VG_EV_ATTACK_ON_CIVILIANS] = 0;
}

/* A cause or frame word (after, après, lors d') between tokens a and b: what
 * follows it is what the act at a followed or was set in. */
static int cause_between(const vg_ex_ctx *x, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++)
        for (size_t n = 1; n <= 4 && k + n <= b; n++)
            if (vg_ex_word(x, k, n, VG_LX_CAUSE) || vg_ex_word(x, k, n, VG_LX_FRAME))
                return 1;
    return 0;
}

/* Civilians using a riot's means with no act word ("students burned tyres
 * and threw stones at police", "des jeunes ont saccagé le commissariat"):
 * a riot subtype cue used as a verb (no article or preposition right
 * before it: "children with burns" is none) whose subject is a civilian
 * noun (civilians_before),
 * no protest or riot trigger, no fighter or soldier named (the police may
 * be: stoned): ACLED's riot, weight 3, at the cue. */
void vg_ex_crowd_means(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!si->sub_w[VG_EV_RIOT] || w[VG_EV_RIOT] || w[VG_EV_PROTEST] ||
        vg_ex_class_actor(si, VG_VC_MILITANT) || si->vclass_seen[VG_VC_MILITANT] ||
        vg_ex_soldiers(x, si))
        return;
    for (size_t k = s->t0; k < s->t1; k++) {
        size_t e = 0;
        const vg_lex_entry *c = vg_ex_lex(x, k, VG_LX_SUBCUE, &e);
        if (!c || c->type != VG_EV_RIOT)
            continue;
        if (k > s->t0 &&
            (vg_ex_is_word(x, k - 1, VG_LX_DET) || vg_ex_is_word(x, k - 1, VG_LX_PARTYPREP) ||
             vg_ex_is_word(x, k - 1, VG_LX_OBJPREP) || vg_ex_is_word(x, k - 1, VG_LX_GENPREP)))
            continue; /* a noun, no act: "children with burns", "the fire" */
        if (!civilians_before(x, k))
            return; /* (the first cue's subject decides) */
        w[VG_EV_RIOT] = 3;
        si->trig_t[VG_EV_RIOT] = k;
        si->trig_e[VG_EV_RIOT] = e > k ? e : k + 1;
        si->trig_sub[VG_EV_RIOT] = "";
        si->sub_label[VG_EV_RIOT] = "";
        if (w[VG_EV_ARREST] && cause_between(x, k, si->trig_t[VG_EV_ARREST]))
            w[VG_EV_ARREST] = 0; /* "... after a teacher was arrested", "lors d'une
                                  * interpellation": what the riot followed */
        return;
    }
}

#define GRIEVANCE_SPAN 8 /* tokens after a clash its cause (then its grievance) lie in */

/* A grievance told as what the act [t, e) followed: a cause word after
 * it in its sentence ("after", "après", "following"), then, in the cause's
 * clause, an arrest, a
 * judgment, a strategic move, a death or a grievance cue (lexicon: a
 * protest cue, a verdict, election results, a price rise): "clashes broke
 * out after the court sentenced ...", "des heurts ont éclaté après
 * l'arrestation d'un opposant".  1 + the grievance's token, or 0. */
static size_t grievance_after(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = e;
         k < e + 2 * GRIEVANCE_SPAN && k < sc->ntok && sc->tok[k].sent == sc->tok[t].sent; k++) {
        size_t n = 1;
        while (n <= 4 && !vg_ex_word(x, k, n, VG_LX_CAUSE))
            n++;
        if (n > 4)
            continue;
        for (size_t g = k + n; g < k + n + GRIEVANCE_SPAN && vg_ex_in_clause(x, k, g); g++) {
            const vg_lex_entry *c = vg_ex_lex(x, g, VG_LX_SUBCUE, NULL);
            const vg_lex_entry *tr = vg_ex_lex(x, g, VG_LX_TRIG, NULL);
            if ((c && c->type == VG_EV_PROTEST) || vg_ex_lex(x, g, VG_LX_JUDGED, NULL) ||
                vg_ex_lex(x, g, VG_LX_DEATH, NULL) ||
                (tr && (tr->type == VG_EV_ARREST || tr->type == VG_EV_STRATEGIC)))
                return g + 1;
        }
        return 0;
    }
    return 0;
}

/* Clashes with no armed party: a clash trigger below weight 5 with no
 * armed group, fighter, soldier or weapon named in the sentence and
 * nobody of the military or militant class among its people, told as
 * following a grievance (grievance_after): unrest, ACLED's riot (weight
 * 3); the clash goes.  Battles are told with their parties or in a war's
 * words ("fighting resumed after a lull" names no grievance). */
void vg_ex_unrest_clash(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!w[VG_EV_ARMED_CLASH] || w[VG_EV_ARMED_CLASH] > 4 || w[VG_EV_RIOT] >= 3 ||
        w[VG_EV_PROTEST] || si->means || vg_ex_class_actor(si, VG_VC_MILITANT) ||
        vg_ex_soldiers(x, si) || si->vclass_seen[VG_VC_MILITANT] ||
        si->vclass_seen[VG_VC_MILITARY] || vg_ex_class_fig(si, 1, VG_VC_MILITANT) ||
        vg_ex_class_fig(si, 1, VG_VC_MILITARY))
        return;
    size_t g = grievance_after(x, si->trig_t[VG_EV_ARMED_CLASH], si->trig_e[VG_EV_ARMED_CLASH]);
    if (!g)
        return;
    static const int told[] = {VG_EV_ARREST, VG_EV_STRATEGIC};
    for (size_t i = 0; i < sizeof(told) / sizeof(told[0]); i++)
        if (w[told[i]] && si->trig_t[told[i]] + 1 == g)
            w[told[i]] = 0; /* the arrest or the ban the unrest followed: its cause, told */
    w[VG_EV_RIOT] = 3;
    si->trig_t[VG_EV_RIOT] = si->trig_t[VG_EV_ARMED_CLASH];
    si->trig_e[VG_EV_RIOT] = si->trig_e[VG_EV_ARMED_CLASH];
    si->trig_sub[VG_EV_RIOT] = "";
    si->sub_label[VG_EV_RIOT] = "";
    w[VG_EV_ARMED_CLASH] = 0;
}
