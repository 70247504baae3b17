/*
 * vg_ex_typing.c - extraction stage: which event types a sentence reports.
 *
 * Trigger weights come from the lexicon; the ACLED distinctions are then
 * made from the sentence by the typing steps of knowledge/types.tsv, run in
 * the file's order: "precede" lines (a remote-violence means such as a
 * drone or an IED outranks a generic attack) and the built-in inferences
 * named there (who died - civilians versus soldiers or militants - turns an
 * attack into violence against civilians; soldiers holding the president
 * detain him; demonstrators who loot or clash with the police riot;
 * clashes with no armed party after a grievance are unrest; the steps on
 * a trigger word's own reading are vg_ex_reading.c's).  Weak
 * triggers ("attack") need support in the same sentence (a figure, a
 * place, an armed actor, a date, a subtype cue) before they count:
 * precision matters as much as recall, and most false events are
 * background words without detail.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

static int has_class_fig(const vg_ex_sent *si, int kind, int cls)
{
    for (size_t i = 0; i < si->nfigs; i++)
        if (si->figs[i].kind == kind && si->figs[i].vclass == cls)
            return 1;
    return 0;
}

static int class_actor(const vg_ex_sent *si, int cls)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == cls)
            return 1;
    return 0;
}

static int military_actor(const vg_ex_sent *si)
{
    return class_actor(si, VG_VC_MILITARY);
}

/* Soldiers among the actors: the military class, save the police (men
 * "posing as police officers" who seize a journalist abduct him; soldiers
 * who seize the president detain him). */
static int soldiers(const vg_ex_ctx *x, const vg_ex_sent *si)
{
    const char *police = x->kb->types->generic[VG_GEN_POLICE].name;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITARY && strcmp(si->actors[i].name, police) != 0)
            return 1;
    return 0;
}

/* The trigger of type a reports type b instead. */
static void move_trigger(vg_ex_sent *si, int a, int b)
{
    if (si->trig_w[b] < si->trig_w[a]) {
        si->trig_w[b] = si->trig_w[a];
        si->trig_t[b] = si->trig_t[a];
        si->trig_e[b] = si->trig_e[a];
        si->trig_sub[b] = "";
    }
    si->trig_w[a] = 0;
}

/* types.tsv "precede": a trigger of the winner drops a weaker one of the
 * loser. */
static void precede(vg_ex_sent *si, const vg_type_step *st)
{
    int *w = si->trig_w;
    if (w[st->winner] < st->min || !w[st->loser] || w[st->loser] > st->max)
        return;
    if (st->cond == VG_TCOND_SAME && si->trig_t[st->loser] != si->trig_t[st->winner])
        return;
    if (st->cond == VG_TCOND_UNCUED && si->sub_w[st->loser])
        return;
    w[st->loser] = 0;
}

/* Soldiers or police that are a party to the sentence's act, not only
 * its source. */
static int force_party(const vg_ex_ctx *x, const vg_ex_sent *si)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITARY && !vg_ex_actor_speaks(x, &si->actors[i]))
            return 1;
    return 0;
}

/* The state's forces did it: soldiers or police named before the trigger
 * at t as its subject, and no armed group in the sentence ("police shot
 * dead a motorcyclist at a checkpoint": the checkpoint is theirs). */
static int state_perpetrator(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t)
{
    int state = 0;
    if (vg_ex_word_ends(x, t, VG_LX_PASSAUX))
        return 0; /* "a gendarmerie post was overrun": the subject suffered it */
    for (size_t i = 0; i < si->nactors; i++) {
        if (si->actors[i].cls == VG_VC_MILITANT)
            return 0;
        state |= si->actors[i].cls == VG_VC_MILITARY && si->actors[i].t < t && !si->actors[i].by &&
                 !vg_ex_actor_speaks(x, &si->actors[i]);
    }
    return state;
}

#define PLACE_SPAN 6 /* tokens after an attack (or before its passive) its target is named in */

/* A civilian place (word kind civplace) at token k: one to three tokens. */
static int civplace_at(const vg_ex_ctx *x, size_t k)
{
    for (size_t n = 1; n <= 3; n++)
        if (vg_ex_word(x, k, n, VG_LX_CIVPLACE))
            return 1;
    return 0;
}

