/*
 * vg_types.c - event type names and the loader of knowledge/types.tsv (see
 * vg_types.h and the file header).
 *
 * The file is read once into an arena (vg_tsv) and split in place; every
 * string of the result points into it.  Rows are counted first so each
 * table is one allocation.  Everything is validated before the caller
 * sees the result: unknown kinds, types, rules, conditions and classes,
 * flags, weights out of 1..9, templates without {country}, strings too long for
 * the event fields, a generic role missing or given twice, sense evidence
 * or contexts unknown, and a param unknown, missing or given twice all fail
 * the load with "types.tsv:LINE: message".
 */
#include "vg_types.h"
#include "vg_tsv.h"
#include "vigil.h"

#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 6
#define ACLED_TYPE_MAX 48 /* sizes of vg_event.acled_event_type, acled_sub_event_type */
#define ACLED_SUB_MAX 64
#define NAME_MAX_LEN 64 /* vg_event_actor.name */

static const char *const type_names[VG_EV__COUNT] = {"none",
                                                     "coup",
                                                     "arrest",
                                                     "armed_clash",
                                                     "attack_on_civilians",
                                                     "abduction",
                                                     "remote_violence",
                                                     "protest",
                                                     "riot",
                                                     "displacement",
                                                     "strategic"};

static const char *const class_names[VG_VC__COUNT] = {"",         "person",   "civilian",
                                                      "military", "militant", "official"};

/* Names of the "rule" steps, indexed by vg_type_op. */
static const char *const op_names[] = {"",
                                       "",
                                       "civilian_toll",
                                       "implicit_attack",
                                       "held_officials",
                                       "riot_cue",
                                       "protest_clash",
                                       "seize_ground",
                                       "crowd_clash",
                                       "air_means",
                                       "unrest_clash",
                                       "displaced_victims",
                                       "thing_arrest",
                                       "crowd_means"};

static const char *const cond_names[] = {"", "same", "uncued", "unharmed", "weak"};

static const char *const flag_names[] = {"planted", "air", "mutiny",
                                         "onesided"}; /* VG_SUB_* bits */

static const char *const evidence_names[VG_EVD__COUNT] = {
    "armed", "harmed", "victim", "battle", "cue",      "intrinsic", "power", "powercue",
    "state", "object", "strong", "crowd",  "conflict", "unarmed",   "group"};

static const char *const ctx_names[VG_SCTX__COUNT] = {"plain", "other", "drill", "fiction",
                                                      "crime"};

static const char *const param_names[VG_SP__COUNT] = {
    "modal_scope",     "subject_scope", "sparse_ratio",     "dominated_min",
    "dominated_ratio", "intrinsic",     "intrinsic_remote", "strong"};

static const char *const role_names[VG_GEN__COUNT] = {"unidentified", "state_air", "protest",
                                                      "riot", "police"};

const char *vg_event_type_name(vg_event_type t)
{
    return (t > VG_EV_NONE && t < VG_EV__COUNT) ? type_names[t] : "none";
}

