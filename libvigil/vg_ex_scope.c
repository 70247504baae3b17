/*
 * vg_ex_scope.c - extraction stage: what undoes a trigger in its own clause,
 * before typing (split from vg_ex_sense.c, which confirms the sense of what
 * is left after typing: the two read different evidence - the words that
 * govern a trigger here, the sentence's and the article's context there).
 *
 * A trigger word is evidence, not an event.  What undoes it here is read
 * from the lexicon's cue kinds (lexicon.tsv: negator, definite, role, deny,
 * modal, release, captive, allege, habit, judged, stock), never from word
 * lists in this file:
 *   - a negation right before it ("no attack", "n'ont pas tiré", "nobody
 *     was arrested") or before its subject ("no soldier had been killed");
 *   - a denial governing its clause ("denied reports that the base had
 *     been overrun"; not "denied responsibility for the attack", whose
 *     event the definite article presupposes), or a rumour denied after it
 *     ("rumours of a coup proved false");
 *   - a modal governing it ("threatened to attack", "could seize",
 *     "appelle à manifester", "an assault would be a disaster"; the future
 *     "would" does not undo a strategic move: announcing one is making
 *     it); a date after publication ("a march next Saturday");
 *   - hostages or prisoners set free (a release, no new capture: ACLED's
 *     strategic development when told where or when); the captives
 *     already held ("les otages de JNIM ont été vus"); a hostage-taking of
 *     no one ("une prise d'otage de la démocratie");
 *   - a kind of act named, not an act ("protection against air strikes",
 *     "fear of attacks"); an accusation ("over alleged assaults"); the act
 *     a court judges ("sentenced ... for killing his brother"); what
 *     happens habitually ("which kills thousands every year"); displaced
 *     people hosted, not fleeing ("the town hosts 30,000 displaced
 *     people"); a word in scare quotes with nobody harmed ("felt
 *     \"ambushed\" by hunger"); a coup word as a title ("the ousted
 *     president's son"); an arrest in the past perfect after the act
 *     ("killed a man they had detained": what the victim had undergone).
 * The public entry is vg_ex_scope(); vg_ex_clause_break() is shared by the
 * stages that read a clause.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

/* A clause ends between tokens a and b (a < b): punctuation other than an
 * apostrophe or hyphen in a gap between them (not the comma of "30,000"). */
int vg_ex_clause_break(const vg_ex_ctx *x, size_t a, size_t b)
{
    for (size_t k = a; k + 1 < b && k + 1 < x->sc.ntok; k++) {
        size_t gl;
        const char *g = vg_scan_gap(&x->sc, k, &gl);
        if (gl == 1 && g[0] == ',' && vg_scan_digits(&x->sc, k) >= 0 &&
            vg_scan_digits(&x->sc, k + 1) >= 0)
            continue; /* the thousands of "30,000" */
        for (size_t i = 0; i < gl; i++) {
            unsigned char c = (unsigned char)g[i];
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n' ||
                (c == 0xE2 && i + 2 < gl && (unsigned char)g[i + 1] == 0x80 &&
                 ((unsigned char)g[i + 2] == 0x93 || (unsigned char)g[i + 2] == 0x94)))
                return 1;
        }
    }
    return 0;
}

/* Token k lies in the sentence and the clause of token a. */
int vg_ex_in_clause(const vg_ex_ctx *x, size_t a, size_t k)
{
    const vg_scan *sc = &x->sc;
    if (k >= sc->ntok || sc->tok[k].sent != sc->tok[a].sent)
        return 0;
    return a < k ? !vg_ex_clause_break(x, a, k + 1) : !vg_ex_clause_break(x, k, a + 1);
}

/* What the trigger at t names is known, not asserted here: "the attack",
 * "its base". */
static int definite(const vg_ex_ctx *x, size_t t)
{
    return vg_ex_word_ends(x, t, VG_LX_DEFINITE);
}

/* "No attack", "did not open fire", "nobody was arrested", "aucune
 * attaque", "n'ont pas tiré": a negation ends right before the trigger. */
