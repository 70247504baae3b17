/*
 * vg_ex_agent.c - extraction stage: who did it, to whom.
 *
 * The perpetrator is the agent of the violent act, read from the syntax
 * around the trigger with the lexicon's word kinds: the "by"/"par" phrase
 * after a harm word ("killed on Monday by", not "supported by"), an armed
 * group after the trigger and "of"/"de" ("une embuscade d'assaillants"),
 * else the first actor before the trigger that may have done it, else one
 * after it that is not its object.  An actor that speaks of the event (a
 * speech word after it or before it: "the UN said", "ECOWAS condemned", "a
 * indiqué l'armée", "according to") is no party and is not listed, save
 * when it tells its own act ("the army said it", "a annoncé avoir").  The
 * subject of a passive or intransitive harm ("were killed", "died", "fell
 * into an ambush", a headline's "soldiers killed in ...") and the object of
 * the act ("attacked the army", "killing 3 soldiers", "an attack on") are
 * its targets.  Civilians, organisations and foreign states never make a
 * coup, an arrest or violence; a named person only as the direct subject
 * or agent.  A demonym on a strike names the state that flew it ("a French
 * air strike").  The event-level defaults (the unidentified group, the
 * country's military, the police of an arrest) are vg_ex_roles.c's.
 */
#include "vg_ex.h"
#include "vg_fmt.h"

#include <string.h>

/* News agencies and broadcasters in a sentence are its sources ("AFP
 * reported", "told Reuters"), not parties to the event - except in strategic
 * events, where a media ban is about them. */
static int party(const vg_ex_actor *a, const vg_event *ev)
{
    return !a->media || ev->type == VG_EV_STRATEGIC;
}

/* The token after the actor that starts at a->t (its phrase). */
static size_t actor_end(const vg_ex_ctx *x, const vg_ex_actor *a)
{
    size_t e = a->t + 1;
    if (a->generic)
        vg_ex_lex(x, a->t, VG_LX_ACTOR, &e);
    else
        vg_scan_tag(&x->sc, a->t, VG_TAG_ACTOR, &e);
    return e > a->t ? e : a->t + 1;
}

/* The named actor's dictionary entry (its kind), NULL for a generic one. */
static const vg_actor_def *actor_def(const vg_ex_ctx *x, const vg_ex_actor *a)
{
    return a->generic ? NULL : vg_scan_tag(&x->sc, a->t, VG_TAG_ACTOR, NULL);
}

static int same_sent(const vg_ex_ctx *x, size_t a, size_t b)
{
    return a < x->sc.ntok && b < x->sc.ntok && x->sc.tok[a].sent == x->sc.tok[b].sent;
}

/* A word of kind spelt by one to four tokens from k; *end after it. */
static int word_from(const vg_ex_ctx *x, size_t k, int kind, size_t *end)
{
    if (!vg_ex_word_may(x, k, kind))
        return 0; /* the token's cached kinds: no such word from k */
    for (size_t n = 4; n >= 1; n--)
        if (same_sent(x, k, k + n - 1) && vg_ex_word(x, k, n, kind)) {
            *end = k + n;
            return 1;
        }
    return 0;
}

/* A speech word ends right before token k, or before the article in front
 * of it: "said the army", "a indiqué l'armée". */
static int speech_before(const vg_ex_ctx *x, size_t k)
{
    if (k > 0 && same_sent(x, k - 1, k) && vg_ex_is_word(x, k - 1, VG_LX_DET))
        k--;
    for (size_t n = 1; n <= 4 && n <= k; n++)
        if (same_sent(x, k - n, k) && vg_ex_word(x, k - n, n, VG_LX_SPEECH))
            return 1;
    return 0;
}

enum { SAYS_NO, SAYS_OTHER, SAYS_SELF };

/* The actor ending at end is the subject of a clause: a harm word follows
 * it, an auxiliary at most between ("said troops killed", "said soldiers
 * had arrested") - the reported clause, not an inverted "said the army". */
