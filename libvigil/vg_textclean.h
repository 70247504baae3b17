/*
 * vg_textclean.h - boilerplate classification of text units (lines or HTML
 * blocks) and the plain-text line splitter.
 *
 * Both cleaning paths reduce a document to an ordered list of units; this
 * module decides which units are article body, which one is the title, and
 * trims markup debris at unit edges.
 */
#ifndef VG_TEXTCLEAN_H
#define VG_TEXTCLEAN_H

#include "vg_mbuf.h"

struct vg_cleanlex;

enum {
    VG_UF_HEADING = 1,    /* <h1>..<h6> (HTML) */
    VG_UF_LIST = 2,       /* list item */
    VG_UF_HTML = 4,       /* unit comes from the HTML path */
    VG_UF_H1 = 8,         /* <h1> */
    VG_UF_BLANK = 16,     /* preceded by a blank line (text path) */
    VG_UF_BOILER = 32,    /* inside an element with a boilerplate class/id */
    VG_UF_CAPTION = 64,   /* figcaption / caption */
    VG_UF_AFTERJUNK = 128 /* follows a line that was only markup debris */
};

enum { VG_UC_BAD = 0, VG_UC_NEUTRAL = 1, VG_UC_GOOD = 2, VG_UC_TITLE = 3 };

typedef struct vg_unit {
    size_t a, b;    /* text range in the unit buffer (trimmed by the classifier) */
    unsigned flags; /* VG_UF_* */
    float link;     /* share of the text inside links, 0..1 */
    unsigned words; /* filled by the classifier */
    int cls;        /* VG_UC_* (result) */
    int keep;       /* 1 when the unit belongs to the body (result) */
    int term;       /* ends like a sentence (set by the classifier) */
} vg_unit;

typedef struct vg_units {
    vg_unit *v;
    size_t n, cap;
} vg_units;

int vg_units_push(vg_units *u, size_t a, size_t b, unsigned flags, float link);
void vg_units_free(vg_units *u);

/* Split decoded text into line units, removing tag debris, into out. */
int vg_textclean_lines(const vg_mbuf *text, vg_mbuf *out, vg_units *units);

/* Classify units over buf: sets cls/keep; *title gets the title unit index
 * or (size_t)-1.  Counts dropped units in *junk. */
int vg_textclean_classify(const struct vg_cleanlex *cl, const char *buf, vg_units *units,
                          size_t *title, unsigned *junk);

/* Number of space-separated words in s[0..n). */
unsigned vg_textclean_words(const char *s, size_t n);

#endif