static int negated(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    return t > s->t0 && vg_ex_word_ends(x, t, VG_LX_NEGATOR);
}

/* "No soldier had been killed", "no hostages were taken": a negation before
 * the subject, a person noun, then at most three unmarked words (the
 * auxiliaries) before the trigger. */
static int negated_subject(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = t; k-- > s->t0 && k + 8 > t;) {
        const vg_mark *m = sc->tok[k].mark >= 0 ? &sc->mark[sc->tok[k].mark] : NULL;
        if (!m || !(m->kinds & ((1ull << VG_LX_VICTIM) | (1ull << VG_LX_ACTOR))) || m->t1 > t ||
            m->t1 + 3 < t || k == s->t0 || !vg_ex_is_word(x, k - 1, VG_LX_NEGATOR) ||
            vg_ex_clause_break(x, k - 1, t + 1))
            continue;
        size_t j = m->t1; /* unmarked words, or auxiliaries ("had been") */
        while (j < t && (sc->tok[j].mark < 0 ||
                         !(sc->mark[sc->tok[j].mark].kinds & ~(1ull << VG_LX_PERFECT))))
            j++;
        if (j == t)
            return 1;
    }
    return 0;
}

/* "Rumours of a coup ... proved false", "les rumeurs de coup d'État ... ont
 * été démenties": a hearsay or denial cue (lexicon kind neg) right before the
 * trigger, and a denial or another such cue after it. */
static int rumour_denied(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si, size_t t,
                         size_t e)
{
    const vg_scan *sc = &x->sc;
    int before = 0, after = 0;
    for (size_t k = vg_ex_first_mark(sc, s->t0); k < sc->nmark && sc->mark[k].t0 < s->t1; k++) {
        const vg_mark *m = &sc->mark[k];
        if (!(m->kinds & (1ull << VG_LX_NEG)))
            continue;
        if (m->t1 <= t && m->t1 + 3 >= t)
            before = 1;
        else if (m->t0 >= e)
            after = 1;
    }
    for (size_t i = 0; i < si->ndeny; i++)
        after |= si->deny_e[i] > e;
    return before && after;
}

/* A denial before the trigger, in the same clause, and no role noun between
 * ("denied any involvement in an attack" denies the role, not the attack). */
static int denied(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t)
{
    for (size_t i = 0; i < si->ndeny; i++) {
        size_t d = si->deny_e[i];
        if (d > t || vg_ex_clause_break(x, d - 1, t + 1) || definite(x, t))
            continue;
        int role = 0;
        for (size_t k = d; k < t && !role; k++)
            role = vg_ex_is_word(x, k, VG_LX_ROLE);
        if (!role)
            return 1;
    }
    return 0;
}

/* A modal governs the trigger: before it in the same clause and near
 * ("threatened to attack", "might return to Tamou to abduct"), or right
 * after it when the trigger is an indefinite subject ("an assault on X
 * would be a disaster"). */
static int unrealised(const vg_ex_ctx *x, const vg_ex_sent *si, int ty, size_t t, size_t e)
{
    int scope = x->kb->types->param[VG_SP_MODAL_SCOPE];
    int subj = x->kb->types->param[VG_SP_SUBJECT_SCOPE];
    for (size_t i = 0; i < si->nmodal; i++) {
        size_t m = si->modal_t[i], me = si->modal_e[i];
        if (ty == VG_EV_STRATEGIC && ((si->modal_fut >> i) & 1))
            continue; /* "said it would leave the force": the decision is the move */
        if (me <= t && t < me + (size_t)scope && !vg_ex_clause_break(x, me - 1, t + 1) &&
            !definite(x, t))
            return 1;
        if (m >= e && m < e + (size_t)subj && !vg_ex_clause_break(x, e - 1, m + 1) &&
            vg_ex_word_ends(x, t, VG_LX_DET) && !definite(x, t))
            return 1;
    }
    return 0;
}

/* The sentence is dated after publication: a plan, not an event. */
static int future(const vg_ex_ctx *x, const vg_ex_sent *si)
{
    if (!si->has_date || !x->pub.y || si->date.prec < VG_DP_WEEK)
        return 0;
    return vg_ymd_days(&si->date.v) > vg_ymd_days(&x->pub);
}

