/*
 * vc_envelope.c - input envelope decoding (see vc_envelope.h).
 *
 * JSON envelopes are read by vc_jsonr, a strict single-pass reader that
 * copies out only the eight known fields (Jansson's tree and copies were a
 * fifth of the per-article CPU); it accepts what Jansson accepted, with the
 * differences vc_jsonr.h lists.  It enforces the nesting limit as it goes,
 * without recursion, so a hostile message of a million '[' costs one short
 * scan and no allocation.  The error classes keep the order they had:
 * nesting beats malformed JSON (a message that fails to parse is scanned
 * once more for its depth), which beats field types, then no body, then
 * NUL bytes.  Field types are checked strictly: a wrong type is an error
 * (dead-lettered), an unknown field is ignored.
 */
#include "vc_envelope.h"
#include "vc_jsonr.h"
#include "vigil.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *vc_envelope_strerror(int err)
{
    switch (err) {
    case VC_ENV_EEMPTY:
        return "empty";
    case VC_ENV_ETOOBIG:
        return "too_big";
    case VC_ENV_EDEPTH:
        return "too_deep";
    case VC_ENV_EJSON:
        return "malformed_json";
    case VC_ENV_ETYPE:
        return "wrong_type";
    case VC_ENV_ENOBODY:
        return "no_body";
    case VC_ENV_EBINARY:
        return "not_text";
    case VC_ENV_ENOMEM:
        return "out_of_memory";
    default:
        return vg_strerror(err);
    }
}

void vc_envelope_free(vc_envelope *env)
{
    if (!env)
        return;
    free(env->id);
    free(env->url);
    free(env->source);
    free(env->title);
    free(env->published);
    free(env->lang);
    free(env->body);
    memset(env, 0, sizeof(*env));
}

/* Maximum nesting of arrays/objects, strings skipped; stops early past max.
 * Only for messages that failed to parse: it tells a too-deep one from a
 * malformed one the way the classes were always ordered. */
static unsigned json_depth(const char *s, size_t len, unsigned max)
{
    unsigned d = 0, top = 0;
    int in_str = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '{' || c == '[') {
            if (++d > top && (top = d) > max)
                return top;
        } else if ((c == '}' || c == ']') && d) {
            d--;
        }
    }
    return top;
}

int vc_looks_like_html(const char *s, size_t len)
{
    size_t n = len < 4096 ? len : 4096, i = 0, tags = 0;
    while (i < n && isspace((unsigned char)s[i]))
        i++;
    if (n - i >= 5 && (strncasecmp(s + i, "<!doc", 5) == 0 || strncasecmp(s + i, "<html", 5) == 0))
        return 1;
    for (; i + 5 < n; i++) {
        if (s[i] != '<')
            continue;
        if (strncasecmp(s + i + 1, "html", 4) == 0 || strncasecmp(s + i + 1, "head", 4) == 0 ||
            strncasecmp(s + i + 1, "body", 4) == 0)
            return 1;
        if (isalpha((unsigned char)s[i + 1]))
            tags++;
    }
    return tags >= 8;
}

