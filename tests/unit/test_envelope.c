/*
 * test_envelope.c - input envelope decoding: JSON and raw payloads, field
 * types, nesting limit, id derivation, publication dates, error classes and
 * their precedence (as they were with Jansson; test_jsonr.c tests the reader).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "vc_envelope.h"

static const vc_envelope_limits lim = {1 << 20, 8};

static int decode(const char *s, vc_envelope *env)
{
    char err[256];
    return vc_envelope_decode(s, strlen(s), &lim, env, err, sizeof(err));
}

static void test_json_envelope(void **state)
{
    (void)state;
    vc_envelope env;
    assert_int_equal(decode("{\"id\":\"a1\",\"url\":\"https://x.example/1\",\"lang\":\"fr\","
                            "\"published\":\"2025-05-16T08:30:00Z\",\"text\":\"Bonjour.\","
                            "\"events\":[{\"type\":\"coup\"}]}",
                            &env),
                     0);
    assert_string_equal(env.id, "a1");
    assert_string_equal(env.published, "2025-05-16");
    assert_string_equal(env.lang, "fr");
    assert_string_equal(env.body, "Bonjour.");
    assert_int_equal(env.is_html, 0);
    assert_int_equal(env.is_json, 1);
    vc_envelope_free(&env);
    assert_int_equal(decode("{\"html\":\"<html><body><p>Hi</p></body></html>\"}", &env), 0);
    assert_int_equal(env.is_html, 1);
    assert_true(strncmp(env.id, "h:", 2) == 0);
    vc_envelope_free(&env);
}

static void test_raw_payloads(void **state)
{
    (void)state;
    vc_envelope a, b;
    assert_int_equal(decode("Soldiers were killed near Djibo on Sunday.", &a), 0);
    assert_int_equal(decode("Soldiers were killed near Djibo on Sunday.", &b), 0);
    assert_string_equal(a.id, b.id); /* stable derived id */
    assert_int_equal(a.is_json, 0);
    vc_envelope_free(&a);
    vc_envelope_free(&b);
    assert_int_equal(decode("<!DOCTYPE html><html><p>x</p></html>", &a), 0);
    assert_int_equal(a.is_html, 1);
    vc_envelope_free(&a);
}

static void test_errors(void **state)
{
    (void)state;
    vc_envelope env;
    assert_int_equal(decode("   ", &env), VC_ENV_EEMPTY);
    assert_int_equal(decode("{\"text\": \"unterminated", &env), VC_ENV_EJSON);
    assert_int_equal(decode("{\"id\": 5, \"text\": \"x\"}", &env), VC_ENV_ETYPE);
    assert_int_equal(decode("{\"text\": [\"x\"]}", &env), VC_ENV_ETYPE);
    assert_int_equal(decode("{\"title\": \"no body\"}", &env), VC_ENV_ENOBODY);
    assert_int_equal(decode("[{\"text\": \"x\"}]", &env), VC_ENV_ETYPE);
    assert_int_equal(decode("[not json] is text", &env), 0); /* taken as the article */
    vc_envelope_free(&env);
    assert_int_equal(decode("{\"a\":[[[[[[[[[[1]]]]]]]]]], \"text\":\"x\"}", &env), VC_ENV_EDEPTH);
    /* brackets inside strings do not count towards depth */
    assert_int_equal(decode("{\"text\":\"[[[[[[[[[[[[[[[[[[\"}", &env), 0);
    vc_envelope_free(&env);
    assert_int_equal(decode("{\"text\":\"a\\u0000b\"}", &env), VC_ENV_EBINARY);
    char raw[] = "abc\0def";
    char err[128];
    assert_int_equal(vc_envelope_decode(raw, 7, &lim, &env, err, sizeof(err)), VC_ENV_EBINARY);
    char *big = malloc((1 << 20) + 2);
    memset(big, 'a', (1 << 20) + 1);
    big[(1 << 20) + 1] = 0;
    assert_int_equal(decode(big, &env), VC_ENV_ETOOBIG);
    free(big);
    assert_string_equal(vc_envelope_strerror(VC_ENV_EDEPTH), "too_deep");
    vc_envelope_free(NULL);
}

static void test_bad_published_is_dropped(void **state)
{
    (void)state;
    vc_envelope env;
    assert_int_equal(decode("{\"published\":\"Tuesday\",\"text\":\"x\"}", &env), 0);
    assert_null(env.published);
    assert_int_equal(env.bad_published, 1);
    vc_envelope_free(&env);
    assert_int_equal(decode("{\"published\":\"2024-13-01\",\"text\":\"x\"}", &env), 0);
    assert_null(env.published);
    vc_envelope_free(&env);
}

static int decode_n(const char *s, size_t n, vc_envelope *env, char *err)
{
    return vc_envelope_decode(s, n, &lim, env, err, 256);
}

