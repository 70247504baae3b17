/*
 * vg_lex.h - the extraction lexicon: every word list the event extractor
 * uses (number words, qualifiers, month and weekday names, relative date
 * expressions, event triggers, casualty/arrest cues, victim nouns, claim and
 * source cues, historical cues, abbreviations, generic actors), loaded from
 * one data file (knowledge/lexicon.tsv, format documented at its top).
 *
 * Each line becomes one vg_lex_entry and its phrase goes into the shared
 * phrase dictionary with tag VG_TAG_LEX, so the single dictionary scan of an
 * article finds places, actors and lexicon cues at once.  A phrase may carry
 * several entries (e.g. "attack" is a trigger and a noun).  Entries are
 * immutable after loading and shared between threads.
 */
#ifndef VG_LEX_H
#define VG_LEX_H

#include "vg_types.h"

#include <stddef.h>
#include <stdint.h>

struct vg_dict;
struct vg_stems;

typedef enum vg_lex_kind {
    VG_LX_NONE = 0,
    VG_LX_NUM,      /* number word: val = value; flags MULT / VAGUE / APPROX */
    VG_LX_NUMJOIN,  /* "and", "et" between number words */
    VG_LX_RANGE,    /* "to", "à": joins two numbers into a range */
    VG_LX_QUAL,     /* "at least": val = vg_qual */
    VG_LX_MONTH,    /* val = 1..12 */
    VG_LX_WDAY,     /* val = 1 (Monday) .. 7 (Sunday) */
    VG_LX_RELDATE,  /* val = unit (vg_dunit), val2 = offset in units */
    VG_LX_AGO,      /* "ago" (val 1: after the amount), "il y a" (val 0: before) */
    VG_LX_DUNIT,    /* "days", "semaines": val = unit */
    VG_LX_DMOD,     /* "last"/"dernier" (val -1), "this"/"ce" (val 0) */
    VG_LX_DATELINE, /* "updated on", "publié le": a publication date follows */
    VG_LX_TRIG,     /* event trigger: type, label = subtype or "", val = weight */
    VG_LX_SUBCUE,   /* subtype cue: type, label = subtype ("foiled" -> coup plot) */
    VG_LX_DEATH,    /* fatality cue ("killed", "morts") */
    VG_LX_INJURY,   /* injury cue: a number here is not a fatality */
    VG_LX_ARRESTN,  /* arrest cue for counting people ("arrested", "interpellés") */
    VG_LX_VICTIM,   /* person noun: val = vg_vclass, val2 = number (VG_VN_*, or a count) */
    VG_LX_CLAIM,    /* claim cue: val = vg_claimpos */
    VG_LX_SOURCE,   /* attributed source: label = canonical source label */
    VG_LX_HIST,     /* background cue ("previous"); val 1: whatever day the sentence
                     * gives (a commemoration, an anniversary) */
    VG_LX_NEG,      /* negation/denial cue */
    VG_LX_ABBR,     /* abbreviation ending with a period ("Gen.", "Lt.") */
    VG_LX_ACTOR,    /* generic actor: label = canonical label, val = vg_vclass */
    VG_LX_NONNUM,   /* unit that makes a number not a count ("percent", "km") */
    VG_LX_UPDATE,   /* toll update cue ("rose to", "passé à") */
    VG_LX_IRREALIS, /* planned, feared, unknown: the event may not have happened */
    VG_LX_PERFECT,  /* past perfect auxiliary (had, avait): background for strategic */
    VG_LX_BETWEEN,  /* "between", "entre": a range joined by and/et follows */
    VG_LX_SUBSET,   /* "including", "dont": the count that follows is part of another */
    VG_LX_GOVT,     /* "government", "autorités": a capital next to it means the state */
    VG_LX_ANOTHER,  /* "another", "une autre": a separate incident follows */
    VG_LX_LOCPREP,  /* word before a place name (in, near, village of, à) */
    VG_LX_NEARPREP, /* a place near the one it follows (X near Y, X, 14 km north of Y) */
    VG_LX_ELSEPREP, /* a place after it is not where the act was (came from, based in, hôpital de)
                     */
    VG_LX_KILL,     /* killing verb: a violent event whose type follows the victims; val = weight */
    VG_LX_MISHAP,   /* accident or disaster cue: deaths without an armed cause */
    VG_LX_BLOCK,    /* a word form no stem row matches ("attackers" is not "attack") */
    /* context cues of the precision stage (vg_ex_sense.c) */
    VG_LX_DOMAIN,  /* a field of news that is no political violence: val = vg_domain */
    VG_LX_MEANS,   /* a weapon or means of violence (rifle, explosives, machette) */
    VG_LX_POWER,   /* the state or its power, what a coup takes (power, regime, junta) */
    VG_LX_DENY,    /* denial: what its clause reports did not happen (denied, démenti) */
    VG_LX_RELEASE, /* captives set free: a hostage or prisoner named is no new capture */
    VG_LX_MODAL,   /* unrealised: what it governs did not happen (threatened to, could); val 1:
                    * the future (will, would): a strategic move announced is made */
    /* word kinds: function words and fixed phrases that extraction reads
     * around a match; they go to vg_lex_words, not the phrase dictionary */
    VG_LX_SIMILE,     /* before a person noun: a comparison, not a party (like, comme) */
    VG_LX_HABIT,      /* a frequency: what a trigger in its clause names is habitual (every year) */
    VG_LX_JUDGED,     /* a judgment: the act a trigger after it names is its ground (sentenced) */
    VG_LX_STOCK,      /* before a displacement trigger: a population hosted (hosts, abrite) */
    VG_LX_STRIKE,     /* a verb of striking from afar (struck, pilonné): after an aircraft, an
                       * air strike */
    VG_LX_CLAUSEJOIN, /* opens a clause telling another act (while, before, tandis que) */
    VG_LX_DET,        /* article: the, a, des, l' */
    VG_LX_AGENT,      /* agent of a passive follows: by, par */
    VG_LX_AFFILAFTER, /* after a group: it is another's affiliation (al Qaeda-linked) */
    VG_LX_AFFILBEFORE, /* 2-4 tokens before a group: the same (linked to, allégeance à) */
    VG_LX_CITEAFTER,   /* after a force: it is a source of the report (police source) */
    VG_LX_CITEBEFORE,  /* before a force (and its article): the same (selon, according to) */
    VG_LX_SINCE,       /* before a date: when a state began (since, depuis) */
    VG_LX_PARTYPREP,   /* before a country: a party, not the place (with, contre) */
    VG_LX_PASSAUX,     /* passive auxiliary after a subject (were, été) */
    VG_LX_PRONOUN,     /* object pronoun for one person (him, her) */
    VG_LX_INFMARK,     /* before a verb's base form, makes it an infinitive (to) */
    VG_LX_POSS,        /* possessive determiner: one more person ("and his son") */
    VG_LX_PADJ,        /* adjective before a person noun (elderly, jeune) */
    VG_LX_NOT,         /* verbal negation right before a trigger (not, never, pas) */
    VG_LX_SETTLEMENT,  /* a village, town or locality (village, hameau, localité) */
    VG_LX_UNITNOUN,    /* an administrative unit (region, State, LGA, cercle) */
    VG_LX_SPEECH,      /* after or before an actor: it speaks of the event (said, condemned) */
    VG_LX_SELFREF,     /* after a speech word: the speaker tells its own act (it, avoir) */
    VG_LX_OBJPREP,     /* after a trigger, before an actor: the act's object (on, sur) */
    VG_LX_GENPREP,     /* after a trigger, before an armed group: its agent (of, de) */
    VG_LX_SUFFER,      /* harm verb without object: its subject suffered (died, ont péri) */
    VG_LX_ACTAUX,      /* active perfect auxiliary (have, ont): the subject acted */
    VG_LX_FRAME,       /* before a trigger: the act is the setting of others (during, lors d') */
    VG_LX_CAUSE,       /* before a trigger: the act caused the others (after, suite à) */
    VG_LX_NEGATOR,     /* negates the word it stands before (no, not, never, n', aucun) */
    VG_LX_DEFINITE,    /* definite article or possessive: what follows is known (the, its) */
    VG_LX_ROLE,        /* after a denial: the role is denied, not the event (responsibility) */
    VG_LX_CAPTIVE,     /* a trigger naming the captive, not the capture (hostages, détenus) */
    VG_LX_CIVPLACE,    /* after an attack: a civilian target (village, market, mosque) */
    VG_LX_HAZARD,      /* before a bare trigger: a kind of act feared or fought (fear of) */
    VG_LX_ALLEGE,      /* beside a trigger: an accusation, not an act told (alleged) */
    VG_LX__COUNT
} vg_lex_kind;