/* Hostages or prisoners set free, swapped, handed over: the sentence tells
 * of a release, not of a new capture ("freed three prisoners", "les otages
 * ont été libérés"); the act of capture itself ("kidnapped") stays. */
static int released(const vg_ex_ctx *x, const vg_ex_sent *si, int ty, size_t t, size_t e)
{
    return si->release && (ty == VG_EV_ABDUCTION || ty == VG_EV_ARREST) &&
           vg_ex_word(x, t, e - t, VG_LX_CAPTIVE);
}

/* Captives already known: the trigger is a captive noun with a definite
 * article or possessive ("the hostages", "les otages de JNIM ont été vus
 * dans une vidéo", "ses otages"): people taken before, of whom the
 * sentence tells something else, no new capture ("took five hostages"
 * and "des otages" stay). */
static int known_captives(const vg_ex_ctx *x, int ty, size_t t, size_t e)
{
    return ty == VG_EV_ABDUCTION && definite(x, t) && vg_ex_word(x, t, e - t, VG_LX_CAPTIVE);
}

/* A weak seizure verb (a person-object trigger below weight 3: grab,
 * capture) with no armed actor or force in the sentence: "the camera
 * captured two men fleeing" records them, nobody abducts them. */
static int unarmed_seizure(const vg_ex_sent *si, int ty, size_t t)
{
    if (ty != VG_EV_ABDUCTION || !si->pobj || si->pobj_t != t || si->trig_w[ty] > 2)
        return 0;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITARY || si->actors[i].cls == VG_VC_MILITANT)
            return 0;
    return 1;
}

/* The trigger at t names people ("protesters"), not an act. */
int vg_ex_person_trigger(const vg_ex_ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    const vg_mark *m = sc->tok[t].mark >= 0 ? &sc->mark[sc->tok[t].mark] : NULL;
    return m && ((m->kinds & ((1ull << VG_LX_VICTIM) | (1ull << VG_LX_ACTOR))) ||
                 (m->tags & (1u << VG_TAG_ACTOR)));
}

#define KIND_GAP 3 /* modifiers between a hazard word and its bare trigger */

/* A kind of act, not an act: a trigger with no article after a word of
 * danger, protection or opposition (lexicon word kind hazard), at most
 * KIND_GAP modifiers between, in its clause ("protection against Russian
 * air strikes", "for fear of attacks", "la menace d'enlèvements"), and no
 * one harmed in the sentence.  A trigger naming people ("against
 * protesters") is no act in any case. */
static int generic_kind(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si, size_t t)
{
    if (vg_ex_harmed(si) || vg_ex_person_trigger(x, t))
        return 0;
    for (size_t k = t, gap = 0; k > s->t0 && gap <= KIND_GAP; k--, gap++) {
        if (vg_ex_word_ends(x, k, VG_LX_HAZARD))
            return !vg_ex_clause_break(x, k - 1, t + 1);
        if (vg_ex_is_word(x, k - 1, VG_LX_DET) || vg_ex_is_word(x, k - 1, VG_LX_DEFINITE) ||
            vg_ex_num_at(x, k - 1))
            return 0; /* "against an attack", "fear of the raids": one act, or known ones */
    }
    return 0;
}

/* An accusation, not an act told: what someone is accused of with no toll
 * or day of its own; or an allegation word (lexicon word kind allege)
 * right before the trigger [t, e) or right after it ("over alleged
 * assaults on its men", "des violences présumées"), with no one harmed and
 * no armed group or army in the sentence ("alleged jihadists attacked" puts
 * the word on the actor, not the act). */
#define ACCUSED_SPAN 8 /* tokens between an accusation verb and its "of" */

/* A toll, or a day told after the trigger at t: what makes an accusation's
 * content a report of an event ("accused soldiers of killing 12 civilians
 * in X on Sunday"; the day before it is the accusation's or the act's that
 * reports it: "suspended a radio on Monday over a report accusing ..."). */