static int reported_subject(const vg_ex_ctx *x, size_t end)
{
    for (size_t k = end; k < end + 2 && same_sent(x, k, end - 1); k++) {
        if (vg_ex_lex(x, k, VG_LX_TRIG, NULL) || vg_ex_lex(x, k, VG_LX_KILL, NULL) ||
            vg_ex_lex(x, k, VG_LX_DEATH, NULL) || vg_ex_lex(x, k, VG_LX_ARRESTN, NULL))
            return 1;
        if (!vg_ex_is_word(x, k, VG_LX_ACTAUX) && !vg_ex_is_word(x, k, VG_LX_PASSAUX))
            return 0;
    }
    return 0;
}

/* A comma in the gap before token k. */
static int comma_before(const vg_ex_ctx *x, size_t k)
{
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, k - 1, &gl);
    return memchr(g, ',', gl) != NULL;
}

/* "to" at token k: "said to be backed by", "reported to have" hedge what
 * the actor did rather than quote it. */
static int hedge_to(const vg_ex_ctx *x, size_t k)
{
    const vg_tok *tk = &x->sc.tok[k];
    return k < x->sc.ntok && same_sent(x, k - 1, k) && tk->e - tk->s == 2 &&
           (x->sc.text[tk->s] | 0x20) == 't' && (x->sc.text[tk->s + 1] | 0x20) == 'o';
}

/* Does the actor at [t, end) speak of the event rather than take part in
 * it?  A speech word right after it (a title or a short apposition
 * between: "ECOWAS on Monday condemned", "the army has said") or right
 * before it ("said the army"), or "according to" / "selon" in front.
 * SAYS_SELF when what it says is its own act: "the army said it had
 * repelled", "la junte a annoncé avoir déjoué". */
static int says(const vg_ex_ctx *x, size_t t, size_t end)
{
    const vg_scan *sc = &x->sc;
    if (speech_before(x, t) && reported_subject(x, end))
        return SAYS_NO; /* "a spokesman said troops killed 12": what was said */
    if (speech_before(x, t) ||
        (t > 0 && same_sent(x, t - 1, t) && vg_ex_word_ends(x, t, VG_LX_CITEBEFORE)))
        return SAYS_OTHER;
    if (t > 1 && vg_ex_is_word(x, t - 1, VG_LX_DET) && same_sent(x, t - 2, t) &&
        vg_ex_word_ends(x, t - 1, VG_LX_CITEBEFORE))
        return SAYS_OTHER;
    for (size_t k = end; k < end + 8 && same_sent(x, k, t); k++) {
        size_t e;
        if (word_from(x, k, VG_LX_SPEECH, &e) && !hedge_to(x, e)) {
            size_t se;
            while (e < x->sc.ntok && same_sent(x, e, k) &&
                   (vg_ex_date_at(x, e) || vg_ex_lex(x, e, VG_LX_WDAY, NULL)))
                e++; /* "a annoncé lundi avoir" */
            if (comma_before(x, k))
                return SAYS_NO; /* "..., a dénoncé son employeur": the speaker follows */
            return word_from(x, e, VG_LX_SELFREF, &se) ? SAYS_SELF : SAYS_OTHER;
        }
        if (vg_ex_lex(x, k, VG_LX_TRIG, NULL) || vg_ex_lex(x, k, VG_LX_DEATH, NULL) ||
            vg_ex_lex(x, k, VG_LX_INJURY, NULL) || vg_ex_lex(x, k, VG_LX_ARRESTN, NULL) ||
            vg_ex_num_at(x, k) || (x->sc.tok[k].flags & VG_TF_DIGIT))
            break; /* the actor does something else first (other actors may
                    * be listed with it: "France, the AU and ECOWAS condemned") */
    }
    (void)sc;
    return SAYS_NO;
}

/* A harm word (a trigger, a death, injury or arrest cue) at token k;
 * *end after it. */
static int harm_at(const vg_ex_ctx *x, size_t k, size_t *end)
{
    return vg_ex_lex(x, k, VG_LX_TRIG, end) || vg_ex_lex(x, k, VG_LX_DEATH, end) ||
           vg_ex_lex(x, k, VG_LX_INJURY, end) || vg_ex_lex(x, k, VG_LX_ARRESTN, end);
}