/* Index of s in names[1..n), or 0. */
static int name_index(const char *const *names, int n, const char *s)
{
    for (int i = 1; s && i < n; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return 0;
}

vg_event_type vg_event_type_from_name(const char *s)
{
    return (vg_event_type)name_index(type_names, VG_EV__COUNT, s);
}

int vg_vclass_from_name(const char *s)
{
    return name_index(class_names, VG_VC__COUNT, s);
}

static int weight(vg_tsv *t, const char *s, int *out)
{
    unsigned long v;
    if (vg_tsv_uint(s, 9, &v) < 0 || v < 1)
        return vg_tsv_fail(t, "weight '%s' is not 1..9", s);
    *out = (int)v;
    return 0;
}

static int event_type(vg_tsv *t, const char *s, uint8_t *out)
{
    vg_event_type ty = vg_event_type_from_name(s);
    if (ty == VG_EV_NONE)
        return vg_tsv_fail(t, "unknown event type '%s'", s);
    *out = (uint8_t)ty;
    return 0;
}

/* precede WINNER MIN LOSER MAX [COND] */
static int parse_precede(vg_tsv *t, char **f, size_t nf, vg_type_step *st)
{
    int rc;
    if (nf != 5 && nf != 6)
        return vg_tsv_fail(t, "precede takes WINNER MIN LOSER MAX [COND]");
    st->op = VG_TOP_PRECEDE;
    if ((rc = event_type(t, f[1], &st->winner)) < 0 || (rc = weight(t, f[2], &st->min)) < 0 ||
        (rc = event_type(t, f[3], &st->loser)) < 0 || (rc = weight(t, f[4], &st->max)) < 0)
        return rc;
    if (st->winner == st->loser)
        return vg_tsv_fail(t, "a type cannot precede itself");
    int c = nf == 6 ? name_index(cond_names, 3, f[5]) : VG_TCOND_ALWAYS;
    if (nf == 6 && !c)
        return vg_tsv_fail(t, "unknown condition '%s' (same, uncued)", f[5]);
    st->cond = (uint8_t)c;
    return 0;
}

/* turn FROM TO SUBTYPE [unharmed|weak] */
static int parse_turn(vg_tsv *t, char **f, size_t nf, vg_type_step *st)
{
    int rc;
    if (nf != 4 && nf != 5)
        return vg_tsv_fail(t, "turn takes FROM TO SUBTYPE [unharmed|weak]");
    st->op = VG_TOP_TURN;
    if ((rc = event_type(t, f[1], &st->loser)) < 0 || (rc = event_type(t, f[2], &st->winner)) < 0)
        return rc;
    if (st->winner == st->loser)
        return vg_tsv_fail(t, "a type cannot turn into itself");
    if (strlen(f[3]) >= 32)
        return vg_tsv_fail(t, "subtype too long");
    st->subtype = f[3];
    st->cond = VG_TCOND_ALWAYS;
    if (nf == 5 && strcmp(f[4], "unharmed") != 0 && strcmp(f[4], "weak") != 0)
        return vg_tsv_fail(t, "unknown condition '%s' (unharmed, weak)", f[4]);
    if (nf == 5)
        st->cond = strcmp(f[4], "weak") == 0 ? VG_TCOND_WEAK : VG_TCOND_UNHARMED;
    return 0;
}

/* rule NAME */
static int parse_rule(vg_tsv *t, char **f, size_t nf, vg_type_step *st)
{
    int op =
        nf == 2 ? name_index(op_names, (int)(sizeof(op_names) / sizeof(op_names[0])), f[1]) : 0;
    if (nf != 2)
        return vg_tsv_fail(t, "rule takes one NAME");
    if (op < VG_TOP_CIVILIAN_TOLL)
        return vg_tsv_fail(t, "unknown rule '%s'", f[1]);
    st->op = (uint8_t)op;
    return 0;
}

/* acled TYPE SUBTYPE|- EVENT_TYPE SUB_EVENT_TYPE */
static int parse_acled(vg_tsv *t, char **f, size_t nf, vg_acled_row *a)
{
    int rc;
    if (nf != 5)
        return vg_tsv_fail(t, "acled takes TYPE SUBTYPE EVENT_TYPE SUB_EVENT_TYPE");
    if ((rc = event_type(t, f[1], &a->type)) < 0)
        return rc;
    if (!f[2][0] || !f[3][0] || !f[4][0])
        return vg_tsv_fail(t, "empty field");
    if (strlen(f[3]) >= ACLED_TYPE_MAX || strlen(f[4]) >= ACLED_SUB_MAX)
        return vg_tsv_fail(t, "ACLED name too long");
    a->subtype = strcmp(f[2], "-") ? f[2] : NULL;
    a->event_type = f[3];
    a->sub_event_type = f[4];
    return 0;
}

/* label NAME TEMPLATE: the template is cut at {country} in place. */
static int parse_label(vg_tsv *t, char **f, size_t nf, vg_actor_label *l)
{
    static const char var[] = "{country}";
    if (nf != 3)
        return vg_tsv_fail(t, "label takes NAME TEMPLATE");
    char *v = strstr(f[2], var);
    if (!f[1][0] || !v || strstr(v + 1, var))
        return vg_tsv_fail(t, "the template must hold {country} once");
    if (strlen(f[1]) >= NAME_MAX_LEN)
        return vg_tsv_fail(t, "name too long");
    *v = 0;
    l->name = f[1];
    l->pre = f[2];
    l->post = v + sizeof(var) - 1;
    return 0;
}

/* generic ROLE NAME CLASS */
static int parse_generic(vg_tsv *t, char **f, size_t nf, vg_types *ty)
{
    if (nf != 4)
        return vg_tsv_fail(t, "generic takes ROLE NAME CLASS");
    int r = 0;
    while (r < VG_GEN__COUNT && strcmp(role_names[r], f[1]) != 0)
        r++;
    if (r == VG_GEN__COUNT)
        return vg_tsv_fail(t, "unknown role '%s'", f[1]);
    if (ty->generic[r].name)
        return vg_tsv_fail(t, "role '%s' given twice", f[1]);
    if (!f[2][0] || strlen(f[2]) >= NAME_MAX_LEN)
        return vg_tsv_fail(t, "empty or too long name");
    int cls = vg_vclass_from_name(f[3]);
    if (!cls)
        return vg_tsv_fail(t, "unknown class '%s'", f[3]);
    ty->generic[r] = (vg_generic){f[2], cls};
    return 0;
}

/* subtype SUBTYPE FLAG: flags of one name add up over its lines. */
static int parse_subtype(vg_tsv *t, char **f, size_t nf, vg_types *ty)
{
    if (nf != 3)
        return vg_tsv_fail(t, "subtype takes SUBTYPE FLAG");
    size_t b = 0;
    while (b < sizeof(flag_names) / sizeof(flag_names[0]) && strcmp(flag_names[b], f[2]) != 0)
        b++;
    if (b == sizeof(flag_names) / sizeof(flag_names[0]))
        return vg_tsv_fail(t, "unknown flag '%s' (planted, air, mutiny, onesided)", f[2]);
    for (size_t i = 0; i < ty->nsubtypes; i++)
        if (strcmp(ty->subtypes[i].subtype, f[1]) == 0) {
            ty->subtypes[i].flags |= 1u << b;
            return 0;
        }
    ty->subtypes[ty->nsubtypes++] = (vg_subtype_flags){f[1], 1u << b};
    return 0;
}

/* One alternative of sense evidence: names joined by "+". */
static int parse_alt(vg_tsv *t, char *s, uint32_t *out)
{
    *out = 0;
    for (char *save = NULL, *w = strtok_r(s, "+", &save); w; w = strtok_r(NULL, "+", &save)) {
        int b = 0;
        while (b < VG_EVD__COUNT && strcmp(evidence_names[b], w) != 0)
            b++;
        if (b == VG_EVD__COUNT)
            return vg_tsv_fail(t, "unknown evidence '%s'", w);
        *out |= 1u << b;
    }
    return 0;
}

/* sense TYPE|any CONTEXT always|never|ALT[|ALT...] */
static int parse_sense(vg_tsv *t, char **f, size_t nf, vg_sense_rule *r)
{
    int rc;
    if (nf != 4)
        return vg_tsv_fail(t, "sense takes TYPE CONTEXT EVIDENCE");
    r->type = 0;
    if (strcmp(f[1], "any") != 0 && (rc = event_type(t, f[1], &r->type)) < 0)
        return rc;
    int c = 0;
    while (c < VG_SCTX__COUNT && strcmp(ctx_names[c], f[2]) != 0)
        c++;
    if (c == VG_SCTX__COUNT)
        return vg_tsv_fail(t, "unknown context '%s' (plain, other, drill, fiction)", f[2]);
    r->ctx = (uint8_t)c;
    r->nalt = 0;
    if (strcmp(f[3], "never") == 0)
        return 0;
    if (strcmp(f[3], "always") == 0) {
        r->alt[r->nalt++] = 0;
        return 0;
    }
    for (char *save = NULL, *a = strtok_r(f[3], "|", &save); a; a = strtok_r(NULL, "|", &save)) {
        if (r->nalt == VG_SENSE_MAX_ALT)
            return vg_tsv_fail(t, "more than %d alternatives", VG_SENSE_MAX_ALT);
        if ((rc = parse_alt(t, a, &r->alt[r->nalt++])) < 0)
            return rc;
    }
    return 0;
}

/* param NAME VALUE (0..1000) */
static int parse_param(vg_tsv *t, char **f, size_t nf, vg_types *ty, unsigned *seen)
{
    unsigned long v;
    if (nf != 3)
        return vg_tsv_fail(t, "param takes NAME VALUE");
    int p = 0;
    while (p < VG_SP__COUNT && strcmp(param_names[p], f[1]) != 0)
        p++;
    if (p == VG_SP__COUNT)
        return vg_tsv_fail(t, "unknown param '%s'", f[1]);
    if (vg_tsv_uint(f[2], 1000, &v) < 0)
        return vg_tsv_fail(t, "param value '%s' is not 0..1000", f[2]);
    if (*seen & (1u << p))
        return vg_tsv_fail(t, "param '%s' given twice", f[1]);
    *seen |= 1u << p;
    ty->param[p] = (int)v;
    return 0;
}

static int parse_row(vg_tsv *t, char **f, size_t nf, vg_types *ty, unsigned *params)
{
    for (size_t i = 0; i < nf; i++)
        if (!f[i][0])
            return vg_tsv_fail(t, "empty field %zu", i + 1);
    if (strcmp(f[0], "precede") == 0)
        return parse_precede(t, f, nf, &ty->steps[ty->nsteps++]);
    if (strcmp(f[0], "rule") == 0)
        return parse_rule(t, f, nf, &ty->steps[ty->nsteps++]);
    if (strcmp(f[0], "turn") == 0)
        return parse_turn(t, f, nf, &ty->steps[ty->nsteps++]);
    if (strcmp(f[0], "acled") == 0)
        return parse_acled(t, f, nf, &ty->acled[ty->nacled++]);
    if (strcmp(f[0], "label") == 0)
        return parse_label(t, f, nf, &ty->labels[ty->nlabels++]);
    if (strcmp(f[0], "generic") == 0)
        return parse_generic(t, f, nf, ty);
    if (strcmp(f[0], "subtype") == 0)
        return parse_subtype(t, f, nf, ty);
    if (strcmp(f[0], "sense") == 0)
        return parse_sense(t, f, nf, &ty->sense[ty->nsense++]);
    if (strcmp(f[0], "param") == 0)
        return parse_param(t, f, nf, ty, params);
    return vg_tsv_fail(t, "unknown kind '%s'", f[0]);
}

static int parse_all(vg_tsv *t, vg_types *ty)
{
    char *f[MAX_FIELDS];
    size_t nf;
    int rc;
    unsigned params = 0;
    while ((rc = vg_tsv_next_var(t, f, MAX_FIELDS, &nf)) == 1)
        if ((rc = parse_row(t, f, nf, ty, &params)) < 0)
            return rc;
    if (rc < 0)
        return rc;
    for (int r = 0; r < VG_GEN__COUNT; r++)
        if (!ty->generic[r].name)
            return vg_tsv_fail(t, "no generic actor for role '%s'", role_names[r]);
    if (!ty->nsteps || !ty->nacled)
        return vg_tsv_fail(t, "no typing steps or no ACLED mapping");
    for (int p = 0; p < VG_SP__COUNT; p++)
        if (!(params & (1u << p)))
            return vg_tsv_fail(t, "no param '%s'", param_names[p]);
    return 0;
}

int vg_types_load(const char *path, vg_types **out, char *err, size_t errlen)
{
    vg_tsv t;
    vg_types *ty = NULL;
    *out = NULL;
    int rc = vg_tsv_open(&t, path, err, errlen);
    if (rc < 0)
        return rc;
    size_t rows = vg_tsv_max_rows(&t);
    rc = VG_ENOMEM;
    if (!(ty = calloc(1, sizeof(*ty))) || !(ty->steps = calloc(rows, sizeof(*ty->steps))) ||
        !(ty->acled = calloc(rows, sizeof(*ty->acled))) ||
        !(ty->labels = calloc(rows, sizeof(*ty->labels))) ||
        !(ty->subtypes = calloc(rows, sizeof(*ty->subtypes))) ||
        !(ty->sense = calloc(rows, sizeof(*ty->sense))))
        goto fail;
    if ((rc = parse_all(&t, ty)) < 0)
        goto fail;
    ty->arena = vg_tsv_take(&t);
    vg_tsv_close(&t);
    *out = ty;
    return 0;
fail:
    vg_tsv_close(&t);
    vg_types_free(ty);
    return rc;
}

void vg_types_free(vg_types *ty)
{
    if (!ty)
        return;
    free(ty->steps);
    free(ty->acled);
    free(ty->labels);
    free(ty->subtypes);
    free(ty->sense);
    free(ty->arena);
    free(ty);
}

const vg_acled_row *vg_types_acled(const vg_types *ty, vg_event_type t, const char *subtype)
{
    for (size_t i = 0; ty && i < ty->nacled; i++) {
        const vg_acled_row *a = &ty->acled[i];
        if (a->type == t && (!a->subtype || strcmp(a->subtype, subtype) == 0))
            return a;
    }
    return NULL;
}

unsigned vg_types_subtype(const vg_types *ty, const char *subtype)
{
    for (size_t i = 0; ty && subtype && i < ty->nsubtypes; i++)
        if (strcmp(ty->subtypes[i].subtype, subtype) == 0)
            return ty->subtypes[i].flags;
    return 0;
}

static const vg_sense_rule *sense_row(const vg_types *ty, int type, int ctx)
{
    for (size_t i = 0; i < ty->nsense; i++)
        if (ty->sense[i].type == type && ty->sense[i].ctx == ctx)
            return &ty->sense[i];
    return NULL;
}

const vg_sense_rule *vg_types_sense(const vg_types *ty, vg_event_type t, vg_sense_ctx ctx)
{
    const vg_sense_rule *r;
    if (!ty)
        return NULL;
    if ((r = sense_row(ty, (int)t, (int)ctx)) || (r = sense_row(ty, 0, (int)ctx)))
        return r;
    return sense_row(ty, (int)t, VG_SCTX_PLAIN);
}

const vg_actor_label *vg_types_label(const vg_types *ty, const char *name)
{
    for (size_t i = 0; ty && i < ty->nlabels; i++)
        if (strcmp(ty->labels[i].name, name) == 0)
            return &ty->labels[i];
    return NULL;
}
