/*
 * vg_html_walk.c - the HTML path's tree walk: elements to block units.
 *
 * The walk is iterative (an explicit stack, depth and node caps), because
 * hostile pages nest deeper than a C stack should.  It drops non-content
 * elements (script, nav, aside, footer, form controls, hidden nodes) and,
 * on the strict pass, subtrees whose class or id marks boilerplate (menu,
 * share, related, comment, cookie, newsletter, ad) unless a content hint
 * rescues them (the class/id words are data: knowledge/clean.tsv).  The rest is cut into block
 * units, each remembering its owning block element, its text and its link length, for the selection
 * (vg_html_select.c).  Text is decoded from the source bytes gumbo points
 * to (original_text), so every clean byte maps to raw bytes.  On the way
 * it notes the og:title, the <title> and the JSON-LD articleBody.
 */
#include "vg_arr.h"
#include "vg_cleanlex.h"
#include "vg_html_int.h"
#include "vg_jsonld.h"

#include <stdlib.h>
#include <string.h>

typedef struct frame {
    GumboNode *node;
    unsigned child;
    int el;
    int flush_after;
} frame;

static int is_block(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_MENU:
        return 1;
    default:
        return 0;
    }
}

static int is_skipped_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:

    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_MENU:
        return 1;
    default:
        return 0;
    }
}

static int sep(char c, int parts)
{
    return c == ' ' || (parts && (c == '-' || c == '_'));
}

static int word_match(const char *s, size_t n, const char *w, int parts)
{
    size_t l = strlen(w);
    for (size_t i = 0; i + l <= n; i++) {
        if ((i == 0 || sep(s[i - 1], parts)) && !memcmp(s + i, w, l) &&
            (i + l == n || sep(s[i + l], parts)))
            return 1;
    }
    return 0;
}

/* Class/id hints (knowledge/clean.tsv: negclass, negpart, negtoken,
 * posclass) of element e. */
static unsigned class_flags(const vg_cleanlex *cl, const GumboElement *e)
{
    char buf[256];
    size_t n = 0;
    unsigned f = 0;
    const char *names[2] = {"class", "id"};

    for (int k = 0; k < 2; k++) {
        GumboAttribute *a = gumbo_get_attribute(&e->attributes, names[k]);
        if (!a)
            continue;
        for (const char *p = a->value; *p && n + 3 < sizeof(buf); p++)
            buf[n++] = (char)vg_html_lower((unsigned char)*p);
        buf[n++] = ' ';
    }
    buf[n] = 0;
    if (n) {
        for (size_t i = 0; i < cl->neg_class.n; i++)
            if (strstr(buf, cl->neg_class.v[i]))
                f |= VG_HTML_EF_NEG;
        for (size_t i = 0; i < cl->neg_token.n && !(f & VG_HTML_EF_NEG); i++)
            if (word_match(buf, n, cl->neg_token.v[i], 0))
                f |= VG_HTML_EF_NEG;
        for (size_t i = 0; i < cl->neg_part.n && !(f & VG_HTML_EF_NEG); i++)
            if (word_match(buf, n, cl->neg_part.v[i], 1))
                f |= VG_HTML_EF_NEG;
        for (size_t i = 0; i < cl->pos_class.n; i++)
            if (strstr(buf, cl->pos_class.v[i]))
                f |= VG_HTML_EF_POS;
    }
    {
        GumboAttribute *ip = gumbo_get_attribute(&e->attributes, "itemprop");
        if (ip && strstr(ip->value, "articleBody"))
            f |= VG_HTML_EF_BODYPROP | VG_HTML_EF_POS;
    }
    if (e->tag == GUMBO_TAG_ARTICLE || e->tag == GUMBO_TAG_MAIN)
        f |= VG_HTML_EF_ARTICLE;
    return f;
}

static int hidden(const GumboElement *e)
{
    GumboAttribute *a;

    if (gumbo_get_attribute(&e->attributes, "hidden"))
        return 1;
    a = gumbo_get_attribute(&e->attributes, "aria-hidden");
    if (a && !strcmp(a->value, "true"))
        return 1;
    a = gumbo_get_attribute(&e->attributes, "style");
    if (a) {
        const char *d = strstr(a->value, "display");
        if (d && (strstr(d, "none") == d + 8 || strstr(d, "none") == d + 9))
            return 1;
    }
    return 0;
}

