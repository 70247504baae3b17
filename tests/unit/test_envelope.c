/*
 * test_envelope.c - input envelope decoding: JSON and raw payloads, field
 * types, nesting limit, id derivation, publication dates, error classes.
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_envelope),
        cmocka_unit_test(test_raw_payloads),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_bad_published_is_dropped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
