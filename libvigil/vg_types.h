/*
 * vg_types.h - event types and the typing policy of knowledge/types.tsv,
 * and the small vocabularies events and knowledge files share (person
 * classes, figure qualifiers, date precisions: enums in the library; their
 * output names exist only in codec/, the event encoder).
 *
 * The event types are a fixed enum (GOLD.md's names); what the extractor
 * does with them is data: the typing steps applied to a sentence's
 * triggers (which type precedes which, at what weights, and where the
 * built-in inferences run), the ACLED mapping, and the generic actors (how
 * a generic label is written with the country's name, and which label a
 * rule adds when an event has no actor of its own).  The file format is
 * documented at its top; loading is strict ("types.tsv:LINE: message").
 * A vg_types is read-only once loaded and shared between threads.
 *
 * This module is below the lexicon and extraction: vg_lex reads type
 * names through it, so no knowledge loader calls back into event code.
 */
#ifndef VG_TYPES_H
#define VG_TYPES_H

#include <stddef.h>
#include <stdint.h>

typedef enum vg_event_type {
    VG_EV_NONE = 0,
    VG_EV_COUP,
    VG_EV_ARREST,
    VG_EV_ARMED_CLASH,
    VG_EV_ATTACK_ON_CIVILIANS,
    VG_EV_ABDUCTION,
    VG_EV_REMOTE_VIOLENCE,
    VG_EV_PROTEST,
    VG_EV_RIOT,
    VG_EV_DISPLACEMENT,
    VG_EV_STRATEGIC,
    VG_EV__COUNT
} vg_event_type;

/* "coup", "arrest", ... (GOLD.md names); "none" for VG_EV_NONE. */
const char *vg_event_type_name(vg_event_type t);
vg_event_type vg_event_type_from_name(const char *s);

/* Classes of people and actors (lexicon victim and actor entries,
 * actors.tsv kinds). */
typedef enum vg_vclass {
    VG_VC_PERSON = 1, /* people, persons: civilian unless context says otherwise */
    VG_VC_CIVILIAN,
    VG_VC_MILITARY,
    VG_VC_MILITANT,
    VG_VC_OFFICIAL, /* politicians, journalists, officials */
    VG_VC__COUNT
} vg_vclass;

/* "person", "civilian", "military", "militant", "official" as the
 * knowledge files write them; 0 when unknown. */
int vg_vclass_from_name(const char *s);

/* How a figure is qualified ("at least 20": VG_Q_AT_LEAST). */
typedef enum vg_qual {
    VG_Q_EXACT = 0,
    VG_Q_AT_LEAST,
    VG_Q_OVER,
    VG_Q_ABOUT,
    VG_Q_UP_TO,
    VG_Q_NEARLY,
    VG_Q__COUNT
} vg_qual;

/* How precise a date is. */
typedef enum vg_date_prec {
    VG_DP_UNKNOWN = 0,
    VG_DP_YEAR,
    VG_DP_MONTH,
    VG_DP_WEEK,
    VG_DP_DAY
} vg_date_prec;

/* A typing step (types.tsv "precede" and "rule" lines, in file order). */
typedef enum vg_type_op {
    VG_TOP_PRECEDE = 1,     /* winner (weight >= min) drops loser (weight <= max) */
    VG_TOP_CIVILIAN_TOLL,   /* an armed clash whose dead are civilians */
    VG_TOP_IMPLICIT_ATTACK, /* killers and killed, no attack word */
    VG_TOP_HELD_OFFICIALS,  /* soldiers holding officials: a detention */
    VG_TOP_RIOT_CUE,        /* demonstrators who loot or burn: a riot */
    VG_TOP_PROTEST_CLASH,   /* protesters clashing with the police: a riot */
    VG_TOP_SEIZE_GROUND,    /* armed men seizing a town or a base: a battle */
    VG_TOP_CROWD_CLASH,     /* civilians clashing with a force: a riot */
    VG_TOP_AIR_MEANS,       /* an aircraft that strikes: an air strike; one that does not: no act */
    VG_TOP_UNREST_CLASH,    /* clashes with no armed party, after a grievance: a riot */
    VG_TOP_DISPLACED_VICTIMS, /* displaced people an act was done to: no displacement */
    VG_TOP_THING_ARREST,      /* trucks or traffic "stopped" (arrêtés): no arrest */
    VG_TOP_CROWD_MEANS,       /* civilians burning tyres, throwing stones: a riot */
    VG_TOP_TURN,              /* a trigger with another type's subtype cue is that type */
} vg_type_op;