static int push_el(vg_html_walk *w, int parent, GumboTag tag, unsigned flags)
{
    if (vg_arr_room(&w->els, w->nels, &w->elcap, sizeof(*w->els), 256) < 0)
        return VG_ENOMEM;
    w->els[w->nels] = (vg_html_el){parent, (int)w->nels, flags, tag, 0, 0, 0};
    return (int)w->nels++;
}

/* close the open unit (if it holds text) */
static int flush(vg_html_walk *w)
{
    vg_mbuf *st = &w->res->stage;
    size_t e = st->len;
    int rc;

    while (e > w->cur_a && st->buf[e - 1] == ' ')
        e--;
    vg_mbuf_truncate(st, e);
    if (e > w->cur_a) {
        size_t n = w->res->units.n;
        if (n == w->ownercap) {
            size_t nc = w->ownercap ? w->ownercap * 2 : 64;
            int *no = realloc(w->owner, nc * sizeof(*no));
            size_t *nl, *nt;
            if (!no)
                return VG_ENOMEM;
            w->owner = no;
            nl = realloc(w->ulink, nc * sizeof(*nl));
            if (!nl)
                return VG_ENOMEM;
            w->ulink = nl;
            nt = realloc(w->utext, nc * sizeof(*nt));
            if (!nt)
                return VG_ENOMEM;
            w->utext = nt;
            w->ownercap = nc;
        }
        rc = vg_units_push(&w->res->units, w->cur_a, e, w->cur_flags | VG_UF_HTML,
                           (float)w->cur_link / (float)(e - w->cur_a));
        if (rc)
            return rc;
        w->owner[n] = w->cur_owner;
        w->ulink[n] = w->cur_link;
        w->utext[n] = e - w->cur_a;
        rc = vg_mbuf_put(st, "\n", 1, 0, 0);
        if (rc)
            return rc;
    }
    w->cur_a = st->len;
    w->cur_link = 0;
    w->dec.at_space = 1;
    w->last_br = 0;
    return 0;
}

static unsigned unit_flags(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_H1:
        return VG_UF_HEADING | VG_UF_H1;
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return VG_UF_HEADING;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
        return VG_UF_LIST;
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
        return VG_UF_CAPTION;
    default:
        return 0;
    }
}

static int text_node(vg_html_walk *w, GumboNode *node)
{
    const GumboText *t = &node->v.text;
    vg_mbuf *st = &w->res->stage;
    size_t before = st->len;
    int rc;

    if (t->original_text.data >= w->u && t->original_text.length <= w->ulen &&
        t->original_text.data + t->original_text.length <= w->u + w->ulen) {
        rc = vg_decode(&w->dec, st, t->original_text.data, t->original_text.length,
                       (size_t)(t->original_text.data - w->u));
    } else { /* no source bytes: map the whole text to its start position */
        w->dec.fixed = 1;
        w->dec.fixed_off = t->start_pos.offset;
        w->dec.fixed_len = 0;
        w->dec.entities = 0;
        rc = vg_decode(&w->dec, st, t->text, strlen(t->text), 0);
        w->dec.fixed = 0;
        w->dec.entities = 1;
    }
    if (w->link_depth)
        w->cur_link += st->len - before;
    if (st->len > before && !(st->len == before + 1 && st->buf[before] == ' '))
        w->last_br = 0;
    return rc;
}

static void meta_title(vg_html_walk *w, const GumboElement *e)
{
    GumboAttribute *p = gumbo_get_attribute(&e->attributes, "property");
    GumboAttribute *c = gumbo_get_attribute(&e->attributes, "content");
    vg_decoder d = {0};

    if (!p || !c || strcmp(p->value, "og:title") || w->has_ogtitle)
        return;
    d.html = 1;
    d.at_space = 1;
    d.fixed = 1;
    d.fixed_off = e->start_pos.offset;
    if (vg_decode(&d, &w->res->title, c->value, strlen(c->value), 0) == 0)
        w->has_ogtitle = 1;
}

/* JSON-LD and <title>: read the first text child of e */
static void special_text(vg_html_walk *w, const GumboElement *e)
{
    const GumboNode *c;
    const GumboText *t;

    if (!e->children.length)
        return;
    c = e->children.data[0];
    if (c->type != GUMBO_NODE_TEXT && c->type != GUMBO_NODE_CDATA)
        return;
    t = &c->v.text;
    if (e->tag == GUMBO_TAG_TITLE && !w->title_tag.len) {
        vg_decoder d = {0};
        d.html = 1;
        d.at_space = 1;
        d.fixed = 1;
        d.fixed_off = t->start_pos.offset;
        vg_decode(&d, &w->title_tag, t->text, strlen(t->text), 0);
    } else if (e->tag == GUMBO_TAG_SCRIPT && !w->ld) {
        GumboAttribute *ty = gumbo_get_attribute(&e->attributes, "type");
        size_t vs, ve;
        if (ty && strstr(ty->value, "ld+json") && t->original_text.data >= w->u &&
            t->original_text.data + t->original_text.length <= w->u + w->ulen &&
            vg_jsonld_find(t->original_text.data, t->original_text.length, "articleBody", &vs,
                           &ve)) {
            w->ld = t->original_text.data + vs;
            w->ld_len = ve - vs;
        }
    }
}