static int told_detail(const vg_ex_sent *si, size_t t)
{
    for (size_t i = 0; i < si->nfigs; i++)
        if (si->figs[i].kind == 1)
            return 1;
    return si->has_date && !si->date.year_only && si->date.t0 > t;
}

/* The trigger at t is what someone is accused of: "of"/"de" right before
 * it, and an allegation word (accusing, accusant) within ACCUSED_SPAN
 * tokens before that, in its clause ("over an article accusing the army
 * of killing civilians"). */
static int accused_of(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    if (t >= s->t0 + 3 && vg_ex_is_word(x, t - 1, VG_LX_ACTAUX))
        t--; /* "accusant l'armée d'avoir tué", "accused of having killed" */
    if (t < s->t0 + 2 || !vg_ex_is_word(x, t - 1, VG_LX_GENPREP))
        return 0;
    for (size_t k = t - 1; k-- > s->t0 && k + ACCUSED_SPAN + 1 > t;)
        if (vg_ex_is_word(x, k, VG_LX_ALLEGE))
            return !vg_ex_clause_break(x, k, t + 1);
    return 0;
}

static int alleged(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si, size_t t, size_t e)
{
    if (accused_of(x, s, t) && !told_detail(si, t))
        return 1; /* the content of an accusation with no toll or day of its own */
    if (vg_ex_harmed(si) || vg_ex_armed_group(x, si))
        return 0;
    if (vg_ex_word_ends(x, t, VG_LX_ALLEGE))
        return 1;
    for (size_t n = 1; n <= 2; n++)
        if (vg_ex_word(x, e, n, VG_LX_ALLEGE))
            return 1;
    return 0;
}

/* Skip spaces and no-break spaces (U+00A0, U+202F, as French typography
 * puts inside guillemets) at the start (dir 1) or end (dir -1) of g[0, n):
 * the bytes left into [*a, *b). */
static void trim_spaces(const char *g, size_t n, size_t *a, size_t *b)
{
    const unsigned char *u = (const unsigned char *)g;
    *a = 0;
    *b = n;
    for (;;) {
        if (*a < *b && u[*a] == ' ')
            ++*a;
        else if (*a + 1 < *b && u[*a] == 0xC2 && u[*a + 1] == 0xA0)
            *a += 2;
        else if (*a + 2 < *b && u[*a] == 0xE2 && u[*a + 1] == 0x80 && u[*a + 2] == 0xAF)
            *a += 3;
        else
            break;
    }
    for (;;) {
        if (*b > *a && u[*b - 1] == ' ')
            --*b;
        else if (*b >= *a + 2 && u[*b - 2] == 0xC2 && u[*b - 1] == 0xA0)
            *b -= 2;
        else if (*b >= *a + 3 && u[*b - 3] == 0xE2 && u[*b - 2] == 0x80 && u[*b - 1] == 0xAF)
            *b -= 3;
        else
            break;
    }
}

/* A double quotation mark or guillemet ends (open) or starts (!open) the
 * gap g[0, n), spaces aside: ", “ or « before a word; ", ” or » after. */
static int quote_mark(const char *g, size_t n, int open)
{
    const unsigned char *u = (const unsigned char *)g;
    size_t a, b;
    trim_spaces(g, n, &a, &b);
    if (a >= b)
        return 0;
    if (open)
        return u[b - 1] == '"' ||
               (b >= a + 3 && u[b - 3] == 0xE2 && u[b - 2] == 0x80 && u[b - 1] == 0x9C) ||
               (b >= a + 2 && u[b - 2] == 0xC2 && u[b - 1] == 0xAB);
    return u[a] == '"' || (a + 2 < b && u[a] == 0xE2 && u[a + 1] == 0x80 && u[a + 2] == 0x9D) ||
           (a + 1 < b && u[a] == 0xC2 && u[a + 1] == 0xBB);
}

/* A word in scare quotes: the trigger [t, e) alone between quotation
 * marks, nobody harmed in the sentence ("felt \"ambushed\" by hunger",
 * "« massacrés » par l'arbitre"): a figure of speech or someone's word,
 * not an act told.  A quoted word beside a toll ("a \"massacre\": gunmen
 * killed 30") stays. */