/* The attack [t, e) is done to a civilian place: one named in its clause
 * right after it ("attacked a market in Tillia", "stormed the village of
 * X", "une attaque contre un site d'orpaillage"), or right before its
 * passive ("the village was attacked"). */
static int civilian_place(const vg_ex_ctx *x, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    if (e <= t || t >= sc->ntok)
        return 0;
    for (size_t k = e; k < e + PLACE_SPAN && k < sc->ntok && sc->tok[k].sent == sc->tok[t].sent &&
                       !vg_ex_clause_break(x, e - 1, k + 1);
         k++)
        if (civplace_at(x, k))
            return 1;
    if (!vg_ex_word_ends(x, t, VG_LX_PASSAUX))
        return 0;
    for (size_t k = t; k-- > 0 && k + PLACE_SPAN > t && sc->tok[k].sent == sc->tok[t].sent;)
        if (civplace_at(x, k))
            return 1;
    return 0;
}

static int civilian_class(int c)
{
    return c == VG_VC_CIVILIAN || c == VG_VC_PERSON || c == VG_VC_OFFICIAL; /* ACLED: officials
                                                                             * are civilians */
}

static int armed_class(int c)
{
    return c == VG_VC_MILITARY || c == VG_VC_MILITANT;
}

/* Whom the violence at trigger t was done to, ACLED's test between a battle
 * and violence against civilians, in this order: armed men among the dead,
 * soldiers its object, or a military place its target (a cue of the armed
 * clash: a base, a checkpoint, a patrol - unless the state's forces did it:
 * the place is then theirs): TGT_ARMED; civilians among the dead:
 * TGT_CIVILIAN; fighters its object: TGT_ARMED; civilians its object, or a
 * civilian place its target (word kind civplace: a village, a market, a
 * mosque) with no force a party to the act other than as its
 * perpetrator ("a military police school" is the forces'), or a death with
 * nobody armed named but civilians: TGT_CIVILIAN; else TGT_UNKNOWN. */
enum { TGT_UNKNOWN, TGT_CIVILIAN, TGT_ARMED };

#define SUBJECT_SPAN 8 /* tokens before a passive its subject is named in */

/* The class of whom a passive verb at t tells of ("several villagers were
 * killed when gunmen ambushed ...", "des enseignants ont été tués"): the
 * nearest person noun before its auxiliary, in its clause; 0 when the
 * verb is no passive or names nobody (the armed men after it are the
 * act's agents, not its dead). */
static int passive_subject_class(const vg_ex_ctx *x, size_t t)
{
    if (!vg_ex_word_ends(x, t, VG_LX_PASSAUX))
        return 0;
    for (size_t k = t; k-- > 0 && k + SUBJECT_SPAN > t && vg_ex_in_clause(x, k, t);) {
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, NULL);
        if (v)
            return v->val;
    }
    return 0;
}

static int target(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t, size_t e)
{
    int civ = 0, armed = 0, state = state_perpetrator(x, si, t);
    for (size_t i = 0; i < si->nfigs; i++) {
        if (si->figs[i].kind != 1)
            continue;
        civ |= civilian_class(si->figs[i].vclass);
        armed |= armed_class(si->figs[i].vclass);
    }
    if (armed || si->object_class == VG_VC_MILITARY || (si->sub_w[VG_EV_ARMED_CLASH] && !state))
        return TGT_ARMED;
    if (civ)
        return TGT_CIVILIAN; /* (a group named after "attacks blamed on" is no target) */
    if (si->object_class == VG_VC_MILITANT)
        return TGT_ARMED;
    if (civilian_class(si->object_class) ||
        (civilian_place(x, t, e) && (state || !force_party(x, si))))
        return TGT_CIVILIAN;
    if (si->kill_w && si->kill_t != t && si->kill_t < x->sc.ntok) {
        const vg_sent *ks = &x->sc.sent[x->sc.tok[si->kill_t].sent];
        int kc = passive_subject_class(x, si->kill_t);
        if (!kc)
            kc = vg_ex_object_class(x, ks, si->kill_t);
        if (civilian_class(kc))
            return TGT_CIVILIAN; /* whom the killing verb names: "killed women and children
                                  * in an attack on X" */
        if (armed_class(kc))
            return TGT_ARMED;
    }
    if (si->death && !class_actor(si, VG_VC_MILITANT) && !force_party(x, si) &&
        !si->vclass_seen[VG_VC_MILITARY] && !si->vclass_seen[VG_VC_MILITANT] &&
        (si->vclass_seen[VG_VC_CIVILIAN] || si->vclass_seen[VG_VC_PERSON] ||
         si->vclass_seen[VG_VC_OFFICIAL]))
        return TGT_CIVILIAN; /* a death, nobody armed named, only civilians: "the son of
                              * the former president was stabbed to death" */
    return TGT_UNKNOWN;
}