static int open_element(vg_html_walk *w, frame *f, GumboNode *node, int parent, int *skip)
{
    GumboElement *e = &node->v.element;
    unsigned cf;
    int rc;

    *skip = 0;
    if (e->tag == GUMBO_TAG_META) {
        meta_title(w, e);
        return 0;
    }
    if (e->tag == GUMBO_TAG_TITLE || e->tag == GUMBO_TAG_SCRIPT)
        special_text(w, e);
    if (e->tag == GUMBO_TAG_BR) {
        if (w->last_br)
            return flush(w);
        w->last_br = 1;
        return vg_decode(&w->dec, &w->res->stage, " ", 1, e->start_pos.offset);
    }
    cf = class_flags(w->cl, e);
    if (is_skipped_tag(e->tag) || hidden(e) ||
        (w->strict && (cf & VG_HTML_EF_NEG) && !(cf & (VG_HTML_EF_POS | VG_HTML_EF_ARTICLE)) &&
         e->tag != GUMBO_TAG_BODY && e->tag != GUMBO_TAG_HTML && e->tag != GUMBO_TAG_A)) {
        *skip = 1;
        return 0;
    }
    if (is_block(e->tag)) {
        rc = flush(w);
        if (rc)
            return rc;
    }
    rc = push_el(w, parent, e->tag, cf);
    if (rc < 0)
        return rc;
    f->el = rc;
    f->flush_after = is_block(e->tag);
    if (f->flush_after) {
        w->cur_owner = rc;
        w->cur_flags = unit_flags(e->tag);
    }
    if (e->tag == GUMBO_TAG_A)
        w->link_depth++;
    return 0;
}

static int close_element(vg_html_walk *w, frame *f)
{
    if (f->node->v.element.tag == GUMBO_TAG_A && w->link_depth > 0)
        w->link_depth--;
    w->els[f->el].end = (int)w->nels - 1;
    return f->flush_after ? flush(w) : 0;
}

int vg_html_tree_walk(vg_html_walk *w, GumboNode *root)
{
    frame *stack;
    size_t depth = 0, cap = (size_t)w->lim->max_dom_depth + 2, nodes = 0;
    int rc = 0, skip;

    stack = malloc(cap * sizeof(*stack));
    if (!stack)
        return VG_ENOMEM;
    rc = push_el(w, -1, GUMBO_TAG_HTML, 0);
    if (rc < 0)
        goto out;
    rc = 0;
    stack[depth++] = (frame){root, 0, 0, 1};
    while (depth && !rc) {
        frame *f = &stack[depth - 1];
        GumboVector *ch = &f->node->v.element.children;
        GumboNode *c;

        if (f->child >= ch->length) {
            rc = close_element(w, f);
            if (!rc && depth >= 2) {
                /* restore the owner of the enclosing block */
                for (size_t k = depth - 1; k-- > 0;)
                    if (stack[k].flush_after) {
                        w->cur_owner = stack[k].el;
                        w->cur_flags = unit_flags(stack[k].node->v.element.tag);
                        break;
                    }
            }
            depth--;
            continue;
        }
        c = ch->data[f->child++];
        if (++nodes > w->lim->max_dom_nodes) {
            rc = VG_ENODES;
            break;
        }
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
            c->type == GUMBO_NODE_CDATA) {
            rc = text_node(w, c);
            continue;
        }
        if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE)
            continue;
        if (depth >= cap - 1) {
            rc = VG_EDEPTH;
            break;
        }
        stack[depth] = (frame){c, 0, f->el, 0};
        rc = open_element(w, &stack[depth], c, f->el, &skip);
        if (!rc && !skip && c->v.element.tag != GUMBO_TAG_META && c->v.element.tag != GUMBO_TAG_BR)
            depth++;
    }
    if (!rc)
        rc = flush(w);
out:
    free(stack);
    return rc < 0 ? rc : 0;
}