/* The subject of a passive of harm is its victim: "Huit militaires
 * béninois ont été tués ... dans l'explosion", "soldiers were killed when
 * ...", "a patrol was ambushed", "une patrouille est tombée dans une
 * embuscade" - a passive auxiliary (or "fell into", "came under") within
 * five tokens after the actor, then a harm word within three more. */
static int passive_victim(const vg_ex_ctx *x, size_t at)
{
    size_t aux_e = 0, e;
    for (size_t k = at + 1; k < at + 6 && same_sent(x, k, at) && !aux_e; k++)
        if (word_from(x, k, VG_LX_PASSAUX, &e))
            aux_e = e;
    if (!aux_e)
        return 0;
    /* "were killed" is one cue; "a été la cible d'une attaque" five tokens */
    for (size_t k = aux_e - 1; k < aux_e + 5 && same_sent(x, k, at); k++)
        if (harm_at(x, k, &e))
            return 1;
    return 0;
}

/* "by"/"par" before the actor at t is the agent of the act when a harm
 * word ends at most four tokens before it ("killed on Monday by",
 * "enlevés lundi à Tamou par", "an attack by"); "supported by", "the
 * statement was made by" name no agent of the event. */
static int agent_of_harm(const vg_ex_ctx *x, size_t t)
{
    size_t by = t - 1, e;
    if (t > 1 && !vg_ex_is_word(x, by, VG_LX_AGENT))
        by = t - 2;
    for (size_t k = by; k-- > 0 && k + 6 > by && same_sent(x, k, by);)
        if (harm_at(x, k, &e) && e <= by && e + 4 >= by)
            return 1;
    return 0;
}

/* "une embuscade d'assaillants armés", "the attack of the jihadists": an
 * armed group right after a trigger and "of"/"de" is its agent (soldiers
 * there are its object: "l'attaque du camp militaire"). */
static int genitive_agent(const vg_ex_ctx *x, const vg_ex_actor *a, size_t trig_e)
{
    size_t k = trig_e, e;
    if (a->cls != VG_VC_MILITANT || a->t <= trig_e || a->t > trig_e + 6 ||
        !word_from(x, k, VG_LX_GENPREP, &e))
        return 0;
    for (k = e; k < a->t;) { /* "d'éléments de l'EIGS", "of fighters of the": one group */
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, &e);
        if (!v)
            v = vg_ex_lex(x, k, VG_LX_ACTOR, &e);
        if (v && v->val == VG_VC_MILITANT)
            k = e;
        else if (!word_from(x, k, VG_LX_DET, &e) && !word_from(x, k, VG_LX_GENPREP, &e))
            return 0;
        else
            k = e;
    }
    return k == a->t;
}

/* Something a harm verb can be done to starts at token k: a number, an
 * article, a person noun, an actor, "him". */
static int object_at(const vg_ex_ctx *x, size_t k)
{
    if (k < x->sc.ntok && (vg_ex_date_at(x, k) || vg_ex_lex(x, k, VG_LX_WDAY, NULL) ||
                           vg_ex_lex(x, k, VG_LX_MONTH, NULL)))
        return 0; /* "killed on Monday", "tués lundi" */
    if (k + 1 < x->sc.ntok && same_sent(x, k, k + 1) && vg_ex_tok_joined(x, k + 1) &&
        !(x->sc.tok[k].flags & (VG_TF_CAP | VG_TF_DIGIT)) &&
        vg_ex_lex(x, k + 1, VG_LX_VICTIM, NULL) && !vg_ex_is_word(x, k, VG_LX_AGENT) &&
        !vg_ex_lex(x, k, VG_LX_LOCPREP, NULL) && !vg_ex_is_word(x, k, VG_LX_OBJPREP) &&
        !vg_ex_is_word(x, k, VG_LX_GENPREP))
        return 1; /* a quantifier before a person noun: "killed several farmers" */
    return k < x->sc.ntok &&
           (vg_ex_is_word(x, k, VG_LX_PARTYPREP) || vg_ex_num_at(x, k) ||
            (x->sc.tok[k].flags & (VG_TF_DIGIT | VG_TF_CAP)) || vg_ex_is_word(x, k, VG_LX_DET) ||
            vg_ex_is_word(x, k, VG_LX_PRONOUN) || vg_ex_lex(x, k, VG_LX_VICTIM, NULL) ||
            vg_ex_lex(x, k, VG_LX_ACTOR, NULL) || vg_ex_lex(x, k, VG_LX_NUM, NULL) ||
            vg_ex_lex(x, k, VG_LX_QUAL, NULL) || vg_scan_tag(&x->sc, k, VG_TAG_ACTOR, NULL));
}