typedef enum vg_type_cond {
    VG_TCOND_ALWAYS = 0,
    VG_TCOND_SAME,     /* both triggers are one phrase */
    VG_TCOND_UNCUED,   /* no subtype cue of the loser in the sentence */
    VG_TCOND_UNHARMED, /* (turn) nobody killed or hurt in the sentence */
    VG_TCOND_WEAK,     /* (turn) the FROM trigger has weight 1, nobody is hurt */
} vg_type_cond;

typedef struct vg_type_step {
    uint8_t op;            /* vg_type_op */
    uint8_t winner, loser; /* vg_event_type (VG_TOP_PRECEDE; VG_TOP_TURN: to, from) */
    uint8_t cond;          /* vg_type_cond */
    int min, max;          /* trigger weights */
    const char *subtype;   /* VG_TOP_TURN: the cue's subtype, the event's */
} vg_type_step;

typedef struct vg_acled_row {
    uint8_t type;        /* vg_event_type */
    const char *subtype; /* NULL: any */
    const char *event_type, *sub_event_type;
} vg_acled_row;

/* A generic actor written with its country: pre + country name + post. */
typedef struct vg_actor_label {
    const char *name, *pre, *post;
} vg_actor_label;

/* The generic actors the rules add or recognise (types.tsv "generic"). */
typedef enum vg_generic_role {
    VG_GEN_UNIDENTIFIED = 0, /* violence with no armed actor named */
    VG_GEN_STATE_AIR,        /* an air or drone strike with no perpetrator */
    VG_GEN_PROTEST,          /* the crowd of a protest with none named */
    VG_GEN_RIOT,             /* the crowd of a riot with none named */
    VG_GEN_POLICE,           /* the military-class actor that is no soldier */
    VG_GEN__COUNT
} vg_generic_role;

typedef struct vg_generic {
    const char *name;
    int cls; /* vg_vclass */
} vg_generic;

/* What a subtype name says about an event (types.tsv "subtype"). */
enum {
    VG_SUB_PLANTED = 1,  /* an explosive someone placed (IED, mine, suicide bomb) */
    VG_SUB_AIR = 2,      /* a strike from the air */
    VG_SUB_MUTINY = 4,   /* soldiers in revolt */
    VG_SUB_ONESIDED = 8, /* an attack by one side (an ambush): its target decides the type */
};

typedef struct vg_subtype_flags {
    const char *subtype;
    unsigned flags; /* VG_SUB_* */
} vg_subtype_flags;

/* What may confirm a trigger's sense (types.tsv "sense"): one bit per
 * piece of evidence vg_ex_sense.c finds in a sentence or its article. */
enum {
    VG_EVD_ARMED = 1u << 0,     /* an armed actor or a weapon in the sentence */
    VG_EVD_HARMED = 1u << 1,    /* people killed or hurt: a toll, a death cue and a person */
    VG_EVD_VICTIM = 1u << 2,    /* a person noun or a figure */
    VG_EVD_BATTLE = 1u << 3,    /* soldiers or militants, a military target, a weapon */
    VG_EVD_CUE = 1u << 4,       /* a subtype cue of the trigger's type */
    VG_EVD_INTRINSIC = 1u << 5, /* the trigger names its means or victims (its weight) */
    VG_EVD_POWER = 1u << 6,     /* the state or its power: a cue, an official, soldiers */
    VG_EVD_POWERCUE = 1u << 7,  /* a power cue itself (power, regime, junta) */
    VG_EVD_STATE = 1u << 8,     /* a state or political actor (as POWER) or a country */
    VG_EVD_OBJECT = 1u << 9,    /* a political object: a subtype cue, an organisation, power */
    VG_EVD_STRONG = 1u << 10,   /* a specific trigger (weight >= param strong) */
    VG_EVD_CROWD = 1u << 11,    /* demonstrators or a crowd named */
    VG_EVD_CONFLICT = 1u << 12, /* the article has told of political violence */
    VG_EVD_UNARMED = 1u << 13,  /* no soldier or armed group named before the trigger */
    VG_EVD_GROUP = 1u << 14,    /* an armed group or an army named (no weapon, no police) */
    VG_EVD__COUNT = 15
};

