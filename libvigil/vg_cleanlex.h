/*
 * vg_cleanlex.h - the cleaner's word lists, loaded from knowledge/clean.tsv
 * (format at its top): boilerplate phrases, the words that open bylines,
 * contact lines and notices, tail markers, month prefixes and time words,
 * the class/id words of HTML boilerplate and content, and the language
 * detector's stopwords.
 *
 * The lists are data so that one copy of each exists and a reload of the
 * knowledge directory changes them with everything else.  Their lookup
 * structures are built once at load, as the tables generated at build time
 * used to be: the phrases chained by the byte pair they start with (one
 * chain walk per word start of a unit), the stopwords in a collision-free
 * multiplicative hash (one probe per short word of a text).  Read-only once
 * loaded, shared between threads; internal to libvigil (the cleaner's
 * vg_textclean_label.c, vg_html_walk.c and vg_lang.c read the tables).  The
 * short lists stay plain arrays, tested in file order: each is read only for
 * a few short units or per element.
 */
#ifndef VG_CLEANLEX_H
#define VG_CLEANLEX_H

#include <stddef.h>
#include <stdint.h>

/* The list a phrase belongs to (a bit of vg_cl_phrase.list). */
enum {
    VG_CL_PROMO = 1,
    VG_CL_FURNITURE = 2,
    VG_CL_COUNTER = 4,
    VG_CL_DATELINE = 8,
    VG_CL_AGO = 16,
};

/* Opener lists (a bit of vg_cleanlex.open_first). */
enum { VG_CL_OPEN_BYLINE = 1, VG_CL_OPEN_CONTACT = 2, VG_CL_OPEN_NOTICE = 4 };

#define VG_CL_PAIRS 1024 /* byte-pair buckets of the phrase chains */
#define VG_CL_MAX_LANGS 8

typedef struct vg_cl_phrase {
    const char *p;
    unsigned char len, list; /* bytes; VG_CL_* */
    uint32_t next;           /* next phrase of the same bucket (index + 1), 0: none */
} vg_cl_phrase;

/* A plain list of words or phrases (pointers into the arena), file order. */
typedef struct vg_cl_words {
    const char **v;
    size_t n;
} vg_cl_words;

typedef struct vg_cleanlex {
    vg_cl_phrase *ph;
    size_t nph;
    uint32_t head[VG_CL_PAIRS]; /* first phrase of each bucket (index + 1) */
    const char **months;        /* month prefixes */
    size_t nmonths;
    vg_cl_words timewords;         /* date-line words besides numbers and months (gmt, le) */
    vg_cl_words datelabels;        /* a unit opening with one and a date loses both ("date") */
    vg_cl_words tails;             /* a unit that is one of these ends the article */
    vg_cl_words bylines;           /* a short unit opening with one is a byline */
    vg_cl_words contacts;          /* ... is contact data (tel, e-mail) */
    vg_cl_words notices;           /* a unit opening with one is a notice (disclaimer:) */
    unsigned char open_first[256]; /* VG_CL_OPEN_* lists with a phrase starting with the byte */
    /* HTML class/id words: boilerplate anywhere in the value, as a part
     * between '-', '_' or ' ', or as a whole token; content anywhere */
    vg_cl_words neg_class, neg_part, neg_token, pos_class;
    /* stopwords: a word of up to 6 letters packed little-endian into a key;
     * slot = (key * sw_mult) >> sw_shift holds the key and a bit per
     * language (index into langs) */
    uint64_t *sw_key;
    unsigned char *sw_langs;
    uint64_t sw_mult;
    unsigned sw_shift;
    char langs[VG_CL_MAX_LANGS][3];
    unsigned nlangs;
    char *arena; /* the file's text: the strings above point into it */
} vg_cleanlex;

/* The bucket of the byte pair at p (p[0] and p[1] must be readable). */
static inline unsigned vg_cl_bigram(const char *p)
{
    return ((unsigned)(unsigned char)p[0] * 31u + (unsigned char)p[1]) & (VG_CL_PAIRS - 1);
}

/* Load path.  Errors: VG_EIO, VG_EKB ("path:line: message" in err),
 * VG_ENOMEM. */
int vg_cleanlex_load(const char *path, vg_cleanlex **out, char *err, size_t errlen);
void vg_cleanlex_free(vg_cleanlex *cl);

#endif