/* Token k looks like a past participle: English "-ed", French "-é(e)(s)"
 * ("soldiers attacked in Djibo", "une patrouille attaquée"): a headline's
 * passive, unlike the noun ("JNIM attack in Djibo"). */
static int participle(const vg_ex_ctx *x, size_t k)
{
    const vg_tok *tk = &x->sc.tok[k];
    const char *w = x->sc.text + tk->s;
    size_t n = tk->e - tk->s;
    if (n >= 3 && w[n - 2] == 'e' && w[n - 1] == 'd')
        return 1;
    while (n > 0 && (w[n - 1] == 's' || w[n - 1] == 'e'))
        n--; /* é, ée, és, ées */
    return n >= 2 && (unsigned char)w[n - 2] == 0xC3 && (unsigned char)w[n - 1] == 0xA9;
}

/* The subject of a harm word used without an object is who suffered it:
 * "twelve soldiers died", "soldiers killed in an ambush" (a headline's
 * passive), "des soldats ont péri" - not "soldiers killed 12 militants".
 * At most two tokens (auxiliaries, "have", "ont") between. */
static int harmed_subject(const vg_ex_ctx *x, const vg_ex_actor *a, size_t end)
{
    int active = 0;
    for (size_t k = end; k < end + 3 && same_sent(x, k, end); k++) {
        size_t e;
        if (word_from(x, k, VG_LX_SUFFER, &e))
            return 1;
        if (vg_ex_is_word(x, k, VG_LX_ACTAUX)) {
            active = 1; /* "ont tué", "have killed" */
            continue;
        }
        int trig = vg_ex_lex(x, k, VG_LX_TRIG, &e) != NULL;
        if (trig || vg_ex_lex(x, k, VG_LX_DEATH, &e) || vg_ex_lex(x, k, VG_LX_INJURY, &e))
            return !active && participle(x, e - 1) && !(trig && a->cls == VG_VC_MILITANT) &&
                   !(same_sent(x, e, k) && object_at(x, e));
        if (x->sc.tok[k].flags & (VG_TF_CAP | VG_TF_DIGIT))
            return 0;
    }
    return 0;
}

/* A count or an article between a harm verb and its object ("dozens of",
 * "une quarantaine de"). */
static int count_word(const vg_ex_ctx *x, size_t k)
{
    return vg_ex_num_at(x, k) || (x->sc.tok[k].flags & VG_TF_DIGIT) ||
           vg_ex_is_word(x, k, VG_LX_DET) || vg_ex_lex(x, k, VG_LX_NUM, NULL) ||
           vg_ex_lex(x, k, VG_LX_QUAL, NULL) || vg_ex_is_word(x, k, VG_LX_GENPREP) ||
           vg_ex_is_word(x, k, VG_LX_PADJ); /* "killed 6 suspected bandits" */
}

/* The object of a death or injury word ending at most five tokens before
 * it (counts and articles between): "killing 3 soldiers", "tuant deux
 * militaires", "neutralisé une quarantaine de terroristes". */
static int harmed_object(const vg_ex_ctx *x, size_t at)
{
    for (size_t k = at; k-- > 0 && k + 6 > at && same_sent(x, k, at);) {
        size_t e;
        if ((vg_ex_lex(x, k, VG_LX_DEATH, &e) || vg_ex_lex(x, k, VG_LX_INJURY, &e)) && e <= at) {
            while (e < at && count_word(x, e)) {
                const vg_num *n = vg_ex_num_at(x, e);
                e = n && n->t1 > e ? n->t1 : e + 1;
            } /* "le bilan des attaques jihadistes": no object */
            return e == at;
        }
    }
    return 0;
}