static void test_fields_unescaped(void **state)
{
    (void)state;
    vc_envelope env;
    assert_int_equal(
        decode("{\"title\":\"Caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" a\\/b\\\\\","
               "\"source\":\"\\u0041FP\",\"url\":null,\"lang\":\"fr\",\"text\":\"l1\\nl2\\t\"}",
               &env),
        0);
    assert_string_equal(env.title, "Caf\xc3\xa9 \xf0\x9f\x98\x80 \"q\" a/b\\");
    assert_string_equal(env.source, "AFP");
    assert_null(env.url);
    assert_string_equal(env.body, "l1\nl2\t");
    assert_int_equal(env.body_len, 6);
    vc_envelope_free(&env);
    /* text wins over html; a null text leaves html; an empty text is a body */
    assert_int_equal(decode("{\"html\":\"<p>h</p>\",\"text\":\"t\"}", &env), 0);
    assert_string_equal(env.body, "t");
    assert_int_equal(env.is_html, 0);
    vc_envelope_free(&env);
    assert_int_equal(decode("{\"text\":null,\"html\":\"<p>h</p>\"}", &env), 0);
    assert_int_equal(env.is_html, 1);
    vc_envelope_free(&env);
    assert_int_equal(decode("{\"text\":\"\"}", &env), 0);
    assert_int_equal(env.body_len, 0);
    vc_envelope_free(&env);
    /* an id that is empty as a C string is derived */
    assert_int_equal(decode("{\"id\":\"\\u0000x\",\"text\":\"x\"}", &env), 0);
    assert_true(strncmp(env.id, "h:", 2) == 0);
    vc_envelope_free(&env);
}

static void test_error_precedence(void **state)
{
    (void)state;
    vc_envelope env;
    char err[256];
    /* too deep beats malformed, even when the parse fails first */
    assert_int_equal(decode("{\"a\":01,\"b\":[[[[[[[[[[1]]]]]]]]]],\"text\":\"x\"}", &env),
                     VC_ENV_EDEPTH);
    assert_int_equal(decode("{\"text\":\"x\"} [[[[[[[[[[", &env), VC_ENV_EDEPTH);
    /* exactly at the limit (object + 7 arrays = 8) and one above */
    assert_int_equal(decode("{\"a\":[[[[[[[1]]]]]]],\"text\":\"x\"}", &env), 0);
    vc_envelope_free(&env);
    assert_int_equal(decode("{\"a\":[[[[[[[[1]]]]]]]],\"text\":\"x\"}", &env), VC_ENV_EDEPTH);
    /* malformed beats a wrong type */
    assert_int_equal(decode("{\"id\":5,\"text\":\"x\"} x", &env), VC_ENV_EJSON);
    assert_int_equal(decode("{\"id\":5,\"text\":\"x\",\"text\":\"y\"}", &env), VC_ENV_EJSON);
    assert_int_equal(decode_n("{\"text\":\"x\"}", 11, &env, err), VC_ENV_EJSON);
    assert_non_null(strstr(err, "offset"));
    /* the first wrong field in id, url, ..., text, html order is named */
    assert_int_equal(decode_n("{\"text\":5,\"lang\":true,\"id\":[]}", 30, &env, err), VC_ENV_ETYPE);
    assert_string_equal(err, "field \"id\" must be a string");
    /* a wrong type beats no body; no body beats NUL bytes */
    assert_int_equal(decode("{\"id\":{}}", &env), VC_ENV_ETYPE);
    assert_int_equal(decode("{\"text\":null,\"html\":null}", &env), VC_ENV_ENOBODY);
    assert_int_equal(decode("{}", &env), VC_ENV_ENOBODY);
    assert_int_equal(decode("{\"html\":\"<p>\\u0000</p>\"}", &env), VC_ENV_EBINARY);
    /* only JSON whitespace around the object */
    assert_int_equal(decode("\f{\"text\":\"x\"}", &env), VC_ENV_EJSON);
    assert_int_equal(decode(" \r\n\t{\"text\":\"x\"}\n", &env), 0);
    vc_envelope_free(&env);
    /* fuzz finding: a raw NUL after a number, which Jansson's lexer dropped */
    assert_int_equal(decode_n("{\"a\":3\0,\"text\":\"x\"}", 19, &env, err), VC_ENV_EJSON);
}

static void test_arrays(void **state)
{
    (void)state;
    vc_envelope env;
    char err[256];
    assert_int_equal(decode_n("[1,2]", 5, &env, err), VC_ENV_ETYPE);
    assert_string_equal(err, "envelope must be a JSON object, not an array");
    assert_int_equal(decode("[{\"a\":1,\"a\":2}]", &env), VC_ENV_ETYPE); /* no duplicate check */
    /* not JSON as Jansson without flags took it, or too deep: an article */
    static const char *const raw[] = {"[{\"text\":\"\\u0000\"}]", "[[[[[[[[[[1]]]]]]]]]]", "[1,]",
                                      "[\"\\ud800\"]", "\v[1]"};
    for (size_t i = 0; i < sizeof(raw) / sizeof(*raw); i++) {
        assert_int_equal(decode(raw[i], &env), 0);
        assert_int_equal(env.is_json, 0);
        assert_string_equal(env.body, raw[i]);
        vc_envelope_free(&env);
    }
    assert_int_equal(decode_n("[1\0]", 4, &env, err), VC_ENV_EBINARY);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_envelope),    cmocka_unit_test(test_raw_payloads),
        cmocka_unit_test(test_errors),           cmocka_unit_test(test_bad_published_is_dropped),
        cmocka_unit_test(test_fields_unescaped), cmocka_unit_test(test_error_precedence),
        cmocka_unit_test(test_arrays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
