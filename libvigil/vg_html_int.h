/*
 * vg_html_int.h - the HTML path's shared state (internal to libvigil).
 *
 * vg_html_extract (vg_html.c) turns a page into body units in steps, one
 * file each, that share the types below:
 *   vg_html_scan.c    byte scans before parsing: the lean parser input
 *                     (scripts, styles, comments, SVG cut out) and the
 *                     pre-scan that refuses pages too deep or too large
 *   vg_html_arena.c   gumbo's allocator: a per-call arena with a byte budget
 *                     that longjmps out of the parser when it is spent
 *   vg_html_walk.c    the iterative tree walk: skipped elements, class/id
 *                     hints, block units with their text and link lengths
 *   vg_html_select.c  the main container (readability's scores), the units
 *                     under it, the JSON-LD body when the DOM gave little
 * Only these files include this header; functions shared between them
 * carry the prefix vg_html_, the rest stay static.  Everything lives for
 * one vg_html_extract call.
 */
#ifndef VG_HTML_INT_H
#define VG_HTML_INT_H

#include "vg_decode.h"
#include "vg_html.h"

#include <gumbo.h>
#include <setjmp.h>
#include <string.h>

/* ---- byte helpers (ASCII) ----------------------------------------------- */

static inline int vg_html_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static inline int vg_html_is_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* s[0..n) starts with p (lower case), ignoring ASCII case */
static inline int vg_html_ci_prefix(const char *s, size_t n, const char *p)
{
    size_t l = strlen(p);
    if (n < l)
        return 0;
    for (size_t i = 0; i < l; i++)
        if (vg_html_lower((unsigned char)s[i]) != p[i])
            return 0;
    return 1;
}

/* ---- scans before parsing (vg_html_scan.c) ------------------------------ */

/* Copy s[0..n) into lean without script and style contents (JSON-LD kept),
 * comments and inline SVG, each kept byte mapped to raw through map (or
 * identity when map is NULL). */
int vg_html_make_lean(const char *s, size_t n, const vg_mbuf *map, vg_mbuf *lean);

/* Estimate tag count and nesting of s[0..n): 0, VG_ENODES or VG_EDEPTH
 * against lim, VG_ENOMEM. */
int vg_html_prescan(const char *s, size_t n, const vg_limits *lim);

/* ---- gumbo's arena (vg_html_arena.c) ------------------------------------ */

enum { VG_HTML_NCLASS = 17, VG_HTML_CHUNK = 1 << 20 };

typedef struct vg_html_blk {
    struct vg_html_blk *next;
    size_t cls; /* size class, or VG_HTML_NCLASS for a large block */
} vg_html_blk;

typedef struct vg_html_arena {
    jmp_buf jb;
    vg_html_blk *free_[VG_HTML_NCLASS];
    vg_html_blk *large; /* large blocks, freed at the end */
    char **chunks;      /* bump chunks */
    size_t nchunks, chunks_cap;
    char *cur;
    size_t left;
    size_t total, budget;
    int failed;
} vg_html_arena;

/* gumbo's allocator and deallocator (userdata: the arena) */
void *vg_html_arena_alloc(void *ud, size_t size);
void vg_html_arena_free(void *ud, void *p);
/* free everything the arena holds (the parse tree with it) */
void vg_html_arena_drop(vg_html_arena *a);
/* gumbo_parse_with_options on the arena of opt; NULL when it ran out
 * (a->failed) or gumbo failed */
GumboOutput *vg_html_parse(vg_html_arena *a, const GumboOptions *opt, const char *s, size_t n);

/* ---- the walk (vg_html_walk.c) and selection (vg_html_select.c) --------- */

/* vg_html_el.flags: class/id hints and scoring state */
enum {
    VG_HTML_EF_NEG = 1,      /* class/id marks boilerplate */
    VG_HTML_EF_POS = 2,      /* class/id marks content */
    VG_HTML_EF_ARTICLE = 4,  /* <article> or <main> */
    VG_HTML_EF_BODYPROP = 8, /* itemprop=articleBody */
    VG_HTML_EF_SCORED = 16   /* has a content score */
};

/* a block-level element kept by the walk, in document order */
typedef struct vg_html_el {
    int parent;
    int end; /* last element index in this subtree */
    unsigned flags;
    GumboTag tag;
    double score;
    size_t text, link; /* subtree totals */
} vg_html_el;

typedef struct vg_html_walk {
    const vg_limits *lim;
    const struct vg_cleanlex *cl; /* class/id words */
    const char *u;                /* parser input */
    size_t ulen;
    vg_decoder dec;
    vg_html_result *res;
    vg_html_el *els;
    size_t nels, elcap;
    int *owner; /* per unit: owning block element */
    size_t *ulink, *utext;
    size_t ownercap;
    size_t cur_a;    /* start of the open unit in stage */
    size_t cur_link; /* link bytes in the open unit */
    int cur_owner;
    unsigned cur_flags;
    int link_depth;
    int last_br;
    const char *ld; /* JSON-LD articleBody (escaped) */
    size_t ld_len;
    int has_ogtitle;
    int strict; /* skip boilerplate class/id subtrees */
    vg_mbuf h1;
    vg_mbuf title_tag;
} vg_html_walk;

/* Walk the tree under root into w's units and elements: 0 or VG_ENOMEM,
 * VG_ENODES, VG_EDEPTH. */
int vg_html_tree_walk(vg_html_walk *w, GumboNode *root);

/* Keep the units of the main content (their text bytes in *kept); take the
 * JSON-LD body instead when it is much longer.  0 or a negative error. */
int vg_html_select_units(vg_html_walk *w, size_t *kept);

#endif