/* The actor after the trigger ending at trig_e is what the act is done to:
 * an article or "on", "against", "sur", "contre" between ("attacked the
 * army", "an attack on a FAMa post", "tiré sur les manifestants"). */
static int act_object(const vg_ex_ctx *x, size_t trig_e, size_t at)
{
    if (at < trig_e || at > trig_e + 3)
        return 0;
    size_t k = trig_e, e;
    int prep = 0;
    if (k < at && word_from(x, k, VG_LX_OBJPREP, &e) && e <= at) {
        k = e;
        prep = 1;
    }
    while (k < at && (vg_ex_is_word(x, k, VG_LX_DET) || vg_ex_lex(x, k, VG_LX_VICTIM, &e))) {
        if (!vg_ex_is_word(x, k, VG_LX_DET))
            k = e - 1; /* a title: "seized President Bazoum" */
        k++;
    }
    if (prep && k < at && at <= k + 3) { /* "contre un camp de l'armée", "on a base of" */
        size_t j = k;
        while (j < at && !(x->sc.tok[j].flags & (VG_TF_CAP | VG_TF_DIGIT)) &&
               !vg_ex_lex(x, j, VG_LX_TRIG, NULL) && !comma_before(x, j + 1))
            j++;
        k = j == at &&
                    (vg_ex_is_word(x, at - 1, VG_LX_GENPREP) || vg_ex_is_word(x, at - 1, VG_LX_DET))
                ? at
                : k;
    }
    return k == at && at > trig_e;
}

/* The actor ending at end claims the act: a responsibility cue within
 * three tokens after it ("JNIM claimed responsibility", "l'EIGS a
 * revendiqué"). */
static int claims(const vg_ex_ctx *x, size_t end)
{
    for (size_t k = end; k < end + 3 && same_sent(x, k, end - 1); k++) {
        const vg_lex_entry *c = vg_ex_lex(x, k, VG_LX_CLAIM, NULL);
        if (c && c->val == VG_CL_RESP)
            return 1;
    }
    return 0;
}

/* The actor at t names some of the dead of a toll that is a passive's
 * subject ("5 FAMa soldiers and 3 JNIM fighters were killed", "cinq
 * soldats maliens et trois terroristes ont été tués"): the passive's
 * auxiliary is too far from the first actor for passive_victim. */
static int in_passive_toll(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t)
{
    for (size_t i = 0; i < si->nfigs; i++) {
        const vg_ex_fig *f = &si->figs[i];
        if (f->kind == 1 && t >= f->n.t0 && t < f->n.t1 && f->n.t1 > f->n.t0 &&
            passive_victim(x, f->n.t1 - 1))
            return 1;
    }
    return 0;
}

/* A blame cue ends right before the actor at t, or before its article:
 * "blamed JNIM", "attributed to JNIM", "imputé au JNIM", "believed to be
 * members of JNIM", "présumés membres de l'EIGS" - the actor did it,
 * whoever says so. */
static int blamed(const vg_ex_ctx *x, size_t t)
{
    size_t k = t;
    if (k > 0 && same_sent(x, k - 1, k) && vg_ex_is_word(x, k - 1, VG_LX_DET))
        k--;
    for (size_t j = k; j-- > 0 && j + 6 > k && same_sent(x, j, k);) {
        size_t e;
        const vg_lex_entry *c = vg_ex_lex(x, j, VG_LX_CLAIM, &e);
        if (c && c->val == VG_CL_BLAME && e == k)
            return 1;
    }
    return 0;
}

/* What one mention says of an actor. */
typedef struct actor_view {
    size_t end;
    int says;   /* SAYS_*: it speaks of the event */
    int harmed; /* suffered the act: passive or intransitive subject, object */
    int object; /* the act's object after the trigger */
    int person; /* a named person (actors.tsv kind person) */
    int agent;  /* "by X" after a harm word, "an ambush of X", "X claimed": the agent */
} actor_view;

