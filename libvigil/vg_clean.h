/*
 * vg_clean.h - article cleaning: raw text or an HTML page in, clean body out.
 *
 * The cleaner decides what every later stage sees.  It validates and repairs
 * UTF-8 (honouring a declared charset), decodes entities, normalises
 * punctuation and Unicode (NFC), strips markup debris and page boilerplate
 * (menus, counters, share/contact/related blocks), detects the language and
 * keeps an offset map from every byte of the clean body back to the raw input,
 * so that evidence can always be cited in the original bytes.
 */
#ifndef VG_CLEAN_H
#define VG_CLEAN_H

#include <stddef.h>

struct vg_limits;
struct vg_kb;

/* One segment of the offset map: clean bytes [clean_off, next clean_off)
 * were produced from raw bytes [raw_off, raw_off + raw_len). Segments are
 * sorted by clean_off. */
typedef struct vg_span {
    size_t clean_off;
    size_t raw_off;
    size_t raw_len;
} vg_span;

typedef struct vg_doc {
    char *title; /* NUL-terminated UTF-8, "" when none found */
    size_t title_len;
    char *body; /* NUL-terminated UTF-8; paragraphs separated by "\n\n" */
    size_t body_len;
    char lang[3]; /* "en", "fr", ... or "" when unknown */
    vg_span *map; /* offset map (see vg_span) */
    size_t map_len;
    unsigned repaired;   /* invalid UTF-8 sequences replaced with U+FFFD */
    unsigned junk_lines; /* lines/blocks dropped as boilerplate */
    int from_html;       /* 1 when the HTML path was used */
} vg_doc;

enum {
    VG_CLEAN_AUTO = 0, /* sniff: HTML when the input looks like a page */
    VG_CLEAN_TEXT = 1, /* plain text (possibly with markup debris) */
    VG_CLEAN_HTML = 2, /* full HTML page or fragment */
};

/* Clean raw[0..len) with the cleaner's word lists of kb (clean.tsv:
 * boilerplate phrases, month prefixes, stopwords).  charset may be NULL
 * (then UTF-8, or what the page declares).  On success *out owns its
 * buffers: release with vg_doc_free().  Errors: VG_ETOOBIG, VG_EDEPTH,
 * VG_ENODES, VG_EUTF8, VG_EEMPTY, VG_EOUTPUT, VG_ENOMEM, VG_EINVAL.  On
 * error *out is left empty (safe to free). */
int vg_clean(const struct vg_kb *kb, const struct vg_limits *lim, const char *raw, size_t len,
             int mode, const char *charset, vg_doc *out);

void vg_doc_free(vg_doc *doc);

/* Map clean byte range [cs, ce) to the raw byte range it came from. */
void vg_doc_raw_range(const vg_doc *doc, size_t cs, size_t ce, size_t *rs, size_t *re);

#endif
