/*
 * vg_html.c - HTML path of the cleaner: a page to body units.
 *
 * Parser: gumbo, because it implements the HTML5 parsing algorithm (so broken
 * real pages parse the way browsers see them), is robust and has a tiny C
 * API.  The steps, one file each behind vg_html_int.h: the page is converted
 * to UTF-8 when it is not, cut down to a lean parser input and pre-scanned
 * against the node and depth caps (vg_html_scan.c), parsed by gumbo on a
 * budgeted arena (vg_html_arena.c), walked into block units
 * (vg_html_walk.c) and reduced to the main content the way readability does
 * (vg_html_select.c), with <article>/itemprop=articleBody and the JSON-LD
 * "articleBody" as hints.  When skipping boilerplate-looking subtrees left
 * almost nothing, the walk runs again without that rule.  Every clean byte
 * maps to raw bytes through the span maps of each step.
 */
#include "vg_charset.h"
#include "vg_cleanlex.h"
#include "vg_html_int.h"

#include <stdlib.h>
#include <string.h>

int vg_html_sniff(const char *raw, size_t len)
{
    size_t i, lim = len < 2048 ? len : 2048, tags = 0;

    for (i = 0; i < len && i < 2048; i++) {
        if (raw[i] != '<')
            continue;
        if (vg_html_ci_prefix(raw + i, len - i, "<!doctype html") ||
            vg_html_ci_prefix(raw + i, len - i, "<html") ||
            vg_html_ci_prefix(raw + i, len - i, "<head") ||
            vg_html_ci_prefix(raw + i, len - i, "<body") ||
            vg_html_ci_prefix(raw + i, len - i, "<meta "))
            return 1;
    }
    lim = len < 65536 ? len : 65536;
    for (i = 0; i + 2 < lim; i++)
        if (raw[i] == '<' && (vg_html_is_letter((unsigned char)raw[i + 1]) || raw[i + 1] == '/') &&
            (vg_html_ci_prefix(raw + i, lim - i, "<p>") ||
             vg_html_ci_prefix(raw + i, lim - i, "<div") ||
             vg_html_ci_prefix(raw + i, lim - i, "<p ") ||
             vg_html_ci_prefix(raw + i, lim - i, "</p>") ||
             vg_html_ci_prefix(raw + i, lim - i, "<br") ||
             vg_html_ci_prefix(raw + i, lim - i, "<a ") ||
             vg_html_ci_prefix(raw + i, lim - i, "<span") ||
             vg_html_ci_prefix(raw + i, lim - i, "<article")))
            tags++;
    return tags >= 8;
}

static void walk_reset(vg_html_walk *w)
{
    vg_html_result *r = w->res;
    size_t lim = r->stage.limit;

    vg_mbuf_free(&r->stage);
    vg_mbuf_init(&r->stage, lim);
    vg_units_free(&r->units);
    vg_mbuf_truncate(&r->title, 0);
    vg_mbuf_truncate(&w->title_tag, 0);
    w->nels = 0;
    w->cur_a = w->cur_link = 0;
    w->cur_owner = 0;
    w->cur_flags = 0;
    w->link_depth = 0;
    w->last_br = 0;
    w->ld = NULL;
    w->ld_len = 0;
    w->has_ogtitle = 0;
    w->dec.at_space = 1;
    w->dec.repaired = 0;
}

static int walk_pass(vg_html_walk *w, GumboNode *root, int strict, size_t *kept)
{
    int rc;

    walk_reset(w);
    w->strict = strict;
    rc = vg_html_tree_walk(w, root);
    return rc ? rc : vg_html_select_units(w, kept);
}

static void pick_title(vg_html_walk *w)
{
    vg_html_result *r = w->res;

    if (r->title.len)
        return;
    if (w->title_tag.len) {
        vg_mbuf t = r->title;
        r->title = w->title_tag;
        w->title_tag = t;
    }
}

void vg_html_result_free(vg_html_result *res)
{
    if (!res)
        return;
    vg_mbuf_free(&res->stage);
    vg_units_free(&res->units);
    vg_mbuf_free(&res->title);
}

static int convert(const char *raw, size_t len, int cs, vg_mbuf *u, unsigned *repaired)
{
    vg_decoder d = {0};
    int rc;

    d.charset = cs;
    d.verbatim = 1;
    rc = vg_decode(&d, u, raw, len, 0);
    *repaired = d.repaired;
    return rc;
}

int vg_html_extract(const vg_cleanlex *cl, const vg_limits *lim, const char *raw, size_t len,
                    int charset, vg_html_result *res)
{
    vg_mbuf conv, lean;
    vg_html_arena ar;
    GumboOptions opt = kGumboDefaultOptions;
    GumboOutput *out = NULL;
    vg_html_walk w;
    int rc, cs = charset >= 0 ? charset : vg_charset_sniff_html(raw, len);
    unsigned conv_repaired = 0;

    memset(res, 0, sizeof(*res));
    memset(&w, 0, sizeof(w));
    memset(&ar, 0, sizeof(ar));
    vg_mbuf_init(&conv, (size_t)-1 / 2);
    vg_mbuf_init(&lean, (size_t)-1 / 2);
    vg_mbuf_init(&res->stage, lim->max_output_bytes * 4 + 4096);
    w.dec.entities = 1;
    w.dec.html = 1;
    vg_mbuf_init(&res->title, 4096);
    vg_mbuf_init(&w.h1, 4096);
    vg_mbuf_init(&w.title_tag, 4096);
    w.lim = lim;
    w.cl = cl;
    w.res = res;
    w.u = raw;
    w.ulen = len;
    if (cs != VG_CS_UTF8) {
        rc = convert(raw, len, cs, &conv, &conv_repaired);
        if (rc)
            goto fail;
        w.u = conv.buf ? conv.buf : "";
        w.ulen = conv.len;
        w.dec.srcmap = &conv;
    }
    rc = vg_html_make_lean(w.u, w.ulen, w.dec.srcmap, &lean);
    if (rc)
        goto fail;
    w.u = lean.buf ? lean.buf : "";
    w.ulen = lean.len;
    w.dec.srcmap = &lean;
    rc = vg_html_prescan(w.u, w.ulen, lim);
    if (rc)
        goto fail;
    ar.budget = (size_t)64 << 20;
    if (ar.budget < w.ulen * 48)
        ar.budget = w.ulen * 48;
    opt.allocator = vg_html_arena_alloc;
    opt.deallocator = vg_html_arena_free;
    opt.userdata = &ar;
    opt.max_errors = 0;
    out = vg_html_parse(&ar, &opt, w.u, w.ulen);
    if (!out) {
        rc = ar.failed ? VG_ENODES : VG_EPARSE;
        goto fail;
    }
    /* readability's retry: when skipping boilerplate-looking subtrees left
     * almost nothing, walk again without that rule */
    for (int strict = 1; strict >= 0; strict--) {
        size_t kept = 0;
        rc = walk_pass(&w, out->root, strict, &kept);
        if (rc || kept >= 500 || w.ld)
            break;
    }
    if (rc)
        goto fail;
    pick_title(&w);
    res->repaired = w.dec.repaired + conv_repaired;
fail:
    vg_html_arena_drop(&ar);
    vg_mbuf_free(&conv);
    vg_mbuf_free(&lean);
    vg_mbuf_free(&w.h1);
    vg_mbuf_free(&w.title_tag);
    free(w.els);
    free(w.owner);
    free(w.ulink);
    free(w.utext);
    if (rc)
        vg_html_result_free(res);
    return rc;
}
