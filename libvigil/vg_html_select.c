/*
 * vg_html_select.c - the HTML path's choice of the main content.
 *
 * Readability's method: each unit of at least 25 bytes outside links
 * scores by its commas and length; the score goes to the paragraph's
 * parent, half to the grandparent, a third of the level above; elements
 * weigh by tag and by class/id hints.  The best element after link density
 * is the content, with those of its siblings that score close to it or are
 * plain paragraphs.  An itemprop=articleBody element holding most of the
 * text wins outright; a JSON-LD articleBody much longer than what the DOM
 * gave replaces the units (a page whose body is filled in by script).
 */
#include "vg_html_int.h"
#include "vg_jsonld.h"

#include <stdlib.h>

static double tag_weight(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

static int is_para(GumboTag t)
{
    return t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_PRE ||
           t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_TD || t == GUMBO_TAG_DD ||
           (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6);
}

static void add_score(vg_html_walk *w, int e, double s)
{
    vg_html_el *x = &w->els[e];
    if (!(x->flags & VG_HTML_EF_SCORED)) {
        x->flags |= VG_HTML_EF_SCORED;
        x->score += tag_weight(x->tag);
        if (x->flags & VG_HTML_EF_POS)
            x->score += 25;
        if (x->flags & VG_HTML_EF_NEG)
            x->score -= 25;
    }
    x->score += s;
}

/* readability: paragraph scores go to the parent, half to the grandparent,
 * then a third of the level for the ancestors above */
static void score_units(vg_html_walk *w)
{
    vg_units *us = &w->res->units;

    for (size_t i = 0; i < us->n; i++) {
        const char *s = w->res->stage.buf + us->v[i].a;
        size_t n = us->v[i].b - us->v[i].a, commas = 0, plain = w->utext[i] - w->ulink[i];
        int e = w->owner[i];
        double sc;

        if (plain < 25)
            continue;
        for (size_t k = 0; k < n; k++)
            commas += s[k] == ',';
        sc = 1 + (double)commas + (double)(plain / 100 < 3 ? plain / 100 : 3);
        if (is_para(w->els[e].tag))
            e = w->els[e].parent;
        for (int level = 0; e >= 0 && level < 5; level++, e = w->els[e].parent)
            add_score(w, e, level == 0 ? sc : level == 1 ? sc / 2 : sc / (level * 3));
    }
}

static void subtree_totals(vg_html_walk *w)
{
    for (size_t i = 0; i < w->res->units.n; i++) {
        w->els[w->owner[i]].text += w->utext[i];
        w->els[w->owner[i]].link += w->ulink[i];
    }
    for (size_t i = w->nels; i-- > 1;) {
        vg_html_el *x = &w->els[i];
        if (x->parent >= 0) {
            w->els[x->parent].text += x->text;
            w->els[x->parent].link += x->link;
        }
    }
}

static double link_density(const vg_html_el *x)
{
    return x->text ? (double)x->link / (double)x->text : 0;
}

/* choose the content root(s); marks chosen elements in sel[] */
static void choose(vg_html_walk *w, unsigned char *sel)
{
    int top = -1, body_prop = -1;
    double best = 0;
    size_t total = w->nels ? w->els[0].text : 0;

    for (size_t i = 0; i < w->nels; i++) {
        vg_html_el *x = &w->els[i];
        if ((x->flags & VG_HTML_EF_BODYPROP) && x->text * 5 >= total && x->text >= 200 &&
            (body_prop < 0 || x->text > w->els[body_prop].text))
            body_prop = (int)i;
        if (x->flags & VG_HTML_EF_SCORED) {
            double s = x->score * (1 - link_density(x));
            if (s > best) {
                best = s;
                top = (int)i;
            }
        }
    }
    if (body_prop >= 0) {
        sel[body_prop] = 1;
        return;
    }
    if (top < 0) {
        sel[0] = 1;
        return;
    }
    /* climb while the parent holds much more article text than top */
    sel[top] = 1;
    if (w->els[top].parent >= 0) {
        int p = w->els[top].parent;
        double thr = best * 0.2 > 10 ? best * 0.2 : 10;
        for (size_t i = (size_t)p + 1; i <= (size_t)w->els[p].end; i++) {
            vg_html_el *x = &w->els[i];
            if (x->parent != p || (int)i == top)
                continue;
            if (((x->flags & VG_HTML_EF_SCORED) && x->score * (1 - link_density(x)) >= thr) ||
                (x->text > 80 && link_density(x) < 0.25 && x->tag == GUMBO_TAG_P))
                sel[i] = 1;
        }
    }
}

static int in_selection(const vg_html_walk *w, const unsigned char *sel, int e)
{
    for (; e >= 0; e = w->els[e].parent)
        if (sel[e])
            return 1;
    return 0;
}

static int use_jsonld(vg_html_walk *w)
{
    vg_html_result *r = w->res;
    vg_mbuf tmp;
    vg_decoder d = w->dec;
    int rc;

    vg_mbuf_init(&tmp, r->stage.limit);
    d.at_space = 1;
    rc = vg_jsonld_decode(&d, &tmp, w->ld, w->ld_len, (size_t)(w->ld - w->u));
    if (!rc) {
        vg_mbuf_free(&r->stage);
        vg_units_free(&r->units);
        vg_mbuf_init(&r->stage, tmp.limit);
        rc = vg_textclean_lines(&tmp, &r->stage, &r->units);
        for (size_t i = 0; i < r->units.n; i++)
            r->units.v[i].flags |= VG_UF_HTML;
    }
    w->dec.repaired = d.repaired;
    vg_mbuf_free(&tmp);
    return rc;
}

int vg_html_select_units(vg_html_walk *w, size_t *kept)
{
    vg_units *us = &w->res->units;
    unsigned char *sel = calloc(w->nels + 1, 1);
    size_t k = 0, kept_text = 0;

    if (!sel)
        return VG_ENOMEM;
    subtree_totals(w);
    score_units(w);
    choose(w, sel);
    for (size_t i = 0; i < us->n; i++) {
        if (!in_selection(w, sel, w->owner[i]))
            continue;
        kept_text += w->utext[i];
        us->v[k++] = us->v[i];
    }
    us->n = k;
    free(sel);
    *kept = kept_text;
    /* JSON-LD body much longer than what the DOM gave: trust JSON-LD */
    if (w->ld && w->ld_len > 2 * kept_text + 200)
        return use_jsonld(w);
    return 0;
}
