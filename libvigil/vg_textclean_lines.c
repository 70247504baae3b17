/*
 * vg_textclean_lines.c - plain text to line units.
 *
 * A line is a unit; a blank line before it is remembered (VG_UF_BLANK), as
 * jusText uses paragraph breaks.  Hard-wrapped prose is joined back: a line
 * of 40 bytes or more that does not end a sentence runs on into a next line
 * starting in lower case.  Tag debris that survived as text ("</p>",
 * "< / li >", comments) is cut out of the line; only known tag names count,
 * so "a < b" stays.  A line left empty by that marks the next unit
 * (VG_UF_AFTERJUNK).  Separators map to the raw newline they stand for.
 */
#include "vg_textclean_int.h"

#include <string.h>

static const char *const tag_names[] = {
    "a",      "abbr",       "article",  "aside", "b",      "blockquote", "body",     "br",
    "button", "center",     "cite",     "code",  "dd",     "div",        "dl",       "dt",
    "em",     "figcaption", "figure",   "font",  "footer", "form",       "h1",       "h2",
    "h3",     "h4",         "h5",       "h6",    "head",   "header",     "hr",       "html",
    "i",      "iframe",     "img",      "input", "label",  "li",         "link",     "main",
    "meta",   "nav",        "noscript", "ol",    "option", "p",          "pre",      "s",
    "script", "section",    "select",   "small", "source", "span",       "strong",   "style",
    "sub",    "sup",        "svg",      "table", "tbody",  "td",         "textarea", "tfoot",
    "th",     "thead",      "time",     "title", "tr",     "u",          "ul",       "video",
};

static int known_tag(const char *s, size_t n)
{
    char name[12];

    if (n == 0 || n >= sizeof(name))
        return 0;
    for (size_t i = 0; i < n; i++)
        name[i] = (char)vg_textclean_lower((unsigned char)s[i]);
    name[n] = 0;
    for (size_t i = 0; i < sizeof(tag_names) / sizeof(tag_names[0]); i++)
        if (!strcmp(name, tag_names[i]))
            return 1;
    return 0;
}

/* Length of tag-like debris at s[0] == '<' (e.g. "</p>", "< / li >",
 * "<<\"//tr\">", "<!-- x -->"), or 0. */
static size_t tag_debris(const char *s, size_t n)
{
    size_t j = 1, k, name;

    if (n >= 4 && !memcmp(s, "<!--", 4)) {
        for (k = 4; k + 2 < n && k < 4096; k++)
            if (!memcmp(s + k, "-->", 3))
                return k + 3;
        return 0;
    }
    while (j < n && j < 8 &&
           (s[j] == '<' || s[j] == '"' || s[j] == '\'' || s[j] == '/' || s[j] == ' '))
        j++;
    name = j;
    while (j < n && j - name < 11 &&
           (vg_textclean_is_alpha((unsigned char)s[j]) ||
            vg_textclean_is_digit((unsigned char)s[j])) &&
           (unsigned char)s[j] < 0x80)
        j++;
    if (!known_tag(s + name, j - name))
        return 0;
    if (j < n && !(s[j] == ' ' || s[j] == '>' || s[j] == '/' || s[j] == '"' || s[j] == '\''))
        return 0;
    for (k = j; k < n && k - j < 400; k++) {
        if (s[k] == '<' || s[k] == '\n')
            return 0;
        if (s[k] == '>') {
            k++;
            while (k < n && (s[k] == '>' || (s[k] == '"' && k + 1 < n && s[k + 1] == '>')))
                k++;
            return k;
        }
    }
    return 0;
}

/* Emit one line of text[a..b) into out with tag debris removed. */
static int line_out(const vg_mbuf *text, vg_mbuf *out, size_t a, size_t b)
{
    const char *s = text->buf;
    size_t i = a, start = a;
    int rc = 0;

    while (i < b && !rc) {
        const char *lt = memchr(s + i, '<', b - i);
        size_t t;
        if (!lt)
            break;
        i = (size_t)(lt - s);
        if (!(t = tag_debris(s + i, b - i))) {
            i++;
            continue;
        }
        rc = vg_mbuf_put_from(out, text, start, i);
        if (!rc && out->len && out->buf[out->len - 1] != ' ' && out->buf[out->len - 1] != '\n' &&
            i + t < b && s[i + t] != ' ')
            rc = vg_mbuf_put(out, " ", 1, 0, 0);
        i += t;
        start = i;
    }
    if (!rc)
        rc = vg_mbuf_put_from(out, text, start, b);
    return rc;
}

static size_t trim_end(const vg_mbuf *m, size_t a)
{
    size_t e = m->len;
    while (e > a && m->buf[e - 1] == ' ')
        e--;
    return e;
}

/* a separator standing for the newline before text offset a */
static int put_sep(vg_mbuf *out, const vg_mbuf *text, const char *sep, size_t a)
{
    size_t rs, re;

    vg_mbuf_raw_range(text->spans, text->nspans, text->len, a ? a - 1 : 0, a, &rs, &re);
    return vg_mbuf_put(out, sep, 1, rs, re - rs);
}

int vg_textclean_lines(const vg_mbuf *text, vg_mbuf *out, vg_units *units)
{
    const char *s = text->buf;
    size_t i = 0, n = text->len, ua = 0;
    int open = 0, blank = 1, rc = 0;
    unsigned after_junk = 0;

    while (i < n && !rc) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n, a = i, la;

        while (a < e && s[a] == ' ')
            a++;
        if (a == e) { /* blank line closes the open unit */
            if (open)
                rc = vg_units_push(units, ua, trim_end(out, ua),
                                   (blank ? VG_UF_BLANK : 0) | after_junk, 0);
            if (open)
                after_junk = 0;
            open = 0;
            blank = 1;
            i = e + 1;
            continue;
        }
        /* hard-wrapped prose: join when the open line runs on in lower case */
        if (open && out->len - ua >= 40 &&
            !vg_textclean_ends_sentence(out->buf + ua, out->len - ua) &&
            (unsigned char)s[a] >= 'a' && (unsigned char)s[a] <= 'z') {
            rc = put_sep(out, text, " ", a);
        } else {
            if (open) {
                rc = vg_units_push(units, ua, trim_end(out, ua),
                                   (blank ? VG_UF_BLANK : 0) | after_junk, 0);
                blank = 0;
                after_junk = 0;
            }
            if (!rc && out->len)
                rc = put_sep(out, text, "\n", a);
            ua = out->len;
            open = 1;
        }
        la = out->len;
        if (!rc)
            rc = line_out(text, out, a, e);
        if (!rc) {
            size_t t = trim_end(out, la);
            vg_mbuf_truncate(out, t);
            if (t == la && out->len == ua) { /* nothing left of the line: debris */
                open = 0;
                after_junk = VG_UF_AFTERJUNK;
            }
        }
        i = e + 1;
    }
    if (!rc && open)
        rc = vg_units_push(units, ua, trim_end(out, ua), (blank ? VG_UF_BLANK : 0) | after_junk, 0);
    return rc;
}