/* The attack [t, e) is done to a settlement: a town or village word
 * (word kind settlement) or a place named right after it, in its clause
 * ("an attack on the town of Titao", "l'attaque de Titao", "attacked
 * Seytenga"). */
static int settlement_target(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t, size_t e)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = e; k < e + 3 && k < sc->ntok && sc->tok[k].sent == sc->tok[t].sent &&
                       !vg_ex_clause_break(x, e - 1, k + 1);
         k++) {
        if (vg_ex_is_word(x, k, VG_LX_SETTLEMENT))
            return 1;
        for (size_t i = 0; i < si->nplaces; i++)
            if (si->places[i].t == k && si->places[i].p->level != VG_PLACE_COUNTRY)
                return 1;
    }
    return 0;
}

/* Dead not named as anyone, and no force a party in the sentence: a
 * non-state armed group's attack on a place that is no military or
 * police position kills civilians ("unidentified gunmen attacked a gold
 * mining site, killing 8", "... killing 12, police said"; ACLED: violence
 * against civilians); so does an attack by no one named on a town or a
 * village ("an attack on the town of Titao left 79 dead": nobody armed is
 * said to have died or fought). */
static int unnamed_dead_of_group(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t, size_t e)
{
    int dead = 0;
    for (size_t i = 0; i < si->nfigs; i++)
        dead |= si->figs[i].kind == 1;
    return dead && !force_party(x, si) && !si->vclass_seen[VG_VC_MILITARY] &&
           (class_actor(si, VG_VC_MILITANT) ||
            (!si->vclass_seen[VG_VC_MILITANT] && settlement_target(x, si, t, e)));
}

/* An armed clash trigger below weight 4 (a bare "attack", "killed"), or an
 * attack by one side at any weight (types.tsv subtype flag onesided: an
 * ambush), whose target is civilian, or (a weak one) unknown with the dead
 * unnamed and an armed group alone, in a sentence that tells of no
 * demonstration: an attack on civilians, one weight up. */
static void civilian_toll(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!w[VG_EV_ARMED_CLASH] || w[VG_EV_PROTEST] || w[VG_EV_RIOT])
        return; /* force at a demonstration is the protest's or the riot's (protest_clash) */
    int tg = target(x, si, si->trig_t[VG_EV_ARMED_CLASH], si->trig_e[VG_EV_ARMED_CLASH]);
    if (tg == TGT_ARMED && w[VG_EV_ATTACK_ON_CIVILIANS] == 1)
        w[VG_EV_ATTACK_ON_CIVILIANS] = 0; /* "attacked an army post, killing five soldiers,
                                           * and looted shops": the looting is the battle's */
    int onesided =
        (vg_types_subtype(x->kb->types, si->trig_sub[VG_EV_ARMED_CLASH]) & VG_SUB_ONESIDED) != 0;
    if (w[VG_EV_ARMED_CLASH] >= 4 && !onesided)
        return; /* "clashed", "fighting": two armed sides */
    if (!(tg == TGT_CIVILIAN || (tg == TGT_UNKNOWN && !onesided &&
                                 unnamed_dead_of_group(x, si, si->trig_t[VG_EV_ARMED_CLASH],
                                                       si->trig_e[VG_EV_ARMED_CLASH]))))
        return;
    int up = w[VG_EV_ARMED_CLASH] + (w[VG_EV_ARMED_CLASH] < 3); /* a bare "attack" (3)
                                                                 * stays a generic word */
    if (w[VG_EV_ATTACK_ON_CIVILIANS] < up) {
        w[VG_EV_ATTACK_ON_CIVILIANS] = up;
        si->trig_t[VG_EV_ATTACK_ON_CIVILIANS] = si->trig_t[VG_EV_ARMED_CLASH];
        si->trig_e[VG_EV_ATTACK_ON_CIVILIANS] = si->trig_e[VG_EV_ARMED_CLASH];
    }
    w[VG_EV_ARMED_CLASH] = 0;
}

