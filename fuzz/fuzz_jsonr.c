/*
 * fuzz_jsonr.c - differential libFuzzer harness: the vc_jsonr reader and the
 * envelope decoder built on it, checked against Jansson 2.14, the parser
 * they replaced.  For every input it asserts (abort) that both accept or
 * both reject, that the kept fields are byte-identical, that the nesting
 * limit falls exactly where the containers are, and that the envelope gets
 * the error class the Jansson-based decoder gave.
 *
 * The documented differences are resolved, not ignored: a duplicate key
 * makes Jansson parse again without JSON_REJECT_DUPLICATES, and the input
 * counts as a top-level duplicate (which vc_jsonr must reject) only when the
 * object has fewer keys than its text writes at depth 1; an input Jansson
 * refuses for number overflow is skipped; an input holding a raw NUL byte
 * (never valid JSON, but Jansson drops one right after a number or literal)
 * must be rejected, whatever Jansson says.  No knowledge base is needed, so
 * it runs far faster than fuzz_envelope.
 */
#include <ctype.h>
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vc_envelope.h"
#include "vc_jsonr.h"

#define ENV_DEPTH 16
#define NKEYS 8
#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "fuzz_jsonr: %s:%d: check failed: %s\n", __FILE__, __LINE__, #c);      \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const keys[NKEYS] = {"id",        "url",  "source", "title",
                                        "published", "lang", "text",   "html"};

/* One pass over the raw bytes, strings skipped: the deepest bracket nesting
 * (the old decoder's depth pre-scan: brackets outside strings, whatever the
 * syntax - it decided EDEPTH before Jansson saw the message; exact on valid
 * JSON, unlike the depth of Jansson's tree, where a duplicate key may have
 * replaced a deeper value), and in *top_keys the keys written at the top
 * level of an object (meaningful for valid JSON). */
static unsigned raw_scan(const uint8_t *s, size_t n, size_t *top_keys)
{
    unsigned d = 0, top = 0;
    size_t keys_seen = 0;
    int in_str = 0;
    for (size_t i = 0; i < n; i++) {
        if (in_str) {
            if (s[i] == '\\')
                i++;
            else if (s[i] == '"')
                in_str = 0;
        } else if (s[i] == '"') {
            in_str = 1;
        } else if (s[i] == '{' || s[i] == '[') {
            if (++d > top)
                top = d;
        } else if ((s[i] == '}' || s[i] == ']') && d) {
            d--;
        } else if (s[i] == ':' && d == 1) {
            keys_seen++;
        }
    }
    if (top_keys)
        *top_keys = keys_seen;
    return top;
}

static unsigned prescan_depth(const uint8_t *s, size_t n)
{
    return raw_scan(s, n, NULL);
}

static size_t raw_top_keys(const uint8_t *s, size_t n)
{
    size_t k;
    raw_scan(s, n, &k);
    return k;
}

/* Jansson's verdict, documented differences resolved: the tree (caller
 * frees) or NULL for a reject; *skip set for number overflow. */
static json_t *reference(const uint8_t *d, size_t n, size_t flags, int *skip)
{
    json_error_t e;
    *skip = 0;
    if (memchr(d, 0, n))
        return NULL; /* a raw NUL: not JSON (Jansson could drop it) */
    json_t *o = json_loadb((const char *)d, n, flags, &e);
    if (!o && json_error_code(&e) == json_error_duplicate_key) {
        o = json_loadb((const char *)d, n, flags & ~(size_t)JSON_REJECT_DUPLICATES, &e);
        if (o && json_is_object(o) && raw_top_keys(d, n) != json_object_size(o)) {
            json_decref(o); /* a top-level duplicate: rejected by both */
            return NULL;
        }
    }
    if (!o && json_error_code(&e) == json_error_numeric_overflow)
        *skip = 1;
    return o;
}

static void check_field(json_t *o, const vc_jsonr_field *f)
{
    json_t *v = json_object_get(o, f->key);
    if (!v) {
        CHECK(f->type == VC_JSONR_ABSENT && !f->str);
    } else if (json_is_null(v)) {
        CHECK(f->type == VC_JSONR_NULL && !f->str);
    } else if (json_is_string(v)) {
        CHECK(f->type == VC_JSONR_STRING && f->str);
        CHECK(f->len == json_string_length(v));
        CHECK(memcmp(f->str, json_string_value(v), f->len + 1) == 0);
    } else {
        CHECK(f->type == VC_JSONR_OTHER && !f->str);
    }
}

/* The reader itself, no nesting limit of its own. */
static void check_reader(const uint8_t *d, size_t n)
{
    vc_jsonr_field f[NKEYS];
    char err[256];
    int skip;
    json_t *o = reference(d, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &skip);
    for (size_t i = 0; i < NKEYS; i++)
        f[i].key = keys[i];
    int rc = vc_jsonr_object((const char *)d, n, 1u << 30, f, NKEYS, err, sizeof(err));
    if (!skip) {
        CHECK((rc == 0) == (o && json_is_object(o)));
        CHECK(rc == 0 || rc == VC_JSONR_ESYNTAX);
        for (size_t i = 0; rc == 0 && i < NKEYS; i++)
            check_field(o, &f[i]);
    }
    for (size_t i = 0; i < NKEYS; i++)
        free(f[i].str);
    json_decref(o);
}