static int scare_quoted(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si, size_t t,
                        size_t e)
{
    size_t n;
    if (t <= s->t0 || e <= t || vg_ex_harmed(si))
        return 0;
    const char *g = vg_scan_gap(&x->sc, t - 1, &n);
    if (!g || !quote_mark(g, n, 1))
        return 0;
    g = vg_scan_gap(&x->sc, e - 1, &n);
    return g && quote_mark(g, n, 0);
}

/* A token that names nobody: no person noun, actor, place or number. */
static int nobody_at(const vg_ex_ctx *x, const vg_ex_sent *si, size_t k)
{
    const vg_scan *sc = &x->sc;
    if (k >= sc->ntok || vg_ex_num_at(x, k))
        return 0;
    const vg_mark *m = sc->tok[k].mark >= 0 ? &sc->mark[sc->tok[k].mark] : NULL;
    if (m && ((m->kinds & ((1ull << VG_LX_VICTIM) | (1ull << VG_LX_ACTOR))) ||
              (m->tags & (1u << VG_TAG_ACTOR))))
        return 0;
    for (size_t i = 0; i < si->nplaces; i++)
        if (si->places[i].t == k)
            return 0;
    return 1;
}

/* Officials, a union or an organisation named last before the hostage word
 * at t, as its active subject ("accuse les compagnies de prendre les usagers
 * en otage", "the union has taken the economy hostage"): a figure of speech.
 * Not one that speaks of it or is taken ("the minister said two traders
 * were taken hostage", "the mayor was taken hostage"). */
static int figurative_captor(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si, size_t t,
                             size_t e)
{
    size_t c = 0, k = t;
    while (k < e && !vg_ex_is_word(x, k, VG_LX_CAPTIVE))
        k++;
    if (k == e)
        return 0; /* (a hostage word: "nine councillors kidnapped" is no figure) */
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].t < t && (si->actors[i].org || si->actors[i].cls == VG_VC_OFFICIAL) &&
            si->actors[i].t + 1 > c)
            c = si->actors[i].t + 1;
    for (k = s->t0; k < t; k++) {
        size_t end;
        const vg_lex_entry *v = vg_ex_lex(x, k, VG_LX_VICTIM, &end);
        if (v && v->val == VG_VC_OFFICIAL && end <= t && k + 1 > c)
            c = k + 1;
    }
    if (!c)
        return 0;
    for (k = c; k < t; k++)
        if (vg_ex_is_word(x, k, VG_LX_PASSAUX) || vg_ex_is_word(x, k, VG_LX_SPEECH) ||
            vg_ex_is_word(x, k, VG_LX_AGENT))
            return 0;
    return !vg_ex_clause_break(x, c - 1, t + 1);
}

/* A hostage-taking of no one: the captive named after the abduction
 * trigger [t, e) is no person ("une prise d'otage de la démocratie"), or
 * its agent is a political body or officials, with no armed actor or
 * weapon in the sentence ("the economy is held hostage by politicians"). */
static int abstract_captive(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si, size_t t,
                            size_t e, int strike)
{
    if (vg_ex_harmed(si) || si->means)
        return 0;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITARY || si->actors[i].cls == VG_VC_MILITANT)
            return 0;
    if (!si->nfigs && (strike || figurative_captor(x, s, si, t, e)))
        return 1;
    size_t k = e;
    if (vg_ex_is_word(x, k, VG_LX_GENPREP)) {
        k++;
        if (vg_ex_is_word(x, k, VG_LX_DET) || vg_ex_is_word(x, k, VG_LX_DEFINITE))
            k++;
        return nobody_at(x, si, k);
    }
    if (!vg_ex_is_word(x, k, VG_LX_AGENT))
        return 0;
    for (size_t j = k + 1; j < k + 4 && j < x->sc.ntok; j++) {
        const vg_lex_entry *v = vg_ex_lex(x, j, VG_LX_VICTIM, NULL);
        if (v)
            return v->val == VG_VC_OFFICIAL; /* "by politicians", "par les syndicats" */
        for (size_t i = 0; i < si->nactors; i++)
            if (si->actors[i].t == j)
                return si->actors[i].org || si->actors[i].cls == VG_VC_OFFICIAL;
    }
    return 0;
}