/* The context a sentence is read in (types.tsv "sense" CONTEXT). */
typedef enum vg_sense_ctx {
    VG_SCTX_PLAIN = 0, /* news that may be of political violence */
    VG_SCTX_OTHER,     /* another field of news (a domain cue, or the article's domain) */
    VG_SCTX_DRILL,     /* armed forces at no war: exercises, parades, purchases */
    VG_SCTX_FICTION,   /* a work of fiction, a review, a game */
    VG_SCTX_CRIME,     /* ordinary crime: a murder charge, a killing in the family */
    VG_SCTX__COUNT
} vg_sense_ctx;

#define VG_SENSE_MAX_ALT 6

/* sense TYPE CONTEXT EVIDENCE: a trigger of type (0: any) read in context
 * is confirmed when all the bits of one alternative are found. */
typedef struct vg_sense_rule {
    uint8_t type, ctx;
    uint8_t nalt; /* 0: never confirmed */
    uint32_t alt[VG_SENSE_MAX_ALT];
} vg_sense_rule;

/* The numbers of the precision stage (types.tsv "param"). */
typedef enum vg_sense_param {
    VG_SP_MODAL_SCOPE = 0,  /* tokens a modal governs after it */
    VG_SP_SUBJECT_SCOPE,    /* tokens between an indefinite subject trigger and its modal */
    VG_SP_SPARSE_RATIO,     /* violence cues x this < other cues: violence in passing */
    VG_SP_DOMINATED_MIN,    /* domain cues needed before an article's domain rules */
    VG_SP_DOMINATED_RATIO,  /* domain cues > this x political ones: the domain rules */
    VG_SP_INTRINSIC,        /* trigger weight that names its means or victims */
    VG_SP_INTRINSIC_REMOTE, /* the same for remote violence (shelling, IED) */
    VG_SP_STRONG,           /* trigger weight of a specific phrase */
    VG_SP__COUNT
} vg_sense_param;

typedef struct vg_types {
    vg_type_step *steps;
    size_t nsteps;
    vg_acled_row *acled;
    size_t nacled;
    vg_actor_label *labels;
    size_t nlabels;
    vg_generic generic[VG_GEN__COUNT];
    vg_subtype_flags *subtypes;
    size_t nsubtypes;
    vg_sense_rule *sense;
    size_t nsense;
    int param[VG_SP__COUNT];
    char *arena; /* the file's text: every string above points into it */
} vg_types;

/* Load path.  Errors: VG_EIO (unreadable), VG_EKB ("path:line: message" in
 * err), VG_ENOMEM. */
int vg_types_load(const char *path, vg_types **out, char *err, size_t errlen);
void vg_types_free(vg_types *ty);

/* The ACLED row of an event type and subtype ("" = none), or NULL. */
const vg_acled_row *vg_types_acled(const vg_types *ty, vg_event_type t, const char *subtype);

/* The VG_SUB_* flags of a subtype name (0 for "" or one types.tsv does
 * not list). */
unsigned vg_types_subtype(const vg_types *ty, const char *subtype);

/* The sense rule of a trigger of type t read in context ctx: the type's
 * own row for ctx, else the "any" row for ctx, else the type's plain row;
 * NULL when none (the trigger stands). */
const vg_sense_rule *vg_types_sense(const vg_types *ty, vg_event_type t, vg_sense_ctx ctx);

/* The label of a generic actor name, or NULL when it has none. */
const vg_actor_label *vg_types_label(const vg_types *ty, const char *name);

#endif