/* No attack word, but killers and killed. */
static void implicit_attack(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (w[VG_EV_ARMED_CLASH] || w[VG_EV_ATTACK_ON_CIVILIANS] || w[VG_EV_REMOTE_VIOLENCE] ||
        !si->nfigs || !si->death || !si->nactors)
        return;
    int militant_actor = class_actor(si, VG_VC_MILITANT);
    /* armed men killing civilians attack civilians; militants and soldiers
     * killing one another fight (ACLED: attacks on the military are
     * battles) */
    int type = -1;
    const vg_num *f = si->nfigs ? &si->figs[0].n : NULL;
    if (f && target(x, si, f->t0, f->t1) == TGT_CIVILIAN &&
        (militant_actor || (military_actor(si) && !w[VG_EV_PROTEST] && !w[VG_EV_RIOT])))
        type = VG_EV_ATTACK_ON_CIVILIANS; /* soldiers killing civilians too, but
                                           * shots at protesters stay the protest's
                                           * (ACLED: excessive force, a protest) */
    else if (si->nplaces && ((has_class_fig(si, 1, VG_VC_MILITARY) && militant_actor) ||
                             (has_class_fig(si, 1, VG_VC_MILITANT) && military_actor(si))))
        type = VG_EV_ARMED_CLASH; /* with its place: "ils ont tué 4 autres militaires"
                                   * goes on telling the attack before it */
    for (size_t i = 0; type >= 0 && i < si->nfigs; i++)
        if (si->figs[i].kind == 1) { /* the toll, not an arrest count before it */
            w[type] = 3;
            si->trig_t[type] = si->figs[i].n.t0;
            si->trig_e[type] = si->figs[i].n.t1;
            break;
        }
}

/* Soldiers holding the president or ministers: a detention (a coup's, when
 * the article reports one). */
static void held_officials(const vg_ex_ctx *x, vg_ex_sent *si)
{
    if (si->trig_w[VG_EV_ABDUCTION] && si->held_official && soldiers(x, si)) {
        move_trigger(si, VG_EV_ABDUCTION, VG_EV_ARREST);
        si->official_near_arrest = 1;
    }
}

/* Demonstrators who set fire, loot, throw stones: a riot. */
static void riot_cue(vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!w[VG_EV_PROTEST] || !si->sub_w[VG_EV_RIOT] || w[VG_EV_RIOT] >= 3)
        return;
    w[VG_EV_RIOT] = w[VG_EV_PROTEST] > 2 ? w[VG_EV_PROTEST] : 3;
    si->trig_t[VG_EV_RIOT] = si->trig_t[VG_EV_PROTEST];
    si->trig_e[VG_EV_RIOT] = si->trig_e[VG_EV_PROTEST];
    si->trig_sub[VG_EV_RIOT] = "";
    si->sub_label[VG_EV_RIOT] = "";
}

/* Protesters clashing with the police ("lors de heurts avec la police"):
 * a riot, not a battle. */
static void protest_clash(vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!w[VG_EV_PROTEST] || !w[VG_EV_ARMED_CLASH] || w[VG_EV_ARMED_CLASH] > 4 ||
        w[VG_EV_RIOT] >= 3 || class_actor(si, VG_VC_MILITANT))
        return;
    w[VG_EV_RIOT] = 3;
    si->trig_t[VG_EV_RIOT] = si->trig_t[VG_EV_PROTEST];
    si->trig_e[VG_EV_RIOT] = si->trig_e[VG_EV_PROTEST];
    si->trig_sub[VG_EV_RIOT] = "";
    w[VG_EV_ARMED_CLASH] = 0;
}