/* Validation only, with and without NUL, and the exact depth limit. */
static void check_validator(const uint8_t *d, size_t n, unsigned flags, size_t jflags)
{
    int skip;
    json_t *o = reference(d, n, jflags, &skip);
    int rc = vc_jsonr_check((const char *)d, n, 1u << 30, flags, NULL, 0);
    if (!skip)
        CHECK((rc == 0) == (o != NULL));
    if (o) {
        unsigned depth = prescan_depth(d, n);
        CHECK(vc_jsonr_check((const char *)d, n, depth, flags, NULL, 0) == 0);
        CHECK(vc_jsonr_check((const char *)d, n, depth - 1, flags, NULL, 0) == VC_JSONR_EDEPTH);
    }
    json_decref(o);
}

static int opt_str_equal(const char *got, json_t *v)
{
    if (!v || json_is_null(v))
        return got == NULL;
    return got && strcmp(got, json_string_value(v)) == 0;
}

/* What the Jansson-based decoder answered for a '{' message. */
static int expected_object(json_t *o, const uint8_t *d, size_t n)
{
    if (!o)
        return prescan_depth(d, n) > ENV_DEPTH ? VC_ENV_EDEPTH : VC_ENV_EJSON;
    if (prescan_depth(d, n) > ENV_DEPTH)
        return VC_ENV_EDEPTH;
    for (size_t i = 0; i < NKEYS; i++) {
        json_t *v = json_object_get(o, keys[i]);
        if (v && !json_is_null(v) && !json_is_string(v))
            return VC_ENV_ETYPE;
    }
    json_t *b = json_object_get(o, "text");
    if (!json_is_string(b))
        b = json_object_get(o, "html");
    if (!json_is_string(b))
        return VC_ENV_ENOBODY;
    return memchr(json_string_value(b), 0, json_string_length(b)) ? VC_ENV_EBINARY : 0;
}

static void check_object_envelope(const vc_envelope *env, int rc, json_t *o, const uint8_t *d,
                                  size_t n)
{
    CHECK(rc == expected_object(o, d, n));
    if (rc < 0)
        return;
    json_t *text = json_object_get(o, "text"), *id = json_object_get(o, "id");
    json_t *b = json_is_string(text) ? text : json_object_get(o, "html");
    CHECK(env->is_json == 1 && env->is_html == (b != text));
    CHECK(env->body_len == json_string_length(b));
    CHECK(memcmp(env->body, json_string_value(b), env->body_len + 1) == 0);
    CHECK(opt_str_equal(env->url, json_object_get(o, "url")));
    CHECK(opt_str_equal(env->source, json_object_get(o, "source")));
    CHECK(opt_str_equal(env->title, json_object_get(o, "title")));
    CHECK(opt_str_equal(env->lang, json_object_get(o, "lang")));
    if (json_is_string(id) && json_string_value(id)[0])
        CHECK(strcmp(env->id, json_string_value(id)) == 0);
    else
        CHECK(strncmp(env->id, "h:", 2) == 0);
    json_t *pub = json_object_get(o, "published");
    if (env->published)
        CHECK(json_is_string(pub) && strncmp(env->published, json_string_value(pub), 10) == 0);
}

/* The whole decoder against what it answered before vc_jsonr. */
static void check_envelope(const uint8_t *d, size_t n)
{
    vc_envelope_limits lim = {1 << 20, ENV_DEPTH};
    vc_envelope env;
    char err[256];
    size_t i = 0;
    int skip, rc = vc_envelope_decode((const char *)d, n, &lim, &env, err, sizeof(err));
    while (i < n && isspace(d[i]))
        i++;
    if (i < n && d[i] == '{') {
        json_t *o = reference(d, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &skip);
        if (!skip)
            check_object_envelope(&env, rc, o, d, n);
        json_decref(o);
    } else if (i < n && d[i] == '[') {
        json_t *a = reference(d, n, 0, &skip);
        if (!skip && a && prescan_depth(d, n) <= ENV_DEPTH)
            CHECK(rc == VC_ENV_ETYPE);
        else if (!skip)
            CHECK(rc == (memchr(d, 0, n) ? VC_ENV_EBINARY : 0));
        if (!skip && rc == 0)
            CHECK(!env.is_json && env.body_len == n && memcmp(env.body, d, n) == 0);
        json_decref(a);
    }
    if (rc == 0)
        vc_envelope_free(&env);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check_reader(data, size);
    check_validator(data, size, 0, JSON_ALLOW_NUL);
    check_validator(data, size, VC_JSONR_NO_NUL, 0);
    check_envelope(data, size);
    return 0;
}