enum {                     /* flags */
       VG_LXF_CAP = 1,     /* only when capitalised in the text ("May") */
       VG_LXF_MULT = 2,    /* number multiplier (hundred, thousand, million) */
       VG_LXF_VAGUE = 4,   /* vague amount ("dozens", "hundreds"): at least */
       VG_LXF_APPROX = 8,  /* approximate amount ("une dizaine"): about */
       VG_LXF_PERSON = 16, /* trigger only with a person as its object ("seized two men") */
       VG_LXF_BROAD = 32,  /* person noun of the broad inventory (persons.tsv): it counts
                            * people and names a trigger's object, but is no evidence of
                            * its own that a sentence tells of people harmed */
       VG_LXF_TOLD = 64,   /* reldate, ago: from the date told before, not publication */
       VG_LXF_STEP = 128,  /* arrest trigger naming a later step of custody ("remanded in
                            * custody", "ecroue"): another mention of an arrest told before */
};

/* The grammatical number of a person noun (victim val2; > 0: how many people
 * the singular names, "couple" 2). */
enum { VG_VN_INFER = 0, VG_VN_PLURAL = -1, VG_VN_SINGULAR = -2 };
/* The fields of news a domain cue names (lexicon.tsv kind domain). */
typedef enum vg_domain {
    VG_DOM_SPORTS = 1,
    VG_DOM_BUSINESS,
    VG_DOM_CULTURE, /* works of fiction, reviews, games: what they tell is no event */
    VG_DOM_WEATHER,
    VG_DOM_ACCIDENT,
    VG_DOM_LEGAL,
    VG_DOM_RHETORIC, /* words against words: campaigns, debates, policies */
    VG_DOM_HEALTH,
    VG_DOM_TECH,  /* computers: cyber attacks, hackers */
    VG_DOM_DRILL, /* armed forces at no war: exercises, parades, arms purchases */
    VG_DOM_CRIME, /* ordinary crime: a murder charge, a domestic dispute, a robbery suspect */
    VG_DOM__COUNT
} vg_domain;