static int place_at(const vg_ex_sent *si, size_t k)
{
    for (size_t i = 0; i < si->nplaces; i++)
        if (si->places[i].t == k)
            return 1;
    return 0;
}

/* The police named as an actor (not soldiers, whose seizures of civilians
 * ACLED often codes as abductions, nor foreign forces). */
static int police_named(const vg_ex_ctx *x, const vg_ex_sent *si)
{
    const char *police = x->kb->types->generic[VG_GEN_POLICE].name;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITARY &&
            strncmp(si->actors[i].name, police, strlen(police)) == 0)
            return 1;
    return 0;
}

#define GROUND_SPAN 4 /* tokens after a seizure verb its object is named in */

/* People seized by the police (named before a seizure verb of lexicon
 * trig flag person, no armed group named) are arrested, not abducted.  Armed men seizing ground: a
 * seizure verb whose object is no person but a town or a village (word kind settlement), a military
 * position (a battle subtype cue: a base, a post) or a place named right after it ("captured Boni",
 * "seized the strategic town of X", "se sont emparés du camp militaire de Y"), with soldiers or an
 * armed group named and no demonstration: ACLED's battle for territory (a non-state actor overtakes
 * territory, or the government regains it), weight 4. */
static void seize_ground(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (si->pobj && w[VG_EV_ABDUCTION] && si->trig_t[VG_EV_ABDUCTION] == si->pobj_t &&
        state_perpetrator(x, si, si->pobj_t) && police_named(x, si)) {
        move_trigger(si, VG_EV_ABDUCTION, VG_EV_ARREST); /* "police seized two suspects" */
        return;
    }
    if (!si->pobj || si->pobj->type != VG_EV_ABDUCTION || w[VG_EV_ARMED_CLASH] >= 4 ||
        (w[VG_EV_ABDUCTION] && si->trig_t[VG_EV_ABDUCTION] == si->pobj_t) || w[VG_EV_PROTEST] ||
        w[VG_EV_RIOT] || !(military_actor(si) || class_actor(si, VG_VC_MILITANT)))
        return;
    for (size_t k = si->pobj_e; k < si->pobj_e + GROUND_SPAN && vg_ex_in_clause(x, si->pobj_t, k);
         k++) {
        if (vg_ex_is_word(x, k, VG_LX_DET))
            continue; /* (before "in": "a" is also French "à") */
        const vg_lex_entry *c = vg_ex_lex(x, k, VG_LX_SUBCUE, NULL);
        int ground = vg_ex_is_word(x, k, VG_LX_SETTLEMENT) || (c && c->type == VG_EV_ARMED_CLASH) ||
                     place_at(si, k);
        if (!ground &&
            (vg_ex_lex(x, k, VG_LX_LOCPREP, NULL) || vg_ex_lex(x, k, VG_LX_VICTIM, NULL)))
            return; /* "seized weapons in Boni", "seized two herders" */
        if (ground) {
            w[VG_EV_ARMED_CLASH] = 4;
            si->trig_t[VG_EV_ARMED_CLASH] = si->pobj_t;
            si->trig_e[VG_EV_ARMED_CLASH] = si->pobj_e;
            si->trig_sub[VG_EV_ARMED_CLASH] = "";
            return;
        }
    }
}

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
static void crowd_clash(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (w[VG_EV_RIOT] >= 3 || w[VG_EV_PROTEST] || class_actor(si, VG_VC_MILITANT) ||
        si->vclass_seen[VG_VC_MILITANT] || has_class_fig(si, 1, VG_VC_MILITANT))
        return;
    if (!force_party(x, si) &&
        !(si->sub_w[VG_EV_RIOT] && !military_actor(si) && !si->vclass_seen[VG_VC_MILITARY]))
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
static void mob_killing(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    size_t aoc = si->trig_t[VG_EV_ATTACK_ON_CIVILIANS];
    if (!w[VG_EV_ATTACK_ON_CIVILIANS] || w[VG_EV_ATTACK_ON_CIVILIANS] > 4 || w[VG_EV_RIOT] >= 3 ||
        w[VG_EV_ARMED_CLASH] || force_party(x, si) || soldiers(x, si) || military_actor(si) ||
        class_actor(si, VG_VC_MILITANT) || si->vclass_seen[VG_VC_MILITANT] ||
        si->vclass_seen[VG_VC_MILITARY] || si->means || !crowd_subject(x, aoc))
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
static void crowd_means(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!si->sub_w[VG_EV_RIOT] || w[VG_EV_RIOT] || w[VG_EV_PROTEST] ||
        class_actor(si, VG_VC_MILITANT) || si->vclass_seen[VG_VC_MILITANT] || soldiers(x, si))
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
static void unrest_clash(const vg_ex_ctx *x, vg_ex_sent *si)
{
    int *w = si->trig_w;
    if (!w[VG_EV_ARMED_CLASH] || w[VG_EV_ARMED_CLASH] > 4 || w[VG_EV_RIOT] >= 3 ||
        w[VG_EV_PROTEST] || si->means || class_actor(si, VG_VC_MILITANT) || soldiers(x, si) ||
        si->vclass_seen[VG_VC_MILITANT] || si->vclass_seen[VG_VC_MILITARY] ||
        has_class_fig(si, 1, VG_VC_MILITANT) || has_class_fig(si, 1, VG_VC_MILITARY))
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

/* types.tsv "turn": a trigger of one type with a subtype cue of another is
 * that other ("defused an IED": disrupted weapons use, a strategic
 * development; armed men who "looted shops" or "burned the town hall",
 * nobody hurt: looting/property destruction; "took the town without a
 * fight": a non-violent transfer of territory). */
static void turn(vg_ex_sent *si, const vg_type_step *st)
{
    int from = st->loser, to = st->winner;
    if (!si->trig_w[from] || !si->sub_label[to] || strcmp(si->sub_label[to], st->subtype) != 0 ||
        (st->cond == VG_TCOND_UNHARMED &&
         (vg_ex_harmed(si) || !(military_actor(si) || class_actor(si, VG_VC_MILITANT)))) ||
        (st->cond == VG_TCOND_WEAK && (si->trig_w[from] > 1 || vg_ex_harmed(si))))
        return; /* (property destroyed by no armed actor is a crime or a figure of speech:
                 * "the company burned through its cash"; a road blocked "demanding" turns
                 * no stronger strategic move into a protest) */
    move_trigger(si, from, to);
    int anchored = si->has_date && !si->date.year_only;
    for (size_t i = 0; i < si->nplaces && !anchored; i++)
        anchored = si->places[i].p->level != VG_PLACE_COUNTRY;
    if (anchored && si->trig_w[to] < 4)
        si->trig_w[to] = 4; /* confirmed by its cue, and told where or when (not "kept
                             * looting" in a story's background) */
    si->trig_sub[to] = st->subtype;
}

/* A herd noun, a weak attack trigger ("stole 300 head of cattle") that no
 * taking verb with an armed actor turned into looting and no harm made an
 * attack: cattle sold, counted or grazed, nothing taken. */
static void idle_herd(const vg_ex_ctx *x, vg_ex_sent *si)
{
    const vg_scan *sc = &x->sc;
    size_t t = si->trig_t[VG_EV_ATTACK_ON_CIVILIANS];
    if (si->trig_w[VG_EV_ATTACK_ON_CIVILIANS] && !vg_ex_harmed(si) && t < sc->ntok &&
        sc->tok[t].mark >= 0 && (sc->mark[sc->tok[t].mark].kinds & (1ull << VG_LX_NONNUM)))
        si->trig_w[VG_EV_ATTACK_ON_CIVILIANS] = 0;
}

/* The ACLED logic on the sentence's triggers: the typing steps of
 * types.tsv, in order, decide which types it reports. */
void vg_ex_resolve_types(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    const vg_types *ty = x->kb->types;
    int any = 0;
    for (int t = 1; t < VG_EV__COUNT; t++)
        any |= si->trig_w[t];
    if (!any && !(si->nfigs && si->death && si->nactors) && !si->pobj && !si->sub_w[VG_EV_RIOT])
        return; /* every step needs a trigger, save implicit_attack its killers and killed
                 * and seize_ground its seizure verb */
    for (size_t i = 0; i < ty->nsteps; i++) {
        const vg_type_step *st = &ty->steps[i];
        switch (st->op) {
        case VG_TOP_PRECEDE:
            precede(si, st);
            break;
        case VG_TOP_CIVILIAN_TOLL:
            civilian_toll(x, si);
            break;
        case VG_TOP_IMPLICIT_ATTACK:
            implicit_attack(x, si);
            break;
        case VG_TOP_HELD_OFFICIALS:
            held_officials(x, si);
            break;
        case VG_TOP_RIOT_CUE:
            riot_cue(si);
            break;
        case VG_TOP_PROTEST_CLASH:
            protest_clash(si);
            break;
        case VG_TOP_SEIZE_GROUND:
            seize_ground(x, si);
            break;
        case VG_TOP_CROWD_CLASH:
            crowd_clash(x, si);
            break;
        case VG_TOP_AIR_MEANS:
            vg_ex_air_means(x, si);
            break;
        case VG_TOP_UNREST_CLASH:
            unrest_clash(x, si);
            break;
        case VG_TOP_DISPLACED_VICTIMS:
            vg_ex_displaced_victims(x, si);
            break;
        case VG_TOP_THING_ARREST:
            vg_ex_thing_arrest(x, si);
            break;
        case VG_TOP_CROWD_MEANS:
            crowd_means(x, s, si);
            mob_killing(x, si);
            break;
        case VG_TOP_TURN:
            turn(si, st);
            break;
        default:
            break;
        }
    }
    idle_herd(x, si);
}

/* Is c an event a types.tsv "turn ... unharmed" step made (looting)? */
static int unharmed_turn(const vg_types *ty, const vg_ex_cand *c)
{
    for (size_t i = 0; i < ty->nsteps; i++) {
        const vg_type_step *st = &ty->steps[i];
        if (st->op == VG_TOP_TURN && st->cond == VG_TCOND_UNHARMED && c->ev.type == st->winner &&
            strcmp(c->ev.subtype, st->subtype) == 0)
            return 1;
    }
    return 0;
}

void vg_ex_drop_absorbed(vg_ex_ctx *x)
{
    int violence = 0;
    for (size_t i = 0; i < x->nc; i++)
        violence |= vg_ex_violent(x->c[i].ev.type) && !x->c[i].ev.historical;
    if (!violence)
        return;
    size_t k = 0;
    for (size_t i = 0; i < x->nc; i++)
        if (!unharmed_turn(x->kb->types, &x->c[i]))
            x->c[k++] = x->c[i];
    x->nc = k;
}

int vg_ex_support(const vg_ex_ctx *x, const vg_ex_sent *si, int type)
{
    int s = si->sub_w[type];
    for (size_t i = 0; i < si->nplaces; i++)
        if (si->places[i].p->level != VG_PLACE_COUNTRY) {
            s++;
            break;
        }
    if (type == VG_EV_DISPLACEMENT &&
        (!si->count || !(si->vclass_seen[VG_VC_CIVILIAN] || si->vclass_seen[VG_VC_PERSON])))
        return 0; /* displacement is reported as figures of people ("had fled the country",
                   * said of a president, is not) */
    if (type == VG_EV_DISPLACEMENT)
        s++;
    vg_num n;
    int vc;
    if (vg_ex_sentence_figure(x, si, 1, &n, &vc) || vg_ex_sentence_figure(x, si, 2, &n, &vc))
        s++;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITANT || si->actors[i].cls == VG_VC_MILITARY) {
            s++;
            break;
        }
    if (si->has_date && !si->date.year_only)
        s++;
    /* "would attack", "nul ne sait s'ils ont été enlevés": not (yet) real */
    if (si->irrealis && (size_t)(si->irrealis - 1) < si->trig_t[type])
        s -= 3;
    if (si->perfect && type == VG_EV_STRATEGIC)
        s -= 3; /* "had criticised the extension": background */
    return s;
}
