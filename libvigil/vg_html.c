/*
 * vg_html.c - HTML path of the cleaner: gumbo parse, content scoring, units.
 *
 * Parser: gumbo, because it implements the HTML5 parsing algorithm (so broken
 * real pages parse the way browsers see them), is robust and has a tiny C
 * API.  Gumbo allocates the whole tree and has no limits of its own, so:
 *  - a linear pre-scan estimates tag count and nesting (a stack of open tags
 *    with the HTML scope rules that matter) and refuses hostile pages before
 *    parsing (VG_ENODES / VG_EDEPTH);
 *  - gumbo allocates from a per-call arena with a hard byte budget; when the
 *    budget is exceeded the allocator longjmps out of the parser and the
 *    arena is dropped whole, which also avoids gumbo's recursive destructor.
 * Extraction walks the tree iteratively (explicit stack, depth and node
 * caps), drops non-content elements (script, nav, aside, footer, form
 * controls, hidden nodes, boilerplate class/id such as menu, share, related,
 * comment, cookie, newsletter, ad), cuts the rest into block units that
 * remember their text and link length, then picks the main container the way
 * readability does (paragraph scores propagated to ancestors, weighted by
 * link density and class hints), with <article>/itemprop=articleBody and the
 * JSON-LD "articleBody" as hints.  Text is taken from the source bytes gumbo
 * points to (original_text), so every clean byte maps to raw bytes.
 */
#include "vg_html.h"
#include "vg_charset.h"
#include "vg_decode.h"
#include "vg_jsonld.h"

#include <gumbo.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int is_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int ci_prefix(const char *s, size_t n, const char *p)
{
    size_t l = strlen(p);
    if (n < l)
        return 0;
    for (size_t i = 0; i < l; i++)
        if (lower((unsigned char)s[i]) != p[i])
            return 0;
    return 1;
}

int vg_html_sniff(const char *raw, size_t len)
{
    size_t i, lim = len < 2048 ? len : 2048, tags = 0;

    for (i = 0; i < len && i < 2048; i++) {
        if (raw[i] != '<')
            continue;
        if (ci_prefix(raw + i, len - i, "<!doctype html") || ci_prefix(raw + i, len - i, "<html") ||
            ci_prefix(raw + i, len - i, "<head") || ci_prefix(raw + i, len - i, "<body") ||
            ci_prefix(raw + i, len - i, "<meta "))
            return 1;
    }
    lim = len < 65536 ? len : 65536;
    for (i = 0; i + 2 < lim; i++)
        if (raw[i] == '<' && (is_letter((unsigned char)raw[i + 1]) || raw[i + 1] == '/') &&
            (ci_prefix(raw + i, lim - i, "<p>") || ci_prefix(raw + i, lim - i, "<div") ||
             ci_prefix(raw + i, lim - i, "<p ") || ci_prefix(raw + i, lim - i, "</p>") ||
             ci_prefix(raw + i, lim - i, "<br") || ci_prefix(raw + i, lim - i, "<a ") ||
             ci_prefix(raw + i, lim - i, "<span") || ci_prefix(raw + i, lim - i, "<article")))
            tags++;
    return tags >= 8;
}

/* ---- pre-scan ----------------------------------------------------------- */

static int name_in(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++) /* first byte before strcmp: most names differ there */
        if (name[0] == list[i][0] && !strcmp(name, list[i]))
            return 1;
    return 0;
}

#define IN(name, list) name_in(name, list, sizeof(list) / sizeof(list[0]))

static const char *const void_tags[] = {"area",  "base",  "br",     "col",      "embed",   "hr",
                                        "img",   "input", "link",   "meta",     "param",   "source",
                                        "track", "wbr",   "keygen", "basefont", "bgsound", "frame"};
static const char *const implied_tags[] = {"p",  "li", "dt", "dd",       "option", "optgroup",
                                           "tr", "td", "th", "thead",    "tbody",  "tfoot",
                                           "rb", "rt", "rp", "colgroup", "caption"};
static const char *const rawtext_tags[] = {"script", "style",   "textarea", "title",   "xmp",
                                           "iframe", "noembed", "noframes", "noscript"};
static const char *const special_tags[] = {
    "address", "applet", "article", "aside",  "blockquote", "body",       "button",   "center",
    "details", "dir",    "div",     "dl",     "fieldset",   "figcaption", "figure",   "footer",
    "form",    "h1",     "h2",      "h3",     "h4",         "h5",         "h6",       "header",
    "hgroup",  "html",   "listing", "main",   "marquee",    "menu",       "nav",      "object",
    "ol",      "pre",    "section", "select", "summary",    "table",      "template", "ul",
};