static void view_actor(const vg_ex_ctx *x, const vg_ex_actor *a, size_t trig_e, actor_view *v)
{
    const vg_actor_def *d = actor_def(x, a);
    v->end = actor_end(x, a);
    int blame = blamed(x, a->t);
    v->says = blame ? SAYS_NO : says(x, a->t, v->end); /* "accused the army of killing" */
    v->harmed = passive_victim(x, a->t) || harmed_object(x, a->t) || harmed_subject(x, a, v->end);
    v->object = act_object(x, trig_e, a->t);
    v->person = d && d->kind && strcmp(d->kind, "person") == 0;
    v->agent = (a->by && agent_of_harm(x, a->t)) || genitive_agent(x, a, trig_e) ||
               claims(x, v->end) || blame;
}

/* Can the actor be the one who did it?  Never in violence, an arrest or a
 * coup: civilians, an organisation (the UN agency that reports it), a
 * speaker (save of its own act), who suffered it, its object; a named
 * person only as the direct subject or agent ("Colonel Goita seized
 * power", "arrested by ..."), not the president a coup ousts nor the
 * minister who announces arrests. */
static int may_act(const vg_ex_actor *a, const actor_view *v, const vg_event *ev, size_t trig_t,
                   size_t direct_t)
{
    if (!party(a, ev) || (v->says == SAYS_OTHER && ev->type != VG_EV_STRATEGIC))
        return 0;
    if (ev->type == VG_EV_PROTEST || ev->type == VG_EV_RIOT)
        return 1;
    if (ev->type == VG_EV_STRATEGIC)
        return a->cls != VG_VC_CIVILIAN; /* "warned civilians to leave" */
    if (a->cls == VG_VC_CIVILIAN && ev->type != VG_EV_DISPLACEMENT)
        return 0;
    if (a->org || v->harmed || v->object)
        return 0;
    if ((ev->type == VG_EV_COUP || ev->type == VG_EV_ARREST) && a->country && ev->country[0] &&
        strcmp(a->country, ev->country) != 0 && a->cls != VG_VC_MILITANT)
        return 0; /* France, condemning a coup in Niger, took no part in it */
    if (v->person && !v->agent && v->says != SAYS_SELF && (a->t > trig_t || v->end < direct_t))
        return 0;
    return 1;
}

/* The demonym right before or after the trigger names the state that
 * struck: "a French air strike", "une frappe aérienne française", "Nigerian
 * jets".  Its army, or NULL. */
static const vg_actor_def *demonym_force(const vg_ex_ctx *x, size_t trig_t, size_t trig_e)
{
    size_t lo = trig_t > 2 ? trig_t - 2 : 0;
    for (size_t k = lo; k < trig_e + 2 && k < x->sc.ntok; k++) {
        const vg_place *p = x->place_tok[k];
        if ((k >= trig_t && k < trig_e) || !p || !x->dem_tok[k] || p->level != VG_PLACE_COUNTRY ||
            !same_sent(x, k, trig_t))
            continue;
        return vg_actors_army(x->kb->actors, p->country);
    }
    return NULL;
}

/* The first token of the clause the trigger at trig_t ends: a subject
 * closer than this to the trigger is its direct subject (a person may act
 * only so).  Eight tokens back at most, stopped at a comma. */
static size_t clause_start(const vg_ex_ctx *x, size_t trig_t)
{
    size_t k = trig_t;
    while (k > 0 && k + 8 > trig_t && same_sent(x, k - 1, trig_t)) {
        size_t gl;
        const char *g = vg_scan_gap(&x->sc, k - 1, &gl);
        if (memchr(g, ',', gl) || memchr(g, ';', gl))
            break;
        k--;
    }
    return k;
}

/* Another actor joined to the perpetrator by "and"/"et" before the
 * trigger is on its side ("FAMa and Wagner forces killed"). */
