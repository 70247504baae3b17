/*
 * test_jsonr.c - the single-pass JSON reader: escapes, surrogates, UTF-8,
 * control bytes, numbers, skipped values, depth, duplicates, whitespace,
 * truncation.  Every case that Jansson also decides is checked against it
 * (agree()), so the expectations here are Jansson's, not ours.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vc_jsonr.h"

#define BIG_DEPTH 100000u

static const char *const keys[] = {"id", "text", "html"};
enum { NK = 3 };

/* vc_jsonr_object() on n bytes with fields id/text/html. */
static int parse_n(const char *s, size_t n, unsigned depth, vc_jsonr_field *f)
{
    char err[256];
    for (size_t i = 0; i < NK; i++)
        f[i].key = keys[i];
    int rc = vc_jsonr_object(s, n, depth, f, NK, err, sizeof(err));
    if (rc < 0)
        assert_true(strncmp(err, "JSON", 4) == 0 || rc == VC_JSONR_EDEPTH);
    return rc;
}

static int chk(const char *s, unsigned depth, unsigned flags)
{
    return vc_jsonr_check(s, strlen(s), depth, flags, NULL, 0);
}

static int parse(const char *s, vc_jsonr_field *f)
{
    return parse_n(s, strlen(s), BIG_DEPTH, f);
}

static void free_fields(vc_jsonr_field *f)
{
    for (size_t i = 0; i < NK; i++)
        free(f[i].str);
}

/* Accepted (1) or rejected (0), and Jansson says the same. */
static int agree_n(const char *s, size_t n)
{
    vc_jsonr_field f[NK];
    json_error_t e;
    json_t *o = json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &e);
    int rc = parse_n(s, n, BIG_DEPTH, f);
    assert_int_equal(rc == 0, o != NULL && json_is_object(o));
    for (size_t i = 0; rc == 0 && i < NK; i++) {
        json_t *v = json_object_get(o, keys[i]);
        if (json_is_string(v)) {
            assert_int_equal(f[i].type, VC_JSONR_STRING);
            assert_int_equal(f[i].len, json_string_length(v));
            assert_memory_equal(f[i].str, json_string_value(v), f[i].len + 1);
        } else {
            assert_int_equal(f[i].type, !v                ? VC_JSONR_ABSENT
                                        : json_is_null(v) ? VC_JSONR_NULL
                                                          : VC_JSONR_OTHER);
            assert_null(f[i].str);
        }
    }
    if (rc < 0)
        for (size_t i = 0; i < NK; i++)
            assert_null(f[i].str);
    free_fields(f);
    json_decref(o);
    return rc == 0;
}

static int agree(const char *s)
{
    return agree_n(s, strlen(s));
}

/* {"text":"<body>"} accepted?  body in C notation, raw bytes allowed. */
static int text_ok(const char *body)
{
    char buf[512];
    snprintf(buf, sizeof(buf), "{\"text\":\"%s\"}", body);
    return agree(buf);
}

/* The text field of {"text":"<body>"}; caller frees. */
static char *text_of(const char *body, size_t *len)
{
    char buf[512];
    vc_jsonr_field f[NK];
    snprintf(buf, sizeof(buf), "{\"text\":\"%s\"}", body);
    assert_true(agree(buf));
    assert_int_equal(parse(buf, f), 0);
    *len = f[1].len;
    char *t = f[1].str;
    f[1].str = NULL;
    free_fields(f);
    return t;
}