typedef struct scan_ent {
    uint32_t hash;
    unsigned char special, foreign;
} scan_ent;

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

/* read a tag name at s (lower-cased, truncated) into name; returns length read */
static size_t read_name(const char *s, size_t n, char name[16])
{
    size_t i = 0, k = 0;
    while (i < n && (is_letter((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9') ||
                     s[i] == '-' || s[i] == ':')) {
        if (k < 15)
            name[k++] = (char)lower((unsigned char)s[i]);
        i++;
    }
    name[k] = 0;
    return i;
}

/* index just past the '>' closing the tag that starts at i, honouring quotes */
static size_t tag_end(const char *s, size_t n, size_t i, int *self_closing)
{
    char q = 0;
    for (; i < n; i++) {
        if (q) {
            if (s[i] == q)
                q = 0;
        } else if (s[i] == '"' || s[i] == '\'') {
            q = s[i];
        } else if (s[i] == '>') {
            *self_closing = i > 0 && s[i - 1] == '/';
            return i + 1;
        }
    }
    *self_closing = 0;
    return n;
}

static size_t skip_rawtext(const char *s, size_t n, size_t i, const char *name)
{
    size_t l = strlen(name);
    const char *lt;

    while (i + 2 + l <= n && (lt = memchr(s + i, '<', n - i - 2 - l + 1)) != NULL) {
        i = (size_t)(lt - s);
        if (s[i + 1] == '/' && ci_prefix(s + i + 2, n - i - 2, name))
            return i;
        i++;
    }
    return n;
}

static int prescan(const char *s, size_t n, const vg_limits *lim)
{
    scan_ent *st = malloc(((size_t)lim->max_dom_depth + 2) * sizeof(*st));
    size_t i = 0, depth = 0, nodes = 0, foreign = 0;
    int rc = 0;

    if (!st)
        return VG_ENOMEM;
    while (i < n && !rc) {
        const char *lt = memchr(s + i, '<', n - i);
        char name[16];
        int sc;
        size_t p;

        if (!lt)
            break;
        p = (size_t)(lt - s);
        if (p > i)
            nodes++; /* a text node */
        i = p + 1;
        if (i >= n)
            break;
        if (s[i] == '!') {
            if (ci_prefix(s + i, n - i, "!--")) {
                const char *e = memmem(s + i + 3, n - i - 3, "-->", 3);
                i = e ? (size_t)(e - s) + 3 : n;
            } else {
                i = tag_end(s, n, i, &sc);
            }
            continue;
        }
        if (s[i] == '/') {
            size_t l = read_name(s + i + 1, n - i - 1, name);
            uint32_t h = name_hash(name);
            i = tag_end(s, n, i + 1 + l, &sc);
            for (size_t k = depth; k > 0; k--) {
                if (st[k - 1].hash == h) {
                    for (size_t j = k - 1; j < depth; j++)
                        foreign -= st[j].foreign;
                    depth = k - 1;
                    break;
                }
                if (st[k - 1].special)
                    break;
            }
            continue;
        }
        if (!is_letter((unsigned char)s[i]))
            continue;
        i += read_name(s + i, n - i, name);
        i = tag_end(s, n, i, &sc);
        nodes++;
        if (nodes > lim->max_dom_nodes) {
            rc = VG_ENODES;
            break;
        }
        if (!strcmp(name, "plaintext"))
            break;
        if (IN(name, rawtext_tags)) {
            i = skip_rawtext(s, n, i, name);
            continue;
        }
        if (IN(name, void_tags) || IN(name, implied_tags) || (sc && foreign))
            continue;
        if (depth >= lim->max_dom_depth) {
            rc = VG_EDEPTH;
            break;
        }
        st[depth].hash = name_hash(name);
        st[depth].special = (unsigned char)IN(name, special_tags);
        st[depth].foreign = !strcmp(name, "svg") || !strcmp(name, "math");
        foreign += st[depth].foreign;
        depth++;
    }
    free(st);
    return rc;
}

/* ---- arena for gumbo ---------------------------------------------------- */

enum { NCLASS = 17, CHUNK = 1 << 20 };

typedef struct blk {
    struct blk *next;
    size_t cls; /* size class, or NCLASS for a large block */
} blk;

typedef struct arena {
    jmp_buf jb;
    blk *free_[NCLASS];
    blk *large;    /* large blocks, freed at the end */
    char **chunks; /* bump chunks */
    size_t nchunks, chunks_cap;
    char *cur;
    size_t left;
    size_t total, budget;
    int failed;
} arena;

static void arena_fail(arena *a)
{
    a->failed = 1;
    longjmp(a->jb, 1);
}

static void *arena_alloc(void *ud, size_t size)
{
    arena *a = ud;
    size_t cls = 4, bytes;
    blk *b;

    size += sizeof(blk);
    while (cls < NCLASS && ((size_t)1 << cls) < size)
        cls++;
    if (cls == NCLASS) {
        if (a->total + size > a->budget)
            arena_fail(a);
        b = malloc(size);
        if (!b)
            arena_fail(a);
        a->total += size;
        b->cls = NCLASS;
        b->next = a->large;
        a->large = b;
        return b + 1;
    }
    if (a->free_[cls]) {
        b = a->free_[cls];
        a->free_[cls] = b->next;
        return b + 1;
    }
    bytes = (size_t)1 << cls;
    if (a->left < bytes) {
        if (a->total + CHUNK > a->budget)
            arena_fail(a);
        if (a->nchunks == a->chunks_cap) {
            size_t nc = a->chunks_cap ? a->chunks_cap * 2 : 16;
            char **np = realloc(a->chunks, nc * sizeof(*np));
            if (!np)
                arena_fail(a);
            a->chunks = np;
            a->chunks_cap = nc;
        }
        a->cur = malloc(CHUNK);
        if (!a->cur)
            arena_fail(a);
        a->chunks[a->nchunks++] = a->cur;
        a->left = CHUNK;
        a->total += CHUNK;
    }
    b = (blk *)(void *)a->cur;
    a->cur += bytes;
    a->left -= bytes;
    b->cls = cls;
    return b + 1;
}

static void arena_free(void *ud, void *p)
{
    arena *a = ud;
    blk *b;

    if (!p)
        return;
    b = (blk *)p - 1;
    if (b->cls >= NCLASS)
        return; /* large blocks live until the arena is dropped */
    b->next = a->free_[b->cls];
    a->free_[b->cls] = b;
}

static void arena_drop(arena *a)
{
    for (size_t i = 0; i < a->nchunks; i++)
        free(a->chunks[i]);
    free(a->chunks);
    while (a->large) {
        blk *n = a->large->next;
        free(a->large);
        a->large = n;
    }
}

static GumboOutput *parse(arena *a, const GumboOptions *opt, const char *s, size_t n)
{
    if (setjmp(a->jb))
        return NULL;
    return gumbo_parse_with_options(opt, s, n);
}

/* ---- tree walk ---------------------------------------------------------- */

enum { EF_NEG = 1, EF_POS = 2, EF_ARTICLE = 4, EF_BODYPROP = 8, EF_SCORED = 16 };

typedef struct el {
    int parent;
    int end; /* last element index in this subtree */
    unsigned flags;
    GumboTag tag;
    double score;
    size_t text, link; /* subtree totals */
} el;

typedef struct frame {
    GumboNode *node;
    unsigned child;
    int el;
    int flush_after;
} frame;

typedef struct walk {
    const vg_limits *lim;
    const char *u; /* parser input */
    size_t ulen;
    vg_decoder dec;
    vg_html_result *res;
    el *els;
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
} walk;

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

/* class/id words that mark boilerplate, and words that rescue a container */
static const char *const neg_sub[] = {
    "comment",  "sidebar",  "footer",     "menu",      "breadcrumb", "related",    "share",
    "social",   "cookie",   "newsletter", "promo",     "banner",     "sponsor",    "advert",
    "popup",    "modal",    "subscribe",  "signup",    "login",      "widget",     "disqus",
    "outbrain", "taboola",  "recommend",  "trending",  "popular",    "pagination", "pager",
    "masthead", "skip",     "toolbar",    "byline",    "author",     "navbar",     "navigation",
    "tags",     "meta",     "caption",    "gdpr",      "consent",    "paywall",    "rss",
    "print",    "dateline", "timestamp",  "most-read", "mostread",   "read-more",  "readmore",
};
/* matched as a part between '-', '_' or ' ' ("ad-slot", "top_ads") */
static const char *const neg_part[] = {"ad", "ads", "adv", "advert"};
/* matched as a whole class or id token only */
static const char *const neg_word[] = {
    "nav",   "more", "tools",  "hidden", "sr-only",         "header",
    "share", "date", "credit", "photo",  "visually-hidden", "screen-reader-text"};
static const char *const pos_sub[] = {"article", "content", "entry", "story", "post-body",
                                      "main",    "text",    "prose", "body"};

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

static unsigned class_flags(const GumboElement *e)
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
            buf[n++] = (char)lower((unsigned char)*p);
        buf[n++] = ' ';
    }
    buf[n] = 0;
    if (n) {
        for (size_t i = 0; i < sizeof(neg_sub) / sizeof(neg_sub[0]); i++)
            if (strstr(buf, neg_sub[i]))
                f |= EF_NEG;
        for (size_t i = 0; i < sizeof(neg_word) / sizeof(neg_word[0]) && !(f & EF_NEG); i++)
            if (word_match(buf, n, neg_word[i], 0))
                f |= EF_NEG;
        for (size_t i = 0; i < sizeof(neg_part) / sizeof(neg_part[0]) && !(f & EF_NEG); i++)
            if (word_match(buf, n, neg_part[i], 1))
                f |= EF_NEG;
        for (size_t i = 0; i < sizeof(pos_sub) / sizeof(pos_sub[0]); i++)
            if (strstr(buf, pos_sub[i]))
                f |= EF_POS;
    }
    {
        GumboAttribute *ip = gumbo_get_attribute(&e->attributes, "itemprop");
        if (ip && strstr(ip->value, "articleBody"))
            f |= EF_BODYPROP | EF_POS;
    }
    if (e->tag == GUMBO_TAG_ARTICLE || e->tag == GUMBO_TAG_MAIN)
        f |= EF_ARTICLE;
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

static int push_el(walk *w, int parent, GumboTag tag, unsigned flags)
{
    if (w->nels == w->elcap) {
        size_t nc = w->elcap ? w->elcap * 2 : 256;
        el *ne = realloc(w->els, nc * sizeof(*ne));
        if (!ne)
            return VG_ENOMEM;
        w->els = ne;
        w->elcap = nc;
    }
    w->els[w->nels] = (el){parent, (int)w->nels, flags, tag, 0, 0, 0};
    return (int)w->nels++;
}

/* close the open unit (if it holds text) */
static int flush(walk *w)
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

static int text_node(walk *w, GumboNode *node)
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

static void meta_title(walk *w, const GumboElement *e)
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
static void special_text(walk *w, const GumboElement *e)
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

static int open_element(walk *w, frame *f, GumboNode *node, int parent, int *skip)
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
    cf = class_flags(e);
    if (is_skipped_tag(e->tag) || hidden(e) ||
        (w->strict && (cf & EF_NEG) && !(cf & (EF_POS | EF_ARTICLE)) && e->tag != GUMBO_TAG_BODY &&
         e->tag != GUMBO_TAG_HTML && e->tag != GUMBO_TAG_A)) {
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

static int close_element(walk *w, frame *f)
{
    if (f->node->v.element.tag == GUMBO_TAG_A && w->link_depth > 0)
        w->link_depth--;
    w->els[f->el].end = (int)w->nels - 1;
    return f->flush_after ? flush(w) : 0;
}

static int tree_walk(walk *w, GumboNode *root)
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

/* ---- content selection -------------------------------------------------- */

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

static void add_score(walk *w, int e, double s)
{
    el *x = &w->els[e];
    if (!(x->flags & EF_SCORED)) {
        x->flags |= EF_SCORED;
        x->score += tag_weight(x->tag);
        if (x->flags & EF_POS)
            x->score += 25;
        if (x->flags & EF_NEG)
            x->score -= 25;
    }
    x->score += s;
}

/* readability: paragraph scores go to the parent, half to the grandparent,
 * then a third of the level for the ancestors above */
static void score_units(walk *w)
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

static void subtree_totals(walk *w)
{
    for (size_t i = 0; i < w->res->units.n; i++) {
        w->els[w->owner[i]].text += w->utext[i];
        w->els[w->owner[i]].link += w->ulink[i];
    }
    for (size_t i = w->nels; i-- > 1;) {
        el *x = &w->els[i];
        if (x->parent >= 0) {
            w->els[x->parent].text += x->text;
            w->els[x->parent].link += x->link;
        }
    }
}

static double link_density(const el *x)
{
    return x->text ? (double)x->link / (double)x->text : 0;
}

/* choose the content root(s); marks chosen elements in sel[] */
static void choose(walk *w, unsigned char *sel)
{
    int top = -1, body_prop = -1;
    double best = 0;
    size_t total = w->nels ? w->els[0].text : 0;

    for (size_t i = 0; i < w->nels; i++) {
        el *x = &w->els[i];
        if ((x->flags & EF_BODYPROP) && x->text * 5 >= total && x->text >= 200 &&
            (body_prop < 0 || x->text > w->els[body_prop].text))
            body_prop = (int)i;
        if (x->flags & EF_SCORED) {
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
            el *x = &w->els[i];
            if (x->parent != p || (int)i == top)
                continue;
            if (((x->flags & EF_SCORED) && x->score * (1 - link_density(x)) >= thr) ||
                (x->text > 80 && link_density(x) < 0.25 && x->tag == GUMBO_TAG_P))
                sel[i] = 1;
        }
    }
}

static int in_selection(const walk *w, const unsigned char *sel, int e)
{
    for (; e >= 0; e = w->els[e].parent)
        if (sel[e])
            return 1;
    return 0;
}

static int use_jsonld(walk *w)
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

static int select_units(walk *w, size_t *kept)
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

static void walk_reset(walk *w)
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

static int walk_pass(walk *w, GumboNode *root, int strict, size_t *kept)
{
    int rc;

    walk_reset(w);
    w->strict = strict;
    rc = tree_walk(w, root);
    return rc ? rc : select_units(w, kept);
}

static void pick_title(walk *w)
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

/* copy s[a..b) into lean, mapped to raw through map (or identity) */
static int lean_put(vg_mbuf *lean, const vg_mbuf *map, const char *s, size_t a, size_t b)
{
    if (b <= a)
        return 0;
    return map ? vg_mbuf_put_from(lean, map, a, b) : vg_mbuf_put(lean, s + a, b - a, a, b - a);
}

/* end of the raw-text element whose content starts at i: index of "</name" */
static size_t find_close(const char *s, size_t n, size_t i, const char *name)
{
    return skip_rawtext(s, n, i, name);
}

/* Build the parser input without what can never be article text: script
 * and style contents (JSON-LD kept), comments and inline SVG.  These are
 * more than half the bytes of a typical page and gumbo lexes them byte by
 * byte; the span map keeps every remaining byte's raw offset. */
static int make_lean(const char *s, size_t n, const vg_mbuf *map, vg_mbuf *lean)
{
    size_t i = 0, start = 0;
    int rc = 0;

    while (i < n && !rc) {
        const char *lt = memchr(s + i, '<', n - i);
        size_t p, e;
        int sc;
        if (!lt)
            break;
        p = (size_t)(lt - s);
        i = p + 1;
        if (ci_prefix(s + p, n - p, "<!--")) {
            const char *c = memmem(s + p + 4, n - p - 4, "-->", 3);
            e = c ? (size_t)(c - s) + 3 : n;
            rc = lean_put(lean, map, s, start, p);
            start = i = e;
        } else if (ci_prefix(s + p, n - p, "<svg") &&
                   (p + 4 >= n || s[p + 4] == ' ' || s[p + 4] == '>')) {
            e = find_close(s, n, p + 4, "svg");
            e = e < n ? tag_end(s, n, e, &sc) : n;
            rc = lean_put(lean, map, s, start, p);
            start = i = e;
        } else if ((ci_prefix(s + p, n - p, "<script") || ci_prefix(s + p, n - p, "<style")) &&
                   p + 7 < n) {
            const char *name = lower((unsigned char)s[p + 2]) == 'c' ? "script" : "style";
            size_t l = strlen(name), te = tag_end(s, n, p + 1 + l, &sc);
            if (s[p + 1 + l] != ' ' && s[p + 1 + l] != '>' && s[p + 1 + l] != '\t' &&
                s[p + 1 + l] != '\n')
                continue;
            if (memmem(s + p, te - p, "ld+json", 7)) {
                i = te;
                continue;
            }
            e = find_close(s, n, te, name);
            rc = lean_put(lean, map, s, start, te);
            start = i = e;
        }
    }
    if (!rc)
        rc = lean_put(lean, map, s, start, n);
    return rc;
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

int vg_html_extract(const vg_limits *lim, const char *raw, size_t len, int charset,
                    vg_html_result *res)
{
    vg_mbuf conv, lean;
    arena ar;
    GumboOptions opt = kGumboDefaultOptions;
    GumboOutput *out = NULL;
    walk w;
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
    rc = make_lean(w.u, w.ulen, w.dec.srcmap, &lean);
    if (rc)
        goto fail;
    w.u = lean.buf ? lean.buf : "";
    w.ulen = lean.len;
    w.dec.srcmap = &lean;
    rc = prescan(w.u, w.ulen, lim);
    if (rc)
        goto fail;
    ar.budget = (size_t)64 << 20;
    if (ar.budget < w.ulen * 48)
        ar.budget = w.ulen * 48;
    opt.allocator = arena_alloc;
    opt.deallocator = arena_free;
    opt.userdata = &ar;
    opt.max_errors = 0;
    out = parse(&ar, &opt, w.u, w.ulen);
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
    arena_drop(&ar);
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