static char *dupn(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

static int valid_date(const char *p)
{
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (p[i] != '-')
                return 0;
        } else if (!isdigit((unsigned char)p[i])) {
            return 0;
        }
    }
    int m = (p[5] - '0') * 10 + (p[6] - '0'), d = (p[8] - '0') * 10 + (p[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Keep "YYYY-MM-DD" from a date or RFC 3339 timestamp; drop anything else. */
static void normalise_published(vc_envelope *env)
{
    char *p = env->published;
    if (!p)
        return;
    size_t n = strlen(p);
    if (n >= 10 && valid_date(p) && (n == 10 || p[10] == 'T' || p[10] == 't' || p[10] == ' ')) {
        p[10] = 0;
        return;
    }
    env->bad_published = 1;
    free(p);
    env->published = NULL;
}

static void derive_id(vc_envelope *env)
{
    char buf[24];
    uint64_t h = vg_hash64(env->body, env->body_len, 0x61727469u);
    snprintf(buf, sizeof(buf), "h:%016llx", (unsigned long long)h);
    env->id = strdup(buf);
}

enum { F_ID, F_URL, F_SOURCE, F_TITLE, F_PUBLISHED, F_LANG, F_TEXT, F_HTML, F_N };

static const char *const field_keys[F_N] = {"id",        "url",  "source", "title",
                                            "published", "lang", "text",   "html"};

static int depth_error(const vc_envelope_limits *lim, char *err, size_t errlen)
{
    snprintf(err, errlen, "JSON nesting exceeds the limit of %u", lim->max_depth);
    return VC_ENV_EDEPTH;
}

/* A parse error: malformed JSON, too deep, or out of memory. */
static int parse_error(int rc, const char *buf, size_t len, const vc_envelope_limits *lim,
                       char *err, size_t errlen)
{
    if (rc == VC_JSONR_ENOMEM)
        return VC_ENV_ENOMEM;
    if (rc == VC_JSONR_EDEPTH || json_depth(buf, len, lim->max_depth) > lim->max_depth)
        return depth_error(lim, err, errlen);
    return VC_ENV_EJSON;
}

/* Known fields: absent or null -> NULL; another non-string -> error, the
 * first in field_keys order named. */
static int take_fields(vc_jsonr_field *f, vc_envelope *out, char *err, size_t errlen)
{
    char **dst[] = {&out->id, &out->url, &out->source, &out->title, &out->published, &out->lang};
    for (size_t i = 0; i < F_N; i++)
        if (f[i].type == VC_JSONR_OTHER) {
            snprintf(err, errlen, "field \"%s\" must be a string", f[i].key);
            return VC_ENV_ETYPE;
        }
    for (size_t i = 0; i < F_TEXT; i++) {
        *dst[i] = f[i].str;
        f[i].str = NULL;
    }
    int k = f[F_TEXT].str ? F_TEXT : F_HTML;
    if (!f[k].str) {
        snprintf(err, errlen, "envelope has neither \"text\" nor \"html\"");
        return VC_ENV_ENOBODY;
    }
    out->body = f[k].str;
    out->body_len = f[k].len;
    out->is_html = k == F_HTML;
    f[k].str = NULL;
    if (memchr(out->body, 0, out->body_len)) {
        snprintf(err, errlen, "article body contains NUL bytes");
        return VC_ENV_EBINARY;
    }
    return 0;
}

static int decode_json(const char *buf, size_t len, const vc_envelope_limits *lim, vc_envelope *out,
                       char *err, size_t errlen)
{
    vc_jsonr_field f[F_N];
    for (size_t i = 0; i < F_N; i++)
        f[i].key = field_keys[i];
    int rc = vc_jsonr_object(buf, len, lim->max_depth, f, F_N, err, errlen);
    if (rc < 0)
        return parse_error(rc, buf, len, lim, err, errlen);
    rc = take_fields(f, out, err, errlen);
    for (size_t i = 0; i < F_N; i++)
        free(f[i].str);
    if (rc == 0)
        out->is_json = 1;
    return rc;
}

static int decode_raw(const char *buf, size_t len, vc_envelope *out, char *err, size_t errlen)
{
    if (memchr(buf, 0, len)) {
        snprintf(err, errlen, "payload contains NUL bytes");
        return VC_ENV_EBINARY;
    }
    out->body = dupn(buf, len);
    if (!out->body)
        return VC_ENV_ENOMEM;
    out->body_len = len;
    out->is_html = vc_looks_like_html(buf, len);
    return 0;
}

int vc_envelope_decode(const char *buf, size_t len, const vc_envelope_limits *lim, vc_envelope *out,
                       char *err, size_t errlen)
{
    int rc;
    size_t i = 0;
    memset(out, 0, sizeof(*out));
    err[0] = 0;
    while (i < len && isspace((unsigned char)buf[i]))
        i++;
    if (i == len) {
        snprintf(err, errlen, "empty message");
        return VC_ENV_EEMPTY;
    }
    if (len > lim->max_bytes) {
        snprintf(err, errlen, "message of %zu bytes exceeds the limit of %zu", len, lim->max_bytes);
        return VC_ENV_ETOOBIG;
    }
    /* valid JSON (as Jansson without flags took it), but not an envelope
     * object; an array that is not JSON, or too deep, is an article */
    if (buf[i] == '[' && vc_jsonr_check(buf, len, lim->max_depth, VC_JSONR_NO_NUL, NULL, 0) == 0) {
        snprintf(err, errlen, "envelope must be a JSON object, not an array");
        return VC_ENV_ETYPE;
    }
    if (buf[i] == '{') {
        rc = decode_json(buf, len, lim, out, err, errlen);
    } else {
        rc = decode_raw(buf, len, out, err, errlen);
    }
    if (rc < 0)
        goto fail;
    normalise_published(out);
    if (!out->id || !out->id[0]) {
        free(out->id);
        derive_id(out);
        if (!out->id) {
            rc = VC_ENV_ENOMEM;
            goto fail;
        }
    }
    return 0;
fail:
    if (rc == VC_ENV_ENOMEM)
        snprintf(err, errlen, "out of memory");
    vc_envelope_free(out);
    return rc;
}