static int ally_of(const vg_ex_ctx *x, size_t perp_end, const vg_ex_actor *a, size_t trig_t)
{
    if (a->t >= trig_t || a->t < perp_end || a->t > perp_end + 2)
        return 0;
    size_t je;
    return vg_ex_lex(x, perp_end, VG_LX_NUMJOIN, &je) && je <= a->t;
}

static void add_event_actor(const vg_ex_ctx *x, vg_event *ev, const vg_ex_actor *a, vg_role role)
{
    char label[sizeof(ev->actors[0].name)];
    vg_ex_actor_label(x, a, ev->country, label, sizeof(label));
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].name, label) == 0)
            return; /* "FAMa" and "Malian soldiers": one army */
    if (ev->n_actors >= VG_MAX_ACTORS)
        return;
    vg_event_actor *ea = &ev->actors[ev->n_actors++];
    memcpy(ea->name, label, sizeof(label));
    ea->role = role;
    ea->kind = vg_ex_class_kind(a->cls);
    ea->generic = a->generic;
}

/* A strategic move whose subject is a country ("Mali pulled out of the G5
 * Sahel", "le Burkina Faso a suspendu RFI"): its government, the actor
 * actors.tsv names "Government of <Country>".  The country named (not a
 * demonym) within four tokens before the trigger, no other actor or comma
 * between, or NULL. */
static const vg_actor_def *country_subject(const vg_ex_ctx *x, size_t trig_t)
{
    for (size_t k = trig_t; k-- > 0 && k + 5 > trig_t && same_sent(x, k, trig_t);) {
        const vg_place *p = x->place_tok[k];
        if (p && p->level == VG_PLACE_COUNTRY && vg_scan_tag(&x->sc, k, VG_TAG_PLACE, NULL)) {
            char name[96];
            vg_fmt f;
            vg_fmt_init(&f, name, sizeof(name));
            vg_fmt_str(&f, "Government of ");
            vg_fmt_str(&f, p->name);
            return vg_actors_by_name(x->kb->actors, name);
        }
        if (vg_scan_tag(&x->sc, k, VG_TAG_ACTOR, NULL) || comma_before(x, k + 1))
            return NULL; /* another subject, another clause */
    }
    return NULL;
}

/* A sentence whose subject is a pronoun ("They abducted 10 women", "Ils ont
 * tué") goes on with the incident just told: the perpetrator of the latest
 * event of the sentence before, or NULL.  Only a pronoun first in its
 * sentence, at most three tokens before the trigger. */
static const vg_event_actor *anaphoric_perp(const vg_ex_ctx *x, size_t trig_t)
{
    size_t sent = x->sc.tok[trig_t].sent, t0 = trig_t;
    while (t0 > 0 && x->sc.tok[t0 - 1].sent == sent)
        t0--;
    if (sent == 0 || t0 + 3 < trig_t || x->sc.ftok[t0].len > 5 ||
        !vg_ex_is_word(x, t0, VG_LX_SELFREF))
        return NULL;
    const vg_ex_cand *best = NULL;
    for (size_t i = 0; i < x->nc; i++)
        if (x->c[i].sent + 1 == sent && (!best || x->c[i].sent >= best->sent))
            best = &x->c[i];
    for (size_t i = 0; i < x->ndef; i++)
        if (x->def[i].mentions && x->def[i].sent + 1 == sent &&
            (!best || x->def[i].sent >= best->sent))
            best = &x->def[i];
    if (!best || !best->ev.n_actors || best->ev.actors[0].role != VG_ROLE_PERPETRATOR)
        return NULL;
    return &best->ev.actors[0];
}

