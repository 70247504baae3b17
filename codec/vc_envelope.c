/*
 * vc_envelope.c - input envelope decoding (see vc_envelope.h).
 *
 * Jansson parses with its own compile-time depth limit (2048), far above what
 * an article needs, so nesting is checked first by a linear pre-scan that
 * knows JSON strings: a hostile message of a million '[' is rejected before
 * any allocation.  Field types are checked strictly: a wrong type is an error
 * (dead-lettered), an unknown field is ignored.
 */
#include "vc_envelope.h"
#include "vigil.h"

#include <ctype.h>
#include <jansson.h>
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

/* Maximum nesting of arrays/objects, strings skipped; stops early past max. */
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

/* Optional string field: absent or null -> NULL; other non-string -> error. */
static int get_str(json_t *o, const char *key, char **out, char *err, size_t errlen)
{
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v)) {
        snprintf(err, errlen, "field \"%s\" must be a string", key);
        return VC_ENV_ETYPE;
    }
    *out = dupn(json_string_value(v), json_string_length(v));
    return *out ? 0 : VC_ENV_ENOMEM;
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

static int decode_json(const char *buf, size_t len, vc_envelope *out, char *err, size_t errlen)
{
    json_error_t jerr;
    int rc = VC_ENV_ETYPE;
    json_t *o = json_loadb(buf, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!o) {
        snprintf(err, errlen, "JSON error at line %d column %d: %s", jerr.line, jerr.column,
                 jerr.text);
        return VC_ENV_EJSON;
    }
    if (!json_is_object(o)) {
        snprintf(err, errlen, "envelope must be a JSON object");
        goto fail;
    }
    static const char *const keys[] = {"id", "url", "source", "title", "published", "lang"};
    char **dst[] = {&out->id, &out->url, &out->source, &out->title, &out->published, &out->lang};
    for (size_t i = 0; i < 6; i++)
        if ((rc = get_str(o, keys[i], dst[i], err, errlen)) < 0)
            goto fail;
    char *html = NULL;
    if ((rc = get_str(o, "text", &out->body, err, errlen)) < 0 ||
        (rc = get_str(o, "html", &html, err, errlen)) < 0)
        goto fail;
    if (!out->body && html) {
        out->body = html;
        out->is_html = 1;
        html = NULL;
    }
    free(html);
    if (!out->body) {
        snprintf(err, errlen, "envelope has neither \"text\" nor \"html\"");
        rc = VC_ENV_ENOBODY;
        goto fail;
    }
    out->body_len = strlen(out->body);
    if (out->body_len != json_string_length(json_object_get(o, out->is_html ? "html" : "text"))) {
        snprintf(err, errlen, "article body contains NUL bytes");
        rc = VC_ENV_EBINARY;
        goto fail;
    }
    out->is_json = 1;
    json_decref(o);
    return 0;
fail:
    json_decref(o);
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
    if (buf[i] == '[' && json_depth(buf, len, lim->max_depth) <= lim->max_depth) {
        json_t *a = json_loadb(buf, len, 0, NULL);
        if (a) { /* valid JSON, but not an envelope object */
            json_decref(a);
            snprintf(err, errlen, "envelope must be a JSON object, not an array");
            return VC_ENV_ETYPE;
        }
    }
    if (buf[i] == '{') {
        unsigned d = json_depth(buf, len, lim->max_depth);
        if (d > lim->max_depth) {
            snprintf(err, errlen, "JSON nesting exceeds the limit of %u", lim->max_depth);
            return VC_ENV_EDEPTH;
        }
        rc = decode_json(buf, len, out, err, errlen);
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