static void test_escapes(void **state)
{
    (void)state;
    size_t n;
    char *t = text_of("q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0041\\u00e9\\u00E9\\u20ac\\uFFFF", &n);
    const char want[] = "q\" b\\ s/ \b\f\n\r\t A\xc3\xa9\xc3\xa9\xe2\x82\xac\xef\xbf\xbf";
    assert_int_equal(n, sizeof(want) - 1);
    assert_memory_equal(t, want, sizeof(want));
    free(t);
    t = text_of("a\\u0000b", &n); /* NUL allowed in values, kept */
    assert_int_equal(n, 3);
    assert_memory_equal(t, "a\0b", 4);
    free(t);
    t = text_of("plain", &n);
    assert_string_equal(t, "plain");
    free(t);
    static const char *const bad[] = {"\\x", "\\u12", "\\u12g4", "\\U0041", "\\",      "\\u",
                                      "\\'", "\\a",   "\\0",     "\\ ",     "\\u-123", "\\u 123"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
        assert_false(text_ok(bad[i]));
}

static void test_surrogates(void **state)
{
    (void)state;
    size_t n;
    char *t = text_of("\\ud83d\\ude00|\\uD800\\uDC00|\\uDBFF\\uDFFF", &n);
    assert_string_equal(t, "\xf0\x9f\x98\x80|\xf0\x90\x80\x80|\xf4\x8f\xbf\xbf");
    free(t);
    static const char *const bad[] = {
        "\\ud800",        "\\ud800x",        "\\ud800\\n",      "\\ud800\\u0041",  "\\udc00",
        "\\udfff",        "\\udc00\\ud800",  "\\ud800\\ud800",  "\\ud800\\u",      "\\ud800\\udc0",
        "\\ud800\\udcxx", "x\\uDBFF\\uE000", "\\uD800 \\uDC00", "\\ud800\\\\udc00"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
        assert_false(text_ok(bad[i]));
}

static void test_utf8(void **state)
{
    (void)state;
    assert_true(
        text_ok("\xc2\x80 \xdf\xbf \xe0\xa0\x80 \xef\xbf\xbf \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf"));
    assert_true(text_ok("caf\xc3\xa9 \xe2\x80\x99 \xed\x9f\xbf \xee\x80\x80"));
    static const char *const bad[] = {"\xc0\x80",
                                      "\xc1\xbf",
                                      "\xe0\x80\x80",
                                      "\xe0\x9f\xbf",
                                      "\xf0\x80\x80\x80",
                                      "\xf0\x8f\xbf\xbf",
                                      "\xed\xa0\x80",
                                      "\xed\xbf\xbf",
                                      "\xf4\x90\x80\x80",
                                      "\xf5\x80\x80\x80",
                                      "\xf8\x88\x80\x80",
                                      "\xff",
                                      "\xfe",
                                      "\x80",
                                      "\xbf",
                                      "a\xc3",
                                      "\xe2\x82",
                                      "\xf0\x9f\x98",
                                      "\xc3\x28",
                                      "\xe2\x28\xa1",
                                      "\xf0\x9f\x28\x80"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
        assert_false(text_ok(bad[i]));
    /* a truncated sequence at the very end of the input, and outside strings */
    assert_false(agree_n("{\"text\":\"\xc3", 10));
    assert_false(agree("{\"text\":\"x\"}\xc3\xa9"));
    assert_false(agree("{\xc3\xa9\"text\":\"x\"}"));
    /* non-ASCII after a long ASCII run (the 16-byte fast path) */
    assert_true(text_ok("0123456789abcdef0123456789abcdef\xc3\xa9"));
    assert_false(text_ok("0123456789abcdef0123456789abcde\xc3"));
}

static void test_control_bytes(void **state)
{
    (void)state;
    char buf[64];
    for (int c = 1; c < 0x20; c++) {
        snprintf(buf, sizeof(buf), "{\"text\":\"0123456789abcdef01%c\"}", c);
        assert_false(agree(buf));
        snprintf(buf, sizeof(buf), "{\"text\":\"%c\"}", c);
        assert_false(agree(buf));
    }
    assert_false(agree_n("{\"text\":\"a\0b\"}", 14)); /* a raw NUL */
    assert_false(agree_n("{\"text\":\"a\"}\0", 13));
    assert_true(text_ok("del \x7f ok"));
    /* fuzz finding: Jansson's lexer drops one NUL right after a number or a
     * literal and accepted these; a raw NUL is never JSON */
    vc_jsonr_field f[NK];
    json_t *o = json_loadb("{\"a\":3\0,\"text\":\"x\"}", 19, 0, NULL);
    assert_non_null(o);
    json_decref(o);
    assert_int_equal(parse_n("{\"a\":3\0,\"text\":\"x\"}", 19, BIG_DEPTH, f), VC_JSONR_ESYNTAX);
    assert_int_equal(parse_n("{\"a\":true\0}", 11, BIG_DEPTH, f), VC_JSONR_ESYNTAX);
    assert_int_equal(vc_jsonr_check("[1\0]", 4, 8, 0, NULL, 0), VC_JSONR_ESYNTAX);
}

static void test_numbers(void **state)
{
    (void)state;
    static const char *const good[] = {"0",     "-0",      "1",     "-1",      "10",
                                       "0.5",   "-0.5",    "1e5",   "1E5",     "1e+5",
                                       "1e-5",  "1.5e10",  "0e0",   "-0.0e-0", "123456789",
                                       "1E+00", "0.00001", "9.999", "-1e-400"};
    static const char *const bad[] = {"01",    "-01",   "00",  "+1",  "-",        ".5",
                                      "1.",    "1.e5",  "1e",  "1e+", "1e-",      "0x10",
                                      "1.5.5", "--1",   "1 2", "NaN", "Infinity", "-Infinity",
                                      "1_000", "1e5.5", "0-",  "2-1", "1ee5"};
    char buf[64];
    for (size_t i = 0; i < sizeof(good) / sizeof(*good); i++) {
        snprintf(buf, sizeof(buf), "{\"n\":%s,\"text\":\"x\",\"m\":[%s]}", good[i], good[i]);
        assert_true(agree(buf));
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
        snprintf(buf, sizeof(buf), "{\"n\":%s,\"text\":\"x\"}", bad[i]);
        assert_false(agree(buf));
        snprintf(buf, sizeof(buf), "{\"n\":[%s],\"text\":\"x\"}", bad[i]);
        assert_false(agree(buf));
    }
    /* Jansson refused what overflows; the grammar alone accepts it */
    vc_jsonr_field f[NK];
    static const char *const big[] = {"99999999999999999999", "-9223372036854775809", "1e400",
                                      "-1.5e999"};
    for (size_t i = 0; i < sizeof(big) / sizeof(*big); i++) {
        snprintf(buf, sizeof(buf), "{\"n\":%s,\"text\":\"x\"}", big[i]);
        assert_null(json_loads(buf, 0, NULL));
        assert_int_equal(parse(buf, f), 0);
        free_fields(f);
    }
}

static void test_literals_and_types(void **state)
{
    (void)state;
    vc_jsonr_field f[NK];
    assert_true(agree("{\"id\":null,\"text\":true,\"html\":[\"x\"]}"));
    assert_int_equal(parse("{\"id\":null,\"text\":false,\"html\":{\"a\":\"b\"}}", f), 0);
    assert_int_equal(f[0].type, VC_JSONR_NULL);
    assert_int_equal(f[1].type, VC_JSONR_OTHER);
    assert_int_equal(f[2].type, VC_JSONR_OTHER);
    free_fields(f);
    assert_true(agree("{\"id\":0,\"text\":-1.5,\"html\":[]}"));
    static const char *const bad[] = {"nul", "nulll", "True", "NULL", "tru",       "fals",
                                      "t",   "n",     "f",    "nan",  "undefined", "'x'"};
    char buf[64];
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
        snprintf(buf, sizeof(buf), "{\"id\":%s,\"text\":\"x\"}", bad[i]);
        assert_false(agree(buf));
        snprintf(buf, sizeof(buf), "{\"z\":[%s]}", bad[i]);
        assert_false(agree(buf));
    }
}

static void test_nested_unknown(void **state)
{
    (void)state;
    vc_jsonr_field f[NK];
    const char *doc = "{\"events\":[{\"type\":\"coup\",\"where\":{\"lat\":12.5,\"names\":"
                      "[\"a]}\",\"b\\\"[{\",\"\\u00e9\"],\"x\":null}},[],{},[[]],[{}],"
                      "true,false,null,-0.5e3],\"text\":\"body\",\"more\":{\"a\":{\"b\":[1,2,"
                      "{\"c\":\"d\"}]}}}";
    assert_true(agree(doc));
    assert_int_equal(parse(doc, f), 0);
    assert_string_equal(f[1].str, "body");
    free_fields(f);
    static const char *const bad[] = {"{\"a\":[1,],\"text\":\"x\"}",
                                      "{\"a\":[,1],\"text\":\"x\"}",
                                      "{\"a\":{\"b\"},\"text\":\"x\"}",
                                      "{\"a\":{\"b\":},\"text\":\"x\"}",
                                      "{\"a\":{,},\"text\":\"x\"}",
                                      "{\"a\":{\"b\":1,},\"text\":\"x\"}",
                                      "{\"a\":[1 2],\"text\":\"x\"}",
                                      "{\"a\":{\"b\":1 \"c\":2}}",
                                      "{\"a\":[1}],\"text\":\"x\"}",
                                      "{\"a\":{\"b\":1]}",
                                      "{\"a\":{1:2}}",
                                      "{\"a\":[\"x\":1]}",
                                      "{\"a\":{\"b\\u0000\":1}}",
                                      "{\"a\":[{\"\\u0000\":1}]}",
                                      "{\"a\":[\"\\ud800\"]}",
                                      "{\"a\":{\"\\x\":1}}",
                                      "{\"a\":[[[]]}",
                                      "{\"a\":[[[]]]]}"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
        assert_false(agree(bad[i]));
    /* a NUL in a nested string value is fine (JSON_ALLOW_NUL) */
    assert_true(agree("{\"a\":[\"\\u0000\"],\"text\":\"x\"}"));
    /* but a key never holds one, top level included */
    assert_false(agree("{\"te\\u0000xt\":\"x\"}"));
}

/* n nested arrays in "a", then a scalar (or nothing) inside. */
static char *nested(unsigned n, const char *inner)
{
    size_t il = strlen(inner), len = 7 + 2 * (size_t)n + il + 1;
    char *s = malloc(len + 1), *p = s;
    p += sprintf(p, "{\"a\":");
    for (unsigned i = 0; i < n; i++)
        *p++ = '[';
    p += sprintf(p, "%s", inner);
    for (unsigned i = 0; i < n; i++)
        *p++ = ']';
    sprintf(p, "}");
    return s;
}

static void test_depth(void **state)
{
    (void)state;
    vc_jsonr_field f[NK];
    char *s = nested(7, "1"); /* object + 7 arrays = depth 8 */
    assert_int_equal(parse_n(s, strlen(s), 8, f), 0);
    assert_int_equal(parse_n(s, strlen(s), 7, f), VC_JSONR_EDEPTH);
    assert_int_equal(vc_jsonr_check(s, strlen(s), 8, 0, NULL, 0), 0);
    assert_int_equal(vc_jsonr_check(s, strlen(s), 7, 0, NULL, 0), VC_JSONR_EDEPTH);
    free(s);
    assert_int_equal(parse_n("{}", 2, 1, f), 0);
    assert_int_equal(parse_n("{}", 2, 0, f), VC_JSONR_EDEPTH);
    assert_int_equal(parse_n("{\"a\":{}}", 8, 1, f), VC_JSONR_EDEPTH);
    assert_int_equal(parse_n("{\"a\":{}}", 8, 2, f), 0);
    /* the limit is met before the syntax error behind it */
    assert_int_equal(parse_n("{\"a\":[[[[x", 10, 3, f), VC_JSONR_EDEPTH);
    /* Jansson's own cap: 2048 levels, a scalar one level below its container */
    s = nested(2047, "");
    assert_true(agree(s));
    free(s);
    s = nested(2046, "1");
    assert_true(agree(s));
    free(s);
    s = nested(2047, "1");
    assert_false(agree(s));
    free(s);
    s = nested(2048, "");
    assert_false(agree(s));
    free(s);
    /* a hostile depth stops at the limit, whatever follows */
    s = nested(1000000, "");
    assert_int_equal(parse_n(s, strlen(s), 32, f), VC_JSONR_EDEPTH);
    free(s);
}

static void test_duplicates(void **state)
{
    (void)state;
    vc_jsonr_field f[NK];
    assert_false(agree("{\"text\":\"x\",\"text\":\"y\"}"));
    assert_false(agree("{\"a\":1,\"text\":\"x\",\"a\":2}"));
    assert_false(agree("{\"text\":\"x\",\"t\\u0065xt\":\"y\"}")); /* same key once unescaped */
    assert_false(agree("{\"\\u00e9\":1,\"\xc3\xa9\":2,\"text\":\"x\"}"));
    assert_false(agree("{\"\":1,\"\":2}"));
    assert_true(agree("{\"a\":1,\"A\":2,\"a \":3,\"text\":\"x\"}"));
    /* many keys: the sorted check, with and without a duplicate */
    char buf[8192], *p = buf;
    p += sprintf(p, "{");
    for (int i = 0; i < 300; i++)
        p += sprintf(p, "\"k%d\":%d,", (i * 7919) % 300, i);
    sprintf(p, "\"text\":\"x\"}");
    assert_true(agree(buf));
    sprintf(p, "\"k\\u0031\":1,\"text\":\"x\"}"); /* "k1" again, escaped */
    assert_false(agree(buf));
    /* nested duplicates are not looked for (Jansson rejected them) */
    assert_int_equal(parse("{\"a\":{\"k\":1,\"k\":2},\"text\":\"x\"}", f), 0);
    free_fields(f);
    assert_int_equal(chk("{\"k\":1,\"k\":2}", 8, 0), 0);
    /* fuzz finding (in the harness): the depth is the text's, even where a
     * later duplicate replaced the deeper value in Jansson's tree */
    assert_int_equal(chk("{\"u\":[[[0]]],\"u\":[]}", 4, 0), 0);
    assert_int_equal(chk("{\"u\":[[[0]]],\"u\":[]}", 3, 0), VC_JSONR_EDEPTH);
    assert_false(agree("{\"id\":\"n\",\"url\":[[[0]]],\"text\":\"\\u0000\",\"url\":[],"
                       "\"text\":\"\\u0000l\"}"));
}

static void test_whitespace(void **state)
{
    (void)state;
    vc_jsonr_field f[NK];
    const char *doc = " \t\r\n{ \t\r\n\"id\" \t\r\n: \t\r\n\"a\" \t\r\n, \t\r\n\"z\" : [ 1 , "
                      "{ \"b\" : null } , [ ] ] \t\r\n, \"text\":\"x\"\n} \t\r\n";
    assert_true(agree(doc));
    assert_int_equal(parse(doc, f), 0);
    assert_string_equal(f[0].str, "a");
    free_fields(f);
    assert_true(agree("{ }"));
    assert_false(agree("\v{\"text\":\"x\"}"));
    assert_false(agree("{\f\"text\":\"x\"}"));
    assert_false(agree("{\"text\":\"x\"}\v"));
    assert_false(agree("{\"text\"\xc2\xa0:\"x\"}"));     /* no-break space */
    assert_false(agree("\xef\xbb\xbf{\"text\":\"x\"}")); /* BOM */
}

static void test_trailing_and_top_level(void **state)
{
    (void)state;
    static const char *const bad[] = {"{\"text\":\"x\"}x",
                                      "{\"text\":\"x\"}}",
                                      "{\"text\":\"x\"},",
                                      "{\"text\":\"x\"} {}",
                                      "{\"text\":\"x\"}[]",
                                      "{\"text\":\"x\"} 1",
                                      "[]",
                                      "\"x\"",
                                      "1",
                                      "null",
                                      "",
                                      "   ",
                                      "{\"text\" \"x\"}",
                                      "{\"text\":\"x\";}",
                                      "{'text':'x'}",
                                      "{text:\"x\"}"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
        assert_false(agree(bad[i]));
    assert_int_equal(chk("[1,{\"a\":[]}] ", 8, 0), 0);
    assert_int_equal(chk("[1] x", 8, 0), VC_JSONR_ESYNTAX);
    assert_int_equal(chk("1", 8, 0), VC_JSONR_ESYNTAX);
    assert_int_equal(chk("[\"\\u0000\"]", 8, 0), 0);
    assert_int_equal(chk("[\"\\u0000\"]", 8, VC_JSONR_NO_NUL), VC_JSONR_ESYNTAX);
    assert_int_equal(chk("[{\"\\u0000\":1}]", 8, 0), VC_JSONR_ESYNTAX);
}

static void test_truncated(void **state)
{
    (void)state;
    const char *doc = "{\"id\":\"a\\u00e9\\ud83d\\ude00\",\"n\":[-1.5e+3,0,true,false,null,"
                      "{\"k\":\"v\"}],\"text\":\"caf\xc3\xa9 \xe2\x80\x99\\n\"}";
    size_t n = strlen(doc);
    vc_jsonr_field f[NK];
    assert_true(agree(doc));
    for (size_t i = 0; i < n; i++) {
        assert_false(agree_n(doc, i));
        assert_int_equal(parse_n(doc, i, BIG_DEPTH, f), VC_JSONR_ESYNTAX);
        assert_int_not_equal(vc_jsonr_check(doc, i, BIG_DEPTH, 0, NULL, 0), 0);
    }
}

static void test_empty_object(void **state)
{
    (void)state;
    vc_jsonr_field f[NK];
    assert_int_equal(parse("{}", f), 0);
    for (size_t i = 0; i < NK; i++) {
        assert_int_equal(f[i].type, VC_JSONR_ABSENT);
        assert_null(f[i].str);
    }
    assert_true(agree("{}"));
    assert_int_equal(vc_jsonr_object("{}", 2, 4, NULL, 0, NULL, 0), 0);
    assert_int_equal(vc_jsonr_object("{\"x\":1}", 7, 4, NULL, 0, NULL, 0), 0);
}

static void test_long_strings(void **state)
{
    (void)state;
    /* escapes and non-ASCII around the 16-byte boundaries of the fast path */
    char buf[4096];
    for (size_t at = 0; at < 40; at++) {
        size_t p = (size_t)sprintf(buf, "{\"text\":\"");
        for (size_t i = 0; i < at; i++)
            buf[p++] = (char)('a' + i % 26);
        p += (size_t)sprintf(buf + p, "\\n\xc3\xa9\\u00e9\\\"\\\\%s\"}",
                             at & 1 ? "\xe2\x80\x99" : "");
        assert_true(agree_n(buf, p));
        buf[p - 2] = '\x01';
        assert_false(agree_n(buf, p));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_surrogates),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_control_bytes),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_literals_and_types),
        cmocka_unit_test(test_nested_unknown),
        cmocka_unit_test(test_depth),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_whitespace),
        cmocka_unit_test(test_trailing_and_top_level),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_empty_object),
        cmocka_unit_test(test_long_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
