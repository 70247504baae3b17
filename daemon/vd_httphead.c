/*
 * vd_httphead.c - strict HTTP/1.x request-head checker (see vd_httphead.h).
 *
 * One pass over the bytes with a small state machine, one byte at a time,
 * so a verdict on a prefix never changes when more bytes arrive (except
 * from INCOMPLETE): the listener may call it again on a longer peek.
 */
#include "vd_httphead.h"

#include <string.h>

typedef enum {
    S_LEAD,     /* empty lines before the request line */
    S_LEAD_CR,  /* CR of such a line */
    S_METHOD,   /* token */
    S_TARGET,   /* visible ASCII */
    S_VERSION,  /* "HTTP/d.d" */
    S_LINE_CR,  /* CR ending a line: LF must follow */
    S_LINE,     /* start of a header line, or the blank line */
    S_BLANK_CR, /* CR of the blank line */
    S_NAME,     /* field name (token) */
    S_VALUE,    /* field value */
} state;

/* RFC 9110 tchar: visible ASCII except the delimiters "(),/:;<=>?@[\]{} */
static int tchar(unsigned char c)
{
    return c > 0x20 && c < 0x7f && !strchr("\"(),/:;<=>?@[\\]{}", c);
}

static int vchar(unsigned char c)
{
    return c > 0x20 && c < 0x7f;
}

/* field-value bytes: VCHAR, SP, HTAB, obs-text */
static int value_char(unsigned char c)
{
    return c == ' ' || c == '\t' || c >= 0x80 || vchar(c);
}

/* "HTTP/d.d" one byte at a time: k is the position in the version. */
static int version_char(unsigned char c, size_t k)
{
    static const char lit[] = "HTTP/";
    if (k < 5)
        return c == (unsigned char)lit[k];
    if (k == 6)
        return c == '.';
    return k < 8 && c >= '0' && c <= '9';
}

vd_head_status vd_httphead_check(const char *buf, size_t len, size_t max, vd_head *out)
{
    const unsigned char *p = (const unsigned char *)buf;
    size_t n = len < max ? len : max, k = 0, tstart = 0, tlen = 0;
    state s = S_LEAD;
    int in_request_line = 1;
    if (out)
        memset(out, 0, sizeof(*out));
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        switch (s) {
        case S_LEAD:
            if (c == '\r')
                s = S_LEAD_CR;
            else if (c == '\n')
                ;
            else if (tchar(c))
                s = S_METHOD;
            else
                return VD_HEAD_BAD;
            break;
        case S_LEAD_CR:
            if (c != '\n')
                return VD_HEAD_BAD;
            s = S_LEAD;
            break;
        case S_METHOD:
            if (c == ' ') {
                s = S_TARGET;
                tstart = i + 1;
            } else if (!tchar(c)) {
                return VD_HEAD_BAD;
            }
            break;
        case S_TARGET:
            if (c == ' ' && i > tstart) {
                tlen = i - tstart;
                s = S_VERSION;
                k = 0;
            } else if (!vchar(c)) {
                return VD_HEAD_BAD;
            }
            break;
        case S_VERSION:
            if (k == 8 && (c == '\r' || c == '\n')) {
                in_request_line = 0;
                if (out) {
                    out->target_off = tstart;
                    out->target_len = tlen;
                }
                s = c == '\r' ? S_LINE_CR : S_LINE;
            } else if (!version_char(c, k++)) {
                return VD_HEAD_BAD;
            }
            break;
        case S_LINE_CR:
            if (c != '\n')
                return VD_HEAD_BAD;
            s = S_LINE;
            break;
        case S_LINE:
            if (c == '\r') {
                s = S_BLANK_CR;
            } else if (c == '\n') {
                goto done;
            } else if (tchar(c)) {
                s = S_NAME;
            } else {
                return VD_HEAD_BAD; /* includes obs-fold (SP, HTAB) */
            }
            break;
        case S_BLANK_CR:
            if (c != '\n')
                return VD_HEAD_BAD;
            goto done;
        case S_NAME:
            if (c == ':')
                s = S_VALUE;
            else if (!tchar(c))
                return VD_HEAD_BAD;
            break;
        case S_VALUE:
            if (c == '\r')
                s = S_LINE_CR;
            else if (c == '\n')
                s = S_LINE;
            else if (!value_char(c))
                return VD_HEAD_BAD;
            break;
        }
        continue;
    done:
        if (out)
            out->len = i + 1;
        return VD_HEAD_OK;
    }
    if (len < max)
        return VD_HEAD_INCOMPLETE;
    return in_request_line ? VD_HEAD_URI_TOO_LONG : VD_HEAD_TOO_LARGE;
}

int vd_httphead_path_is(const char *buf, const vd_head *h, const char *path)
{
    size_t n = strlen(path);
    if (h->target_len < n || memcmp(buf + h->target_off, path, n) != 0)
        return 0;
    return h->target_len == n || buf[h->target_off + n] == '?';
}