int vg_ex_set_actors(const vg_ex_ctx *x, const vg_ex_sent *si, vg_event *ev, size_t trig_t)
{
    /* perpetrator first: the agent of a passive ("by X"), else the first
     * actor before the trigger that may have done it, else (in violence,
     * arrests and coups) one named after it that is not its object */
    actor_view v[VG_EX_MAX_ITEMS];
    int first = -1, v_act = vg_ex_violent(ev->type) || ev->type == VG_EV_ARREST ||
                            ev->type == VG_EV_COUP || ev->type == VG_EV_DISPLACEMENT;
    size_t trig_e = trig_t + 1, direct = clause_start(x, trig_t);
    vg_scan_lex(&x->sc, trig_t, VG_LX_TRIG, &trig_e);
    if (trig_e <= trig_t)
        trig_e = trig_t + 1;
    for (size_t i = 0; i < si->nactors; i++) {
        view_actor(x, &si->actors[i], trig_e, &v[i]);
        v[i].harmed |= in_passive_toll(x, si, si->actors[i].t);
    }
    int rank = VG_EX_PERP_AGENT;
    for (size_t i = 0; i < si->nactors && first < 0; i++)
        if (v[i].agent && may_act(&si->actors[i], &v[i], ev, trig_t, direct))
            first = (int)i;
    for (size_t i = 0; i < si->nactors && first < 0; i++)
        if (si->actors[i].t < trig_t && may_act(&si->actors[i], &v[i], ev, trig_t, direct) &&
            (si->actors[i].cls != VG_VC_CIVILIAN || !v_act)) {
            first = (int)i;
            rank = v[i].says == SAYS_SELF ? VG_EX_PERP_AGENT : VG_EX_PERP_SUBJECT;
        }
    for (size_t i = 0; i < si->nactors && first < 0; i++)
        if (may_act(&si->actors[i], &v[i], ev, trig_t, direct) &&
            (ev->type != VG_EV_STRATEGIC || !v[i].object)) {
            first = (int)i;
            rank = VG_EX_PERP_AFTER;
        }
    ev->n_actors = 0;
    const vg_actor_def *force = NULL;
    if (ev->type == VG_EV_REMOTE_VIOLENCE && (first < 0 || !v[first].agent))
        force = demonym_force(x, trig_t, trig_e);
    const vg_actor_def *state =
        (first < 0 || rank == VG_EX_PERP_AFTER) && ev->type == VG_EV_STRATEGIC
            ? country_subject(x, trig_t)
            : NULL;
    if (force || state) { /* "a French air strike": France's army struck */
        const vg_actor_def *d = force ? force : state;
        vg_ex_actor fa = {.name = d->name, .cls = d->vclass, .t = trig_t, .country = d->country};
        add_event_actor(x, ev, &fa, VG_ROLE_PERPETRATOR);
        rank = VG_EX_PERP_AGENT;
        if (state)
            first = -1; /* (the actor found after the trigger is its object) */
    } else if (first >= 0) {
        add_event_actor(x, ev, &si->actors[first], VG_ROLE_PERPETRATOR);
    } else {
        rank = VG_EX_PERP_NONE;
        const vg_event_actor *ana = v_act ? anaphoric_perp(x, trig_t) : NULL;
        if (ana && ev->n_actors < VG_MAX_ACTORS) {
            ev->actors[ev->n_actors++] = *ana; /* "... attacked Sona. They abducted 10 women." */
            rank = VG_EX_PERP_SUBJECT;
        }
    }
    for (size_t i = 0; i < si->nactors; i++) {
        const vg_ex_actor *a = &si->actors[i];
        if ((int)i == first || !party(a, ev) ||
            (v[i].says == SAYS_OTHER && ev->type != VG_EV_STRATEGIC))
            continue; /* who reports the event is not in it */
        vg_role role = a->cls == VG_VC_CIVILIAN ? VG_ROLE_VICTIM : VG_ROLE_TARGET;
        if (a->cls != VG_VC_CIVILIAN && !v[i].harmed && !v[i].object)
            role = VG_ROLE_OTHER; /* named with the event, side unknown */
        if (first >= 0 && ally_of(x, v[first].end, a, trig_t))
            role = VG_ROLE_OTHER;
        add_event_actor(x, ev, a, role);
    }
    return rank;
}

/* The typing stage's question (vg_ex_typing.c): does the actor only speak
 * of the act ("the army said", "selon la police")? */
int vg_ex_actor_speaks(const vg_ex_ctx *x, const vg_ex_actor *a)
{
    return says(x, a->t, actor_end(x, a)) == SAYS_OTHER;
}