#define HABIT_SPAN 8 /* tokens between a trigger and the frequency that makes it habitual */

/* What happens habitually, not an act: a frequency (lexicon kind habit:
 * every year, each day, chaque année) at most HABIT_SPAN tokens from the
 * trigger at t, in its clause ("malaria, which kills thousands of children
 * every year", "bandits who raid the villages each week"). */
static int habitual(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    size_t k0 = t > s->t0 + HABIT_SPAN ? t - HABIT_SPAN : s->t0;
    for (size_t k = k0; k < s->t1 && k <= t + HABIT_SPAN; k++) {
        size_t end;
        if (vg_ex_lex(x, k, VG_LX_HABIT, &end) &&
            (k < t ? !vg_ex_clause_break(x, k, t + 1) : !vg_ex_clause_break(x, t, k + 1)))
            return 1;
    }
    return 0;
}

#define JUDGED_SPAN 12 /* tokens from a judgment to the act it is given for */

/* The act a court judges, not an act told: a judgment (lexicon kind
 * judged: sentenced, convicted, condamné) at most JUDGED_SPAN tokens before
 * the trigger at t, in its clause ("sentenced a farmer to 20 years in prison
 * on Tuesday for killing his brother"); ACLED codes no verdict, and the act
 * judged is past. */
static int judged(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    for (size_t k = t; k-- > s->t0 && k + JUDGED_SPAN >= t;) {
        size_t end;
        if (vg_ex_lex(x, k, VG_LX_JUDGED, &end) && end <= t)
            return !vg_ex_clause_break(x, k, t + 1);
    }
    return 0;
}

#define STOCK_SPAN 7 /* tokens between a hosting verb and the displaced it hosts */

/* Displaced people hosted, not fleeing: a hosting verb (lexicon kind
 * stock: hosts, is home to, abrite, accueille) at most STOCK_SPAN tokens
 * before the displacement trigger at t that names people ("the town hosts
 * more than 30,000 displaced people" is a population, not a movement). */
static int hosted(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    if (!vg_ex_person_trigger(x, t))
        return 0; /* "hosted 2,000 people who fled attacks on Monday": a flight */
    for (size_t k = t; k-- > s->t0 && k + STOCK_SPAN >= t;) {
        size_t end;
        if (vg_ex_lex(x, k, VG_LX_STOCK, &end) && end <= t)
            return 1; /* (no clause test: "30,000" has a comma) */
    }
    return 0;
}

/* Captives set free are ACLED's strategic development (a release after
 * negotiation, prisoners freed): the released trigger [t, e) becomes a
 * strategic one of subtype "release", weight 4, when the sentence says
 * where or when ("9 otages ont été libérés près de Goré"); it tells of no
 * new capture either way. */
static void release_move(const vg_ex_ctx *x, vg_ex_sent *si, size_t t, size_t e)
{
    size_t end;
    if (t >= 2 && vg_ex_lex(x, t - 1, VG_LX_RELEASE, &end) && end == t &&
        vg_ex_is_word(x, t - 2, VG_LX_DET))
        return; /* "the released hostages told reporters": who they are, not the act */
    int anchored = si->has_date && !si->date.year_only;
    for (size_t i = 0; i < si->nplaces && !anchored; i++)
        anchored = si->places[i].p->level != VG_PLACE_COUNTRY;
    if (!anchored || si->trig_w[VG_EV_STRATEGIC] >= 4)
        return;
    si->trig_w[VG_EV_STRATEGIC] = 4;
    si->trig_t[VG_EV_STRATEGIC] = t;
    si->trig_e[VG_EV_STRATEGIC] = e;
    si->trig_sub[VG_EV_STRATEGIC] = "release";
}

/* A coup word as a title, not an act: an official named with it, an article
 * before the pair ("the ousted president's son", "the deposed leader", "le
 * président renversé Mohamed X"): whom it names was deposed before. */
