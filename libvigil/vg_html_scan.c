/*
 * vg_html_scan.c - the HTML path's byte scans before gumbo parses a page.
 *
 * Gumbo allocates the whole tree and has no limits of its own, and lexes
 * every byte, so two linear scans run first.  The lean copy drops what can
 * never be article text (script and style contents, JSON-LD kept; comments;
 * inline SVG): more than half the bytes of a typical page, each kept byte
 * still mapped to its raw offset.  The pre-scan then estimates tag count and
 * nesting with a stack of open tags and the HTML scope rules that matter
 * (void, implied-end, raw-text and special tags, foreign SVG/MathML) and
 * refuses hostile pages before parsing (VG_ENODES / VG_EDEPTH).
 */
#include "vg_html_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
    while (i < n && (vg_html_is_letter((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9') ||
                     s[i] == '-' || s[i] == ':')) {
        if (k < 15)
            name[k++] = (char)vg_html_lower((unsigned char)s[i]);
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
        if (s[i + 1] == '/' && vg_html_ci_prefix(s + i + 2, n - i - 2, name))
            return i;
        i++;
    }
    return n;
}

int vg_html_prescan(const char *s, size_t n, const vg_limits *lim)
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
            if (vg_html_ci_prefix(s + i, n - i, "!--")) {
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
        if (!vg_html_is_letter((unsigned char)s[i]))
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

/* ---- the lean parser input ------------------------------------------------ */

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
int vg_html_make_lean(const char *s, size_t n, const vg_mbuf *map, vg_mbuf *lean)
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
        if (vg_html_ci_prefix(s + p, n - p, "<!--")) {
            const char *c = memmem(s + p + 4, n - p - 4, "-->", 3);
            e = c ? (size_t)(c - s) + 3 : n;
            rc = lean_put(lean, map, s, start, p);
            start = i = e;
        } else if (vg_html_ci_prefix(s + p, n - p, "<svg") &&
                   (p + 4 >= n || s[p + 4] == ' ' || s[p + 4] == '>')) {
            e = find_close(s, n, p + 4, "svg");
            e = e < n ? tag_end(s, n, e, &sc) : n;
            rc = lean_put(lean, map, s, start, p);
            start = i = e;
        } else if ((vg_html_ci_prefix(s + p, n - p, "<script") ||
                    vg_html_ci_prefix(s + p, n - p, "<style")) &&
                   p + 7 < n) {
            const char *name = vg_html_lower((unsigned char)s[p + 2]) == 'c' ? "script" : "style";
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