typedef enum vg_dunit { VG_DU_DAY = 1, VG_DU_WEEK, VG_DU_MONTH, VG_DU_YEAR } vg_dunit;

typedef enum vg_claimpos {
    VG_CL_BEFORE = 1, /* "according to X", "selon X": source follows */
    VG_CL_AFTER,      /* "X said", "a déclaré X": source around */
    VG_CL_RESP,       /* "claimed responsibility", "a revendiqué" */
    VG_CL_BLAME,      /* "blamed on X", "imputé à X", "believed to be members of X": X did it */
} vg_claimpos;

typedef struct vg_lex_entry {
    uint8_t kind;  /* vg_lex_kind */
    uint8_t flags; /* VG_LXF_* */
    uint8_t type;  /* vg_event_type for TRIG / SUBCUE */
    uint8_t stem;  /* 0: matched exactly; 1 + VG_STEM_*: on stems (vg_stem.h) */
    uint8_t lang;  /* 0: any language; 1 + VG_STEM_*: only in that language's articles */
    int32_t val, val2;
    const char *label; /* never NULL ("" when none) */
    const char *phrase;
} vg_lex_entry;

typedef struct vg_lex vg_lex;

/* Does entry e apply in an article of language lang (VG_STEM_*, -1 when
 * unknown: every entry applies)?  A row marked "lang=fr" is a French word
 * ("liés" is not English "lies"); a stem row is its stemmer's language. */
static inline int vg_lex_lang_ok(const vg_lex_entry *e, int lang)
{
    int l = e->lang ? e->lang : e->stem;
    return !l || lang < 0 || l - 1 == lang;
}

/* Load path, adding every phrase to dict (tag VG_TAG_LEX), or, for a row
 * marked "stem=en"/"stem=fr", to the lexicon's stem dictionaries.  Errors:
 * VG_EIO (unreadable), VG_EKB ("path:line: message" in err), VG_ENOMEM. */
int vg_lex_load(const char *path, struct vg_dict *dict, vg_lex **out, char *err, size_t errlen);
void vg_lex_free(vg_lex *lx);
size_t vg_lex_count(const vg_lex *lx);

/* The dictionary of the word kinds (VG_LX_DET .. VG_LX__COUNT - 1), tag
 * VG_TAG_LEX.  Their phrases are not in the shared dictionary: they would
 * split the text differently ("the" would stop "the army" from matching)
 * and make a mark of every article; extraction looks them up only at the
 * tokens a rule asks about (vg_dict_match_toks on the scan's folded tokens). */
const struct vg_dict *vg_lex_words(const vg_lex *lx);

/* A filter of the first two tokens of the word-kind phrases of two tokens
 * or more (vg_dict_may_start with vg_lex_pair_hash of the two tokens'
 * hashes): two tokens it rejects start none, so a rule asking for one
 * ("according to", "a déclaré") need not probe. */
const uint64_t *vg_lex_words_multi(const vg_lex *lx);

/* A filter of the first tokens of the dateline cues (exact rows of kind
 * dateline), for vg_dict_may_start with a token's hash: a line none of
 * whose tokens it accepts holds no cue (vg_date_dateline_cued). */
const uint64_t *vg_lex_dateline_cues(const vg_lex *lx);

static inline uint64_t vg_lex_pair_hash(uint64_t h1, uint64_t h2)
{
    return (h1 ^ (h2 >> 7) ^ (h2 << 29)) * 0x9e3779b97f4a7c15ull;
}

/* The rows matched on stems (vg_stem.h), for vg_scan_text_stems; NULL when
 * none. */
const struct vg_stems *vg_lex_stems(const vg_lex *lx);

#endif