static int coup_title(const vg_ex_ctx *x, const vg_sent *s, size_t t, size_t e)
{
    size_t ve = 0;
    const vg_lex_entry *v = e < s->t1 ? vg_ex_lex(x, e, VG_LX_VICTIM, &ve) : NULL;
    if (v && v->val == VG_VC_OFFICIAL) /* "the ousted president" */
        return t > s->t0 &&
               (vg_ex_word_ends(x, t, VG_LX_DET) || vg_ex_word_ends(x, t, VG_LX_DEFINITE) ||
                vg_ex_word_ends(x, t, VG_LX_POSS));
    for (size_t k = t; k-- > s->t0 && k + 4 > t;) { /* "le président renversé" */
        v = vg_ex_lex(x, k, VG_LX_VICTIM, &ve);
        if (v)
            return v->val == VG_VC_OFFICIAL && ve == t && k > s->t0 &&
                   (vg_ex_word_ends(x, k, VG_LX_DET) || vg_ex_word_ends(x, k, VG_LX_DEFINITE));
    }
    return 0;
}

/* An arrest told in the past perfect after the sentence's act ("beat to
 * death a young man they had detained", "ont tué un homme qu'ils avaient
 * arrêté", "a suspect who had been arrested"): what the act's victim had
 * undergone before, in a clause about them; the act is the event.  The
 * perfect auxiliary ends right before the trigger, or one token before
 * it ("avaient été arrêtés"); a killing verb or another violent trigger
 * stands before it in the sentence. */
static int arrest_before_act(const vg_ex_ctx *x, const vg_ex_sent *si, int ty, size_t t)
{
    if (ty != VG_EV_ARREST)
        return 0;
    int perfect = 0;
    for (size_t k = t > 4 ? t - 4 : 0; k < t && !perfect; k++) {
        size_t end = 0;
        perfect = vg_ex_lex(x, k, VG_LX_PERFECT, &end) && (end == t || end + 1 == t);
    }
    if (!perfect)
        return 0;
    if (si->kill_w && si->kill_t < t)
        return 1;
    for (int o = 1; o < VG_EV__COUNT; o++)
        if (si->trig_w[o] && si->trig_t[o] < t && vg_ex_violent((vg_event_type)o))
            return 1;
    return 0;
}

void vg_ex_scope(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    int fut = future(x, si);
    int strike = si->trig_w[VG_EV_PROTEST] != 0; /* (before the loop may drop it) */
    for (int ty = 1; ty < VG_EV__COUNT; ty++) {
        if (!si->trig_w[ty])
            continue;
        size_t t = si->trig_t[ty], e = si->trig_e[ty];
        if (!fut && released(x, si, ty, t, e) && !negated(x, s, t) && !unrealised(x, si, ty, t, e))
            release_move(x, si, t, e);
        if (fut || negated(x, s, t) || negated_subject(x, s, t) || denied(x, si, t) ||
            rumour_denied(x, s, si, t, e) || unrealised(x, si, ty, t, e) ||
            released(x, si, ty, t, e) || generic_kind(x, s, si, t) || alleged(x, s, si, t, e) ||
            (ty == VG_EV_DISPLACEMENT && hosted(x, s, t)) || judged(x, s, t) || habitual(x, s, t) ||
            (ty == VG_EV_ABDUCTION && abstract_captive(x, s, si, t, e, strike)) ||
            scare_quoted(x, s, si, t, e) || known_captives(x, ty, t, e) ||
            unarmed_seizure(si, ty, t) || (ty == VG_EV_COUP && coup_title(x, s, t, e)) ||
            arrest_before_act(x, si, ty, t))
            si->trig_w[ty] = 0;
    }
    if (si->pobj && (fut || negated(x, s, si->pobj_t) || denied(x, si, si->pobj_t) ||
                     unrealised(x, si, VG_EV_ARMED_CLASH, si->pobj_t, si->pobj_e)))
        si->pobj = NULL; /* "could seize Menaka": no seizure for the typing to read */
}
